/**
 * SX110 sxs-in-code: unit markup inside a fenced or indented code block or an inline code span, where it shows
 * as literal text. Front matter is SX109's.
 */
import type { Check } from '../types';

export const sxsInCode: Check = {
  id: 'SX110',
  alias: 'sxs-in-code',
  description: 'Unit markup inside a code block or code span.',
  tags: ['structure', 'code'],
  defaultSeverity: 'error',
  checkUnit(unit, ctx) {
    if (!unit.context.inCode || unit.context.inFrontMatter) {
      return;
    }
    ctx.report({
      range: unit.targetOpen,
      unit: unit.index,
      message: `The unit "${unit.id}" is inside code, where its markup shows as literal text.`,
    });
  },
};
