/**
 * SX203 target-same-as-source: the translation equals the English half, and the English looks like English prose
 * that should have been translated: two or more prose words (ASCII letters, two or more of them, outside protected
 * tokens; not identifiers, `@handles` or names in another language such as `norsk bokmål`), not only product names,
 * not a command (`dotnet ef database update`, a line of mostly code-like tokens, a formula), not a copyright line
 * (`©`, `Copyright (c) …`, `All rights reserved.`), and, for four words or more, with at least one English function
 * word (a sentence of another language left in the English is not English to translate).
 *
 * English and the target language share many words (Swedish `Installation via Snap`, French `Mobile site`): a
 * segment is reported only when one of its prose words is not a word of the document's translations, the other units
 * whose target differs from their English. A word the translators wrote elsewhere is a word of the language, or a
 * name they keep; an English sentence left untranslated has words (`the`, `doesn't`, `create`) no translation used.
 * The findings therefore depend on the whole document (scope `document`).
 *
 * What the product shows in English stays English: a product name with its lower-case audience or platform
 * (`Microsoft 365 Apps for enterprise`, `Outlook on the web`), and the message a lead-in announces (`the following
 * error message appears:`), which services write in English only. Where the document's own translations keep the
 * English UI labels in bold (`Vælg **Create new**`), the product is not localized into the language: a unit that is
 * only such a label (`**Virtual machine name**`) or a short UI string with no sentence mark (`Deployment succeeded`)
 * is right to stay English. A prose sentence left in English is still reported.
 * Skipped when the document's language is English.
 */
import type { SxsUnit } from '../../sxs/types';
import type { Check, CheckContext } from '../types';
import { declareOptions } from '../options';
import { classOf, codePointAt, LETTER, MARK } from './chars';
import { boolOption, collapsesTo, collapseWhitespace, listOption, targetRange, type UnitPair } from './pair';

/**
 * The words of `visible` as `/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*\/gu` finds them in its lower-case form (lower-casing
 * keeps every code point's letter-or-mark class), added to `words` in lower case when they are ASCII letters and
 * apostrophes once lower-cased: the only words `translationsUse` asks for. The Kelvin sign is the one other character
 * that lower-cases to an ASCII letter.
 */
export function addAsciiWords(visible: string, words: Set<string>): void {
  const n = visible.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(visible, i, n);
    let k = classOf(cp);
    if (k !== LETTER && k !== MARK) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    for (;;) {
      // A run of letters and marks.
      while (k === LETTER || k === MARK) {
        if (!((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 0x212a)) ascii = false;
        i += cp > 0xffff ? 2 : 1;
        if (i >= n) break;
        cp = codePointAt(visible, i, n);
        k = classOf(cp);
      }
      // An apostrophe joins the next run, if a letter or mark follows it.
      const c = i < n ? visible.charCodeAt(i) : 0;
      if ((c !== 39 && c !== 0x2019) || i + 1 >= n) break;
      const next = codePointAt(visible, i + 1, n);
      const nextClass = classOf(next);
      if (nextClass !== LETTER && nextClass !== MARK) break;
      i++;
      cp = next;
      k = nextClass;
    }
    if (ascii) words.add(visible.slice(start, i).toLowerCase());
  }
}

/**
 * The lower-case words of the document's translations that `translationsUse` may ask for (see `addAsciiWords`): of
 * the visible text of every unit whose target differs from its English (a unit left in English says nothing about
 * the language). Made once per document, on first need.
 */
function translationWords(ctx: CheckContext): ReadonlySet<string> {
  return ctx.analysis.memo('SX203.translationWords', doc => {
    const words = new Set<string>();
    for (const unit of doc.units) {
      const pair = ctx.analysis.pair(unit);
      if (!pair || collapsesTo(pair.t.text, pair.s.normalizedText)) continue;
      addAsciiWords(pair.t.visible, words);
    }
    return words;
  });
}

/** True when the document's translations use the word (each part of a hyphenated one: `built-in`). */
function translationsUse(word: string, words: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return lower.split('-').every(part => part === '' || words.has(part) || words.has(part.replace(/'/g, '’')));
}

/** Copyright and license boilerplate, kept in English by convention. */
const COPYRIGHT = /©|\(c\)\s*(?:\d|[A-Z])|\bcopyright\b|\ball rights reserved\b/i;

/** Command-line tools whose command lines stay as they are. */
const COMMANDS = /^(?:dotnet|nuget|npm|npx|yarn|pnpm|git|az|azd|docker|kubectl|helm|pwsh|powershell|msbuild|choco|winget|brew|apt|apt-get|yum|dnf|snap|sudo|pip|pip3|python|python3|node|java|mvn|gradle|cargo|go|func|cd|ls|mkdir|cp|mv|rm|curl|wget|ssh|code|vsce|tsc|ng|dotnet-ef|sqlcmd|bcp)\b/i;

/** Common English function words: a run of four words or more without any is not English prose. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'is', 'are', 'was', 'be', 'it', 'this',
  'that', 'with', 'by', 'from', 'as', 'at', 'not', 'no', 'can', 'you', 'your', 'we', 'if', 'when', 'which', 'has', 'have', 'do',
  'does', "doesn't", "don't", "isn't", 'will', 'all', 'any', 'into', 'but', 'its', "it's", 'how', 'what', 'use', 'using']);

/** A token that reads as code: options, variables, paths, members, calls, assignments, markup, LaTeX, numbers. */
const CODE_LIKE = /^-{1,2}\p{L}|^\$|\\|\/|[=<>{}[\]|@#_^]|\.\p{L}|\p{Ll}\p{Lu}|^\d/u;

/** True when the line is a command line or mostly code-like tokens (punctuation such as `-` or `–` counts as neither). */
function looksLikeCode(visible: string, words: readonly string[]): boolean {
  const tokens = visible.split(/[\s\uFFFC]+/).filter(t => t.length > 0);
  if (tokens.length === 0) return false;
  if (COMMANDS.test(tokens[0]) && !words.some(w => FUNCTION_WORDS.has(w.toLowerCase()))) return true;
  let code = 0;
  let counted = 0;
  for (const token of tokens) {
    if (/^\p{P}+$/u.test(token)) continue;
    counted++;
    const core = token.replace(/^[("'“‘]+|[)"'”’.,:;!?]+$/g, '');
    if (core === '' || CODE_LIKE.test(core)) code++;
  }
  return counted > 0 && code * 2 >= counted;
}

/** Small words that may sit inside a product name (`Microsoft Power Apps for Teams`). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'to', 'on', 'in', 'with', 'by', 'a', 'an', 'or', 'at', 'de', 'vs']);

/** True when every word is capitalized, a number, an identifier or a joiner: a product or feature name. */
function looksLikeName(words: readonly string[]): boolean {
  return words.every(w => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()) || /[\p{N}_.]/u.test(w) || /\p{Ll}\p{Lu}/u.test(w));
}

/**
 * The prose words of an English half: not identifiers (`nuget.exe`, `api.bintray.com`, `netstandard2.0`,
 * `camelCase`), handles (`@dsplaisted`), single letters (`x`, `P` in a formula) or words of other alphabets.
 */
function proseWords(visible: string): string[] {
  // A handle in parentheses after a name (`Olivier Spinelli (olivier-spinelli)`) is a user name, not prose.
  return visible.split(/[\s\uFFFC]+/)
    .filter(w => !/^[([]?[@#]/.test(w) && !/^\([a-z0-9]+(?:[-_.][a-z0-9]+)+\)[.,;:]?$/.test(w))
    .map(w => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter(w => /^[A-Za-z][a-z'’-]+$/.test(w));
}

/** True when the translation is the English and that English is prose to translate: all but the test of the document's words. */
function leftInEnglish(unit: SxsUnit, ctx: CheckContext): boolean {
  const language = ctx.analysis.language;
  if (language === 'en') return false;
  const pair = ctx.analysis.pair(unit);
  if (!pair) return false;
  const ignoreCase = boolOption(ctx.options, 'ignoreCase', false);
  const norm = (s: string) => {
    const t = collapseWhitespace(s);
    return ignoreCase ? t.toLowerCase() : t;
  };
  let s: string;
  if (ignoreCase) {
    s = norm(pair.s.text);
    if (s === '' || s !== norm(pair.t.text)) return false;
  } else {
    // Most translations differ within a few characters: compare without building the target's normal form.
    s = pair.s.normalizedText;
    if (s === '' || !collapsesTo(pair.t.text, s)) return false;
  }
  if (listOption(ctx.options, 'allow', []).some(a => norm(a) === s)) return false;
  const visible = pair.s.visible;
  const words = proseWords(visible);
  const minWords = typeof ctx.options.minWords === 'number' ? ctx.options.minWords : 2;
  if (words.length < minWords || looksLikeName(words)) return false;
  if (COPYRIGHT.test(visible) || looksLikeCode(visible, words)) return false;
  if (words.length >= 4 && !words.some(w => FUNCTION_WORDS.has(w.toLowerCase()))) return false;
  return true;
}

/** Prepositions that put a product name's audience or platform after it (`for enterprise`, `on the web`). */
const QUALIFIERS = new Set(['for', 'on']);

/**
 * A product name followed by its lower-case audience or platform, as Microsoft names products (`Microsoft 365 Apps for
 * enterprise`, `Office for the web`): two or more capitalized words or numbers, `for` or `on`, then one or two
 * lower-case words (an article aside), and no sentence mark.
 */
function nameWithQualifier(visible: string): boolean {
  const tokens = visible.trim().split(/\s+/);
  const q = tokens.findIndex(t => QUALIFIERS.has(t));
  if (q < 2) return false;
  if (!tokens.slice(0, q).every(t => /^[\p{Lu}\p{N}][\p{L}\p{N}.+#-]*$/u.test(t))) return false;
  const rest = tokens.slice(q + 1).filter(t => t !== 'the');
  return rest.length >= 1 && rest.length <= 2 && rest.every(t => /^\p{Ll}+$/u.test(t));
}

/** Words of a lead-in that announces a message the product shows (`the following error message appears:`). */
const ANNOUNCES_MESSAGE = /\b(?:message|error|warning|notification|prompt|says|reads)\b/i;

/**
 * True when the unit before this one is a lead-in that ends with a colon and
 * announces a message: this unit is that message, as the product writes it.
 */
function announcedMessage(unit: SxsUnit, ctx: CheckContext): boolean {
  const previous = ctx.doc.units[unit.index - 1];
  if (previous === undefined) return false;
  const pair = ctx.analysis.pair(previous);
  if (!pair) return false;
  const english = pair.s.visible.trimEnd();
  return english.endsWith(':') && ANNOUNCES_MESSAGE.test(english);
}

/**
 * Whether the document's translations keep English UI labels in bold: a translated unit whose bold or italic holds
 * the same phrase as its English, of two or more words with one in lower case (a label, not a name such as `**Azure
 * Portal**`). The product is then not localized into the language.
 */
function keepsEnglishLabels(ctx: CheckContext): boolean {
  return ctx.analysis.memo('SX203.keepsEnglishLabels', doc => {
    for (const unit of doc.units) {
      const pair = ctx.analysis.pair(unit);
      if (!pair || pair.t.emphasis.length === 0 || collapsesTo(pair.t.text, pair.s.normalizedText)) continue;
      const english = new Set(pair.s.emphasis.map(e => emphasisText(pair.s.text, e.start, e.end)));
      for (const e of pair.t.emphasis) {
        const label = emphasisText(pair.t.text, e.start, e.end);
        if (!english.has(label)) continue;
        const words = label.split(/\s+/).filter(w => /^\p{L}+$/u.test(w));
        if (words.length >= 2 && words.some(w => /^\p{Ll}+$/u.test(w)) && /^[\x20-\x7e]+$/.test(label)) return true;
      }
    }
    return false;
  });
}

/** The text inside an emphasis span, without its markers. */
function emphasisText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/^[*_~]+|[*_~]+$/g, '').trim();
}

/** True when the whole unit is one bold or italic span (a label). */
function wholeEmphasis(pair: UnitPair): boolean {
  const text = pair.t.text;
  const first = text.search(/\S/);
  const last = text.trimEnd().length;
  return pair.t.emphasis.some(e => e.start === first && e.end === last);
}

/** What the product shows in English (see above): its names, the messages a lead-in announces, its unlocalized labels. */
function shownInEnglish(unit: SxsUnit, pair: UnitPair, ctx: CheckContext): boolean {
  const visible = pair.s.visible;
  if (nameWithQualifier(visible) || announcedMessage(unit, ctx)) return true;
  if (!keepsEnglishLabels(ctx)) return false;
  if (wholeEmphasis(pair)) return true;
  const words = visible.split(/[\s\uFFFC]+/).map(w => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter(w => /^\p{L}/u.test(w));
  return words.length <= 3 && !/[.!?:;]\s*$/.test(visible) && !words.some(w => FUNCTION_WORDS.has(w.toLowerCase()));
}

export const targetSameAsSource: Check = {
  id: 'SX203',
  alias: 'target-same-as-source',
  description: 'The translation is identical to the English prose it should translate.',
  tags: ['completeness'],
  defaultSeverity: 'warning',
  // The words of the other units' translations decide (see above): not a `unit` check.
  scope: 'document',
  ...declareOptions({
    ignoreCase: { type: 'boolean', default: false, description: 'Also report a translation that differs from the English only in letter case.' },
    allow: { type: 'string[]', default: [], description: 'Texts that may stay in English (compared with collapsed whitespace).' },
    minWords: { type: 'number', default: 2, minimum: 0, description: 'Fewest English prose words a segment needs to be reported.' },
  }),
  checkUnit(unit, ctx) {
    // What the unit's own halves decide, kept for a unit an edit did not touch: most units are translated, and an
    // edit elsewhere then reads no halves of theirs.
    if (ctx.analysis.unitFact('SX203.englishProse', unit, () => (leftInEnglish(unit, ctx) ? 1 : 0)) === 0) return;
    const pair = ctx.analysis.pair(unit)!;
    // Words the target language shares with English (`Installation via Snap` in Swedish) are not untranslated.
    const used = translationWords(ctx);
    if (proseWords(pair.s.visible).every(w => translationsUse(w, used))) return;
    if (shownInEnglish(unit, pair, ctx)) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `Unit ${unit.id} is not translated: the target is the same as the English.`,
    });
  },
};
