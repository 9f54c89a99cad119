/**
 * SX203 target-same-as-source: the translation equals the English half, and the English looks like prose that
 * should have been translated (two or more words outside protected tokens, not only product names or identifiers).
 * Skipped when the document's language is English.
 */
import type { Check } from '../types';
import { boolOption, collapsesTo, collapseWhitespace, languageOf, listOption, pairOf, targetRange } from './pair';

/** Small words that may sit inside a product name (`Microsoft Power Apps for Teams`). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'to', 'on', 'in', 'with', 'by', 'a', 'an', 'or', 'at', 'de', 'vs']);

/** True when every word is capitalized, a number, an identifier or a joiner: a product or feature name. */
function looksLikeName(words: readonly string[]): boolean {
  return words.every(w => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()) || /[\p{N}_.]/u.test(w) || /\p{Ll}\p{Lu}/u.test(w));
}

export const targetSameAsSource: Check = {
  id: 'SX203',
  alias: 'target-same-as-source',
  description: 'The translation is identical to the English prose it should translate.',
  tags: ['completeness'],
  defaultSeverity: 'warning',
  scope: 'unit',
  defaultOptions: { ignoreCase: false, allow: [] as string[], minWords: 2 },
  checkUnit(unit, ctx) {
    const language = languageOf(ctx.doc);
    if (language === 'en') return;
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const ignoreCase = boolOption(ctx.options, 'ignoreCase', false);
    const norm = (s: string) => {
      const t = collapseWhitespace(s);
      return ignoreCase ? t.toLowerCase() : t;
    };
    let s: string;
    if (ignoreCase) {
      s = norm(pair.s.text);
      if (s === '' || s !== norm(pair.t.text)) return;
    } else {
      // Most translations differ within a few characters: compare without building the target's normal form.
      s = pair.s.normalizedText;
      if (s === '' || !collapsesTo(pair.t.text, s)) return;
    }
    if (listOption(ctx.options, 'allow', []).some(a => norm(a) === s)) return;
    // Prose words only: identifiers (`nuget.exe`, `api.bintray.com`, `netstandard2.0`, `camelCase`) are not words.
    const words = pair.s.visible.split(/[\s\uFFFC]+/)
      .map(w => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
      .filter(w => /^\p{L}[\p{Ll}\p{M}'’-]*$/u.test(w));
    const minWords = typeof ctx.options.minWords === 'number' ? ctx.options.minWords : 2;
    if (words.length < minWords || looksLikeName(words)) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `Unit ${unit.id} is not translated: the target is the same as the English.`,
    });
  },
};
