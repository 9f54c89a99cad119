/**
 * SX304 link-count-mismatch: the translation has a different number of links (inline and reference) than the English.
 * A link that shows its own URL, where the other half has that URL bare or as an autolink, is the same link written
 * another way, and an
 * extra link whose destination stands verbatim in the English text is a repair (the English markup was broken).
 */
import type { Check } from '../types';
import { targetRange, type UnitPair } from './pair';

/**
 * Links of a half that the other half has in another form: a link that shows its own URL (`[https://x](https://x)`)
 * as an autolink or bare URL, or (`allowText`) any link whose destination the other half has as plain text.
 */
function otherwiseThere(half: UnitPair['s'], other: UnitPair['s'], allowText: boolean): number {
  let n = 0;
  for (const link of half.links) {
    if (link.form !== 'inline') continue;
    const destination = link.destination.trim();
    const showsUrl = half.text.slice(link.textStart, link.textEnd).trim() === destination;
    if ((showsUrl && other.autolinks.some(a => a.url === destination)) || (allowText && destination.length > 3 && other.text.includes(destination))) n++;
  }
  return n;
}

export const linkCountMismatch: Check = {
  id: 'SX304',
  alias: 'link-count-mismatch',
  description: 'The translation has a different number of links than the English.',
  tags: ['markdown', 'links'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const s = pair.s.links.length;
    const t = pair.t.links.length;
    if (s === t) return;
    const explained = t > s ? otherwiseThere(pair.t, pair.s, true) : otherwiseThere(pair.s, pair.t, false);
    if (explained >= Math.abs(t - s)) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The translation has ${t} link${t === 1 ? '' : 's'}; the English has ${s}` +
        (t < s ? '. A link may be broken (for example a space between "]" and "(", or an escaped bracket).' : '.'),
    });
  },
};
