/**
 * Per-language conventions that the QA checks must not report as damage: grammatical doubled words, translated key
 * names, number formats, punctuation and quotation marks, the expected length of a translation and which changes of
 * the final punctuation a language's style allows. This table is the one place where languages differ; the checks
 * read it through `conventionsFor` and hold no language special cases of their own. docs/locales.md explains every
 * entry and where it comes from.
 *
 * Lookup: the full tag (`zh-tw`), then the language subtag (`zh`), then `FALLBACK` (an unknown language, or no locale
 * at all). The fallback is deliberately permissive: it accepts what any language of the table accepts, so a file of
 * a language the tool has never seen gets fewer findings, not false ones.
 */

/** A class of sentence-final punctuation (see `PUNCTUATION_CLASSES`), or `none`. */
export type EndClass = 'period' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'comma' | 'ellipsis' | 'none';

export interface NumberFormat {
  /** Decimal separators the language writes (besides the English `.`, which translations keep often). */
  readonly decimal: readonly string[];
  /** Group (thousands) separators. A space-like separator joins only groups of exactly three digits. */
  readonly group: readonly string[];
}

export interface LengthConvention {
  /**
   * The usual length of a translation relative to the English, in characters, once the characters of dense scripts
   * are weighted (`SCRIPT_WEIGHTS`): German about 1.25, Hebrew about 0.8. SX601's bounds are multiplied by it.
   */
  readonly expansion: number;
  /**
   * The fallback's: the lowest and highest expansion of the table, since a language the tool does not know may be any
   * of them (as short as Hebrew or as long as German). SX601 then uses these instead of `expansion`.
   */
  readonly range?: readonly [number, number];
}

/**
 * How many English characters one character of a dense script stands for, measured over the corpus (the median
 * translation then has the English length): a Han character (Chinese, Japanese kanji) about 3, a Hangul syllable
 * 2.4, kana 1.2. Full-width punctuation and other wide characters count 1, like any other character.
 */
export const SCRIPT_WEIGHTS = { han: 3, hangul: 2.4, kana: 1.2 } as const;

export interface LocaleConventions {
  /** The table key: a language (`de`), a full tag (`zh-tw`) or `*` for the fallback. */
  readonly key: string;
  /** Human name, for docs/locales.md and messages. */
  readonly name: string;
  readonly doubledWords: {
    /** Lower-case words whose doubling is grammatical (`die die`: article + relative pronoun). Never reported. */
    readonly grammatical: readonly string[];
    /** Endings of past participles that are also nouns (`il contenuto contenuto`): such a doubling is not reported. */
    readonly participleEndings: readonly string[];
    /** Productive reduplication (Turkish `tek tek`, `yavaş yavaş`): any doubling may be grammatical; report as info. */
    readonly reduplication: boolean;
    /**
     * The genitive is a case ending with no article before it (Polish, Czech, Russian, Ukrainian, Finnish): a noun may
     * be followed by the genitive of the same form (`pulę aplikacji aplikacji`, "the app's application pool"; `pro
     * sestavení sestavení`, "for building the assembly"), so a word twice may be grammar: an info without a fix.
     */
    readonly caseChains: boolean;
    /** Prepositions and conjunctions of a `caseChains` language: they take no case ending, so twice is a stutter. */
    readonly uninflected: readonly string[];
    /**
     * Prepositions that may end a relative clause (Swedish `tvisten med`) and so meet the same preposition starting
     * the next phrase (`tvisten med med hjälp av`): twice is an info without a fix.
     */
    readonly stranded: readonly string[];
  };
  /** Local key names by the English key they stand for (lower case, first word of multi-word names). */
  readonly keys: Readonly<Record<string, readonly string[]>>;
  readonly numbers: NumberFormat;
  readonly punctuation: {
    /** Extra characters and the class they have at the end of a sentence in this language (`؟` question). */
    readonly sentenceEnd: Readonly<Record<string, EndClass>>;
    /** Quotation marks, as opening and closing pairs. */
    readonly quotes: readonly (readonly [string, string])[];
    /** A (no-break) space before `: ; ! ?` (French). */
    readonly spaceBeforeHighPunctuation: boolean;
    /** Inverted opening marks `¿ ¡` (Spanish). */
    readonly invertedOpeners: boolean;
  };
  readonly length: LengthConvention;
  /**
   * Three equal letters in a row are spelling: a compound keeps all three where its parts meet (German
   * `Schifffahrt`, `Anschlusssoftware`). SX507 then reports only a run of four or more.
   */
  readonly tripledLetters: boolean;
  /**
   * Brackets and quotation marks that may stand around a UI label or a term where the English writes it in bold or
   * italic: square brackets in every language (`[Tiedosto] > [Avaa]`, `[ファイル]`), the language's quotation marks
   * (`„Datei“`, `«Fichier»`) and, in Japanese, Chinese and Korean, corner brackets (`「以外」`). SX307 and SX404 count
   * such a label as the bold or italic it replaces.
   */
  readonly uiLabels: readonly (readonly [string, string])[];
  /**
   * Changes of the final punctuation the language's style allows, as `[english, translation]` classes: for example
   * `['colon', 'period']` where a lead-in ending in `:` ends with `。` in Japanese. Not reported by SX503.
   */
  readonly endPunctuation: readonly (readonly [EndClass, EndClass])[];
}

/** What every language shares, before its own entries. */
interface Partial {
  readonly name: string;
  readonly grammatical?: readonly string[];
  readonly participleEndings?: readonly string[];
  readonly reduplication?: boolean;
  readonly caseChains?: boolean;
  readonly uninflected?: readonly string[];
  readonly stranded?: readonly string[];
  readonly keys?: Readonly<Record<string, readonly string[]>>;
  readonly numbers?: NumberFormat;
  readonly sentenceEnd?: Readonly<Record<string, EndClass>>;
  readonly quotes?: readonly (readonly [string, string])[];
  readonly spaceBeforeHighPunctuation?: boolean;
  readonly invertedOpeners?: boolean;
  readonly length?: LengthConvention;
  readonly tripledLetters?: boolean;
  readonly uiLabels?: readonly (readonly [string, string])[];
  readonly endPunctuation?: readonly (readonly [EndClass, EndClass])[];
}

/** English number format: `15,000.00`. */
const EN_NUMBERS: NumberFormat = { decimal: ['.'], group: [','] };
/** Comma decimal, dot or space groups: `15.000,00`, `15 000,00` (German, Spanish, Italian, Dutch, Turkish…). */
const COMMA_DOT: NumberFormat = { decimal: [','], group: ['.', ' ', '\u00a0', '\u202f'] };
/** Comma decimal, space groups (NBSP, narrow NBSP): `15 000,00` (French, Polish, Czech, Russian, Swedish…). */
const COMMA_SPACE: NumberFormat = { decimal: [','], group: [' ', '\u00a0', '\u202f', '\u2009', '.'] };
/** Dot decimal, comma groups, as in English (Japanese, Chinese, Korean, Hebrew). */
const DOT_COMMA: NumberFormat = { decimal: ['.'], group: [',', '，'] };

const LATIN_QUOTES: readonly (readonly [string, string])[] = [['"', '"'], ['“', '”'], ['‘', '’']];

/**
 * Changes of the final punctuation every language's style allows: a translation may end a sentence with a period
 * that the English left without (a list item or table cell written as a full sentence), and may tone an English `!`
 * down to a period (Microsoft style guides for most languages discourage exclamation marks).
 */
const EVERY_LANGUAGE_END: readonly (readonly [EndClass, EndClass])[] = [['none', 'period'], ['exclamation', 'period']];
/** A lead-in that ends in `:` in English ends with a full stop (Japanese, Chinese, Korean, Russian style). */
const COLON_AS_PERIOD: readonly (readonly [EndClass, EndClass])[] = [['colon', 'period']];
/** List items end with `;` (Russian, Polish, Czech, Ukrainian typography: the last item with a period). */
const LIST_SEMICOLON: readonly (readonly [EndClass, EndClass])[] = [['period', 'semicolon'], ['none', 'semicolon'], ['semicolon', 'period']];

/**
 * UI labels in square brackets (`[Tiedosto] > [Avaa]`, `[ファイル] > [開く]`): the Japanese, Chinese and Korean
 * style guides write what the English puts in bold so, and translators of other languages do too where bold is not
 * theirs to use. A label is accepted only in place of a bold or italic the translation lacks, so brackets never hide
 * a label that was lost (see `build`).
 */
const SQUARE_UI_LABELS: readonly (readonly [string, string])[] = [['[', ']']];
/** Terms in corner and lenticular brackets (`「以外」`, `『…』`, `【…】`), as Japanese, Chinese and Korean write them. */
const CJK_UI_LABELS: readonly (readonly [string, string])[] = [['「', '」'], ['『', '』'], ['【', '】']];

const CJK_WIDE_END: Readonly<Record<string, EndClass>> = {
  '。': 'period', '．': 'period', '｡': 'period', '？': 'question', '！': 'exclamation', '：': 'colon', '；': 'semicolon',
  '，': 'comma', '、': 'comma', '…': 'ellipsis',
};

const TABLE: Readonly<Record<string, Partial>> = {
  en: { name: 'English', grammatical: ['that', 'had'], numbers: EN_NUMBERS, length: { expansion: 1 } },
  de: {
    name: 'German',
    // Article followed by a relative pronoun (`die Tabellen, die die Konfiguration steuern`), `bei der der`, and
    // `Sie sie` (polite pronoun then object).
    grammatical: ['der', 'die', 'das', 'den', 'dem', 'des', 'sie'],
    keys: {
      ctrl: ['strg'], shift: ['umschalt', 'umschalttaste', 'umsch', 'hochstelltaste'], delete: ['entf', 'entfernen'],
      home: ['pos1', 'pos'], end: ['ende'], insert: ['einfg', 'einfügen', 'einfügetaste'], page: ['bild', 'seite'],
      enter: ['eingabe', 'eingabetaste', 'return'], backspace: ['rücktaste'], tab: ['tab', 'tabulator', 'tabulatortaste'],
      space: ['leertaste', 'leerzeichen'], esc: ['esc', 'escape'], altgr: ['altgr'],
    },
    numbers: COMMA_DOT,
    quotes: [['„', '“'], ['‚', '‘'], ['»', '«'], ['›', '‹'], ...LATIN_QUOTES],
    length: { expansion: 1.25 },
    // Since the 1996 spelling reform a compound keeps the three letters: `Schifffahrt`, `Auffülllagerort`.
    tripledLetters: true,
  },
  fr: {
    name: 'French',
    // Reflexive pronouns: `nous nous connectons`, `vous vous connectez`.
    grammatical: ['nous', 'vous'],
    keys: {
      shift: ['maj', 'majuscule'], delete: ['suppr', 'supprimer'], enter: ['entrée'], esc: ['échap', 'echap'],
      home: ['origine', 'début'], end: ['fin'], insert: ['inser', 'insérer', 'inser.'], backspace: ['retour'],
      space: ['espace'], tab: ['tab', 'tabulation'], page: ['pg', 'page'],
    },
    numbers: COMMA_SPACE,
    quotes: [['«', '»'], ['‹', '›'], ...LATIN_QUOTES],
    spaceBeforeHighPunctuation: true,
    length: { expansion: 1.2 },
  },
  es: {
    name: 'Spanish',
    participleEndings: ['ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas'],
    keys: {
      shift: ['mayús', 'mayus', 'mayúsculas'], delete: ['supr', 'suprimir'], home: ['inicio'], end: ['fin'],
      enter: ['entrar', 'intro', 'entrada'], backspace: ['retroceso'], space: ['espacio', 'barra'], tab: ['tab', 'tabulador'],
      insert: ['insert', 'ins', 'insertar'], page: ['re', 'av', 'repág', 'avpág'], esc: ['esc', 'escape'],
    },
    numbers: COMMA_DOT,
    quotes: [['«', '»'], ...LATIN_QUOTES],
    invertedOpeners: true,
    length: { expansion: 1.2 },
  },
  it: {
    name: 'Italian',
    // A noun followed by a participle of the same form: `il contenuto contenuto nel file`.
    participleEndings: ['ato', 'ata', 'ati', 'ate', 'uto', 'uta', 'uti', 'ute', 'ito', 'ita', 'iti', 'ite'],
    keys: {
      shift: ['maiusc', 'maiuscolo'], delete: ['canc'], enter: ['invio'], esc: ['esc'], end: ['fine'], home: ['home'],
      insert: ['ins'], backspace: ['backspace'], space: ['barra', 'spazio'], tab: ['tab'], page: ['pag'],
    },
    numbers: COMMA_DOT,
    quotes: [['«', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.15 },
  },
  pt: {
    name: 'Portuguese',
    // `se se`: the conjunction "if" followed by the reflexive pronoun.
    grammatical: ['se'],
    participleEndings: ['ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas'],
    keys: { space: ['espaço', 'barra'], enter: ['entrar'], delete: ['excluir'], esc: ['esc'], tab: ['tab'] },
    numbers: COMMA_DOT,
    quotes: [['«', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.2 },
  },
  nl: {
    name: 'Dutch',
    // `dat dat`, `die die`: conjunction or relative pronoun followed by a demonstrative.
    grammatical: ['dat', 'die'],
    keys: { space: ['spatiebalk'], enter: ['enter'], delete: ['delete'], tab: ['tab'] },
    numbers: COMMA_DOT,
    quotes: [['„', '”'], ...LATIN_QUOTES],
    length: { expansion: 1.15 },
  },
  pl: {
    name: 'Polish',
    caseChains: true,
    uninflected: ['a', 'i', 'w', 'we', 'z', 'ze', 'o', 'u', 'na', 'do', 'od', 'po', 'za', 'oraz', 'lub', 'albo', 'ani', 'ale', 'czy', 'że',
      'przez', 'dla', 'bez', 'przy', 'pod', 'nad', 'przed', 'lecz'],
    keys: { space: ['spacja'], enter: ['enter'], tab: ['tab'], delete: ['delete'] },
    numbers: COMMA_SPACE,
    quotes: [['„', '”'], ['«', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.15 },
    endPunctuation: LIST_SEMICOLON,
  },
  cs: {
    name: 'Czech',
    caseChains: true,
    // Not `se`: the reflexive pronoun and the preposition meet (`setkal se se sestrou`).
    uninflected: ['a', 'i', 'v', 've', 'z', 'k', 'ke', 'o', 'u', 's', 'na', 'do', 'od', 'po', 'za', 'pro', 'při', 'pod', 'nad', 'před',
      'bez', 'nebo', 'ale', 'či', 'že', 'než', 'ani'],
    keys: { space: ['mezerník'], tab: ['tabulátor', 'tab'], enter: ['enter'], delete: ['delete'] },
    numbers: COMMA_SPACE,
    quotes: [['„', '“'], ['‚', '‘'], ['»', '«'], ...LATIN_QUOTES],
    length: { expansion: 1.05 },
    endPunctuation: LIST_SEMICOLON,
  },
  sv: {
    name: 'Swedish',
    stranded: ['med', 'till', 'om', 'på', 'för', 'av', 'i', 'från', 'efter', 'åt', 'över', 'under', 'vid', 'mot'],
    // `det det`: `det det handlar om` ("what it is about").
    grammatical: ['det'],
    keys: { shift: ['skift'], enter: ['retur'], space: ['mellanslag', 'blanksteg'], tab: ['tabb'], backspace: ['backsteg'], delete: ['delete'] },
    numbers: COMMA_SPACE,
    quotes: [['”', '”'], ['’', '’'], ['»', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.05 },
  },
  tr: {
    name: 'Turkish',
    reduplication: true,
    keys: { shift: ['üst'], tab: ['sekme'], space: ['ara', 'boşluk'], delete: ['sil'], enter: ['giriş'] },
    numbers: COMMA_DOT,
    quotes: [['«', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.1 },
  },
  fi: {
    name: 'Finnish',
    caseChains: true,
    uninflected: ['ja', 'tai', 'sekä', 'että', 'mutta', 'eli', 'kuin'],
    keys: {
      shift: ['vaihto', 'vaihtonäppäin'], tab: ['sarkain', 'sarkainnäppäin'], space: ['välilyönti', 'välilyöntinäppäin'],
      delete: ['poista', 'delete'], enter: ['enter', 'rivinvaihto'], backspace: ['askelpalautin'], esc: ['esc'],
    },
    numbers: COMMA_SPACE,
    quotes: [['”', '”'], ['’', '’'], ['»', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.05 },
  },
  el: {
    name: 'Greek',
    // A weak object pronoun before an article of the same form: `Ενημερώστε το το συντομότερο`, `δώστε τους τους κωδικούς`.
    grammatical: ['το', 'τα', 'τον', 'την', 'της', 'του', 'τους', 'τις'],
    numbers: COMMA_DOT,
    // The Greek question mark is `;` (or U+037E, which normalizes to it): an English `?` may end with it. The
    // semicolon keeps its class, so that other languages do not read every `;` as a question.
    sentenceEnd: { '\u037e': 'question' },
    endPunctuation: [['question', 'semicolon']],
    quotes: [['«', '»'], ...LATIN_QUOTES],
    length: { expansion: 1.1 },
  },
  th: {
    name: 'Thai',
    // Thai ends a sentence with a space or the end of the paragraph, not a full stop; a question ends with its
    // question word (`คืออะไร`, `ใด`), and Thai titles and headings write no `?`.
    endPunctuation: [['period', 'none'], ['colon', 'none'], ['question', 'none']],
    length: { expansion: 1 },
  },
  hi: {
    name: 'Hindi',
    // Reduplication is productive: `अलग अलग` (different), `धीरे धीरे` (slowly).
    reduplication: true,
    length: { expansion: 1.1 },
  },
  vi: {
    name: 'Vietnamese',
    // Reduplicated words: `từ từ` (slowly), `chầm chậm`.
    reduplication: true,
    numbers: COMMA_DOT,
    length: { expansion: 1.1 },
  },
  id: {
    name: 'Indonesian',
    // Reduplication makes plurals and adverbs (`masing-masing`, often written `masing masing`).
    reduplication: true,
    numbers: COMMA_DOT,
    length: { expansion: 1.15 },
  },
  ms: {
    name: 'Malay',
    reduplication: true,
    length: { expansion: 1.15 },
  },
  ru: {
    name: 'Russian',
    caseChains: true,
    uninflected: ['и', 'а', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'о', 'об', 'у', 'по', 'за', 'от', 'до', 'из', 'для', 'без', 'при',
      'через', 'или', 'но'],
    keys: { space: ['пробел'], enter: ['ввод'], delete: ['удалить'], tab: ['табуляция'] },
    numbers: COMMA_SPACE,
    quotes: [['«', '»'], ['„', '“'], ...LATIN_QUOTES],
    length: { expansion: 1.15 },
    endPunctuation: [...COLON_AS_PERIOD, ...LIST_SEMICOLON],
  },
  uk: {
    name: 'Ukrainian',
    caseChains: true,
    uninflected: ['і', 'й', 'та', 'а', 'в', 'у', 'на', 'з', 'із', 'зі', 'до', 'від', 'по', 'за', 'для', 'без', 'при', 'через', 'або',
      'але', 'чи'],
    keys: { space: ['пробіл'] },
    numbers: COMMA_SPACE,
    quotes: [['«', '»'], ['„', '“'], ...LATIN_QUOTES],
    length: { expansion: 1.15 },
    endPunctuation: LIST_SEMICOLON,
  },
  he: {
    name: 'Hebrew',
    numbers: DOT_COMMA,
    quotes: [['"', '"'], ['״', '״'], ['„', '”'], ...LATIN_QUOTES],
    length: { expansion: 0.8 },
  },
  ar: {
    name: 'Arabic',
    numbers: { decimal: ['.', '٫'], group: [',', '٬'] },
    sentenceEnd: { '؟': 'question', '؛': 'semicolon', '،': 'comma', '۔': 'period' },
    quotes: [['«', '»'], ...LATIN_QUOTES],
    length: { expansion: 0.95 },
  },
  ja: {
    name: 'Japanese',
    uiLabels: CJK_UI_LABELS,
    numbers: DOT_COMMA,
    sentenceEnd: CJK_WIDE_END,
    quotes: [['「', '」'], ['『', '』'], ...LATIN_QUOTES],
    length: { expansion: 1 },
    endPunctuation: COLON_AS_PERIOD,
  },
  zh: {
    name: 'Chinese',
    uiLabels: CJK_UI_LABELS,
    numbers: DOT_COMMA,
    sentenceEnd: CJK_WIDE_END,
    quotes: [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ...LATIN_QUOTES],
    length: { expansion: 1 },
    endPunctuation: COLON_AS_PERIOD,
  },
  'zh-tw': {
    name: 'Chinese (Traditional)',
    uiLabels: CJK_UI_LABELS,
    numbers: DOT_COMMA,
    sentenceEnd: CJK_WIDE_END,
    quotes: [['「', '」'], ['『', '』'], ['“', '”'], ['‘', '’'], ...LATIN_QUOTES],
    length: { expansion: 1 },
    endPunctuation: COLON_AS_PERIOD,
  },
  ko: {
    name: 'Korean',
    uiLabels: CJK_UI_LABELS,
    numbers: DOT_COMMA,
    sentenceEnd: CJK_WIDE_END,
    quotes: [['“', '”'], ['‘', '’'], ['「', '」'], ...LATIN_QUOTES],
    length: { expansion: 1 },
    endPunctuation: COLON_AS_PERIOD,
  },
};

/** English key names every language may keep, by canonical key. */
export const ENGLISH_KEYS: Readonly<Record<string, readonly string[]>> = {
  ctrl: ['ctrl', 'control', 'ctl'], shift: ['shift'], alt: ['alt', 'option', 'opt'], altgr: ['altgr'],
  cmd: ['cmd', 'command', '⌘'], win: ['win', 'windows'], fn: ['fn'], meta: ['meta'],
  tab: ['tab'], enter: ['enter', 'return'], esc: ['esc', 'escape'], space: ['space', 'spacebar'],
  backspace: ['backspace'], delete: ['delete', 'del'], insert: ['insert', 'ins'], home: ['home'], end: ['end'],
  page: ['page', 'pgup', 'pgdn', 'pageup', 'pagedown'], up: ['up'], down: ['down'], left: ['left'], right: ['right'],
};

/** Keys that start a combination (`Strg+C`): the modifiers. */
export const MODIFIER_KEYS: ReadonlySet<string> = new Set(['ctrl', 'shift', 'alt', 'altgr', 'cmd', 'win', 'fn', 'meta']);

/** The classes every language gives to ASCII and common sentence punctuation. */
export const PUNCTUATION_CLASSES: Readonly<Record<string, EndClass>> = {
  '.': 'period', '։': 'period', '।': 'period', '?': 'question', '!': 'exclamation', ':': 'colon', ';': 'semicolon',
  ',': 'comma', '…': 'ellipsis',
};

function unionOf<T>(lists: readonly (readonly T[] | undefined)[]): T[] {
  return [...new Set(lists.flatMap(l => l ?? []))];
}

/**
 * Double quotation marks only: a single one (`’`, `‚`, `‹`) is also an apostrophe or a sign (Hebrew `״` marks an
 * abbreviation), so two of them in one sentence need not enclose a label.
 */
function isDoubleQuote(pair: readonly [string, string]): boolean {
  return pair.every(mark => '"“”„«»'.includes(mark));
}

function uniquePairs<T extends string>(pairs: readonly (readonly [T, T])[]): (readonly [T, T])[] {
  const byText = new Map<string, readonly [T, T]>();
  for (const pair of pairs) if (!byText.has(pair.join(''))) byText.set(pair.join(''), pair);
  return [...byText.values()];
}

function build(key: string, p: Partial): LocaleConventions {
  return {
    key,
    name: p.name,
    doubledWords: {
      grammatical: p.grammatical ?? [], participleEndings: p.participleEndings ?? [], reduplication: p.reduplication ?? false,
      caseChains: p.caseChains ?? false, uninflected: p.uninflected ?? [], stranded: p.stranded ?? [],
    },
    keys: p.keys ?? {},
    numbers: p.numbers ?? EN_NUMBERS,
    punctuation: {
      sentenceEnd: p.sentenceEnd ?? {},
      quotes: p.quotes ?? LATIN_QUOTES,
      spaceBeforeHighPunctuation: p.spaceBeforeHighPunctuation ?? false,
      invertedOpeners: p.invertedOpeners ?? false,
    },
    length: p.length ?? { expansion: 1 },
    tripledLetters: p.tripledLetters ?? false,
    // Square brackets, then the language's own brackets, then its double quotation marks (a quoted label: `„Datei“`).
    uiLabels: uniquePairs([...SQUARE_UI_LABELS, ...(p.uiLabels ?? []), ...(p.quotes ?? LATIN_QUOTES).filter(isDoubleQuote)]),
    endPunctuation: [...EVERY_LANGUAGE_END, ...(p.endPunctuation ?? [])],
  };
}

const BUILT = new Map<string, LocaleConventions>(Object.entries(TABLE).map(([key, p]) => [key, build(key, p)]));

/** Languages whose end-punctuation changes depend on their script (see `fallbackEndPunctuation`). */
const SCRIPT_BOUND_END: ReadonlySet<string> = new Set(['el', 'th']);

/**
 * The fallback for a language the table does not know, or no locale: everything any language of the table accepts
 * (grammatical doubles, key names, separators, sentence marks, quotes) and a length expectation of 1. A doubled word
 * is still reported, as a warning (its removal is never applied automatically).
 */
export const FALLBACK: LocaleConventions = (() => {
  const all = [...BUILT.values()];
  const keys: Record<string, string[]> = {};
  for (const c of all) for (const [k, names] of Object.entries(c.keys)) keys[k] = unionOf([keys[k], names]);
  const sentenceEnd: Record<string, EndClass> = {};
  for (const c of all) Object.assign(sentenceEnd, c.punctuation.sentenceEnd);
  const quotes = new Map<string, readonly [string, string]>();
  for (const c of all) for (const q of c.punctuation.quotes) quotes.set(q.join(''), q);
  return {
    key: '*',
    name: 'any other language',
    doubledWords: {
      grammatical: unionOf(all.map(c => c.doubledWords.grammatical)),
      participleEndings: unionOf(all.map(c => c.doubledWords.participleEndings)),
      // A language the table does not know may double words grammatically: a doubling is an info there.
      reduplication: true,
      caseChains: true,
      uninflected: [],
      stranded: unionOf(all.map(c => c.doubledWords.stranded)),
    },
    keys,
    numbers: { decimal: unionOf(all.map(c => c.numbers.decimal)), group: unionOf(all.map(c => c.numbers.group)) },
    punctuation: { sentenceEnd, quotes: [...quotes.values()], spaceBeforeHighPunctuation: true, invertedOpeners: true },
    length: { expansion: 1, range: [Math.min(...all.map(c => c.length.expansion)), Math.max(...all.map(c => c.length.expansion))] },
    tripledLetters: all.some(c => c.tripledLetters),
    uiLabels: uniquePairs(all.flatMap(c => c.uiLabels)),
    endPunctuation: fallbackEndPunctuation(),
  };
})();

/**
 * The end-punctuation changes of every language whose marks mean the same in every script (a lead-in's `:` as a
 * period, a list item's `;`). The Greek `;` for `?` and Thai's missing full stop are accepted only for text of
 * those scripts (SX503 looks at the translation's script), so that no other language's `;` reads as a question.
 */
function fallbackEndPunctuation(): (readonly [EndClass, EndClass])[] {
  return uniquePairs([...BUILT.values()].filter(c => !SCRIPT_BOUND_END.has(c.key)).flatMap(c => c.endPunctuation));
}

/** Every entry of the table, fallback last (for the documentation and the tests). */
export function allConventions(): LocaleConventions[] {
  return [...BUILT.values(), FALLBACK];
}

/**
 * The conventions of a locale (`de-DE`, `zh-TW`, `pl`): by full tag, then language subtag, then the fallback. The
 * checks read them once per document, as `DocumentAnalysis.conventions`.
 */
export function conventionsFor(locale: string | undefined): LocaleConventions {
  const tag = (locale ?? '').trim().toLowerCase().replace(/_/g, '-');
  return BUILT.get(tag) ?? BUILT.get(tag.split('-')[0]) ?? FALLBACK;
}

/** Every closing quotation mark of the table. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(allConventions().flatMap(c => c.punctuation.quotes.map(q => q[1])));

/** The sentence-end class of a character in a language, or undefined. */
export function endClassOf(ch: string, conventions: LocaleConventions): EndClass | undefined {
  return conventions.punctuation.sentenceEnd[ch] ?? PUNCTUATION_CLASSES[ch] ?? CJK_WIDE_END[ch];
}
