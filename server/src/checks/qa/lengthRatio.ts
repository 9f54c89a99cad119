/**
 * SX601 length-ratio: the visible length of the translation is far from the English one. Bounds follow Okapi
 * CheckMate: short English (≤ 20 characters) 30 %–350 %, otherwise 45 %–200 %, around the length the translation's
 * language usually has (the locale table). Characters of dense scripts are weighted by script, whatever the locale:
 * a Han character stands for about three English characters, a Hangul syllable 2.4, kana 1.2; so Chinese, Japanese
 * and Korean are not short by nature. German runs about 25 % longer than English, Hebrew 20 % shorter; an unknown
 * language is expected at the English length.
 */
import { SCRIPT_WEIGHTS } from '../locale';
import type { Check } from '../types';
import { declareOptions } from '../options';
import { PROTECTED_MARK } from '../../sxs/inline';
import { isJsSpace, numberOption, targetRange } from './pair';

const MARK = PROTECTED_MARK.charCodeAt(0);

/** What one character of a dense script counts (`SCRIPT_WEIGHTS`): Han, Hangul, kana; 1 for anything else. */
function weightOf(c: number): number {
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return SCRIPT_WEIGHTS.han;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return SCRIPT_WEIGHTS.hangul;
  if (c >= 0x3040 && c <= 0x30ff) return SCRIPT_WEIGHTS.kana;
  return 1;
}

/**
 * Visible length: code points other than whitespace, direction marks and protected-token marks, characters of
 * dense scripts weighted by what they stand for in English characters (a surrogate pair is one code point).
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
    n += c < 0x1100 ? 1 : weightOf(c);
  }
  return n;
}

interface Bounds {
  readonly minSourceLength: number;
  readonly shortLimit: number;
  readonly shortMax: number;
  readonly shortMin: number;
  readonly max: number;
  readonly min: number;
}

function boundsOf(options: Readonly<Record<string, unknown>>): Bounds {
  return {
    minSourceLength: numberOption(options, 'minSourceLength', 6),
    shortLimit: numberOption(options, 'shortLimit', 20),
    shortMax: numberOption(options, 'shortMax', 3.5),
    shortMin: numberOption(options, 'shortMin', 0.3),
    max: numberOption(options, 'max', 2),
    min: numberOption(options, 'min', 0.45),
  };
}

export const lengthRatio: Check = {
  id: 'SX601',
  alias: 'length-ratio',
  description: 'The translation is much longer or much shorter than the English.',
  tags: ['length'],
  defaultSeverity: 'info',
  scope: 'unit',
  ...declareOptions({
    shortLimit: { type: 'number', default: 20, minimum: 0, description: 'English length, in characters, up to which a segment counts as short and the short bounds apply.' },
    shortMax: { type: 'number', default: 3.5, minimum: 0, description: 'Largest ratio of the translation\'s length to a short English segment\'s (times the language\'s expansion).' },
    shortMin: { type: 'number', default: 0.3, minimum: 0, description: 'Smallest ratio of the translation\'s length to a short English segment\'s (times the language\'s expansion).' },
    max: { type: 'number', default: 2, minimum: 0, description: 'Largest ratio of the translation\'s length to the English length (times the language\'s expansion).' },
    min: { type: 'number', default: 0.45, minimum: 0, description: 'Smallest ratio of the translation\'s length to the English length (times the language\'s expansion).' },
    minSourceLength: { type: 'number', default: 6, minimum: 0, description: 'English shorter than this many characters is not checked.' },
  }),
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const s = visibleLength(pair.s.visible);
    // The options, read once per run rather than once per unit.
    const bounds = ctx.memo('bounds', () => boundsOf(ctx.options));
    if (s < bounds.minSourceLength) return;
    const conventions = ctx.analysis.conventions;
    const { expansion } = conventions.length;
    const t = visibleLength(pair.t.visible);
    const short = s <= bounds.shortLimit;
    const max = short ? bounds.shortMax : bounds.max;
    const min = short ? bounds.shortMin : bounds.min;
    const ratio = t / s;
    if (ratio >= min * expansion && ratio <= max * expansion) return;
    const language = conventions.key === '*' ? '' : ` for ${conventions.name}`;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The translation is ${Math.round(ratio * 100)} % of the English length (expected ${Math.round(min * expansion * 100)}–${Math.round(max * expansion * 100)} %${language}).`,
    });
  },
};
