/**
 * Number extraction for SX401: numbers in visible text (protected tokens excluded), read so that locale formats
 * compare equal: `30,000` = `30 000` = `30000`, `3.5` = `3,5`, the digits of every script (full-width, Arabic-Indic,
 * Thai…), and dates whose parts are reordered (`8/21/2019` = `21.08.2019`). Numbers are also compared by value under the number formats of
 * the locale table (`checks/locale/conventions.ts`): `15,000.00` (English) = `15.000,00` (German) = `15 000`
 * (French, with a space, NBSP or narrow NBSP) = `15000`.
 */
import type { NumberFormat } from '../locale';

export interface NumberToken {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** All digits with separators removed and leading zeros dropped. */
  readonly joined: string;
  /** The digit groups' values, sorted. */
  readonly parts: string;
  /** The digit groups without leading zeros, in order. */
  readonly groups: readonly string[];
  /** The single value, for numbers without separators. */
  readonly value: number | undefined;
  /** The values the number has under the formats it was read with (`15000`, `3.5`), without leading or trailing zeros. */
  readonly values: readonly string[];
  /**
   * The same values with the decimal digits as written (`2.30`), only a fraction of zeros dropped (`15,000.00` is
   * `15000`): a version or a price keeps its digits, so `2.3` is not `2.30`.
   */
  readonly exact: readonly string[];
  /** The digit groups as written, leading zeros dropped from all but the last (a date's `01.04` is `1.4`; `2.03` is not `2.3`). */
  readonly written: readonly string[];
  /** A dot follows the number (`31.12.`, a day and a month as German and the Nordic languages write them). */
  readonly dotted: boolean;
}

/**
 * The zeros of the decimal digits (`\p{Nd}`) of the Basic Multilingual Plane beyond ASCII: Arabic-Indic, Persian,
 * N'Ko, the scripts of India, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian… and full-width. Unicode writes each
 * script's digits 0 to 9 in a row.
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
  0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10];

/** The value plus one of each such digit, 0 for other characters. */
const DIGIT_VALUE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) table[zero + d] = d + 1;
  return table;
})();

/** Decimal digits of any script (ASCII, full-width, Arabic-Indic, Thai, Devanagari…). */
function isDigitCode(c: number): boolean {
  return c < 0x80 ? c >= 48 && c <= 57 : DIGIT_VALUE[c] !== 0;
}

// A regular expression finds an ASCII digit faster than a loop over char codes. The digits of other scripts all lie
// in U+0660-U+FF19: a second class tests for any character of that range (most English and European text has none),
// and only then a loop reads the table (a class of all the scripts' digits, or `\p{Nd}`, is slower than both).
const ASCII_DIGIT = /[0-9]/;
const DIGIT_RANGE = /[\u0660-\uff19]/;

/** True when `s` has a decimal digit of any script. */
export function hasDigit(s: string): boolean {
  if (ASCII_DIGIT.test(s)) return true;
  if (!DIGIT_RANGE.test(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x660 && DIGIT_VALUE[c] !== 0) return true;
  }
  return false;
}

/** The text with the digits of every script written in ASCII, one character for one. */
export function asciiDigits(s: string): string {
  // Most text has no digit beyond ASCII: then it is its own answer, and nothing is built.
  if (!DIGIT_RANGE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x80 && DIGIT_VALUE[c] !== 0 ? String.fromCharCode(47 + DIGIT_VALUE[c]) : s[i];
  }
  return out;
}

function stripZeros(digits: string): string {
  const t = digits.replace(/^0+(?=\d)/, '');
  return t;
}

const SEPARATORS = new Set(['.', ',', '/', '\u00a0', '\u202f', ' ', '\u2009', "'", '’', '．', '，', '\u066b', '\u066c']);

/** English: `15,000.00`. */
const ENGLISH: NumberFormat = { decimal: ['.'], group: [','] };
const ENGLISH_ONLY: readonly NumberFormat[] = [ENGLISH];

/** `1234.50` → `1234.5`, `0012` → `12`. */
function canonicalValue(integer: string, fraction: string): string {
  const i = integer.replace(/^0+/, '') || '0';
  const f = fraction.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** `1234.50` → `1234.50`, `15000.00` → `15000`: the decimal digits as written unless they are all zeros. */
function exactValue(integer: string, fraction: string): string {
  return canonicalValue(integer, /^0+$/.test(fraction) ? '' : fraction) + (/^0+$/.test(fraction) ? '' : /0*$/.exec(fraction)?.[0] ?? '');
}

/**
 * The values of digit groups joined by separators under each format: the last separator may be a decimal one, the
 * others must be group separators between groups of three digits (or of two above the thousands, as India groups).
 */
function valuesOf(groups: readonly string[], seps: readonly string[], formats: readonly NumberFormat[], exact = false): string[] {
  if (seps.length === 0) return [canonicalValue(groups[0], '')];
  const value = exact ? exactValue : canonicalValue;
  const out = new Set<string>();
  const grouped = (count: number, format: NumberFormat): boolean => {
    for (let k = 0; k < count - 1; k++) if (!format.group.includes(seps[k])) return false;
    if (count <= 1) return true;
    if (groups[0].length <= 3 && groups.slice(1, count).every(g => g.length === 3)) return true;
    // The Indian system groups the thousands, then by twos: lakhs and crores (`1,00,000`, `1,50,00,000`), as Hindi,
    // Bengali, Tamil and the other languages of India write them (and Indian English).
    return groups[0].length <= 2 && groups[count - 1].length === 3 && groups.slice(1, count - 1).every(g => g.length === 2);
  };
  for (const format of formats) {
    const last = seps[seps.length - 1];
    if (format.decimal.includes(last) && grouped(groups.length - 1, format)) {
      out.add(value(groups.slice(0, -1).join(''), groups[groups.length - 1]));
    }
    if (format.group.includes(last) && grouped(groups.length, format)) out.add(value(groups.join(''), ''));
  }
  return [...out];
}

const SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * The end of the number that starts with the digit at `i`: digit groups joined by separators. A space-like separator
 * (or an apostrophe) only groups digits: it joins a following group of exactly three digits to a number whose groups
 * so far are one of one to three digits and then groups of three, all joined by that same separator. So `5.7.501 550`
 * and `1234 567` are two numbers each. `spaces`: white space may group digits at all (the languages of the formats read
 * group with a space; an Arabic or Japanese `553 550` is two numbers). `groups` and `seps`, when given, receive the
 * groups (in ASCII digits) and the separators (full-width ones made ASCII).
 */
function numberEnd(text: string, i: number, groups?: string[], seps?: string[], spaces = true): number {
  const n = text.length;
  const start = i;
  let kind: string | undefined;
  let grouping = true;
  for (;;) {
    const g = i;
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    groups?.push(asciiDigits(text.slice(g, i)));
    if (g === start ? i - g > 3 : i - g !== 3) grouping = false;
    const sep = text[i];
    if (i + 1 < n && SEPARATORS.has(sep) && isDigitCode(text.charCodeAt(i + 1))) {
      const space = SPACES.has(sep);
      if (space || sep === "'" || sep === '’') {
        let k = i + 1;
        while (k < n && isDigitCode(text.charCodeAt(k))) k++;
        if (k - (i + 1) !== 3 || !grouping || (kind !== undefined && kind !== sep) || (space && !spaces)) break;
      }
      kind ??= sep;
      if (sep !== kind) grouping = false;
      seps?.push(sep === '．' ? '.' : sep === '，' ? ',' : sep);
      i++;
      continue;
    }
    return i;
  }
  return i;
}

const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

/**
 * The numbers of visible text as written (`raw` of `extractNumbers`), in order: two texts whose lists are the same
 * have no number that differs, which is most texts, and this builds no token.
 */
export function rawNumbers(visible: string): string[] {
  const out: string[] = [];
  if (!hasDigit(visible)) return out;
  const text = visible.replace(BIDI_MARKS, '');
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = numberEnd(text, i);
    out.push(text.slice(start, i));
  }
  return out;
}

/**
 * Extracts numbers from visible text. A space-like separator joins only a following group of exactly three digits.
 * `formats` are the number formats to read values with (English by default).
 */
export function extractNumbers(visible: string, formats: readonly NumberFormat[] = ENGLISH_ONLY): NumberToken[] {
  const out: NumberToken[] = [];
  if (!hasDigit(visible)) return out;
  // The English may group with spaces (`10 000`, as SI writes); a translation only where its languages do.
  const spaces = formats === ENGLISH_ONLY || formats.some(f => f.group.some(g => SPACES.has(g)));
  const text = visible.replace(BIDI_MARKS, '');
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const groups: string[] = [];
    const seps: string[] = [];
    i = numberEnd(text, i, groups, seps, spaces);
    const raw = text.slice(start, i);
    const parts = groups.map(stripZeros).sort().join('|');
    out.push({
      raw, start, end: i, joined: stripZeros(groups.join('')), parts, groups: groups.map(stripZeros),
      value: groups.length === 1 ? Number(groups[0]) : undefined,
      values: valuesOf(groups, seps, formats),
      exact: valuesOf(groups, seps, formats, true),
      written: groups.map((g, k) => k < groups.length - 1 ? stripZeros(g) : g),
      dotted: text[i] === '.',
    });
  }
  return out;
}

/**
 * Two numbers are the same when they are written with the same digit groups, whatever the separators (`3,5` for
 * `3.5`, `1.500` or `1 500` for `1,500`), or are a day and a month reordered (`31.12.2021`, `31.12.` for `12/31`).
 * The same digits grouped otherwise are another number (`35` or `3,5` for `3.5`, `0,184` for `0.0184`): they match
 * only by value.
 */
export function sameNumber(a: NumberToken, b: NumberToken): boolean {
  if (sameList(a.written, b.written)) return true;
  if (a.parts !== b.parts || a.groups.length !== b.groups.length) return false;
  if (a.groups.length === 3) return true;
  // A day and a month: written with a slash or closed by a dot (`12/31`, `31.12.`), and both could be days.
  return a.groups.length === 2 && (a.raw.includes('/') || b.raw.includes('/') || a.dotted || b.dotted)
    && a.groups.every(g => Number(g) >= 1 && Number(g) <= 31) && a.groups.some(g => Number(g) <= 12);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The separators of a number as written (`.` of `2.30`, `,` of `2,3`). */
function separators(t: NumberToken): string {
  return asciiDigits(t.raw).replace(/\d+/g, '');
}

/**
 * Two numbers (`a` of the English, `b` of the translation) have the same value under the formats they were read with
 * (`15,000.00` and `15 000`). A number written
 * with the English's separators is compared with its decimal digits as written: a version or a build number kept as
 * written (`2.3` for `2.30`, `16731.2017` for `16731.20170`) is another one. One that the translation writes its
 * language's way is a value (`2,5` for `2.50`).
 */
export function sameValue(a: NumberToken, b: NumberToken): boolean {
  if (a.exact.some(v => b.exact.includes(v))) return true;
  // Zeros added to the English's decimals say the same amount (`2.500` for `2.5` in Japanese); zeros dropped from
  // the English's (`2.3` for `2.30`) shorten a version.
  if (a.exact.some(v => v.includes('.') && b.exact.some(w => w.startsWith(v) && /^0+$/.test(w.slice(v.length))))) return true;
  return separators(a) !== separators(b) && a.values.some(v => b.values.includes(v));
}

/** A year of four digits (`2020`) as the two a short date writes (`20`). */
function shortYear(group: string): string {
  return /^(?:19|20)\d\d$/.test(group) ? stripZeros(group.slice(2)) : group;
}

/** The same date with the year written in two digits on one side (`04/01/20` and `01.04.2020`). */
export function sameDate(a: NumberToken, b: NumberToken): boolean {
  if (a.groups.length !== 3 || b.groups.length !== 3) return false;
  const key = (t: NumberToken) => t.groups.map(shortYear).sort().join('|');
  return key(a) === key(b);
}

/** A time `10.30` (hours, then two digits of minutes) or a date or time of three parts `14.12.00`. */
function timeOrDate(t: NumberToken): boolean {
  if (t.groups.length === 3) return true;
  const m = /^(\d{1,2})\D(\d{2})$/.exec(asciiDigits(t.raw));
  return m !== null && Number(m[1]) <= 24 && Number(m[2]) < 60;
}

/**
 * The numbers of `lone` (one group each) that together are the groups of the translation's `joined`, removed from
 * `lone`, or undefined: a time or a date the English writes as separate numbers (`10:30`, read as 10 and 30, is
 * `10.30` in Finnish; `12 14 00` in the English of a date field is `14.12.00` in German). Only a time or a date: a
 * number the translation joined by mistake (`14.3` for `14 3`, `5。8`) stays reported.
 */
function takeGroups(joined: NumberToken, lone: NumberToken[]): NumberToken[] | undefined {
  if (!timeOrDate(joined)) return undefined;
  const left = [...lone];
  for (const group of joined.groups) {
    const k = left.findIndex(n => n.groups.length === 1 && n.joined === group);
    if (k < 0) return undefined;
    left.splice(k, 1);
  }
  return left;
}

/**
 * Matches numbers of the English with numbers of the translation, first by digits, then by value (so `4.0` finds the
 * translation's `4.0` before a `4` the value would also match), then as dates; a time or a date that the translation
 * writes as one number and the English as separate numbers matches too. Returns the unmatched ones of each side.
 */
export function compareNumbers(source: readonly NumberToken[], target: readonly NumberToken[]): { missing: NumberToken[]; extra: NumberToken[] } {
  const result = matchNumbers(source, target);
  let { missing, extra } = result;
  for (const t of [...extra]) {
    const left = takeGroups(t, missing);
    if (left) {
      missing = left;
      extra = extra.filter(e => e !== t);
    }
  }
  return { missing, extra };
}

function matchNumbers(source: readonly NumberToken[], target: readonly NumberToken[]): { missing: NumberToken[]; extra: NumberToken[] } {
  const used = new Array<boolean>(target.length).fill(false);
  let missing: NumberToken[] = [...source];
  for (const same of [sameNumber, sameValue, sameDate]) {
    missing = missing.filter(s => {
      for (let k = 0; k < target.length; k++) {
        if (!used[k] && same(s, target[k])) {
          used[k] = true;
          return false;
        }
      }
      return true;
    });
  }
  const extra = target.filter((_, k) => !used[k]);
  return { missing, extra };
}
