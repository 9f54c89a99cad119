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
 * Skipped when the document's language is English.
 */
import type { SxsUnit } from '../../sxs/types';
import type { Check, CheckContext } from '../types';
import { declareOptions } from '../options';
import { classOf, codePointAt, LETTER, MARK } from './chars';
import { boolOption, collapsesTo, collapseWhitespace, listOption, targetRange } from './pair';

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
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `Unit ${unit.id} is not translated: the target is the same as the English.`,
    });
  },
};
