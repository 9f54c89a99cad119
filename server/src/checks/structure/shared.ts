/**
 * Small helpers shared by the structure checks: line numbers for messages, ID pieces.
 */
import { lineAt } from '../../sxs/lineIndex';
import type { OffsetRange, SxsDocument, SxsUnit } from '../../sxs/types';

/** The form every unit ID should have: five lower-case hex digits, a dash, an optional `p`, a number. */
export const ID_PATTERN = /^[0-9a-f]{5}-p?\d+$/;

/** Length of the prefix part of a well-formed ID (`9d2bc`). */
export const PREFIX_LENGTH = 5;

/** 1-based line number of an offset, for messages. */
export function lineNumberAt(doc: SxsDocument, offset: number): number {
  return lineAt(doc.lineStarts, offset) + 1;
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
