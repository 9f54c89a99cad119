/**
 * SX601 length-ratio: the visible length of the translation is far from the English one. Bounds follow Okapi
 * CheckMate: short English (≤ 20 characters) 30 %–350 %, otherwise 45 %–200 % (from 20 to 30 characters the upper
 * bound goes down from one to the other), around the length the translation's language usually has (the locale
 * table). Characters of dense scripts are weighted by script, whatever the locale: a Han character stands for about
 * three English characters, a Hangul syllable 2.4, kana 1.2; so Chinese, Japanese and Korean are not short by nature.
 * German runs about 25 % longer than English, Hebrew 20 % shorter (but the upper bound is never below the English
 * length's); an unknown language may run as short or as long as any language of the table.
 *
 * Length says little about a segment of a few words: a German compound (`Sachkonten` for "General Ledger Accounts"),
 * a language without articles (`Opis pakietu.`), a dense script (`성능 향상`), a Vietnamese heading (`Tạo máy ảo`). So an
 * English of at most four content words (words other than articles, prepositions, conjunctions and auxiliaries) is
 * held only to half the short lower bound, against an empty or near-empty translation, unless it writes a name (an
 * inner capital or a dotted name: `SourcePath`, `xunit.extensibility.core`), and a lead-in or label of at most two
 * content words (no final `.`, `!`, `?`: `Namely:` → `구체적으로는 다음과 같습니다.`) to no upper bound. A gloss is not
 * counted: Microsoft's style guides keep an English title or UI label (bold, a link's text, quoted) and add the
 * translation in parentheses after it
 * (`「[Package versioning](…)」(パッケージのバージョン管理)`, `**ASP.NET Core Web App** (Веб-приложение ASP.NET Core)`).
 */
import { SCRIPT_WEIGHTS, type LengthConvention } from '../locale';
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

/**
 * The smallest and largest ratio for an English of `s` characters: the short bounds up to `shortLimit`, the long ones
 * from half as much again, and in between an upper bound on a straight line from one to the other, so that a segment
 * of a few words, where one term may take many (`Scaffold` → `Effectuer la génération de modèles automatique`), is
 * not held to the bound of a paragraph. The lower bound does not move: a short translation of a few words is more
 * often a wrong or truncated one.
 */
function ratioBounds(s: number, b: Bounds): [number, number] {
  if (s <= b.shortLimit) return [b.shortMin, b.shortMax];
  const k = b.shortLimit > 0 ? Math.min(1, (s - b.shortLimit) / (b.shortLimit / 2)) : 1;
  return [b.min, Math.max(b.max, b.shortMax + (b.max - b.shortMax) * k)];
}

/**
 * What the bounds are multiplied by: the language's expansion, but at least 1 for the upper bound (a language that
 * runs shorter than English still spells out what English abbreviates: Hebrew `100 אלפיות שנייה` for `100 ms`), and
 * the table's whole range for the fallback (`LengthConvention.range`).
 */
function expansionRange(length: LengthConvention): [number, number] {
  return length.range ? [length.range[0], length.range[1]] : [length.expansion, Math.max(1, length.expansion)];
}

/** English words that other languages fold into inflection or leave out: articles, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS = new Set(('a an the of to in on at by for from with as into onto about and or but nor so is are was were be been ' +
  'being am do does did has have had will would shall should can could may might must that this these those it its').split(' '));

/** The English's content words (runs of letters, apostrophes kept, other than `FUNCTION_WORDS`), counted up to `max + 1`. */
export function contentWords(visible: string, max = 5): number {
  let n = 0;
  for (const m of visible.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    if (!/\p{L}/u.test(m[0]) || FUNCTION_WORDS.has(m[0].toLowerCase())) continue;
    if (++n > max) break;
  }
  return n;
}

/**
 * A gloss in the translation: parentheses right after a bold label, a link or a quoted title whose text the English
 * has, holding text the English does not have. Returns the glosses' text (parentheses included).
 */
export function glosses(target: string, english: string): string[] {
  const out: string[] = [];
  const re = /(?:\*\*([^*]+)\*\*|\[([^\]]+)\]\([^()\s]*\)|[「“"«]([^」”"»[\]()]+)[」”"»])[」”"»]?\s*([(（](?:[^()（）]|\([^()]*\))*[)）])/gu;
  for (const m of target.matchAll(re)) {
    const label = (m[1] ?? m[2] ?? m[3]).replace(/[[\]]/g, '').trim();
    const gloss = m[4];
    if (label.length < 3 || !/\p{L}/u.test(label) || !english.includes(label) || english.includes(gloss.slice(1, -1).trim())) continue;
    // The English has a parenthesis after the same label: the translation's is its translation, not a gloss.
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${escaped}(?:\\*\\*|\\]\\([^()\\s]*\\)|[」”"»])?\\s*[(（]`, 'u').test(english)) continue;
    // Link destinations are not seen.
    out.push(gloss.replace(/\]\([^()\s]*\)/g, ']'));
  }
  return out;
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
    let t = visibleLength(pair.t.visible);
    if (pair.t.text.includes('(') || pair.t.text.includes('（')) {
      for (const gloss of glosses(pair.t.text, pair.s.text)) t = Math.max(0, t - visibleLength(gloss));
    }
    let [min, max] = ratioBounds(s, bounds);
    const [low, high] = expansionRange(conventions.length);
    // Within the bounds before a short segment widens them: most units, and no words to count.
    if (t / s >= min * low && t / s <= max * high) return;
    const words = contentWords(pair.s.visible, 4);
    // A name (`SourcePath`, `xunit.extensibility.core`) is not shortened by any language's grammar.
    if (words <= 4 && !/\p{Ll}\p{Lu}|\p{L}\.\p{L}/u.test(pair.s.visible)) min /= 2;
    // A one- or two-word lead-in or label (`Namely:`, `Including:`) may become a whole sentence; a sentence may not grow so.
    if (words <= 2 && !/[.!?。][\s"'”’)\]*_]*$/.test(pair.s.visible)) max = Infinity;
    const ratio = t / s;
    if (ratio >= min * low && ratio <= max * high) return;
    const language = conventions.key === '*' ? '' : ` for ${conventions.name}`;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The translation is ${Math.round(ratio * 100)} % of the English length (expected ${max === Infinity ? 'at least ' : ''}${Math.round(min * low * 100)}${max === Infinity ? '' : `–${Math.round(max * high * 100)}`} %${language}).`,
    });
  },
};
