/**
 * The units of a parsed document, stored compactly: a unit keeps its offsets as numbers and gives each range as a new
 * `{ start, end }` when it is read, and keeps its ID's parts as two fields. A document has thousands of units, and
 * eight range objects and an ID-parts object per unit were most of its model's memory (and of the collector's work
 * on a long document, where they all live into the old generation). The ranges it does not store are the same as
 * ones it does: the target opener runs from the unit's start to the target, the wrapper ends where the unit ends,
 * and an ID range ends after the ID's characters.
 */
import type { OffsetRange, SxsUnit, UnitContext, UnitIdParts } from './types';

/** For an offset of a range the unit does not have. */
const ABSENT = -1;
const BROKEN = 1;
const MERGED = 2;
const WELL_FORMED = 4;

/** The offsets of a unit (see `SxsUnit` for what each range is); -1 where the unit has no such range. */
export interface UnitOffsets {
  readonly start: number;
  readonly end: number;
  /** Where the target opener ends and the translated half starts. */
  readonly targetStart: number;
  readonly targetEnd: number;
  readonly idStart: number;
  readonly lookupStart: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly sourceIdStart: number;
}

export class Unit implements SxsUnit {
  readonly index: number;
  readonly id: string;
  readonly sourceId: string | undefined;
  readonly context: UnitContext;
  private readonly idPrefix: string | undefined;
  private readonly idNumber: number | undefined;
  private readonly flags: number;
  private readonly start: number;
  private readonly end: number;
  private readonly targetStart: number;
  private readonly targetEnd: number;
  private readonly idStart: number;
  private readonly lookupStart: number;
  private readonly sourceStart: number;
  private readonly sourceEnd: number;
  private readonly sourceIdStart: number;

  constructor(
    index: number, id: string, sourceId: string | undefined, context: UnitContext, broken: boolean, idParts: UnitIdParts,
    offsets: UnitOffsets,
  ) {
    this.index = index;
    this.id = id;
    // Most units have the same ID in both halves: one string for both.
    this.sourceId = sourceId === id ? id : sourceId;
    this.context = context;
    this.idPrefix = idParts.prefix;
    this.idNumber = idParts.number;
    this.flags = (broken ? BROKEN : 0) | (idParts.merged ? MERGED : 0) | (idParts.wellFormed ? WELL_FORMED : 0);
    this.start = offsets.start;
    this.end = offsets.end;
    this.targetStart = offsets.targetStart;
    this.targetEnd = offsets.targetEnd;
    this.idStart = offsets.idStart;
    this.lookupStart = offsets.lookupStart;
    this.sourceStart = offsets.sourceStart;
    this.sourceEnd = offsets.sourceEnd;
    this.sourceIdStart = offsets.sourceIdStart;
  }

  /** The unit with every offset given to `move` (the absent ones stay absent). */
  moved(move: (offset: number) => number): Unit {
    const at = (offset: number): number => (offset === ABSENT ? ABSENT : move(offset));
    return new Unit(this.index, this.id, this.sourceId, this.context, this.broken, this.idParts, {
      start: move(this.start),
      end: move(this.end),
      targetStart: move(this.targetStart),
      targetEnd: move(this.targetEnd),
      idStart: move(this.idStart),
      lookupStart: at(this.lookupStart),
      sourceStart: at(this.sourceStart),
      sourceEnd: at(this.sourceEnd),
      sourceIdStart: at(this.sourceIdStart),
    });
  }

  get broken(): boolean {
    return (this.flags & BROKEN) !== 0;
  }
  get idParts(): UnitIdParts {
    return { prefix: this.idPrefix, number: this.idNumber, merged: (this.flags & MERGED) !== 0, wellFormed: (this.flags & WELL_FORMED) !== 0 };
  }
  get range(): OffsetRange {
    return { start: this.start, end: this.end };
  }
  get targetOpen(): OffsetRange {
    return { start: this.start, end: this.targetStart };
  }
  get targetIdRange(): OffsetRange {
    return { start: this.idStart, end: this.idStart + this.id.length };
  }
  get target(): OffsetRange {
    return { start: this.targetStart, end: this.targetEnd };
  }
  get lookup(): OffsetRange | undefined {
    return this.lookupStart === ABSENT ? undefined : { start: this.lookupStart, end: this.end };
  }
  get source(): OffsetRange | undefined {
    return this.sourceStart === ABSENT ? undefined : { start: this.sourceStart, end: this.sourceEnd };
  }
  get sourceIdRange(): OffsetRange | undefined {
    return this.sourceIdStart === ABSENT ? undefined : { start: this.sourceIdStart, end: this.sourceIdStart + this.sourceId!.length };
  }
}
