/** SX305 link-text-empty: a link in the translation has no text while the English link to the same place has some. */
import type { Check } from '../types';
import type { InlineParse, LinkToken } from '../../sxs/inline';
import { inTarget } from './pair';

function isEmptyText(parse: InlineParse, link: LinkToken): boolean {
  return link.children.every(c => (c.kind === 'text' || c.kind === 'delimiter') && parse.text.slice(c.start, c.end).trim() === '');
}

export const linkTextEmpty: Check = {
  id: 'SX305',
  alias: 'link-text-empty',
  description: 'A link in the translation has empty text where the English link has text.',
  tags: ['markdown', 'links'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const english = pair.s.links;
    for (const link of pair.t.links) {
      if (!isEmptyText(pair.t, link)) continue;
      const same = english.find(l => l.destination.trim() === link.destination.trim()) ?? (english.length === 1 ? english[0] : undefined);
      if (!same || isEmptyText(pair.s, same)) continue;
      ctx.report({ range: inTarget(pair, link), unit: unit.index, message: `The link to "${link.destination}" has no text; the English link reads "${pair.s.text.slice(same.textStart, same.textEnd)}".` });
    }
  },
};
