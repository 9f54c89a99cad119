/**
 * SX202 empty-source: the English half is empty while the translation is not. A translation of punctuation and
 * symbols only (`/ \ |`, the `,` between two images, the `.` after one) is the English's own text that segmentation
 * left outside the English half: nothing is missing.
 */
import type { Check } from '../types';

export const emptySource: Check = {
  id: 'SX202',
  alias: 'empty-source',
  description: 'The English half is empty while the translation is not.',
  tags: ['completeness'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair || !pair.s.isEmpty || pair.t.isEmpty) return;
    if (!/[\p{L}\p{N}]/u.test(pair.t.text)) return;
    ctx.report({
      range: unit.source ?? unit.range,
      unit: unit.index,
      message: `Unit ${unit.id} has an empty English half; its translation has nothing to be compared with.`,
    });
  },
};
