/**
 * SX105 duplicate-id: one ID on several units. Each repeat after the first is reported: as an error when its
 * English differs from the first unit's (the two cannot both be the segment the ID names), as a warning
 * when the English is the same (a repeated segment pasted twice).
 */
import type { SxsUnit } from '../../sxs/types';
import type { Check } from '../types';
import { lineNumberAt, sourceText } from './shared';

export const duplicateId: Check = {
  id: 'SX105',
  alias: 'duplicate-id',
  description: 'Several units use the same ID.',
  tags: ['structure', 'ids'],
  defaultSeverity: 'error',
  checkDocument(ctx) {
    const { doc } = ctx;
    const first = new Map<string, SxsUnit>();
    for (const unit of doc.units) {
      const earlier = first.get(unit.id);
      if (earlier === undefined) {
        first.set(unit.id, unit);
        continue;
      }
      const sameEnglish = sourceText(doc, earlier) === sourceText(doc, unit);
      const line = lineNumberAt(doc, earlier.targetIdRange.start);
      ctx.report({
        range: unit.targetIdRange,
        unit: unit.index,
        severity: sameEnglish ? 'warning' : 'error',
        message: sameEnglish
          ? `The ID "${unit.id}" is also used on line ${line}, with the same English.`
          : `The ID "${unit.id}" is also used on line ${line}, with different English.`,
      });
    }
  },
};
