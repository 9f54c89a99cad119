/**
 * SX601 length-ratio: the visible length of the translation is far from the English one. Bounds follow Okapi
 * CheckMate: short English (≤ 20 characters) 30 %–350 %, otherwise 45 %–200 %. CJK characters count double
 * (one CJK character carries about as much as two Latin ones), so Japanese, Chinese and Korean are not flagged as short.
 */
import type { Check } from '../types';
import { PROTECTED_MARK } from '../../sxs/inline';
import { isJsSpace, numberOption, pairOf, targetRange } from './pair';

const MARK = PROTECTED_MARK.charCodeAt(0);

/** Hangul jamo, CJK (radicals to unified ideographs, with CJK punctuation), Hangul syllables, compatibility ideographs, full-width forms. */
function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x11ff) || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60);
}

/**
 * Visible length: code points other than whitespace, direction marks and protected-token marks, wide characters
 * counting 2 (a surrogate pair is one code point, and none is wide).
 */
export function visibleLength(visible: string): number {
  let n = 0;
  const length = visible.length;
  for (let i = 0; i < length; i++) {
    const c = visible.charCodeAt(i);
    if (c < 128) {
      if (c !== 32 && (c < 9 || c > 13)) n++;
      continue;
    }
    if (c === MARK || c === 0x200e || c === 0x200f || isJsSpace(c)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const d = visible.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n += isWide(c) ? 2 : 1;
  }
  return n;
}

export const lengthRatio: Check = {
  id: 'SX601',
  alias: 'length-ratio',
  description: 'The translation is much longer or much shorter than the English.',
  tags: ['length'],
  defaultSeverity: 'info',
  scope: 'unit',
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
