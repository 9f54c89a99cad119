/**
 * Offset <-> LSP position conversions over the model's `lineStarts`, so every feature converts the same way.
 * Positions are UTF-16 based, as LSP's default and as the model's offsets.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { offsetAt as lineIndexOffsetAt, positionAt as lineIndexPositionAt } from '../sxs/lineIndex';
import type { OffsetRange, SxsDocument } from '../sxs/types';

type Lines = Pick<SxsDocument, 'text' | 'lineStarts'>;

export function positionAt(doc: Lines, offset: number): Position {
  return lineIndexPositionAt(doc.lineStarts, Math.max(0, Math.min(offset, doc.text.length)));
}

/** The offset of a position; lines and characters out of range are clamped. */
export function offsetAt(doc: Lines, position: Position): number {
  return lineIndexOffsetAt(doc.text, doc.lineStarts, position);
}

export function toRange(doc: Lines, range: OffsetRange): Range {
  return { start: positionAt(doc, range.start), end: positionAt(doc, range.end) };
}

export function toOffsetRange(doc: Lines, range: Range): OffsetRange {
  return { start: offsetAt(doc, range.start), end: offsetAt(doc, range.end) };
}
