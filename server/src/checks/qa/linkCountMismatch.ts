/** SX304 link-count-mismatch: the translation has a different number of links (inline and reference) than the English. */
import type { Check } from '../types';
import { pairOf, targetRange } from './pair';

export const linkCountMismatch: Check = {
  id: 'SX304',
  alias: 'link-count-mismatch',
  description: 'The translation has a different number of links than the English.',
  tags: ['markdown', 'links'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const s = pair.s.links.length;
    const t = pair.t.links.length;
    if (s === t) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The translation has ${t} link${t === 1 ? '' : 's'}; the English has ${s}` +
        (t < s ? '. A link may be broken (for example a space between "]" and "(", or an escaped bracket).' : '.'),
    });
  },
};
