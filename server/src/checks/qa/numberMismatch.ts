/**
 * SX401 number-mismatch: the numbers of the visible text differ after locale normalization (see numbers.ts): the
 * translation's numbers are read with the decimal and group separators of its language (the locale table) or the
 * English ones, and compared by value (`15,000.00` = `15.000,00` = `15 000` = `15000`).
 * Also accepted: numbers the English spells out (`one` → `1`), and, for Japanese, Chinese and Korean, month and
 * day numbers that the translation writes for an English month name (`August 30, 2011` → `2011年8月30日`).
 * Times and dates are compared as values (timesAndDates.ts): `14:30` or `kl. 14.30` for `2:30 PM`, `31. 12. 2021` or
 * `31. Dezember 2021` for `12/31/2021`; the "24/7" idiom may be words or `24 h/24, 7 j/7`. Number words of any size
 * and scales (`twenty`, `100 万`, `10 लाख`, `10K`) are read in numberWords.ts, which also reports a time, date or
 * scale changed with the same digits (`2:30 AM` for `2:30 PM`).
 */
import { allConventions, type LocaleConventions } from '../locale';
import type { DocumentAnalysis } from '../analysis';
import type { Check } from '../types';
import { declareOptions } from '../options';
import { asciiDigits, compareNumbers, extractNumbers, hasDigit, NumberToken, rawNumbers, sameNumber, sameValue } from './numbers';
import { BUDDHIST_ERA, isAlwaysNumber, matchTimesAndDates } from './timesAndDates';
import { acceptWordsAndScales, misreadSeparator, sameDigitsChanged } from './numberWords';
import { boolOption, isCjkLanguage, targetRange } from './pair';

const ENGLISH_FORMAT = { decimal: ['.'], group: [','] };

/** The language's key names that hold a digit (German `Pos1`), as one pattern, or null when it has none. */
function keyNamePattern(conventions: LocaleConventions): RegExp | null {
  const names = Object.values(conventions.keys).flat().filter(name => /\d/.test(name));
  return names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
}

/** The pattern of every language of the table, made with the module, so it is compiled once per process. */
const KEY_NAME_PATTERNS: ReadonlyMap<LocaleConventions, RegExp | null> = new Map(allConventions().map(c => [c, keyNamePattern(c)]));

const ASCII_DIGIT = /[0-9]/;

/** The text with the language's key names that hold a digit blanked: they are not numbers. */
function withoutKeyNames(visible: string, analysis: DocumentAnalysis): string {
  const conventions = analysis.conventions;
  const known = KEY_NAME_PATTERNS.get(conventions);
  const pattern = known !== undefined ? known : analysis.memo('SX401 key names', () => keyNamePattern(conventions));
  // Every such name holds an ASCII digit: text without one has none, and most text has no digit at all.
  return pattern && ASCII_DIGIT.test(visible) ? visible.replace(pattern, m => ' '.repeat(m.length)) : visible;
}

const SPELLED_EXTRA: Readonly<Record<string, number>> = { single: 1, once: 1, twice: 2, both: 2, couple: 2, dozen: 12 };
const SPELLED = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

/**
 * In right-to-left text, runs of digits separated by a space show in reverse order: `000 100` shows as `100 000`,
 * a number grouped with spaces. Removes such runs of `extra` whose groups, read in the order shown, are a number of
 * `missing` (`100,000`), and that number.
 */
function rightToLeftGroups(missing: NumberToken[], extra: NumberToken[]): { missing: NumberToken[]; extra: NumberToken[] } {
  const runs: NumberToken[][] = [];
  for (const t of [...extra].sort((a, b) => a.start - b.start)) {
    const run = runs[runs.length - 1];
    if (t.groups.length === 1 && run && run[run.length - 1].end + 1 === t.start) run.push(t);
    else runs.push(t.groups.length === 1 ? [t] : []);
  }
  for (const run of runs) {
    if (run.length < 2) continue;
    const shown = run.map(t => asciiDigits(t.raw)).reverse();
    if (shown[0].length > 3 || shown.slice(1).some(g => g.length !== 3) || !shown.every(g => /^\d+$/.test(g))) continue;
    const value = shown.join('').replace(/^0+(?=\d)/, '');
    const k = missing.findIndex(m => m.values.includes(value));
    if (k < 0) continue;
    missing = missing.filter((_, i) => i !== k);
    extra = extra.filter(e => !run.includes(e));
  }
  return { missing, extra };
}

// A fiscal or calendar year abbreviated with its two last digits (`FY25`, `FY 25`, `FY'25`, `CY24`).
const SHORT_YEAR = /(?<![\p{L}\p{N}])[FC]Y\s?['’]?$/iu;

/**
 * A year that one side writes in an abbreviation with two digits (`FY25`) and the other in full (`anno fiscale 2025`):
 * the two-digit form is the abbreviation's, not a date's, and means the year of the same last digits.
 */
function fiscalYears(source: string, target: string, missing: NumberToken[], extra: NumberToken[]): { missing: NumberToken[]; extra: NumberToken[] } {
  const short = (text: string, n: NumberToken) => n.raw.length === 2 && n.value !== undefined && SHORT_YEAR.test(text.slice(Math.max(0, n.start - 4), n.start));
  const full = (n: NumberToken) => n.value !== undefined && /^(?:19|20)\d\d$/.test(n.raw);
  const pairs = (shorts: NumberToken[], fulls: NumberToken[], text: string): [NumberToken, NumberToken][] => {
    const out: [NumberToken, NumberToken][] = [];
    const left = fulls.filter(full);
    for (const s of shorts) {
      if (!short(text, s)) continue;
      const k = left.findIndex(f => (f.value as number) % 100 === s.value);
      if (k >= 0) out.push([s, left.splice(k, 1)[0]]);
    }
    return out;
  };
  const gone = new Set<NumberToken>([...pairs(missing, extra, source), ...pairs(extra, missing, target)].flat());
  return gone.size ? { missing: missing.filter(n => !gone.has(n)), extra: extra.filter(n => !gone.has(n)) } : { missing, extra };
}

/** `missing` without the numbers the English writes more than once and the translation at least once. */
function repeatedOnce(missing: NumberToken[], source: readonly NumberToken[], target: readonly NumberToken[]): NumberToken[] {
  const times = new Map<string, number>();
  for (const n of source) times.set(n.raw, (times.get(n.raw) ?? 0) + 1);
  const candidates = missing.filter(m => (times.get(m.raw) ?? 0) > 1);
  if (candidates.length === 0) return missing;
  // Each is looked for in the translation, at most 64 of them: a text of many numbers stays linear.
  const kept = new Set(candidates.slice(0, 64).filter(m => target.some(t => sameNumber(m, t) || sameValue(m, t))));
  return missing.filter(m => !kept.has(m));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const numberMismatch: Check = {
  id: 'SX401',
  alias: 'number-mismatch',
  description: 'Numbers in the translation differ from those in the English (locale number formats are accepted).',
  tags: ['placeables', 'numbers'],
  defaultSeverity: 'warning',
  scope: 'unit',
  ...declareOptions({
    allowSpelledOut: { type: 'boolean', default: true, description: 'Accept a number in the translation that the English spells out (one → 1, first → 1., twenty-one → 21, a million → 1).' },
    ignoreMissingSmall: { type: 'boolean', default: true, description: 'Accept a missing number up to 10 that the translation may write as a word, and one up to 99 when the translation holds a number word of its language (sesenta, δώδεκα).' },
  }),
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    // Most units have no digit in either half: no number, and no key name that holds one.
    if (!hasDigit(pair.s.visible) && !hasDigit(pair.t.visible)) return;
    const tVisible = withoutKeyNames(pair.t.visible, ctx.analysis);
    // Most halves have no number, or the same numbers written the same way: those match without reading values.
    if (sameList(rawNumbers(pair.s.visible), rawNumbers(tVisible))) {
      // The same digits may still say another time, date or amount (`2:30 AM` for `2:30 PM`, `1 लाख` for `1 million`).
      const changed = sameDigitsChanged(pair.s.visible, tVisible, ctx.analysis.language, ctx.analysis.conventions.numbers);
      if (changed) ctx.report({ range: targetRange(pair), unit: unit.index, message: `Numbers differ from the English: ${changed}.` });
      return;
    }
    const sNumbers = extractNumbers(pair.s.visible);
    // The translation may write numbers its language's way or keep the English way.
    const conventions = ctx.analysis.conventions;
    const tNumbers = extractNumbers(tVisible, [conventions.numbers, ENGLISH_FORMAT]);
    let { missing, extra } = compareNumbers(sNumbers, tNumbers);
    if (RIGHT_TO_LEFT.has(ctx.analysis.language ?? '') && missing.length && extra.length > 1) ({ missing, extra } = rightToLeftGroups(missing, extra));
    // `2.500` for `2.5` matches only when read the English way; Portuguese reads 2500.
    const misread = misreadSeparator(pair.s.visible, sNumbers, tNumbers, conventions.numbers);
    if (misread) {
      ctx.report({ range: targetRange(pair), unit: unit.index, message: `Numbers differ from the English: ${misread}.` });
      return;
    }
    // Numbers that match written another way (`10.00` for `10:00`) may still say another time (`10.00 val.`, 10 AM,
    // for `10:00 PM`).
    const unchanged = () => {
      const changed = sameDigitsChanged(pair.s.visible, tVisible, ctx.analysis.language, conventions.numbers);
      if (changed) ctx.report({ range: targetRange(pair), unit: unit.index, message: `Numbers differ from the English: ${changed}.` });
    };
    if (missing.length === 0 && extra.length === 0) return unchanged();
    // Times and dates written the translation's way (`14:30` for `2:30 PM`, `31. 12. 2021`) are compared as values.
    const language = ctx.analysis.language;
    const read = matchTimesAndDates(pair.s.visible, tVisible, language);
    if (read) {
      ({ missing, extra } = compareNumbers(extractNumbers(read.source), extractNumbers(read.target, [conventions.numbers, ENGLISH_FORMAT])));
      let left = read.always * 4;
      extra = extra.filter(n => !(left > 0 && isAlwaysNumber(n.groups) && left-- > 0));
      if (missing.length === 0 && extra.length === 0) return unchanged();
    }
    if (language === 'th') {
      // A Thai year of the Buddhist era for the English year (2564 for 2021).
      extra = extra.filter(n => {
        const k = n.value !== undefined && n.raw.length === 4 ? missing.findIndex(m => m.value !== undefined && m.value + BUDDHIST_ERA === n.value) : -1;
        if (k >= 0) missing = missing.filter((_, i) => i !== k);
        return k < 0;
      });
    }
    if (missing.length && extra.length) ({ missing, extra } = fiscalYears(pair.s.visible, tVisible, missing, extra));
    const english = (read ? read.source : pair.s.visible).toLowerCase();
    // Scales (`100 万` for `1 million`), number words of any size, numbers glued to a slash, compact dates.
    ({ missing, extra } = acceptWordsAndScales(read ? read.source : pair.s.visible, read ? read.target : tVisible, missing, extra, language,
      [conventions.numbers, ENGLISH_FORMAT], { spelledOut: boolOption(ctx.options, 'allowSpelledOut', true), translationWords: boolOption(ctx.options, 'ignoreMissingSmall', true) }));
    if (boolOption(ctx.options, 'allowSpelledOut', true)) {
      // `one` → `1`, `first` → `1.`: an extra small number the English spells out.
      const spelled = new Map<number, number>();
      for (const word of english.match(/\p{L}+/gu) ?? []) {
        const v = SPELLED.indexOf(word) >= 0 ? SPELLED.indexOf(word) : ORDINALS.indexOf(word) >= 0 ? ORDINALS.indexOf(word) + 1 : SPELLED_EXTRA[word] ?? -1;
        if (v >= 0) spelled.set(v, (spelled.get(v) ?? 0) + 1);
      }
      extra = extra.filter(n => {
        const left = n.value !== undefined ? spelled.get(n.value) ?? 0 : 0;
        if (left > 0) {
          spelled.set(n.value as number, left - 1);
          return false;
        }
        return true;
      });
    }
    if (boolOption(ctx.options, 'ignoreMissingSmall', true)) {
      // A small number of the English may be written out in the translation (`2` → `dwa`, `二`).
      missing = missing.filter(n => !(n.value !== undefined && n.value <= 10 && n.raw.length <= 2));
    }
    const cjk = isCjkLanguage(ctx.analysis.language);
    // Japanese, Chinese and Korean count things with a number and a counter (`1 つ`, `1 日あたり`) where English has "a".
    if (cjk) extra = extra.filter(n => n.value !== 1);
    const months = english.match(MONTHS)?.length ?? 0;
    if (months > 0 && cjk) {
      let allowed = months;
      extra = extra.filter(n => !(n.value !== undefined && n.value >= 1 && n.value <= 12 && allowed-- > 0));
    }
    // A number the English repeats may be referred back to with a word (`see the 2.2 version` → "the corresponding
    // section") where the translation writes it once.
    // Only when nothing else differs: a changed number is named as the one it replaced.
    if (missing.length && extra.length === 0) missing = repeatedOnce(missing, sNumbers, tNumbers);
    if (missing.length === 0 && extra.length === 0) return unchanged();
    const show = (list: NumberToken[]) => list.map(n => n.raw).join(', ');
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${show(missing)}`);
    if (extra.length) parts.push(`not in the English ${show(extra)}`);
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Numbers differ from the English: ${parts.join('; ')}.` });
  },
};
