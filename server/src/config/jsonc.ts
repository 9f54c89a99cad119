/**
 * JSONC (JSON with comments and trailing commas, as VS Code reads `.jsonc` files) through `jsonc-parser`, the
 * parser VS Code itself uses. The first error is reported with its 1-based line and column instead of thrown; the
 * parse tree is kept so callers can point at the line of a key.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface JsoncError {
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

export type JsoncResult =
  | { readonly value: unknown; readonly tree: JsoncTree; readonly error?: undefined }
  | { readonly value?: undefined; readonly tree?: undefined; readonly error: JsoncError };

/** A parsed document: its text and root node, to find where a value sits. */
export interface JsoncTree {
  readonly text: string;
  readonly root: Node;
}

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected ":"',
  CommaExpected: 'Expected ","',
  CloseBraceExpected: 'Expected "}"',
  CloseBracketExpected: 'Expected "]"',
  EndOfFileExpected: 'Unexpected content after the value',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

/** The 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function errorOf(text: string, error: ParseError | undefined): JsoncError {
  if (error === undefined) {
    return { message: 'Expected a value', line: 1, column: 1 };
  }
  const code = printParseErrorCode(error.error);
  const message = MESSAGES[code] ?? code;
  return { message: error.offset >= text.length ? `Unexpected end of file: ${message}` : message, ...positionAt(text, error.offset) };
}

/** The value of a node as plain objects and arrays (a key such as `__proto__` stays an ordinary key). */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) {
          Object.defineProperty(out, String(key.value), { value: valueOf(value), enumerable: true, writable: true, configurable: true });
        }
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value as unknown;
  }
}

export function parseJsonc(text: string): JsoncResult {
  // A byte order mark is not content; a space keeps every offset where it was.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    return { error: errorOf(source, errors[0]) };
  }
  return { value: valueOf(root), tree: { text: source, root } };
}

/**
 * The 1-based line of what `path` names from the root: the key of an object property (with a duplicate key, the
 * last one, whose value counts) or an element of an array (a number); 0 when there is none.
 */
export function lineOfKey(tree: JsoncTree | undefined, path: readonly (string | number)[]): number {
  let node: Node | undefined = tree?.root;
  let at: Node | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      at = node?.type === 'array' ? node.children?.[segment] : undefined;
      node = at;
    } else {
      const property: Node | undefined = node?.type === 'object' ? (node.children ?? []).filter(p => p.children?.[0]?.value === segment).pop() : undefined;
      at = property?.children?.[0];
      node = property?.children?.[1];
    }
    if (!at) {
      return 0;
    }
  }
  return at && tree ? positionAt(tree.text, at.offset).line : 0;
}
