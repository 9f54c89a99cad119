/**
 * SX504 doubled-word: the same word twice or more in a row in the translation (`the the`), unless the English has it
 * too. A run of repeats is one finding.
 * Many languages double words grammatically; the locale table (`checks/locale/conventions.ts`) lists them: German
 * articles before a relative pronoun (`die die`), French reflexives (`nous nous`), Italian and Spanish nouns before a
 * participle of the same form (`contenuto contenuto`), and languages with productive reduplication (Turkish `tek
 * tek`, Hindi `धीरे धीरे`, Vietnamese `từ từ`, Indonesian) or not in the table, where a doubling is only an info. A
 * doubling is not reported either when the English repeats a word close by (`role, unit, and organizational unit`),
 * which a translation may bring together. Languages whose grammar can put the same form twice make a word said exactly
 * twice an info with no fix: a genitive after a noun of the same form in languages that mark it by case alone (Polish
 * `pulę aplikacji aplikacji`, Czech `pro sestavení sestavení`; not their prepositions and conjunctions, nor a word
 * of another script, which take no case ending), a stranded preposition (Swedish `tvisten med med hjälp av`),
 * reduplication. Three or more are a warning in every language. Two forms that differ in case other than a
 * sentence-start capital are two words (`La función SUMA suma`, `ET et OU`), and TeX math is not prose. Removing the
 * repeats is a suggestion a person picks, never applied by "fix all" or `--fix`.
 */
import type { LocaleConventions } from '../locale';
import type { Check, CheckContext, Fix } from '../types';
import type { UnitPair } from './pair';
import { declareOptions } from '../options';
import { classOf, codePointAt, LETTER, MARK } from './chars';
import { listOption } from './pair';

const DEFAULT_EXCEPTIONS: string[] = [];

/** The configured exceptions plus the language's grammatical doubles. */
function exceptionsOf(options: Readonly<Record<string, unknown>>, conventions: LocaleConventions): Set<string> {
  return new Set([...listOption(options, 'exceptions', DEFAULT_EXCEPTIONS), ...conventions.doubledWords.grammatical].map(e => e.toLowerCase()));
}

/** A noun followed by the participle of the same form (`contenuto contenuto`), in languages that have those. */
function participleLike(word: string, conventions: LocaleConventions): boolean {
  return word.length >= 5 && conventions.doubledWords.participleEndings.some(e => word.endsWith(e));
}

/** English words of four letters or more that come twice within five words (`unit, and organizational unit`). */
function englishRepeatsNearby(english: string): boolean {
  const words = english.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 2) return false;
  for (let i = 0; i < words.length; i++) {
    if (words[i].length < 4) continue;
    for (let k = i + 1; k < words.length && k <= i + 5; k++) if (words[k] === words[i]) return true;
  }
  return false;
}

/** TeX math in the English, as renderers read it: `$` not followed by a space, closed by `$` after a non-space. */
const ENGLISH_MATH = /(?<!\\)\$(?!\s)(?:\\.|[^$\\])*?(?<![\s\\])\$(?!\d)/;

/**
 * The `[start, end)` ranges of the translation between paired `$` (or `$$`) delimiters, when the English writes TeX
 * math: paired in order, spaces allowed, as machine translation spaces a formula out (`$ = \dagger $`).
 */
function mathRanges(text: string, english: string): number[] {
  const out: number[] = [];
  if (!text.includes('$') || !english.includes('$') || !ENGLISH_MATH.test(english)) return out;
  const delimiters: number[] = [];
  for (let j = text.indexOf('$'); j >= 0; j = text.indexOf('$', j + 1)) {
    let backslashes = 0;
    while (j - 1 - backslashes >= 0 && text.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 1) continue;
    delimiters.push(j);
    if (text.charCodeAt(j + 1) === 36) j++;
  }
  for (let k = 0; k + 1 < delimiters.length; k += 2) out.push(delimiters[k], delimiters[k + 1]);
  return out;
}

/** Whether the word at `at` starts a sentence: nothing but opening marks before it, or a sentence's end. */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s*_"'“„«‘‚([¿¡>]/u.test(text.charAt(i))) i--;
  return i < 0 || /[.!?:;…。！？\n|]/u.test(text.charAt(i));
}

/**
 * Two written forms are the same word: equal, or the first is the second with a sentence-start capital (`Tek tek`).
 * Other differences of case are two words (`SUMA suma`, the function and the verb; `ET et`).
 */
function sameForm(first: string, second: string, sentenceStart: () => boolean): boolean {
  if (first === second) return true;
  if (first.charAt(0) === second.charAt(0) || !sentenceStart()) return false;
  const head = codePointAt(second, 0, second.length);
  const size = head > 0xffff ? 2 : 1;
  const letter = String.fromCodePoint(head);
  const upper = [letter.toUpperCase(), letter.toLocaleUpperCase('tr')];
  return upper.some(u => first === u + second.slice(size));
}

/** True when `[from, to)` is one or more spaces or no-break spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

export const doubledWord: Check = {
  id: 'SX504',
  alias: 'doubled-word',
  description: 'A word is repeated twice in a row.',
  tags: ['spelling'],
  defaultSeverity: 'warning',
  scope: 'unit',
  ...declareOptions({
    exceptions: { type: 'string[]', default: DEFAULT_EXCEPTIONS, description: 'Words that may be doubled, added to the language\'s own grammatical doubles.' },
  }),
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const text = pair.t.text;
    const math = mathRanges(text, pair.s.text);
    let mathAt = 0;
    // Only text tokens: words inside code, URLs or HTML are not prose. A word is `\p{L}[\p{L}\p{M}]*` within the token.
    for (const token of pair.t.tokens) {
      if (token.kind !== 'text') continue;
      const end = token.end;
      // The current run of one word: where its first and last occurrence are, and how many.
      let runStart = -1;
      let runFirstEnd = -1;
      let lastStart = -1;
      let lastEnd = -1;
      let count = 0;
      let i = token.start;
      const flush = () => {
        if (count >= 2) report(ctx, pair, runStart, runFirstEnd, lastStart, lastEnd, count);
        count = 0;
      };
      while (i < end) {
        // ASCII is tested here, the rest through the code point and its class.
        const at = i;
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
            i++;
            continue;
          }
          i++;
        } else {
          const cp = codePointAt(text, i, end);
          if (classOf(cp) !== LETTER) {
            i += cp > 0xffff ? 2 : 1;
            continue;
          }
          i += cp > 0xffff ? 2 : 1;
        }
        while (i < end) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
            i++;
            continue;
          }
          const cp = codePointAt(text, i, end);
          const k = classOf(cp);
          if (k !== LETTER && k !== MARK) break;
          i += cp > 0xffff ? 2 : 1;
        }
        // TeX math is not prose (`$ = o o ^ \dagger $`). Words come in order, so the ranges are walked once.
        while (mathAt < math.length && math[mathAt + 1] < at) mathAt += 2;
        if (mathAt < math.length && at > math[mathAt]) {
          flush();
          lastStart = -1;
          continue;
        }
        const previous = count > 0 && i - at === lastEnd - lastStart && onlySpaces(text, lastEnd, at) ? text.slice(lastStart, lastEnd) : undefined;
        if (previous !== undefined && sameForm(previous, text.slice(at, i), () => count === 1 && atSentenceStart(text, lastStart))) {
          count++;
        } else {
          flush();
          runStart = at;
          runFirstEnd = i;
          count = 1;
        }
        lastStart = at;
        lastEnd = i;
      }
      flush();
    }
  },
};

/** Reports one run of `count` repeats, from the first word `[first, firstEnd)` to the last `[last, lastEnd)`. */
function report(ctx: CheckContext, pair: UnitPair, first: number, firstEnd: number, last: number, lastEnd: number, count: number): void {
  const text = pair.t.text;
  const conventions = ctx.analysis.conventions;
  const shown = text.slice(last, lastEnd);
  const word = shown.toLowerCase();
  // The English writes the same run: nothing was added.
  const inEnglish = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?:[ \\u00a0]+${escapeRegExp(word)}){${count - 1}}(?![\\p{L}])`, 'iu');
  if (inEnglish.test(pair.s.text)) return;
  const fixes = (title: string): Fix[] => [{ title, edits: [{ range: { start: pair.tStart + firstEnd, end: pair.tStart + lastEnd }, newText: '' }] }];
  if (count >= 3) {
    ctx.report({
      range: { start: pair.tStart + first, end: pair.tStart + lastEnd },
      unit: pair.unit.index,
      message: `"${shown}" is written ${count} times in a row.`,
      fixes: fixes(`Keep one "${shown}"`),
    });
    return;
  }
  if (ctx.memo('exceptions', () => exceptionsOf(ctx.options, conventions)).has(word) || participleLike(word, conventions)
    || englishRepeatsNearby(pair.s.visible)) return;
  const maybe = grammarMayDouble(word, text, conventions);
  ctx.report({
    range: { start: pair.tStart + last, end: pair.tStart + lastEnd },
    unit: pair.unit.index,
    ...(maybe === undefined
      ? { message: `"${shown}" is repeated.`, fixes: fixes(`Delete the second "${shown}"`) }
      : { message: `"${shown}" is written twice in a row (${maybe}): check that this one is meant.`, severity: 'info' as const }),
  });
}

/**
 * Why the language's grammar may put this word twice, or `undefined` when it cannot: reduplication, a stranded
 * preposition, or a genitive after a noun of the same form. A case ending is the language's own: a preposition or
 * conjunction has none, nor has a word of another script (`OpenID Connect Connect` in Russian).
 */
function grammarMayDouble(word: string, text: string, conventions: LocaleConventions): string | undefined {
  const rules = conventions.doubledWords;
  if (conventions.key === '*') return 'the language is not known and may double words grammatically';
  if (rules.reduplication) return `${conventions.name} doubles words grammatically`;
  if (rules.stranded.includes(word)) return `${conventions.name} may end a clause with a preposition and start the next with the same one`;
  if (rules.caseChains && !rules.uninflected.includes(word) && sameScriptAsText(word, text)) {
    return `${conventions.name} may follow a noun with a genitive of the same form`;
  }
  return undefined;
}

/** Whether the word is of the language's own script: not a Latin word in a text that has letters of another script. */
function sameScriptAsText(word: string, text: string): boolean {
  return !/\p{Script=Latin}/u.test(word) || !/(?!\p{Script=Latin})\p{L}/u.test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
