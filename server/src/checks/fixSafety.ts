/**
 * The rule every automatic fix obeys: a fix that is preferred (offered first, applied by Fix All and `sxs-lint --fix`)
 * never adds, removes or changes a word of prose in a translation. It may change only what the English proves:
 * markup, unit IDs, code spans, URLs, placeholders, DocFX tokens and whitespace. A check proposes; this module
 * checks the proposal against the translation it edits, and a fix that would touch a word is kept as a suggestion
 * (not preferred), for a person to pick.
 *
 * What counts as prose is found with plain patterns, independent of the checks' inline tokenizer, so that a
 * tokenizer mistake (a URL that swallowed the word after it) cannot make a word look like markup.
 */
import type { SxsDocument } from '../sxs/types';
import type { Finding, Fix, OffsetEdit } from './types';

/** Inline code spans (any backtick run length), with their content. */
const CODE_SPAN = /(`+)([\s\S]*?[^`])\1(?!`)/g;
/** Each with a string every match holds: a text without it is left as it is, without running the expression. */
const NOT_PROSE: readonly (readonly [RegExp, string])[] = [
  // Link and image destinations, reference labels.
  [/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']('],
  [/\]\[[^\]]*\]/g, ']['],
  // Autolinks, DocFX xrefs and HTML tags, escaped or not.
  [/\\?<\/?[A-Za-z][^<>]*>/g, '<'],
  // URLs: a scheme and what may follow it in a URL (no `<`, `>`, quotes or white space). Letters beyond ASCII stay
  // prose: a bare URL takes in the word glued to it (`https://aka.ms/x을`, a Korean particle), and a fix that puts
  // the English URL back must not drop that word unseen.
  [/\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s<>"'`\u0080-\uffff]*/g, '://'],
  // DocFX tokens such as [!INCLUDE[…](…)] and [!NOTE].
  [/\[![A-Za-z]+[^\]]*\]/g, '[!'],
  // Character references and placeholders.
  [/&#?[A-Za-z0-9]+;/g, '&'],
  [/\{[^{}\n]*\}/g, '{'],
];
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export interface Words {
  /**
   * Words of prose as written, in order. Case counts: a fix that re-cases a word (`macOS` to the English's `MacOS`)
   * may be undoing a deliberate correction, so it is for a person to pick.
   */
  readonly prose: string[];
  /** Words inside code spans. */
  readonly code: string[];
}

export function wordsOf(markdown: string): Words {
  const code: string[] = [];
  let text = !markdown.includes('`') ? markdown : markdown.replace(CODE_SPAN, (_match, _run, content: string) => {
    for (const word of content.match(WORD) ?? []) code.push(word);
    return ' ';
  });
  for (const [pattern, held] of NOT_PROSE) if (text.includes(held)) text = text.replace(pattern, ' ');
  return { prose: text.match(WORD) ?? [], code };
}

function counts(words: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/**
 * What an edit did to the prose of a translation, or undefined when it kept every word: no word of prose may appear
 * or disappear, except a word that moved into a code span (`Put lib back in backticks`).
 */
export function proseChange(before: string, after: string): string | undefined {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const was = counts(a.prose);
  const now = counts(b.prose);
  const added = [...now].filter(([word, n]) => n > (was.get(word) ?? 0)).map(([word]) => word);
  const movedToCode = counts(b.code);
  for (const [word, n] of counts(a.code)) movedToCode.set(word, (movedToCode.get(word) ?? 0) - n);
  const removed = [...was].filter(([word, n]) => n - (now.get(word) ?? 0) > Math.max(0, movedToCode.get(word) ?? 0)).map(([word]) => word);
  if (added.length === 0 && removed.length === 0) return undefined;
  return [added.length ? `adds ${added.join(', ')}` : '', removed.length ? `removes ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** The text of `[start, end)` with the edits that lie inside it applied. */
function editedSlice(text: string, start: number, end: number, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = start;
  for (const edit of [...edits].sort((x, y) => x.range.start - y.range.start)) {
    out += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return out + text.slice(at, end);
}

/** The index of the last unit that starts at or before `offset`, or -1. */
function unitAtOrBefore(doc: SxsDocument, offset: number): number {
  let low = 0;
  let high = doc.units.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (doc.units[mid].range.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Whether a fix keeps every word of every translation it edits. */
export function keepsProse(doc: SxsDocument, fix: Fix): boolean {
  const touched = new Set<number>();
  for (const edit of fix.edits) {
    // The unit that holds the edit's start, and any later units it reaches.
    for (let i = Math.max(0, unitAtOrBefore(doc, edit.range.start)); i < doc.units.length && doc.units[i].range.start <= edit.range.end; i++) touched.add(i);
  }
  for (const index of touched) {
    const { start, end } = doc.units[index].target;
    const inside = fix.edits.filter(edit => edit.range.start < end && edit.range.end > start
      || (edit.range.start === edit.range.end && edit.range.start >= start && edit.range.start <= end));
    if (inside.length === 0) continue;
    // An edit that runs across the edge of a translation changes its markup too: not a word-safe fix.
    if (inside.some(edit => edit.range.start < start || edit.range.end > end)) return false;
    if (proseChange(doc.text.slice(start, end), editedSlice(doc.text, start, end, inside)) !== undefined) return false;
  }
  return true;
}

/** The finding with any preferred fix that would change a word of prose turned into a suggestion. */
export function withSafeFixes<F extends Pick<Finding, 'fixes'>>(doc: SxsDocument, finding: F): F {
  const fixes = finding.fixes;
  if (fixes === undefined || !fixes.some(fix => fix.preferred)) return finding;
  let changed = false;
  const safe = fixes.map(fix => {
    if (!fix.preferred || keepsProse(doc, fix)) return fix;
    changed = true;
    return { title: fix.title, edits: fix.edits };
  });
  return changed ? { ...finding, fixes: safe } : finding;
}
