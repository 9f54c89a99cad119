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

/** The unit half holding the character at `offset`, if any. Broken units may overlap; the innermost wins. */
export function unitHalfAt(doc: SxsDocument, offset: number): UnitHalf | undefined {
  let found: UnitHalf | undefined;
  for (const unit of doc.units) {
    if (unit.range.start > offset) {
      break;
    }
    if (containsOffset(unit.target, offset)) {
      found = { unit, half: 'target', range: unit.target };
    } else if (unit.source !== undefined && containsOffset(unit.source, offset)) {
      found = { unit, half: 'source', range: unit.source };
    }
  }
  return found;
}
