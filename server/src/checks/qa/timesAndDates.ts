/**
 * Times and dates for SX401, read as values so that the forms of each language compare equal: `2:30 PM` = `14:30` =
 * `14.30` = `14 h 30` = `下午 2:30`; `12/31/2021` = `31.12.2021` = `31. 12. 2021` = `2021. 12. 31.` = `2021년 12월 31일`
 * = `31. Dezember 2021`. A month written as a word of the translation's language (which is not read) matches when the
 * day and the year match. A time or date of the English and one of the translation with the same value are blanked
 * in both texts, so that their digits are not compared; anything else is left for the digit comparison, which still
 * reports a changed number. Also here: the "24/7" idiom (`rund um die Uhr`, `24 h/24, 7 j/7`, `24 時間 365 日`).
 */
import { asciiDigits } from './numbers';

interface DateValue {
  readonly year: number | undefined;
  /** 0 when the translation writes the month as a word of its language. */
  readonly month: number;
  readonly day: number | undefined;
}

interface Found {
  readonly start: number;
  readonly end: number;
  /** Minutes since midnight, for a time. */
  readonly time?: number;
  /** An English time written with the hour only (`9 PM`): a bare hour in the translation may match it. */
  readonly hourOnly?: boolean;
  /** The readings of a date (`03/01/2021` is the 3rd of January or the 1st of March in a translation). */
  readonly dates?: readonly DateValue[];
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_MONTH = new RegExp(`^(?:${MONTH})$`, 'i');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * How month names begin in German, French, Spanish, Italian, Portuguese, Dutch, Russian and Ukrainian (any
 * grammatical case: `Dezember`, `décembre`, `diciembre`, `dicembre`, `dezembro`, `декабря`, `грудня`), so that a month the translation writes
 * as such a word must be the English month. A word not listed is a month the check cannot read.
 */
const MONTH_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1], ['jän', 1], ['ene', 1], ['gen', 1], ['янв', 1], ['feb', 2], ['fév', 2], ['fev', 2], ['фев', 2],
  ['mär', 3], ['mar', 3], ['мар', 3], ['apr', 4], ['avr', 4], ['abr', 4], ['апр', 4],
  ['mai', 5], ['may', 5], ['mag', 5], ['mei', 5], ['мая', 5], ['май', 5], ['juin', 6], ['jun', 6], ['giu', 6], ['июн', 6],
  ['juil', 7], ['jul', 7], ['lug', 7], ['июл', 7], ['aug', 8], ['aoû', 8], ['ago', 8], ['авг', 8],
  ['sep', 9], ['set', 9], ['сен', 9], ['okt', 10], ['oct', 10], ['ott', 10], ['out', 10], ['окт', 10],
  ['nov', 11], ['ноя', 11], ['dez', 12], ['dec', 12], ['déc', 12], ['dic', 12], ['дек', 12],
  // Ukrainian (`31 грудня 2021`).
  ['січ', 1], ['лют', 2], ['бер', 3], ['кві', 4], ['тра', 5], ['чер', 6], ['лип', 7], ['сер', 8], ['вер', 9],
  ['жов', 10], ['лис', 11], ['гру', 12],
];

/** The month of a word of the translation, or 0 when the word is not one the check reads. */
function translatedMonth(word: string): number {
  if (ENGLISH_MONTH.test(word)) return monthNumber(word);
  const lower = word.toLowerCase();
  for (const [stem, month] of MONTH_STEMS) if (lower.startsWith(stem)) return month;
  return 0;
}

// English: US dates (month first), ISO dates, and dates with a month name.
const EN_MDY = /(?<![\d./-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
const EN_ISO = /(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g;
const EN_MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?(?![\\d.,:/]?\\d)`, 'gi');
const EN_DAY_MONTH = new RegExp(`(?<![\\d.,:/])(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH})\\b\\.?(?:,?\\s(\\d{4}))?(?!\\d)`, 'gi');
// English: a time with AM or PM (`2:30 PM`, `9 a.m.`).
const EN_TIME = /(?<![\d.:,/])(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?/gi;

// The translation: day-month-year with dots, optionally a space after each (`31.12.2021`, `31. 12. 2021`, `31. 12. 2021.`).
const T_DMY_DOT = /(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d]|[.,]\d)\.?/g;
// Day and month with dots and no year (`31.12.`), only for an English date without a year.
const T_DM_DOT = /(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.(?!\s?\d)/g;
// Day and month in either order with slashes or hyphens (`31/12/2021`, `12-31-2021`).
const T_SLASH = /(?<![\d.,/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/g;
// Year first (`2021. 12. 31.`, `2021-12-31`, `2021/12/31`).
const T_YMD = /(?<![\d.,/-])(\d{4})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?!\d|\s?[./-]\s?\d)\.?/g;
// Vietnamese: the day, `tháng` and the month's number, `năm` and the year (`31 tháng 12 năm 2021`, `31 tháng 12, 2021`).
const T_VI = /(?<![\d.,:/])(\d{1,2})\s(?:tháng|Tháng)\s(\d{1,2})(?:,?\s(?:năm\s)?(\d{4}))?(?!\d)/g;
// 年月日, 년 월 일, with the year optional.
const T_CJK = /(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/g;
// A day, a month word, a year (`31. Dezember 2021`, `31 de diciembre de 2021`, `1er mars 2021`), and month first.
const T_DAY_WORD = /(?<![\d.,:/])(\d{1,2})(?:\.|er|º|°)?\s(?:de\s)?([\p{L}\p{M}]+)\.?,?\s(?:de\s|del\s)?(\d{4})(?!\d)/gu;
const T_WORD_DAY = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\.?\s(\d{1,2}),?\s(?:de\s)?(\d{4})(?!\d)/gu;
// Thai: the day, a month's name or its abbreviation (`12 กันยายน`, `12 ก.ย.`), an optional era (`พ.ศ.` Buddhist,
// `ค.ศ.` Common) and a year of four digits or the two last ones of the Buddhist year (`12 ก.ย. 66` is 12 September 2023).
const THAI_MONTHS: ReadonlyArray<readonly [string, string]> = [['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'], ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'], ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'], ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.']];
const THAI_MONTH = new Map<string, number>(THAI_MONTHS.flatMap(([name, short], k) => [[name, k + 1], [short, k + 1]] as [string, number][]));
const T_TH = new RegExp(`(?<![\\d.,:/])(\\d{1,2})\\s?(${[...THAI_MONTH.keys()].map(m => m.replace(/\./g, '\\.')).join('|')})\\s?(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s?)?(\\d{4}|\\d{2})(?!\\d)`, 'gu');
// A time: hours and minutes with `:`, `.`, `h` or a CJK hour sign between, and optional AM or PM after.
const T_TIME = /(?<![\d.,:/])(\d{1,2})(?:\s?[:.]\s?|\s?h\s?|\s?[時时시点點]\s?)(\d{2})(?:\s?[分분])?(?![\d]|[.,:/]\s?\d)(?:\s?([ap])\.?\s?m\b\.?)?/gi;
// An hour alone (`21 Uhr`, `21 h`, `21時`, `kl. 21`): only matched against an English time without minutes.
const T_HOUR = /(?<![\d.,:/])(\d{1,2})(?:\s?(?:Uhr|h|時|时|시|点|點)(?![\p{L}\d])|\s?([ap])\.?\s?m\b\.?)|(?:\bkl\.|\bklo|\bkell|\bpukul)\s(\d{1,2})(?![\d.:,]\d)/giu;
const T_LONE = /(?<![\d.,:/])\d{1,2}(?![\d]|[.,:/]\d)/g;
// Morning and afternoon words of Japanese, Chinese and Korean written before a 12-hour time.
const CJK_AM = /(?:午前|上午|오전|早上|凌晨)\s?$/;
const CJK_PM = /(?:午後|下午|오후|晚上)\s?$/;

// "24/7" (and `24x7`): the translation may say it in words or as `24 h/24, 7 j/7`, `24 時間 365 日`, `7x24`.
const EN_ALWAYS = /(?<![\d.,:/])24\s?[/x×]\s?7(?![\d/]|[.,:]\d)/gi;

function year(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function twelveHour(hour: number, minutes: number, ampm: string | undefined): number | undefined {
  if (minutes > 59) return undefined;
  if (ampm === undefined) return hour <= 24 ? hour * 60 + minutes : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const h = hour % 12 + (ampm.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + minutes;
}

/** Runs a global pattern over the text and keeps what `read` makes of each match; found spans are blanked in `work`. */
function scan(work: { text: string }, pattern: RegExp, read: (m: RegExpExecArray) => Omit<Found, 'start' | 'end'> | undefined, out: Found[]): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = work.text;
  const spans: [number, number][] = [];
  while ((m = pattern.exec(text)) !== null) {
    const value = read(m);
    if (value) {
      out.push({ start: m.index, end: m.index + m[0].length, ...value });
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  if (spans.length) work.text = blank(text, spans);
}

function blank(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

function date(y: number | undefined, m: number, d: number | undefined): DateValue[] {
  return m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31)) ? [{ year: y, month: m, day: d }] : [];
}

function englishValues(text: string): Found[] {
  const out: Found[] = [];
  const work = { text };
  if (text.includes('/')) {
    scan(work, EN_MDY, m => {
      // A US date; one whose first part cannot be a month is day first.
      const a = Number(m[1]), b = Number(m[2]);
      const dates = a > 12 ? date(year(m[3]), b, a) : date(year(m[3]), a, b);
      return dates.length ? { dates } : undefined;
    }, out);
  }
  if (text.includes('-')) {
    scan(work, EN_ISO, m => {
      const dates = date(year(m[1]), Number(m[2]), Number(m[3]));
      return dates.length ? { dates } : undefined;
    }, out);
  }
  scan(work, EN_MONTH_DAY, m => {
    const dates = date(year(m[3]), monthNumber(m[1]), Number(m[2]));
    return dates.length ? { dates } : undefined;
  }, out);
  scan(work, EN_DAY_MONTH, m => {
    const dates = date(year(m[3]), monthNumber(m[2]), Number(m[1]));
    return dates.length ? { dates } : undefined;
  }, out);
  scan(work, EN_TIME, m => {
    const time = twelveHour(Number(m[1]), m[2] === undefined ? 0 : Number(m[2]), m[3]);
    return time === undefined ? undefined : { time, hourOnly: m[2] === undefined };
  }, out);
  return out;
}

/**
 * The times and dates of the translation. `hours`: also bare hours (`21 Uhr`), for an English time without minutes;
 * `dayMonth`: also `31.12.` without a year, for an English date without one.
 */
function translationValues(text: string, hours: boolean, dayMonth: boolean, language?: string): Found[] {
  const out: Found[] = [];
  const work = { text };
  scan(work, T_YMD, m => {
    const dates = date(year(m[1]), Number(m[3]), Number(m[4]));
    return dates.length ? { dates } : undefined;
  }, out);
  if (text.includes('.')) {
    scan(work, T_DMY_DOT, m => {
      const dates = date(year(m[3]), Number(m[2]), Number(m[1]));
      return dates.length ? { dates } : undefined;
    }, out);
  }
  if (dayMonth && text.includes('.')) {
    scan(work, T_DM_DOT, m => {
      const dates = date(undefined, Number(m[2]), Number(m[1]));
      return dates.length ? { dates } : undefined;
    }, out);
  }
  scan(work, T_SLASH, m => {
    const a = Number(m[1]), b = Number(m[3]), y = year(m[4]);
    const dates = [...date(y, b, a), ...date(y, a, b)];
    return dates.length ? { dates } : undefined;
  }, out);
  scan(work, T_CJK, m => {
    const dates = date(year(m[1]), Number(m[2]), Number(m[3]));
    return dates.length ? { dates } : undefined;
  }, out);
  if (/[\u0e00-\u0e7f]/.test(text)) {
    scan(work, T_TH, m => {
      const dates = date(year(m[3]), THAI_MONTH.get(m[2]) ?? 0, Number(m[1]));
      return dates.length ? { dates } : undefined;
    }, out);
  }
  if (text.includes('háng')) {
    scan(work, T_VI, m => {
      const dates = date(year(m[3]), Number(m[2]), Number(m[1]));
      return dates.length ? { dates } : undefined;
    }, out);
  }
  const word = (name: string, d: string, y: string): Omit<Found, 'start' | 'end'> | undefined => {
    // A month name the check reads must be the month; another word is taken for the language's own name.
    const month = translatedMonth(name);
    const day = Number(d);
    return day >= 1 && day <= 31 ? { dates: [{ year: Number(y), month, day }] } : undefined;
  };
  scan(work, T_DAY_WORD, m => word(m[2], m[1], m[3]), out);
  scan(work, T_WORD_DAY, m => word(m[1], m[2], m[3]), out);
  scan(work, T_TIME, m => {
    let ampm: string | undefined = m[3];
    if (ampm === undefined) {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      ampm = CJK_PM.test(before) ? 'p' : CJK_AM.test(before) ? 'a' : undefined;
      // A marker of the language after the time (`8:00 petang`, `10:00 SA`).
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const mark = language !== undefined ? LANGUAGE_MARKS[language]?.find(([re]) => re.test(after))?.[1] : undefined;
      if (mark === 'a' || mark === 'p') ampm = mark;
    }
    const time = twelveHour(Number(m[1]), Number(m[2]), ampm);
    return time === undefined ? undefined : { time };
  }, out);
  if (hours) {
    scan(work, T_HOUR, m => {
      const hour = Number(m[1] === undefined ? m[3] : m[1]);
      const time = twelveHour(hour, 0, m[2]);
      return time === undefined ? undefined : { time, hourOnly: true };
    }, out);
    scan(work, T_LONE, m => {
      const hour = Number(m[0]);
      return hour <= 24 ? { time: hour * 60, hourOnly: true } : undefined;
    }, out);
  }
  return out;
}

function sameDate(english: DateValue, translation: DateValue, language: string | undefined): boolean {
  if ((english.day === undefined) !== (translation.day === undefined) || english.day !== translation.day) return false;
  if (translation.month !== 0 ? translation.month !== english.month : translation.day === undefined || translation.year === undefined) return false;
  if (english.year === undefined || translation.year === undefined) return english.year === translation.year;
  return translation.year === english.year || (translation.year < 100 && translation.year === english.year % 100)
    || (language === 'th' && (translation.year === english.year + BUDDHIST_ERA || translation.year === (english.year + BUDDHIST_ERA) % 100));
}

/** Thai writes years of the Buddhist era: 2564 is 2021. */
export const BUDDHIST_ERA = 543;

function sameValue(english: Found, translation: Found, language: string | undefined): boolean {
  if (english.time !== undefined) {
    if (translation.time !== english.time) return false;
    // A bare hour of the translation is only the time of an English time without minutes.
    return !translation.hourOnly || english.hourOnly === true;
  }
  return english.dates !== undefined && translation.dates !== undefined
    && english.dates.some(e => translation.dates?.some(t => sameDate(e, t, language)));
}

export interface ReadTimesAndDates {
  /** The English and the translation with the times and dates of the same value blanked, and "24/7" blanked. */
  readonly source: string;
  readonly target: string;
  /** How many "24/7" the English holds. */
  readonly always: number;
}

/**
 * Blanks the times and dates that the English and the translation both hold with the same value, and the English's
 * "24/7". Undefined when there is nothing of the kind. The texts keep their lengths.
 */
export function matchTimesAndDates(source: string, target: string, language: string | undefined): ReadTimesAndDates | undefined {
  const s = asciiDigits(source);
  const t = asciiDigits(target);
  const english = englishValues(s);
  let always = 0;
  let sourceOut = source;
  if (s.includes('24')) {
    const spans: [number, number][] = [];
    EN_ALWAYS.lastIndex = 0;
    for (let m; (m = EN_ALWAYS.exec(s)) !== null;) spans.push([m.index, m.index + m[0].length]);
    always = spans.length;
    if (always) sourceOut = blank(sourceOut, spans);
  }
  if (english.length === 0 && always === 0) return undefined;
  const translation = english.length
    ? translationValues(t, english.some(e => e.hourOnly), english.some(e => e.dates?.some(d => d.year === undefined)), language)
    : [];
  const sourceSpans: [number, number][] = [];
  const targetSpans: [number, number][] = [];
  const used = new Set<Found>();
  for (const e of english) {
    // A candidate that the English also holds as it stands (a version `14.30` beside `2:30 PM`) is taken last.
    const candidates = translation.filter(f => !used.has(f) && sameValue(e, f, language));
    const match = candidates.find(f => !s.includes(t.slice(f.start, f.end))) ?? candidates[0];
    if (!match) continue;
    used.add(match);
    sourceSpans.push([e.start, e.end]);
    targetSpans.push([match.start, match.end]);
  }
  if (sourceSpans.length === 0 && always === 0) return undefined;
  return { source: blank(sourceOut, sourceSpans), target: blank(target, targetSpans), always };
}

/**
 * The translation's numbers that say "24/7" its language's way (`24 h/24`, `7 j/7`, `24 時間 365 日`, `7x24`): those
 * made only of 24, 7 and 365, at most four for each "24/7" of the English.
 */
export function isAlwaysNumber(groups: readonly string[]): boolean {
  return groups.every(g => g === '24' || g === '7' || g === '365');
}

// The morning/afternoon marker of a 12-hour time, after it or before it, in the languages that write one; and the
// words of a 24-hour clock (`2:30 Uhr` is 02:30). `a`: before noon, `p`: after noon, `24`: the 24-hour clock.
const MARK_AFTER: ReadonlyArray<readonly [RegExp, 'a' | 'p' | '24']> = [
  [/^\s?(?:[aA]\.\s?[mM]\.?|AM|am)(?![\p{L}\p{M}])/u, 'a'],
  [/^\s?(?:[pP]\.\s?[mM]\.?|PM|pm)(?![\p{L}\p{M}])/u, 'p'],
  [/^\s?π\.\s?μ\.?/u, 'a'],
  [/^\s?μ\.\s?μ\.?/u, 'p'],
  [/^\s?(?:ص(?![\p{L}\p{M}])|صباح)/u, 'a'],
  [/^\s?(?:م(?![\p{L}\p{M}])|مساء)/u, 'p'],
  [/^\s?ق\.\s?ظ/u, 'a'],
  [/^\s?ب\.\s?ظ/u, 'p'],
  [/^\s?ÖÖ(?![\p{L}])/u, 'a'],
  [/^\s?ÖS(?![\p{L}])/u, 'p'],
  [/^\s?(?:Uhr|h)(?![\p{L}])/u, '24'],
];

/**
 * Markers after a time that only some languages use, from their CLDR day periods and the words their clocks are read
 * with: Vietnamese `SA`/`CH` and `sáng` (morning), `chiều` (afternoon), `tối` (evening); Malay `PG`/`PTG`, Malay and
 * Indonesian `pagi` (morning), `petang`, `sore` (afternoon); Lithuanian `priešpiet`/`popiet` and `val.` (hours, the
 * 24-hour clock). Night words (`đêm`, `malam`) are left out: they name late evening and small hours alike.
 */
const LANGUAGE_MARKS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, 'a' | 'p' | '24']>>> = {
  vi: [[/^\s?(?:SA|sáng)(?![\p{L}\p{M}])/u, 'a'], [/^\s?(?:CH|chiều|tối)(?![\p{L}\p{M}])/u, 'p']],
  ms: [[/^\s?(?:PG|pagi)(?![\p{L}])/u, 'a'], [/^\s?(?:PTG|petang)(?![\p{L}])/u, 'p']],
  id: [[/^\s?pagi(?![\p{L}])/u, 'a'], [/^\s?(?:sore|petang)(?![\p{L}])/u, 'p']],
  lt: [[/^\s?priešpiet(?![\p{L}])/u, 'a'], [/^\s?popiet(?![\p{L}])/u, 'p'], [/^\s?val\.?(?![\p{L}])/u, '24']],
};
const MARK_BEFORE: ReadonlyArray<readonly [RegExp, 'a' | 'p' | '24']> = [
  [CJK_AM, 'a'],
  [CJK_PM, 'p'],
  [/(?:पूर्वाह्न|পূর্বাহ্ণ|முற்பகல்)\s?$/u, 'a'],
  [/(?:अपराह्न|অপরাহ্ণ|பிற்பகல்)\s?$/u, 'p'],
  [/(?:\bkl\.|\bklo|\bkello)\s?$/u, '24'],
];

/**
 * The time of an hour and minutes that the text writes with a marker around them, and the marker as written, or
 * undefined when it has none.
 */
function markedTime(text: string, start: number, end: number, hour: number, minutes: number, language: string | undefined): { time: number | undefined; before: string; after: string } | undefined {
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(0, start - 12), start);
  for (const [re, mark] of [...MARK_AFTER, ...(language !== undefined ? LANGUAGE_MARKS[language] ?? [] : [])]) {
    const found = re.exec(after);
    // German `am` is a word ("on the"): only `AM` or `a.m.` there.
    if (found && !(language === 'de' && /^\s?am$/.test(found[0]))) return { time: markValue(mark, hour, minutes), before: '', after: found[0] };
  }
  for (const [re, mark] of MARK_BEFORE) {
    const found = re.exec(before);
    if (found) return { time: markValue(mark, hour, minutes), before: found[0], after: '' };
  }
  return undefined;
}

function markValue(mark: 'a' | 'p' | '24', hour: number, minutes: number): number | undefined {
  return mark === '24' ? hour * 60 + minutes : twelveHour(hour, minutes, mark);
}

/**
 * Times and dates whose digits the translation keeps while it says another value: `2:30 AM` or `2:30 Uhr` for
 * `2:30 PM` (the morning/afternoon marker changed), `31 de noviembre de 2021` for `December 31, 2021` (a month
 * word the check reads, with the same day and year). The first one, as `2:30 AM for 2:30 PM`, or undefined. Only
 * what is certain: a time of 12 o'clock (which languages mark differently) and an unmarked time are left alone.
 */
export function changedTimesAndDates(source: string, target: string, language: string | undefined): string | undefined {
  const s = asciiDigits(source);
  const t = asciiDigits(target);
  const english = englishValues(s);
  if (english.length === 0) return undefined;
  const translation = translationValues(t, english.some(e => e.hourOnly), false, language);
  // The translation's dates with a month word, read once.
  let worded: { month: number; day: number; year: number; text: string }[] | undefined;
  for (const e of english) {
    if (translation.some(f => sameValue(e, f, language))) continue;
    const raw = s.slice(e.start, e.end).trim();
    if (e.time !== undefined) {
      const hour = Math.floor(e.time / 60) % 12;
      const minutes = e.time % 60;
      if (hour === 0) continue;
      const mm = String(minutes).padStart(2, '0');
      const pattern = e.hourOnly
        ? new RegExp(`(?<![\\d.,:/])0?${hour}(?:[:.]00)?(?![\\d]|[.,:]\\d)`, 'g')
        : new RegExp(`(?<![\\d.,:/])0?${hour}\\s?[:.]\\s?${mm}(?![\\d]|[.,:]\\d)`, 'g');
      const seen: { start: number; end: number; marked: ReturnType<typeof markedTime> }[] = [];
      for (let m; (m = pattern.exec(t)) !== null;) {
        const minutesThere = /[:.]\s?(\d\d)$/.exec(m[0]);
        seen.push({ start: m.index, end: m.index + m[0].length, marked: markedTime(t, m.index, m.index + m[0].length, hour, minutesThere ? Number(minutesThere[1]) : 0, language) });
      }
      // Every writing of those digits in the translation is marked, and none with the English time.
      if (seen.length && seen.every(x => x.marked?.time !== undefined && x.marked.time !== e.time)) {
        const x = seen[0];
        return `${x.marked?.before ?? ''}${target.slice(x.start, x.end)}${x.marked?.after ?? ''} for ${raw}`;
      }
      continue;
    }
    for (const d of e.dates ?? []) {
      if (d.year === undefined || d.day === undefined) continue;
      if (!worded) {
        worded = [];
        for (const pattern of [T_DAY_WORD, T_WORD_DAY]) {
          pattern.lastIndex = 0;
          for (let m; (m = pattern.exec(t)) !== null;) {
            const [word, day] = pattern === T_DAY_WORD ? [m[2], m[1]] : [m[1], m[2]];
            const month = translatedMonth(word);
            if (month !== 0) worded.push({ month, day: Number(day), year: Number(m[3]), text: target.slice(m.index, m.index + m[0].length).trim() });
          }
        }
      }
      const changed = worded.find(w => w.month !== d.month && w.day === d.day && (w.year === d.year || (w.year < 100 && w.year === (d.year as number) % 100)));
      if (changed) return `${changed.text} for ${raw}`;
    }
  }
  return undefined;
}
