/**
 * SX503 end-punctuation: the final punctuation of the translation is of another kind than the English. Marks of
 * other scripts count as their class (`。` and `．` are periods, `？` and the Arabic `؟` questions, see the locale
 * table; the Ethiopic `።`, Myanmar `။` and Khmer `។` are periods), closing quotes of every language are skipped
 * (`“`, `»`, `«`, `」`), and the changes a language's style allows are not reported: in every language an added
 * final period (`Klíč je platný.` for `The key is valid`) and a period for `!`; in Japanese, Chinese, Korean and
 * Russian a period for a lead-in's `:`; in Russian, Polish, Czech and Ukrainian a list item's `;`. A file whose
 * locale is not known accepts all of these (and the Greek and Thai ones for text of those scripts).
 */
import type { Check } from '../types';
import { PROTECTED_MARK } from '../../sxs/inline';
import { CLOSING_QUOTES, conventionsFor, endClassOf, FALLBACK, type EndClass, type LocaleConventions } from '../locale';
import { isJsSpace, targetRange } from './pair';

/** Closing quotes and brackets, emphasis markers and direction marks that may follow the final punctuation. */
const CLOSERS = new Set([...'\u200e\u200f"\'”’»«›‹“‘)]」』）》〉】〕*_', ...CLOSING_QUOTES].map(c => c.charCodeAt(0)));

/**
 * Sentence marks of scripts the locale table does not list: the Ethiopic full stop `።` (Amharic, Tigrinya), the
 * Myanmar `။`, the Khmer `។` and `៕`, the Devanagari double danda `॥`, and their question marks, commas and colons.
 */
const SCRIPT_ENDS: Readonly<Record<string, EndClass>> = {
  '\u1362': 'period', '\u1367': 'question', '\u1363': 'comma', '\u1364': 'semicolon', '\u1365': 'colon', '\u1366': 'colon',
  '\u104b': 'period', '\u104a': 'comma', '\u17d4': 'period', '\u17d5': 'period', '\u17d6': 'colon', '\u0965': 'period',
};

/** The kind of punctuation that ends the visible text (closing quotes and brackets skipped), or `none`. */
export function endClass(visible: string, conventions: LocaleConventions = FALLBACK): EndClass {
  let i = visible.length - 1;
  while (i >= 0 && (isJsSpace(visible.charCodeAt(i)) || CLOSERS.has(visible.charCodeAt(i)))) i--;
  if (i < 0 || visible[i] === PROTECTED_MARK) return 'none';
  if (visible[i] === '.' && visible.slice(i - 2, i + 1) === '...') return 'ellipsis';
  return endClassOf(visible[i], conventions) ?? SCRIPT_ENDS[visible[i]] ?? 'none';
}

/**
 * With no known locale, the changes of a language whose marks depend on its script are accepted for text of that
 * script: the Greek `;` for `?`, Thai with no full stop. Decided by the translation's last letter.
 */
function scriptAllows(visible: string, s: EndClass, t: EndClass): boolean {
  const letters = visible.match(/[\p{Script=Greek}\p{Script=Thai}](?=[^\p{L}]*$)/u);
  if (!letters) return false;
  const language = /\p{Script=Greek}/u.test(letters[0]) ? 'el' : 'th';
  return conventionsFor(language).endPunctuation.some(([english, translation]) => english === s && translation === t);
}

/** English text: only the English marks count. */
const ENGLISH_ONLY = { ...FALLBACK, punctuation: { ...FALLBACK.punctuation, sentenceEnd: {} } };

export const endPunctuation: Check = {
  id: 'SX503',
  alias: 'end-punctuation',
  description: 'The translation ends with different punctuation than the English (changes the language\'s style allows are accepted).',
  tags: ['punctuation'],
  defaultSeverity: 'info',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const conventions = ctx.analysis.conventions;
    const s = endClass(pair.s.visible, ENGLISH_ONLY);
    const t = endClass(pair.t.visible, conventions);
    if (s === t || conventions.endPunctuation.some(([english, translation]) => english === s && translation === t)) return;
    if (conventions === FALLBACK && scriptAllows(pair.t.visible, s, t)) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `The translation ends with ${ending(t)}; the English ends with ${ending(s)}.` });
  },
};

/** The name of a sentence ending, with its article: "a period", "an exclamation mark", "no punctuation". */
function ending(end: string): string {
  switch (end) {
    case 'none': return 'no punctuation';
    case 'period': return 'a period';
    case 'question': return 'a question mark';
    case 'exclamation': return 'an exclamation mark';
    case 'colon': return 'a colon';
    case 'semicolon': return 'a semicolon';
    case 'comma': return 'a comma';
    case 'ellipsis': return 'an ellipsis';
    default: return `"${end}"`;
  }
}
