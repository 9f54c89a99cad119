/**
 * SX504 doubled-word: the same word twice in a row in the translation (`the the`), unless the English has it too.
 * Many languages double words grammatically; the locale table (`checks/locale/conventions.ts`) lists them: German
 * articles before a relative pronoun (`die die`), French reflexives (`nous nous`), Italian and Spanish nouns before a
 * participle of the same form (`contenuto contenuto`), and languages with productive reduplication (Turkish `tek
 * tek`, Hindi `धीरे धीरे`, Vietnamese `từ từ`, Indonesian) or not in the table, where a doubling is only an info. A
 * doubling is not reported either when the English repeats a word close by (`role, unit, and organizational unit`),
 * which a translation may bring together. Removing one is a suggestion a person picks, never applied by "fix all" or
 * `--fix`.
 */
import type { LocaleConventions } from '../locale';
import type { Check } from '../types';
import { declareOptions } from '../options';
import { classOf, codePointAt, LETTER, lowerUnit, MARK } from './chars';
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

/** True when `[from, to)` is one or more spaces or no-break spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Whether two words can be equal once lower-cased, tested without lower-casing them: lower-casing keeps the length of
 * every character but U+0130 (İ → i̇), and the first characters must lower-case alike.
 */
function mayBeSame(text: string, a: number, aEnd: number, b: number, bEnd: number, dottedCapitalI: boolean): boolean {
  if (!dottedCapitalI && aEnd - a !== bEnd - b) return false;
  const x = text.charCodeAt(a);
  const y = text.charCodeAt(b);
  if (x === y) return true;
  const lx = lowerUnit(x);
  const ly = lowerUnit(y);
  return lx < 0 || ly < 0 || lx === ly;
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
    const conventions = ctx.analysis.conventions;
    let nearby: boolean | undefined;
    const dottedCapitalI = text.includes('\u0130');
    // Only text tokens: words inside code, URLs or HTML are not prose. A word is `\p{L}[\p{L}\p{M}]*` within the token.
    for (const token of pair.t.tokens) {
      if (token.kind !== 'text') continue;
      const end = token.end;
      let previousStart = -1;
      let previousEnd = -1;
      let i = token.start;
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
        if (previousStart >= 0 && mayBeSame(text, previousStart, previousEnd, at, i, dottedCapitalI) && onlySpaces(text, previousEnd, at)) {
          const word = text.slice(at, i).toLowerCase();
          if (text.slice(previousStart, previousEnd).toLowerCase() === word && !ctx.memo('exceptions', () => exceptionsOf(ctx.options, conventions)).has(word)
            && !participleLike(word, conventions)
            && !new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}[ \\u00a0]+${escapeRegExp(word)}(?![\\p{L}])`, 'iu').test(pair.s.text)
            && !(nearby ??= englishRepeatsNearby(pair.s.visible))) {
            const shown = text.slice(at, i);
            const start = pair.tStart + previousEnd;
            const stop = pair.tStart + i;
            ctx.report({
              range: { start: pair.tStart + at, end: stop },
              unit: unit.index,
              message: conventions.doubledWords.reduplication
                ? `"${shown}" is repeated (${conventions.key === '*' ? 'the language is not known and may double words' : `${conventions.name} doubles words`} grammatically: check that this one is meant).`
                : `"${shown}" is repeated.`,
              ...(conventions.doubledWords.reduplication ? { severity: 'info' as const } : {}),
              fixes: [{ title: `Remove the repeated "${shown}"`, edits: [{ range: { start, end: stop }, newText: '' }] }],
            });
          }
        }
        previousStart = at;
        previousEnd = i;
      }
    }
  },
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
