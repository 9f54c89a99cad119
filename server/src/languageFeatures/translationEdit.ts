/**
 * The translation editor's one write: a unit's new translation turned into the smallest text edit inside that
 * unit's translated half. The English half, the IDs and the markup around the translation are never touched;
 * the document's line endings and the translator's escapes are written as they are; text that would break the
 * unit (a raw `<span` or `</span>`, a closing backslash, a blank line, a line break in a heading or table row)
 * is refused with a message instead of written.
 *
 * Pure: plain text and offsets in, offsets and an LSP edit out.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { computeLineStarts } from '../sxs/lineIndex';
import { maskCodeAndEscapes } from '../sxs/spanBalance';
import type { OffsetRange } from '../sxs/types';
import { toRange } from './positions';

/** What the mapping needs of a unit: the offsets of its translated half (an `SxsUnit` or a `PreviewUnit`). */
export interface TranslatableUnit {
  readonly target: OffsetRange;
}

export interface TranslationEditOptions {
  /**
   * The block that holds the unit. A line break cannot be written into a heading or a table row: it would
   * end the heading or the row in the middle of the unit.
   */
  readonly block?: string;
  /** The text's line starts, when the caller has them (computed otherwise). */
  readonly lineStarts?: readonly number[];
}

export type TranslationEditResult =
  /** The edit to apply: `range` lies inside the unit's translated half. */
  | { readonly kind: 'edit'; readonly range: OffsetRange; readonly newText: string; readonly textEdit: TextEdit }
  /** The document already holds this translation. */
  | { readonly kind: 'unchanged' }
  /** The translation would break the unit; `message` says why, for the translator. */
  | { readonly kind: 'refused'; readonly message: string };

/** Blocks whose content must stay on one line. */
const singleLineBlocks = new Set(['heading', 'tableRow', 'table']);

/**
 * The translation as the grid shows it: the raw markdown of the translated half with its line endings as `\n`
 * (a textarea knows no other). `computeTranslationEdit` writes them back in the document's form.
 */
export function displayTranslation(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}

/** Why `text` cannot be a unit's translation, or undefined when it can. */
export function refuseTranslation(text: string, options: Pick<TranslationEditOptions, 'block'> = {}): string | undefined {
  // Span tags inside code spans or behind a backslash are text; mask those before looking.
  const masked = maskCodeAndEscapes(text, 0, text.length);
  if (/<\/\s*span\s*>/i.test(masked) || /<\/\s*span(?![\w-])/i.test(masked)) {
    return 'A raw </span> would close the translation early and break the unit. Write it as &lt;/span&gt; or inside `code`.';
  }
  if (/<span(?![\w-])/i.test(masked)) {
    return 'A raw <span would open a tag inside the unit and break it. Write it as &lt;span or inside `code`.';
  }
  const trailing = /\\+$/.exec(text);
  if (trailing && trailing[0].length % 2 === 1) {
    return 'A backslash at the end would escape the closing </span> and break the unit. Type the character it escapes, or write \\\\.';
  }
  if (/\n[ \t]*\n/.test(text.replace(/\r\n?/g, '\n'))) {
    return 'A blank line would end the paragraph in the middle of the unit. Keep the translation in one paragraph.';
  }
  if (options.block !== undefined && singleLineBlocks.has(options.block) && /[\r\n]/.test(text)) {
    return options.block === 'heading'
      ? 'A line break would end the heading in the middle of the unit. Keep the heading on one line.'
      : 'A line break would end the table row in the middle of the unit. Keep the cell on one line.';
  }
  return undefined;
}

/**
 * The edit that makes `translation` the unit's translated half in `text`. Only the bytes that differ are
 * replaced (the common head and tail of the old and new translation stay), so undo, cursors and decorations
 * elsewhere in the half are undisturbed.
 */
export function computeTranslationEdit(
  text: string,
  unit: TranslatableUnit,
  translation: string,
  options: TranslationEditOptions = {},
): TranslationEditResult {
  const { start, end } = unit.target;
  if (start < 0 || end < start || end > text.length) {
    return { kind: 'refused', message: 'The unit is no longer where it was; wait for the editor to catch up and try again.' };
  }
  const refusal = refuseTranslation(translation, options);
  if (refusal !== undefined) return { kind: 'refused', message: refusal };

  const old = text.slice(start, end);
  const next = withLineEndings(translation, lineEndingFor(text, unit.target));
  if (next === old) return { kind: 'unchanged' };

  // The common head and tail, never splitting a surrogate pair or a CRLF.
  let head = 0;
  const shortest = Math.min(old.length, next.length);
  while (head < shortest && old.charCodeAt(head) === next.charCodeAt(head)) head++;
  while (head > 0 && (isHighSurrogate(old.charCodeAt(head - 1)) || (old[head - 1] === '\r' && old[head] === '\n'))) head--;
  let tail = 0;
  while (
    tail < shortest - head
    && old.charCodeAt(old.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  ) tail++;
  while (tail > 0 && (isLowSurrogate(old.charCodeAt(old.length - tail)) || (old[old.length - tail] === '\n' && old[old.length - tail - 1] === '\r'))) tail--;

  const range = { start: start + head, end: end - tail };
  const newText = next.slice(head, next.length - tail);
  const lines = { text, lineStarts: options.lineStarts ?? computeLineStarts(text) };
  return { kind: 'edit', range, newText, textEdit: { range: toRange(lines, range), newText } };
}

/**
 * The line ending to write: the one the translated half already uses, else the one that ends the unit's line,
 * else `\n`.
 */
function lineEndingFor(text: string, target: OffsetRange): '\n' | '\r\n' | '\r' {
  const inside = /\r\n|\r|\n/.exec(text.slice(target.start, target.end));
  if (inside) return inside[0] as '\n' | '\r\n' | '\r';
  const after = /\r\n|\r|\n/.exec(text.slice(target.end, target.end + 10_000));
  return after ? (after[0] as '\n' | '\r\n' | '\r') : '\n';
}

function withLineEndings(text: string, eol: '\n' | '\r\n' | '\r'): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return eol === '\n' ? normalized : normalized.replace(/\n/g, eol);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
