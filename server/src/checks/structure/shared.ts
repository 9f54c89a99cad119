/**
 * Small helpers shared by the structure checks: line numbers for messages, problem lookups, ID pieces.
 */
import type { OffsetRange, ParseProblem, ParseProblemKind, SxsDocument, SxsUnit } from '../../sxs/types';

/** The form every unit ID should have: five lower-case hex digits, a dash, an optional `p`, a number. */
export const ID_PATTERN = /^[0-9a-f]{5}-p?\d+$/;

/** Length of the prefix part of a well-formed ID (`9d2bc`). */
export const PREFIX_LENGTH = 5;

/** 1-based line number of an offset, for messages. */
export function lineNumberAt(doc: SxsDocument, offset: number): number {
  const starts = doc.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low + 1;
}

export function problemsOfKind(doc: SxsDocument, kinds: ReadonlySet<ParseProblemKind>): ParseProblem[] {
  return doc.problems.filter(problem => kinds.has(problem.kind));
}

/** The English half's text, or undefined when the unit has none. */
export function sourceText(doc: SxsDocument, unit: SxsUnit): string | undefined {
  return unit.source ? doc.text.slice(unit.source.start, unit.source.end) : undefined;
}

export function textOf(doc: SxsDocument, range: OffsetRange): string {
  return doc.text.slice(range.start, range.end);
}

/** The range of the first `PREFIX_LENGTH` characters of an ID value. */
export function prefixRange(idRange: OffsetRange): OffsetRange {
  return { start: idRange.start, end: idRange.start + PREFIX_LENGTH };
}

/** The prefix of an ID that has the well-formed shape, else undefined. */
export function prefixOf(id: string | undefined): string | undefined {
  return id !== undefined && ID_PATTERN.test(id) ? id.slice(0, PREFIX_LENGTH) : undefined;
}
