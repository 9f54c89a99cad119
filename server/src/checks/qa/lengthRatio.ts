/**
 * SX601 length-ratio: the visible length of the translation is far from the English one. Bounds follow Okapi
 * CheckMate: short English (≤ 20 characters) 30 %–350 %, otherwise 45 %–200 %. CJK characters count double
 * (one CJK character carries about as much as two Latin ones), so Japanese, Chinese and Korean are not flagged as short.
 */
import type { Check } from '../types';
import { PROTECTED_MARK } from '../../sxs/inline';
import { numberOption, pairOf, targetRange } from './pair';

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\u3000-\u303f]/u;

/** Visible length: characters other than whitespace and protected-token marks, wide characters counting 2. */
export function visibleLength(visible: string): number {
  let n = 0;
  for (const ch of visible) {
    if (ch === PROTECTED_MARK || /\s|[\u200e\u200f]/u.test(ch)) continue;
    n += ch.charCodeAt(0) >= 0x1100 && WIDE.test(ch) ? 2 : 1;
  }
  return n;
}

export const lengthRatio: Check = {
  id: 'SX601',
  alias: 'length-ratio',
  description: 'The translation is much longer or much shorter than the English.',
  tags: ['length'],
  defaultSeverity: 'info',
  defaultOptions: { shortLimit: 20, shortMax: 3.5, shortMin: 0.3, max: 2, min: 0.45, minSourceLength: 6 },
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const s = visibleLength(pair.s.visible);
    if (s < numberOption(ctx.options, 'minSourceLength', 6)) return;
    const t = visibleLength(pair.t.visible);
    const short = s <= numberOption(ctx.options, 'shortLimit', 20);
    const max = short ? numberOption(ctx.options, 'shortMax', 3.5) : numberOption(ctx.options, 'max', 2);
    const min = short ? numberOption(ctx.options, 'shortMin', 0.3) : numberOption(ctx.options, 'min', 0.45);
    const ratio = t / s;
    if (ratio >= min && ratio <= max) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The translation is ${Math.round(ratio * 100)} % of the English length (expected ${Math.round(min * 100)}–${Math.round(max * 100)} %).`,
    });
  },
};
