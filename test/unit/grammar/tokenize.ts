/**
 * Tokenizes markdown lines with the sxs injection grammar over a markdown stand-in, using the same
 * TextMate engine as VS Code (vscode-textmate + the oniguruma WebAssembly build).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

export interface LineToken {
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly scopes: readonly string[];
}

function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

const root = repositoryRoot();
export const injectionGrammarPath = join(root, 'syntaxes', 'sxs.injection.tmLanguage.json');
const stubGrammarPath = join(root, 'test', 'unit', 'grammar', 'markdownStub.tmLanguage.json');

let grammar: Promise<IGrammar> | undefined;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(resolve(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
      createOnigString: text => new oniguruma.OnigString(text),
    }),
    loadGrammar: async scopeName => {
      const path = scopeName === 'text.html.markdown' ? stubGrammarPath
        : scopeName === 'text.html.markdown.sxs' ? injectionGrammarPath
          : undefined;
      return path ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: scopeName => (scopeName === 'text.html.markdown' ? ['text.html.markdown.sxs'] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  if (!loaded) throw new Error('markdown grammar did not load');
  return loaded;
}

/** Tokens per line, the rule stack carried from line to line as an editor does. */
export async function tokenizeLines(lines: readonly string[]): Promise<LineToken[][]> {
  grammar ??= loadGrammar();
  const g = await grammar;
  let stack: StateStack = INITIAL;
  return lines.map(line => {
    const result = g.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map(token => ({
      text: line.slice(token.startIndex, token.endIndex),
      startIndex: token.startIndex,
      endIndex: token.endIndex,
      scopes: token.scopes,
    }));
  });
}

/** The scopes at the first character of `needle` (its `occurrence`-th appearance) on `line`. */
export function scopesAt(tokens: readonly LineToken[], line: string, needle: string, occurrence = 1): readonly string[] {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = line.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not on the line: ${line}`);
  }
  const token = tokens.find(t => t.startIndex <= index && index < t.endIndex);
  if (!token) throw new Error(`no token at ${index}`);
  return token.scopes;
}
