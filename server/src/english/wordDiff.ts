/**
 * A word diff (old English → new English) for the hover, and a word-level similarity ratio for finding the sentence
 * that replaced an old one. A longest common subsequence over word tokens: the texts are sentences or short
 * paragraphs, so the quadratic table is small; above a size cap the diff is "all removed, all added". Pure.
 */

export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Above this many table cells (old tokens × new tokens) the diff gives up on alignment. */
const MAX_CELLS = 400_000;

/** Words, single punctuation marks and whitespace runs (a whitespace run compares equal to any other). */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

function key(token: string): string {
  return /^\s/.test(token) ? ' ' : token;
}

/** The LCS table of two token lists, from the end: `table[i][j]` = LCS length of a[i..] and b[j..]. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array[] {
  const table: Uint32Array[] = [];
  for (let i = 0; i <= a.length; i++) table.push(new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i];
    const next = table[i + 1];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? next[j + 1] + 1 : Math.max(next[j], row[j + 1]);
    }
  }
  return table;
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts[parts.length - 1];
  if (last !== undefined && last.kind === kind) {
    parts[parts.length - 1] = { kind, text: last.text + text };
  } else {
    parts.push({ kind, text });
  }
}

/** The word diff of two texts: the parts joined in order give the old text (same + removed) and the new (same + added). */
export function wordDiff(oldText: string, newText: string): DiffPart[] {
  const a = wordTokens(oldText);
  const b = wordTokens(newText);
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (oldText !== '') push(parts, 'removed', oldText);
    if (newText !== '') push(parts, 'added', newText);
    return parts;
  }
  const ka = a.map(key);
  const kb = b.map(key);
  const table = lcsTable(ka, kb);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      // Equal whitespace runs keep the new text's spacing.
      push(parts, 'same', b[j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      push(parts, 'removed', a[i++]);
    } else {
      push(parts, 'added', b[j++]);
    }
  }
  while (i < a.length) push(parts, 'removed', a[i++]);
  while (j < b.length) push(parts, 'added', b[j++]);
  return parts;
}

/** Tokens without whitespace, for similarity. */
function words(text: string): string[] {
  return wordTokens(text).filter(token => !/^\s/.test(token));
}

/** 2 × (common tokens in order) / (tokens of both): 1 for equal texts, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  return similarityOfTokens(words(a), words(b));
}

export function similarityOfTokens(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length * b.length > MAX_CELLS) return 0;
  // One rolling row: only the length is needed here.
  const row = new Uint32Array(b.length + 1);
  for (let i = a.length - 1; i >= 0; i--) {
    let diagonal = 0;
    for (let j = b.length - 1; j >= 0; j--) {
      const below = row[j];
      row[j] = a[i] === b[j] ? diagonal + 1 : Math.max(below, row[j + 1]);
      diagonal = below;
    }
  }
  return (2 * row[0]) / total;
}

export { words as similarityTokens };
