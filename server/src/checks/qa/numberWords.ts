/**
 * Numbers written with words for SX401, beside the digits that numbers.ts reads: English number words of any size
 * (`twenty`, `sixty-four`, `a hundred`, `twenty-first`, `zeros and ones`), scale words after digits in the English
 * (`1 million`, `10K`) and in the translation (`100 万`, `10 लाख`, `1 करोड़`, `1 millón`), compared as values, and
 * the number words of the translation's language, which the check cannot read as values: a two-digit number of the
 * English that the translation holds no digits for is accepted when the translation has such a word.
 */
import type { NumberFormat } from '../locale';
import { asciiDigits, extractNumbers, sameNumber, sameValue, type NumberToken } from './numbers';
import { changedTimesAndDates } from './timesAndDates';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SCALE_ORDINALS: Readonly<Record<string, number>> = { hundredth: 100, thousandth: 1e3, millionth: 1e6 };

/** A number word; `ordinal`: it ends its phrase (`twenty-first`, and the plurals `zeros`, `ones`). */
interface Word { readonly value: number; readonly kind: 'unit' | 'tens' | 'scale'; readonly ordinal: boolean }

const WORDS: ReadonlyMap<string, Word> = (() => {
  const map = new Map<string, Word>();
  UNITS.forEach((w, v) => map.set(w, { value: v, kind: 'unit', ordinal: false }));
  UNIT_ORDINALS.forEach((w, v) => map.set(w, { value: v, kind: 'unit', ordinal: true }));
  TENS.forEach((w, k) => w && map.set(w, { value: k * 10, kind: 'tens', ordinal: false }));
  TENS_ORDINALS.forEach((w, k) => w && map.set(w, { value: k * 10, kind: 'tens', ordinal: true }));
  for (const [w, v] of Object.entries(SCALES)) map.set(w, { value: v, kind: 'scale', ordinal: false });
  for (const [w, v] of Object.entries(SCALE_ORDINALS)) map.set(w, { value: v, kind: 'scale', ordinal: true });
  // Plurals that name digits (`alternating zeros and ones`).
  map.set('zeros', { value: 0, kind: 'unit', ordinal: true });
  map.set('zeroes', { value: 0, kind: 'unit', ordinal: true });
  map.set('ones', { value: 1, kind: 'unit', ordinal: true });
  return map;
})();

/**
 * Words that the translation may render with a number: `double` (`2 個の`), the bases of a numeral system
 * (Korean `10진수` is "decimal", `16진수` "hexadecimal").
 */
const IMPLIED: Readonly<Record<string, number>> = { double: 2, triple: 3, binary: 2, octal: 8, decimal: 10, hexadecimal: 16 };

/**
 * The values of the English's number words (lower case text): each phrase once (`twenty-one` is 21, `two hundred
 * and five` 205, `a million` 1000000 and also 1 for its `a`). Single words that the check already reads (`one` to
 * `twelve`, `first` to `tenth`) are left out.
 */
export function englishWordValues(english: string): number[] {
  const out: number[] = [];
  const re = /[a-z]+/g;
  let total = 0;
  let current = 0;
  let words = 0;
  let simple = true;
  let lastEnd = -1;
  let lastKind: Word['kind'] | undefined;
  const flush = () => {
    if (words > 0 && !simple) out.push(total + current);
    total = 0;
    current = 0;
    words = 0;
    simple = true;
    lastKind = undefined;
  };
  for (let m; (m = re.exec(english)) !== null;) {
    const w = m[0];
    // `two hundred and five`: the `and` after a scale word joins the phrase.
    if (w === 'and' && words > 0 && lastKind === 'scale') continue;
    const gap = lastEnd < 0 ? '' : english.slice(lastEnd, m.index);
    const word = WORDS.get(w);
    const implied = IMPLIED[w];
    if (words > 0 && (word === undefined || !/^(?:[ -]|\sand\s)$/.test(gap) || (gap.includes('and') && lastKind !== 'scale'))) flush();
    lastEnd = m.index + w.length;
    if (implied !== undefined) {
      out.push(implied);
      continue;
    }
    if ((w === 'a' || w === 'an') && /^\s(?:hundred|thousand|million|billion|trillion)\b/.test(english.slice(lastEnd, lastEnd + 10))) {
      // `a million`: 1 million, and the translation may write the 1 (`1 millón`).
      out.push(1);
      flush();
      current = 1;
      words = 1;
      simple = false;
      lastKind = 'unit';
      continue;
    }
    if (!word) continue;
    if (word.kind === 'scale') {
      if (word.value === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * word.value;
        current = 0;
      }
    } else if (words > 0 && lastKind !== 'scale' && !(lastKind === 'tens' && word.kind === 'unit' && word.value < 10)) {
      // Two numbers in a row (`one two three`) are separate numbers.
      flush();
      current = word.value;
    } else current += word.value;
    words++;
    lastKind = word.kind;
    // A single word up to twelve (or an ordinal up to tenth) is read by the check already.
    if (words > 1 || word.kind !== 'unit' || word.value > (word.ordinal ? 10 : 12) || w === 'zeros' || w === 'zeroes' || w === 'ones' || w === 'zeroth') simple = false;
    if (word.ordinal) flush();
  }
  flush();
  return out;
}

/** English scale words and suffixes after digits: `1 million`, `2.5 billion`, `10K`, `2.5M`. */
const ENGLISH_SCALE = /^(?:\s?(thousand|million|billion|trillion)\b|([kKMB])(?![\p{L}\p{N}]))/u;
const ENGLISH_SCALE_VALUES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

/**
 * Scale words of the translation's languages that follow a number, each with its value (or values, where languages
 * differ). Myriads of Chinese, Japanese and Korean, lakh and crore of the languages of India, and the thousand,
 * million and milliard words of other languages. A word matches when it starts with one of these.
 */
const TRANSLATION_SCALES: ReadonlyArray<readonly [RegExp, readonly number[], boolean]> = [
  // [pattern, values, unambiguous (a different one of these for an English scale word is a changed amount)]
  [/^[十拾]/u, [10], true],
  [/^[百]/u, [100], true],
  [/^(?:千|천)/u, [1e3], true],
  [/^(?:万|萬|만)/u, [1e4], true],
  [/^(?:億|亿|억)/u, [1e8], true],
  [/^(?:兆|조)/u, [1e12], false],
  [/^(?:lakh|लाख|লক্ষ|লাখ|லட்ச|లక్ష|લાખ|ಲಕ್ಷ|ലക്ഷ)/iu, [1e5], true],
  [/^(?:crore|करोड|कोटी|কোটি|கோடி|కోటి|કરોડ|ಕೋಟಿ|കോടി)/iu, [1e7], true],
  [/^(?:अरब)/u, [1e9], false],
  [/^(?:हज़ार|हजार|হাজার|ஆயிரம)/u, [1e3], false],
  [/^(?:mill(?:ón|ones|ion|ião|iões|ione|ioni)|mil(?:ion|joen|jon|joona|yon|ijun|ijon)|მილიონ|mio\.?(?!\p{L})|mln\.?(?!\p{L})|миллион|мільйон|милион|εκατομμύρι|juta|triệu|مليون|ملايين|میلیون|מיליון|ล้าน)/iu, [1e6], false],
  [/^(?:mill?iard|mil(?:ij|i|j)?ard|მილიარდ|milyar|mrd\.?(?!\p{L})|миллиард|мільярд|милијард|δισεκατομμύρι|tỷ|مليار|میلیارد|מיליארד)/iu, [1e9], false],
  [/^(?:bill?i?[oó]n)/iu, [1e9, 1e12], false],
  [/^(?:mil|mille|mila|tausend|tysi[ąę]c|тысяч|тисяч|хиляд|bin|ribu|nghìn|ngàn|ألف|آلاف|هزار|אלף|אלפים|พัน|tisuća|tisuće|tisuću|hiljada|hiljade|хиљада|хиљаде|tisoč|tūkstantis|tūkstančiai|tūkstančių|tūkstotis|tūkstoši|tūkstošiem|tuhat|tuhande|tuhandet|mii|ათასი|ათას|мың)(?![\p{L}\p{M}])/iu, [1e3], false],
];

const BIDI = /[\u200e\u200f\u061c]/g;

/** The scale values after a translation number ending at `end` (`100 万` is ×10,000, `mil millones` ×10⁹), or []. */
function translationScales(text: string, end: number): { values: number[]; unambiguous: boolean } {
  let values = [1];
  let unambiguous = true;
  let i = end;
  for (let round = 0; round < 3; round++) {
    // Scale words are short: a window keeps a text with many numbers linear.
    const window = text.slice(i, i + 48);
    const rest = window.replace(/^[\s\u00a0\u202f-]/, '');
    const skipped = window.length - rest.length;
    const found = TRANSLATION_SCALES.find(([re]) => re.test(rest));
    if (!found) break;
    const [re, scale, sure] = found;
    const m = re.exec(rest) as RegExpExecArray;
    values = values.flatMap(v => scale.map(s => v * s));
    unambiguous &&= sure;
    // A word of letters goes on to its end (`millones`, `லட்சம்`); a CJK sign is one character.
    const word = /^[\p{L}\p{M}.]*/u.exec(rest.slice(m[0].length))?.[0] ?? '';
    i += skipped + m[0].length + (/[\u3400-\u9fff\uac00-\ud7af]/.test(m[0]) ? 0 : word.length);
  }
  return values.length === 1 && values[0] === 1 ? { values: [], unambiguous: false } : { values, unambiguous };
}

function englishScale(text: string, end: number): number | undefined {
  const m = ENGLISH_SCALE.exec(text.slice(end, end + 12));
  return m ? ENGLISH_SCALE_VALUES[m[1] ?? m[2]] : undefined;
}

function numericValues(n: NumberToken): number[] {
  return n.values.map(Number).filter(v => Number.isFinite(v));
}

function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Number words of each language for eleven to ninety-nine (and their ordinals). Most must begin a word (`W`); those
 * that end a compound (German `einundzwanzig`, Finnish `viisitoista`) are matched inside words, and only where no
 * common word holds them.
 */
const W = '(?<![\\p{L}\\p{M}])';
const words = (source: string, flags = 'iu'): RegExp => new RegExp(source, flags);
const NUMBER_WORDS: Readonly<Record<string, RegExp>> = {
  es: words(`${W}(?:once|doce|trece|catorce|quince|dieci|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)`),
  pt: words(`${W}(?:onze|doze|treze|[cq]u?atorze|quinze|dez[ae]s|dezoito|dez[ae]nove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)`),
  fr: words(`${W}(?:onze|douze|treize|quatorze|quinze|seize|dix-|vingt|trente|quarante|cinquante|soixante)`),
  it: words(`${W}(?:undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|vent[iuo]|trent[aeu]|quarant[aeu]|cinquant[aeu]|sessant[aeu]|settant[aeu]|ottant[aeu]|novant[aeu])`),
  de: words(`${W}elf|zwölf|zehn|zig(?![\\p{L}])|zigs|ßig`),
  nl: words(`${W}(?:elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|[\\p{L}]+en(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)`),
  pl: words('naści|dzieści|dziesiąt'),
  cs: words('náct|dvacet|třicet|čtyřicet|desát'),
  sk: words('násť|dvadsať|tridsať|štyridsať|desiat'),
  ru: words('надцат|дцат|сорок|десят'),
  uk: words('надцят|дцят|сорок|десят'),
  el: words(`${W}(?:έντεκα|δώδεκα|δεκα|είκοσι|τριάντα|σαράντα|πενήντα|εξήντα|εβδομήντα|ογδόντα|ενενήντα)`),
  ar: words('عشر|(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)(?:ون|ين)', 'u'),
  fa: words('یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|هیجده|نوزده|بیست|چهل|پنجاه|شصت|هفتاد|هشتاد|نود', 'u'),
  he: words('עשר|שלושים|ארבעים|חמישים|שישים|שבעים|שמונים|תשעים', 'u'),
  tr: words(`${W}(?:on(?![\\p{L}])|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan)`),
  id: words('belas|puluh'),
  ms: words('belas|puluh'),
  hu: words(`${W}(?:tizen|huszon|húsz|harminc|negyven|ötven|hatvan|hetven|nyolcvan|kilencven)`),
  fi: words('[\\p{L}]toista|kymmen'),
  sv: words(`${W}(?:elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)`),
  da: words(`${W}(?:elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)`),
  nb: words(`${W}(?:elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)`),
  vi: words('mười|mươi'),
  th: words('สิบ', 'u'),
  // 十 alone is also a word (`十分`, "enough"): only with another numeral (`十五`, `二十`).
  ja: words('[一二三四五六七八九]十|十[一二三四五六七八九]', 'u'),
  zh: words('[一二三四五六七八九]十|十[一二三四五六七八九]', 'u'),
  ko: words('[일이삼사오육칠팔구]십|십[일이삼사오육칠팔구]|스물|서른|마흔|예순|일흔|여든|아흔', 'u'),
  hi: words('ग्यारह|बारह|तेरह|चौदह|पंद्रह|पन्द्रह|सोलह|सत्रह|अठारह|उन्नीस|बीस|इक्कीस|तीस|चालीस|पचास|साठ|सत्तर|अस्सी|नब्बे', 'u'),
  bn: words(`${W}(?:এগারো|বারো|তেরো|চোদ্দ|পনেরো|পনের|ষোলো|সতেরো|আঠারো|উনিশ|বিশ|একুশ|ত্রিশ|চল্লিশ|পঞ্চাশ|ষাট|সত্তর|আশি|নব্বই)(?![\\p{L}\\p{M}])`, 'u'),
  ta: words('பதினொ|பன்னிர|பதின|இருபது|முப்பது|நாற்பது|ஐம்பது|அறுபது|எழுபது|எண்பது|தொண்ணூறு', 'u'),
  // Bulgarian and Macedonian: 11-19 end in -надесет (-найсет, -наесет), the tens in -десет (`двайсет`, `трийсет`).
  bg: words('надесет|найсет|десет|двайсет|трийсет'),
  mk: words('наесет|надесет|десет'),
  // Croatian, Serbian (both scripts), Bosnian: 11-19 end in -naest, the tens in -deset.
  hr: words('naest|deset|наест|десет'),
  // Slovene: 11-19 end in -najst, the tens in -deset (`dvajset`).
  sl: words('najst|dvajset|deset'),
  // Estonian: 11-19 are a unit and -teist (`viisteist`, `viieteist`), the tens end in -kümmend (genitive -kümne).
  et: words('(?:üks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|üheksa|ühe|kahe|kolme|nelja|viie|kuue|seitsme)teist|kümmend|kümne'),
  // Lithuanian: 11-19 end in -lika (`penkiolika`, any case), the tens in -dešimt.
  lt: words('(?:vienuo|dvy|try|keturio|penkio|šešio|septynio|aštuonio|devynio)lik|dešimt'),
  // Latvian: 11-19 end in -padsmit, the tens in -desmit.
  lv: words('padsmit|desmit'),
  // Romanian: 11-19 end in -sprezece, the tens in -zeci (`douăzeci`); `zecimal` is another word.
  ro: words('sprezece|zeci(?![\\p{L}])'),
  // Georgian counts in twenties: 11-19 are nine words ending -მეტი (`მეტი` alone is "more"), 20 ოცი, 40 ორმოცი, 30 ოცდაათი.
  ka: words('თერთმეტ|თორმეტ|ცამეტ|თოთხმეტ|თხუთმეტ|თექვსმეტ|ჩვიდმეტ|თვრამეტ|ცხრამეტ|(?<![\\p{L}\\p{M}])ოც(?:ი|ს|ის|ით|ამდე|და)|მოც(?:ი|ს|ის|ით|ამდე|და)', 'u'),
  // Kazakh: 11-19 are `он` (ten) and a unit (`он бес`), then the tens.
  kk: words(`${W}(?:он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан)(?![\\p{L}\\p{M}])`),
  // Catalan.
  ca: words(`${W}(?:onze|dotze|tretze|catorze|quinze|setze|disset|divuit|dinou|vint|trenta|quaranta|cinquanta|seixanta|setanta|vuitanta|noranta)`),
};

/** The same patterns, global, compiled once, for lower-case text (a case-insensitive pattern is slower). */
const COUNTED: ReadonlyMap<string, RegExp> = new Map(Object.entries(NUMBER_WORDS)
  .map(([k, r]) => [k, new RegExp(r.source, 'gu')]));

/** Languages written with another one's number words: Norwegian (`no`, `nn`), Serbian and Bosnian, Galician. */
const SAME_WORDS: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb', sr: 'hr', bs: 'hr', cnr: 'hr', gl: 'pt' };

/**
 * How many number words of the language the translation holds; for a language whose words are not known here (or an
 * unknown language), as many as there could be: such a language may write any number as a word, which the check
 * cannot tell from a dropped number, and it reports neither.
 */
function numberWordCount(translation: string, language: string | undefined): number {
  const key = language !== undefined ? SAME_WORDS[language] ?? language : undefined;
  const pattern = key !== undefined ? COUNTED.get(key) : undefined;
  if (!pattern) return Infinity;
  pattern.lastIndex = 0;
  return translation.toLowerCase().match(pattern)?.length ?? 0;
}

/** A compact date of six or eight digits (`123101`, MMDDYY) as its two-digit month and day and its year. */
function compactDate(raw: string): string | undefined {
  const m = /^(\d\d)(\d\d)(\d\d|\d{4})$/.exec(raw);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (!((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31))) return undefined;
  return [m[1], m[2], m[3]].map(g => g.replace(/^0+(?=\d)/, '')).sort().join('|');
}

export interface WordOptions {
  /** The English's number words count (the check's `allowSpelledOut`). */
  readonly spelledOut: boolean;
  /** The translation's number words count (the check's `ignoreMissingSmall`). */
  readonly translationWords: boolean;
}

/**
 * Removes from `missing` (numbers of the English) and `extra` (numbers of the translation) those that say the same
 * thing with words or scales: `1 million` = `1000000` = `100 万` = `10 लाख`; `10K` = `10 000`; `twenty` = `20`; a
 * number the translation writes as a word of its language (`sesenta` for `60`); a number glued to a slash
 * (`100.000/8` for `100,000 / 8`); a compact date (`C123101`, `31.12.01`); `noon` as `12:00`.
 * `source` and `target` are the texts the numbers were read from.
 */
export function acceptWordsAndScales(
  source: string, target: string, missing: NumberToken[], extra: NumberToken[], language: string | undefined,
  formats: readonly NumberFormat[], options: WordOptions,
): { missing: NumberToken[]; extra: NumberToken[] } {
  const s = source.replace(BIDI, '');
  const t = target.replace(BIDI, '');
  // Each number's amounts are read once: the pairings below compare every missing number with every extra one.
  const cache = new Map<NumberToken, number[]>();
  const amounts = (n: NumberToken, english: boolean): number[] => {
    let known = cache.get(n);
    if (known) return known;
    const plain = numericValues(n);
    if (english) {
      const scale = englishScale(s, n.end);
      known = scale ? [...plain, ...plain.map(v => v * scale)] : plain;
    } else {
      const { values } = translationScales(t, n.end);
      known = [...plain, ...plain.flatMap(v => values.map(k => v * k))];
    }
    cache.set(n, known);
    return known;
  };
  // Scales: a missing number of the English and an extra one of the translation with the same amount. Numbers
  // without a scale were compared by value already.
  const scaled = (n: NumberToken, english: boolean) => amounts(n, english).length > n.values.length;
  if (missing.length && extra.length && (missing.some(m => scaled(m, true)) || extra.some(e => scaled(e, false)))) {
    const left = [...extra];
    missing = missing.filter(m => {
      const mine = amounts(m, true);
      const k = left.findIndex(e => amounts(e, false).some(a => mine.some(b => sameAmount(a, b))));
      if (k < 0) return true;
      left.splice(k, 1);
      return false;
    });
    extra = left;
  }
  // A number glued to a slash (`100.000/8`) is the English's numbers on each side of it.
  if (missing.length && extra.some(e => e.raw.includes('/'))) {
    extra = extra.filter(e => {
      if (!e.raw.includes('/')) return true;
      const taken: number[] = [];
      for (const part of e.raw.split('/')) {
        const [n] = extractNumbers(part, formats);
        const k = n ? missing.findIndex((m, i) => (sameNumber(m, n) || sameValue(m, n)) && !taken.includes(i)) : -1;
        if (k < 0) return true;
        taken.push(k);
      }
      missing = missing.filter((_, i) => !taken.includes(i));
      return false;
    });
  }
  // A compact date of the English (`C123101`) written with separators (`31.12.01`).
  if (missing.length && extra.some(e => e.groups.length === 3) && missing.some(m => compactDate(m.raw) !== undefined)) {
    extra = extra.filter(e => {
      if (e.groups.length !== 3) return true;
      const k = missing.findIndex(m => compactDate(m.raw) === e.parts);
      if (k < 0) return true;
      missing = missing.filter((_, i) => i !== k);
      return false;
    });
  }
  const english = s.toLowerCase();
  if (options.spelledOut && extra.length) {
    const words = englishWordValues(english);
    // `noon` and `midnight` are times (`12:00 p. m.`, `0:00`).
    for (const m of english.match(/\b(?:noon|midday|midnight)\b/g) ?? []) words.push(...(m === 'midnight' ? [12, 0, 24] : [12]), 0);
    if (words.length) {
      extra = extra.filter(e => {
        const k = words.findIndex(w => amounts(e, false).some(a => sameAmount(a, w)));
        if (k < 0) return true;
        words.splice(k, 1);
        return false;
      });
    }
  }
  const twoDigits = (m: NumberToken) => m.groups.length === 1 && m.value !== undefined && m.value > 10 && m.value <= 99 && m.raw.length <= 2;
  if (options.translationWords && missing.some(twoDigits)) {
    // A number of two digits that the translation writes as a word of its language (`sesenta` for 60).
    let count = numberWordCount(t, language);
    // Without the language's words, a number of the translation left over is more likely the changed one.
    if (count === Infinity && extra.length) count = 0;
    missing = missing.filter(m => !(count > 0 && twoDigits(m) && count-- > 0));
  }
  return { missing, extra };
}

/**
 * A scale word of the English written with another scale in the translation for the same digits (`1 लाख`, 100,000,
 * for `1 million`; `10 萬` for `10 million`), as `1 लाख for 1 million`, or undefined. Only scales that are certain
 * (myriads, lakh and crore) are compared.
 */
export function changedScale(source: string, target: string, formats: readonly NumberFormat[]): string | undefined {
  if (!/\d\s?(?:thousand|million|billion|trillion)\b/i.test(source)) return undefined;
  const s = source.replace(BIDI, '');
  const t = target.replace(BIDI, '');
  const english = extractNumbers(s).map(n => ({ n, scale: englishScale(s, n.end) ?? 1 }));
  const translation = extractNumbers(t, formats).map(n => ({ n, ...translationScales(t, n.end) }));
  for (const e of english) {
    if (e.scale === 1 || !/^\s?[a-z]/i.test(s.slice(e.n.end, e.n.end + 2))) continue;
    const amount = numericValues(e.n).map(v => v * e.scale);
    const same = translation.filter(x => x.n.joined === e.n.joined);
    if (same.length === 0 || same.some(x => !x.unambiguous || x.values.length === 0)) continue;
    if (same.some(x => numericValues(x.n).some(v => x.values.some(k => amount.some(a => sameAmount(a, v * k)))))) continue;
    const x = same[0];
    const word = /^[\s\u00a0]?[^\s\d.,;:!?()]+/u.exec(t.slice(x.n.end, x.n.end + 24))?.[0] ?? '';
    const englishWord = /^\s?[a-z]+/i.exec(s.slice(e.n.end, e.n.end + 24))?.[0] ?? '';
    return `${x.n.raw}${word} for ${e.n.raw}${englishWord}`;
  }
  return undefined;
}

// The percent signs and words of the languages (`%`, `٪`, `％`, `por ciento`, `Prozent`, `yüzde`, `درصد`, `퍼센트`…).
const PERCENT = /[%٪﹪％]|percent|procent|prozent|prosent|por ?cento?|pour ?cent|per ?cento|porcenta|percentua|százalék|yüzde|persen|phần trăm|процент|відсот|odsto|posto|postot|퍼센트|パーセント|百分|प्रतिशत|শতাংশ|சதவீ|ร้อยละ|เปอร์เซ็นต์|درصد|المئة|المائة|مئوي|אחוז|εκατό|ποσοστ/iu;
const ENGLISH_PERCENT = /(\d)\s?(?:%|percent\b|per cent\b)/i;
// A minus sign before a number in the English (not a range `1-5`); in the translation any dash before or after a
// number (`연산자의-1`, `[ID,-3]`, a right-to-left `5-`), or a word for it.
const ENGLISH_MINUS = /(?<![\p{L}\p{N}.,)\]_/-])[-−](\d[\d.,]*)/u;
const MINUS = /[-−‐‑–﹣－]\s?\p{Nd}|\p{Nd}[-−‐‑–﹣－](?![\p{L}\p{N}])|menos|minus|moins|meno|минус|мінус|eksi|negati|négati|negatie|ujemn|záporn|μείον|αρνητικ|マイナス|負|마이너스|음수|ऋण|سالب|منفی|מינוס|שלילי|âm|ลบ/iu;

/**
 * A percent or minus sign of the English that the translation drops with the digits kept (`50` for `50%`,
 * `entre 5 y 5` for `between -5 and 5`): only when the translation has no such sign or word at all.
 */
function droppedSign(source: string, target: string): string | undefined {
  const percent = ENGLISH_PERCENT.exec(source);
  if (percent && !PERCENT.test(target)) return `the percent sign of ${/[\d.,]*$/.exec(source.slice(Math.max(0, percent.index - 24), percent.index + 1))?.[0] ?? ''}% is missing`;
  const minus = ENGLISH_MINUS.exec(source);
  if (minus && !MINUS.test(target)) return `the minus sign of ${minus[0]} is missing`;
  return undefined;
}

const ASCII_DIGIT = /\d/;

/**
 * A data size or rate after a number, as SI and IEC write it in Latin or Cyrillic letters: a magnitude (`k`, `M`, `G`,
 * `T`, `P`, `E`; `к`, `М`, `Г`, `Т`, `П`), `i` for the binary multiples, and bytes (`B`, `Б`, `byte`, `байт`, the
 * octet `o` of French and Romanian) or bits (`b`, `bit`, `бит`; `Mbps`). Undefined for anything else (`mb`, `m`).
 */
const DATA_UNIT = /^[\s\u00a0\u202f]?([kKMGTPEкКМГТПЕ])([iи]?)(B(?:ytes?)?|Б|байт\p{L}*|bytes?|o|bits?|бит\p{L}*|b)(?:ps|\/s|\/с)?(?![\p{L}\p{N}])/u;
const MAGNITUDE: Readonly<Record<string, string>> = { к: 'k', К: 'k', K: 'k', М: 'M', Г: 'G', Т: 'T', П: 'P', Е: 'E' };

function dataUnit(text: string, end: number): { unit: string; written: string } | undefined {
  const m = DATA_UNIT.exec(text.slice(end, end + 14));
  if (!m) return undefined;
  const bit = /^(?:b|bits?|бит\p{L}*)$/u.test(m[3]);
  return { unit: `${MAGNITUDE[m[1]] ?? m[1]}${m[2] ? 'i' : ''}${bit ? 'bit' : 'B'}`, written: m[0] };
}

// ISO 4217 codes of the currencies most prices are given in.
const CURRENCY = /^(?:USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RUB|BRL|MXN|KRW|TRY|ZAR|NZD|SGD|HKD|RON|BGN|ILS|SAR|AED|TWD|THB|IDR|MYR|VND|UAH)$/;

// The codes a currency sign may stand for: `$` is any dollar.
const SIGN_CODES: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN'], '€': ['EUR'], '£': ['GBP'], '¥': ['JPY', 'CNY'], '₹': ['INR'],
};

/** The currency code or sign written next to a number (`18.40 USD`, `USD 18.40`, `$18.40`, `18,40 €`), or undefined. */
function currencyAt(text: string, start: number, end: number, signs: boolean): string | undefined {
  const after = /^[\s\u00a0\u202f]?([A-Z]{3}(?![\p{L}])|[$€£¥₹])/u.exec(text.slice(end, end + 5))?.[1];
  if (after && (CURRENCY.test(after) || (signs && after in SIGN_CODES))) return after;
  const before = /(?:(?<![\p{L}])([A-Z]{3})|([$€£¥₹]))[\s\u00a0\u202f]?$/u.exec(text.slice(Math.max(0, start - 5), start));
  if (before?.[1] && CURRENCY.test(before[1])) return before[1];
  return signs && before?.[2] ? before[2] : undefined;
}

/** A code or sign of the translation that may name the English's currency (`USD` or `US$` for `$`). */
function sameCurrency(english: string, translation: string): boolean {
  if (english === translation) return true;
  const codes = (c: string) => SIGN_CODES[c] ?? [c];
  return codes(english).some(c => codes(translation).includes(c));
}

/**
 * A number of the English with a data unit or a currency code that the translation writes with the same digits and
 * another unit or code (`128 ГБ` for `128 MB`, `10 MB/s` for `10 Mb/s`, `190,7 GiB` for `190.7 TiB`, `18,40 EUR` for
 * `18.40 USD`): only when every writing of the number with a unit in the translation differs, and, for a currency,
 * the English code is nowhere in the translation. As `128 ГБ for 128 MB`, or undefined.
 */
export function changedUnit(source: string, target: string, formats: readonly NumberFormat[]): string | undefined {
  const s = source.replace(BIDI, '');
  const t = target.replace(BIDI, '');
  // The translation's numbers by their digit groups and values, built once: a text with many numbers stays linear.
  let translation: Map<string, NumberToken[]> | undefined;
  const keys = (n: NumberToken) => [`w:${n.written.join('|')}`, ...n.exact.map(v => `v:${v}`), ...n.values.map(v => `v:${v}`)];
  for (const e of extractNumbers(s)) {
    const data = dataUnit(s, e.end);
    const currency = data ? undefined : currencyAt(s, e.start, e.end, true);
    if (!data && !currency) continue;
    if (!translation) {
      translation = new Map();
      for (const x of extractNumbers(t, formats)) for (const k of new Set(keys(x))) translation.set(k, [...translation.get(k) ?? [], x]);
    }
    const index = translation;
    const same = [...new Set(keys(e).flatMap(k => index.get(k) ?? []))].sort((a, b) => a.start - b.start);
    if (data) {
      const units = same.map(x => ({ x, u: dataUnit(t, x.end) })).filter(y => y.u !== undefined);
      if (units.length && units.every(y => y.u?.unit !== data.unit)) return `${units[0].x.raw}${units[0].u?.written} for ${e.raw}${data.written}`;
    } else if (currency) {
      // Only a code in the translation: a sign it writes (`$` for `USD`) is read by the reader as the English's.
      const codes = same.map(x => ({ x, c: currencyAt(t, x.start, x.end, false) })).filter(y => y.c !== undefined);
      if (codes.length && codes.every(y => !sameCurrency(currency, y.c as string))) return `${codes[0].x.raw} ${codes[0].c} for ${currency.length === 1 ? currency + e.raw : `${e.raw} ${currency}`}`;
    }
  }
  return undefined;
}

// What the English must hold for a changed time, date, scale or sign to be possible.
// A data unit or a currency code, in their case.
const UNIT_OR_CODE = /\d[\s\u00a0\u202f]?(?:[kKMGTPE]i?[Bb]|[A-Z]{3}\b|[$€£¥₹])|(?:\b[A-Z]{3}|[$€£¥₹])[\s\u00a0\u202f]?\d/;
const MAY_CHANGE = /\d\s?[ap]\.?\s?m\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d|\d(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\s?(?:thousand|million|billion|trillion)\b|\d\s?(?:%|per\s?cent)|[-−]\d/i;

/**
 * For a translation whose digits are the English's: a time, a date or an amount that they say differently
 * (`2:30 AM for 2:30 PM`, `31 de noviembre de 2021 for December 31, 2021`, `1 लाख for 1 million`), or a dropped
 * percent or minus sign, or undefined.
 */
export function sameDigitsChanged(source: string, target: string, language: string | undefined, format: NumberFormat): string | undefined {
  // Most units have no digit at all (the same empty lists of numbers).
  if (!ASCII_DIGIT.test(source) || !(MAY_CHANGE.test(source) || UNIT_OR_CODE.test(source))) return undefined;
  const changed = changedTimesAndDates(source, target, language) ?? changedScale(source, target, [format, { decimal: ['.'], group: [','] }])
    ?? changedUnit(source, target, [format, { decimal: ['.'], group: [','] }]) ?? droppedSign(source, target);
  // The message ends with its own full stop (`2:30 PM.` is read with its dot).
  return changed?.replace(/\.$/, '');
}

/**
 * A number the translation writes differently from the English (`2.500` for `2.5`, `1,000` for `1000`) that matches
 * the English only when read the English way, while the translation's language reads it as another value (2500 in
 * Portuguese, 1 in German): `2.500 (2500 in this language) for 2.5`, or undefined. A number kept as the English
 * writes it is accepted, as are languages that write a decimal point.
 */
export function misreadSeparator(sourceText: string, source: readonly NumberToken[], target: readonly NumberToken[], format: NumberFormat): string | undefined {
  if (format.decimal.includes('.') || target.length === 0) return undefined;
  let englishValues: Set<string> | undefined;
  // The English's amounts with their scales (`10K` is 10000).
  let amounts: number[] | undefined;
  for (const t of target) {
    if (t.groups.length !== 2 || !/^\d{1,3}[.,]\d{3}$/.test(asciiDigits(t.raw)) || source.some(s => s.raw === t.raw)) continue;
    const [local] = extractNumbers(t.raw, [format]);
    const [english] = extractNumbers(t.raw);
    englishValues ??= new Set(source.flatMap(s => s.values));
    const known = englishValues;
    if (!local?.values.length || local.values.some(v => known.has(v))) continue;
    const s = sourceText.replace(BIDI, '');
    amounts ??= source.flatMap(n => numericValues(n).map(v => v * (englishScale(s, n.end) ?? 1)));
    const scaled = amounts;
    if (local.values.some(v => scaled.some(a => sameAmount(a, Number(v))))) continue;
    const same = english?.values.find(v => known.has(v));
    if (same !== undefined) return `${t.raw} (${local.values[0]} in this language) for ${source.find(s => s.values.includes(same))?.raw ?? same}`;
  }
  return undefined;
}
