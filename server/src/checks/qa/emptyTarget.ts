/** SX201 empty-target: the translation has no visible text and no protected tokens while the English half does. */
import type { Check } from '../types';
import { pairOf, targetRange } from './pair';
import type { InlineParse } from '../../sxs/inline';

/** True when a half shows nothing: no visible characters other than whitespace, and no code, link, HTML or DocFX. */
export function isEmptyHalf(parse: InlineParse): boolean {
  return parse.visible.replace(/[\s\u200b-\u200f\ufeff]+/g, '') === '' && !parse.tokens.some(t => t.kind === 'link');
}

export const emptyTarget: Check = {
  id: 'SX201',
  alias: 'empty-target',
  description: 'The translation is empty while the English half is not.',
  tags: ['completeness'],
  defaultSeverity: 'error',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair || !isEmptyHalf(pair.t) || isEmptyHalf(pair.s)) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Unit ${unit.id} has an empty translation.` });
  },
};
