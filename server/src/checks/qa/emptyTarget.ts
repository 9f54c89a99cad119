/** SX201 empty-target: the translation has no visible text and no protected tokens while the English half does. */
import type { Check } from '../types';
import { targetRange } from './pair';

export const emptyTarget: Check = {
  id: 'SX201',
  alias: 'empty-target',
  description: 'The translation is empty while the English half is not.',
  tags: ['completeness'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair || !pair.t.isEmpty || pair.s.isEmpty) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Unit ${unit.id} has an empty translation.` });
  },
};
