/**
 * SX411 empty-parentheses: the translation has empty parentheses `()`, `( )` or `（）` where the English has a
 * parenthesis with content: machine translation moved the content out (or dropped it) and left the brackets.
 *
 * Parentheses right after a name (`Foo()`, `Foo ()`, `Main（）`) are a call or method name, not damage, and are left
 * alone; so are code spans, links and URLs. Only more empty pairs than the English has are reported.
 */
import type { Check } from '../types';
import { plainText } from './plainText';
import type { Half } from './pair';

/** An empty pair of parentheses, ASCII or full-width, with spaces inside. */
const EMPTY = /[(\uff08][ \u00a0\u3000]*[)\uff09]/g;
/** A parenthesis with something visible inside. */
const FILLED = /[(\uff08][ \u00a0\u3000]*[^ \u00a0\u3000()\uff08\uff09][^()\uff08\uff09]*[)\uff09]/;

interface Empty {
  readonly start: number;
  readonly end: number;
}

/**
 * Empty pairs of a half's plain text that do not follow a name: `Foo()`, `` `Foo`() ``, `List<T>()` are calls, and so
 * is `Foo ()` with a space when the word is a name (`SaveChanges ()`) or the English calls it (`Save()`).
 */
function emptyPairs(half: Half, english: string): Empty[] {
  const plain = plainText(half);
  const out: Empty[] = [];
  for (const m of plain.matchAll(EMPTY)) {
    const before = m.index - 1;
    if (before >= 0 && /[\p{Script=Latin}\p{N}_>`\]]/u.test(plain[before])) continue;
    let k = before;
    while (k >= 0 && (half.text[k] === ' ' || half.text[k] === '\u00a0')) k--;
    // After a code span or other protected token, with or without a space: `` `Dispose` () ``.
    if (k >= 0 && plain[k] !== half.text[k]) continue;
    const word = /([\p{Script=Latin}\p{N}_.]+)[ \u00a0]+$/u.exec(plain.slice(Math.max(0, m.index - 80), m.index))?.[1];
    if (word !== undefined && (/[a-z][A-Z]|_|\w\.\w/.test(word) || english.includes(word + '('))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const emptyParentheses: Check = {
  id: 'SX411',
  alias: 'empty-parentheses',
  description: 'The translation has empty parentheses where the English parenthesis has content.',
  tags: ['punctuation', 'placeables'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const t = pair.t.text;
    if (!/[(\uff08][ \u00a0\u3000]*[)\uff09]/.test(t)) return;
    const english = plainText(pair.s);
    if (!FILLED.test(english)) return;
    const target = emptyPairs(pair.t, english);
    const extra = target.length - emptyPairs(pair.s, english).length;
    if (extra <= 0) return;
    for (const e of target.slice(target.length - extra)) {
      ctx.report({
        range: { start: pair.tStart + e.start, end: pair.tStart + e.end },
        unit: unit.index,
        message: `Empty parentheses "${t.slice(e.start, e.end)}" where the English has a parenthesis with content: was its content moved out or dropped?`,
      });
    }
  },
};
