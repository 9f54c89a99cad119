/**
 * Finding the unit at an offset, shared by the features that work from a cursor position.
 */
import type { OffsetRange, SxsDocument, SxsUnit } from '../sxs/types';

export type Half = 'target' | 'source';

export interface UnitHalf {
  readonly unit: SxsUnit;
  readonly half: Half;
  readonly range: OffsetRange;
}

/** True when the character at `offset` lies in `range` (end exclusive). */
export function containsOffset(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && offset < range.end;
}

/**
 * Per model: for each unit, the furthest end of the ranges of the units up to it. Units are in document order, so
 * a lookup walks back from the last unit that starts at or before an offset only while a range can still reach it.
 */
const reachOf = new WeakMap<SxsDocument, Int32Array>();

function reach(doc: SxsDocument): Int32Array {
  let ends = reachOf.get(doc);
  if (ends === undefined) {
    ends = new Int32Array(doc.units.length);
    let furthest = -1;
    doc.units.forEach((unit, i) => {
      furthest = Math.max(furthest, unit.range.end, unit.target.end, unit.source?.end ?? -1);
      ends![i] = furthest;
    });
    reachOf.set(doc, ends);
  }
  return ends;
}

/** The unit half holding the character at `offset`, if any. Broken units may overlap; the innermost wins. */
export function unitHalfAt(doc: SxsDocument, offset: number): UnitHalf | undefined {
  const units = doc.units;
  // The last unit that starts at or before the offset (a binary search: a hover must not scan a long file).
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid].range.start <= offset) low = mid + 1;
    else high = mid;
  }
  const ends = reach(doc);
  // The innermost is the holder that starts last: walk back while an earlier range may still reach the offset.
  for (let i = low - 1; i >= 0 && ends[i] > offset; i--) {
    const unit = units[i];
    if (containsOffset(unit.target, offset)) return { unit, half: 'target', range: unit.target };
    if (unit.source !== undefined && containsOffset(unit.source, offset)) return { unit, half: 'source', range: unit.source };
  }
  return undefined;
}
