/**
 * SX201 empty-target: the translation has no visible text and no protected tokens while the English half does.
 *
 * A translator may merge two English sentences into one unit's translation and leave the other unit empty: the page
 * then says everything, in one sentence. The evidence is the neighbour in the same paragraph (only spaces between the
 * two units) whose translation is far longer than its own English but about as long as both English sentences
 * together. Such an empty unit is still reported, as a warning that names the neighbour; any other is an error.
 */
import type { SxsUnit } from '../../sxs/types';
import type { Check, CheckContext } from '../types';
import { visibleLength } from './lengthRatio';
import { targetRange, type UnitPair } from './pair';

/** A translation this many times its own English (length expected for the language) holds more than that English. */
const LONGER = 1.5;
/** Bounds of the neighbour's translation against both English sentences, for it to hold them both. */
const BOTH = [0.67, 1.5] as const;

/** The neighbour (before, else after) whose translation seems to hold this unit's English too, or undefined. */
function mergedInto(pair: UnitPair, unit: SxsUnit, ctx: CheckContext): UnitPair | undefined {
  const units = ctx.doc.units;
  const expansion = ctx.analysis.conventions.length.expansion;
  const english = visibleLength(pair.s.visible);
  for (const other of [units[unit.index - 1], units[unit.index + 1]]) {
    if (!other) continue;
    // Same paragraph: nothing but spaces and at most one line break between the two units.
    const between = other.index < unit.index ? ctx.doc.text.slice(other.range.end, unit.range.start) : ctx.doc.text.slice(unit.range.end, other.range.start);
    if (!/^[ \t]*(?:\r?\n[ \t]*)?$/.test(between)) continue;
    const neighbour = ctx.analysis.pair(other);
    if (!neighbour || neighbour.t.isEmpty || neighbour.s.isEmpty) continue;
    const t = visibleLength(neighbour.t.visible) / expansion;
    const s = visibleLength(neighbour.s.visible);
    const both = t / (s + english);
    if (t >= LONGER * s && both >= BOTH[0] && both <= BOTH[1]) return neighbour;
  }
  return undefined;
}

/** 1 when the unit has halves, its translation is empty and its English is not, else 0. */
function emptyWithEnglish(pair: UnitPair | undefined): number {
  return pair !== undefined && pair.t.isEmpty && !pair.s.isEmpty ? 1 : 0;
}

export const emptyTarget: Check = {
  id: 'SX201',
  alias: 'empty-target',
  description: 'The translation is empty while the English half is not (a warning where the next or previous unit seems to translate both).',
  tags: ['completeness'],
  defaultSeverity: 'error',
  // The neighbouring units decide between a gap and a merge: not a `unit` check.
  scope: 'document',
  checkUnit(unit, ctx) {
    // Whether the unit's own halves make it a candidate, kept for a unit an edit did not touch: most units are not,
    // and an edit elsewhere then reads no halves of theirs.
    if (ctx.analysis.unitFact('SX201.candidate', unit, () => emptyWithEnglish(ctx.analysis.pair(unit))) === 0) return;
    const pair = ctx.analysis.pair(unit)!;
    const merged = mergedInto(pair, unit, ctx);
    if (merged) {
      const where = merged.unit.index < unit.index ? 'before' : 'after';
      ctx.report({
        range: targetRange(pair),
        unit: unit.index,
        severity: 'warning',
        message: `Unit ${unit.id} has an empty translation, but the translation of unit ${merged.unit.id} ${where} it is about as long as `
          + 'both English sentences together: the translator probably merged the two there. Check that it says what this English says.',
      });
      return;
    }
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Unit ${unit.id} has an empty translation.` });
  },
};
