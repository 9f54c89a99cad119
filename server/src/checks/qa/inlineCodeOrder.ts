/** SX302 inline-code-order: the same code spans as the English, in another order (off by default: word order changes). */
import type { Check } from '../types';
import { targetRange } from './pair';

export const inlineCodeOrder: Check = {
  id: 'SX302',
  alias: 'inline-code-order',
  description: 'The inline code spans are the same as in the English but in a different order.',
  tags: ['markdown', 'code'],
  defaultSeverity: 'info',
  scope: 'unit',
  defaultOff: true,
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    if (pair.s.codes.length < 2 || pair.s.codes.length !== pair.t.codes.length) return;
    const s = pair.s.codes.map(c => c.content);
    const t = pair.t.codes.map(c => c.content);
    if (s.join('\u0000') === t.join('\u0000')) return;
    if ([...s].sort().join('\u0000') !== [...t].sort().join('\u0000')) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: 'The inline code spans are in a different order than in the English.' });
  },
};
