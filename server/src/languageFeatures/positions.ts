/**
 * Offset <-> LSP position conversions over the model's `lineStarts`, done in one place.
 * Positions are UTF-16 based, as LSP's default and as the model's offsets.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { OffsetRange, SxsDocument } from '../sxs/types';

type Lines = Pick<SxsDocument, 'text' | 'lineStarts'>;

export function positionAt(doc: Lines, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, doc.text.length));
  const starts = doc.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= clamped) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return { line: low, character: clamped - starts[low] };
}

/** The end of a line's content, before its line break. */
function lineContentEnd(doc: Lines, line: number): number {
  let end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  if (end > doc.lineStarts[line] && doc.text.charCodeAt(end - 1) === 10 /* \n */) {
    end--;
  }
  if (end > doc.lineStarts[line] && doc.text.charCodeAt(end - 1) === 13 /* \r */) {
    end--;
  }
  return end;
}

/** The offset of a position; lines and characters out of range are clamped. */
export function offsetAt(doc: Lines, position: Position): number {
  if (position.line < 0) {
    return 0;
  }
  if (position.line >= doc.lineStarts.length) {
    return doc.text.length;
  }
  const start = doc.lineStarts[position.line];
  return Math.min(start + Math.max(0, position.character), lineContentEnd(doc, position.line));
}

export function toRange(doc: Lines, range: OffsetRange): Range {
  return { start: positionAt(doc, range.start), end: positionAt(doc, range.end) };
}

export function toOffsetRange(doc: Lines, range: Range): OffsetRange {
  return { start: offsetAt(doc, range.start), end: offsetAt(doc, range.end) };
}
