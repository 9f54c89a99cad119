/**
 * The plain-text parts of a half for the checks that read identifiers, paths and parentheses in prose: the ranges of
 * a half that are not code spans, link or image destinations, autolinks and bare URLs, inline HTML, DocFX tokens or
 * placeholders (those have their own checks). Computed once per half.
 */
import type { InlineToken } from '../../sxs/inline';
import type { Half } from './pair';

export interface Range {
  readonly start: number;
  readonly end: number;
}

function collect(tokens: readonly InlineToken[], out: Range[]): void {
  for (const t of tokens) {
    switch (t.kind) {
      case 'code':
      case 'autolink':
      case 'html':
      case 'docfx':
      case 'placeholder':
        out.push({ start: t.start, end: t.end });
        break;
      case 'link':
        // The text stays plain; the destination (or reference label) and what follows the text are not.
        out.push({ start: t.textEnd, end: t.end });
        collect(t.children, out);
        break;
      default:
        break;
    }
  }
}

/** The protected ranges of a half (offsets in the half), sorted by start. */
export function protectedRanges(half: Half): readonly Range[] {
  return half.derive('protected ranges', computeProtectedRanges);
}

function computeProtectedRanges(half: Half): readonly Range[] {
  const out: Range[] = [];
  collect(half.tokens, out);
  return out.sort((a, b) => a.start - b.start);
}

/** True when `[start, end)` overlaps a protected range of the half. */
export function overlapsProtected(half: Half, start: number, end: number): boolean {
  for (const r of protectedRanges(half)) {
    if (r.start >= end) break;
    if (r.end > start) return true;
  }
  return false;
}

/** The half's text with every protected range blanked to spaces (same length and offsets as the text). */
export function plainText(half: Half): string {
  const ranges = protectedRanges(half);
  if (ranges.length === 0) return half.text;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out += half.text.slice(at, r.start);
    const from = Math.max(at, r.start);
    if (r.end > from) out += ' '.repeat(r.end - from);
    at = Math.max(at, r.end);
  }
  return out + half.text.slice(at);
}
