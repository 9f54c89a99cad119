/**
 * SX402 placeholder-mismatch: `{name}`, `{0}`, `{{x}}` placeholders in visible text differ (translated, re-spaced,
 * lost). Braces of TeX math are not placeholders (see the inline tokenizer). A placeholder whose name differs only in
 * letter case (`{RID}` for `{rid}`, often a descriptive name in a path) is a warning, not an error.
 *
 * Machine translation often damages TeX: it puts spaces inside the `$` delimiters or after a backslash (`$ \ket $
 * {0}` for `$\ket{0}$`), or translates a command, and a brace group of the formula then stands outside the math,
 * where it reads as a placeholder. A "placeholder" the English has only as part of its math is reported as what it
 * is, a broken formula, with the same severity: the translation renders wrong.
 */
import type { Check } from '../types';
import { listValues, multisetDiff, sameInOrder, targetRange } from './pair';

/**
 * True when `raw` stands in the English as part of TeX math, as the inline tokenizer reads it: after `_`, `^`, `}` or
 * a command (`\ket{0}`), or between two `$` delimiters. Braces elsewhere in the English (a real placeholder) do not
 * count.
 */
function inEnglishMath(english: string, raw: string): boolean {
  for (let i = english.indexOf(raw); i >= 0; i = english.indexOf(raw, i + 1)) {
    if (/(?:[_^}]|\\[A-Za-z]+)\s*$/.test(english.slice(Math.max(0, i - 40), i))) return true;
    const dollars = english.slice(0, i).match(/(?<!\\)\$+/g) ?? [];
    if (dollars.length % 2 === 1 && /(?<!\\)\$/.test(english.slice(i + raw.length))) return true;
  }
  return false;
}

export const placeholderMismatch: Check = {
  id: 'SX402',
  alias: 'placeholder-mismatch',
  description: 'Placeholders such as {name} or {0} differ from the English.',
  tags: ['placeables'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const s = pair.s.placeholders;
    const t = pair.t.placeholders;
    if (sameInOrder(s, t, p => p.raw)) return;
    const diff = multisetDiff(s, t, p => p.raw);
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    // Braces the English has inside its TeX math: the translation broke the formula, it did not add a placeholder.
    const math = diff.extra.filter(p => inEnglishMath(pair.s.text, p.raw));
    const extra = math.length === 0 ? diff.extra : diff.extra.filter(p => !math.includes(p));
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(p => p.raw))}`);
    if (extra.length) parts.push(`not in the English ${listValues(extra.map(p => p.raw))}`);
    const caseOnly = math.length === 0 && diff.missing.length === diff.extra.length
      && multisetDiff(diff.missing, diff.extra, p => p.raw.toLowerCase()).missing.length === 0;
    const them = math.length === 1 ? 'it' : 'them';
    const broken = math.length === 0 ? '' : `The TeX math is broken: the English has ${listValues(math.map(p => p.raw))} inside a `
      + `formula, the translation has ${them} outside, where ${them === 'it' ? 'it shows' : 'they show'} as text. Copy the formula from `
      + 'the English (machine translation adds spaces inside `$ … $` or after a backslash, or translates commands).';
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: caseOnly
        ? `Placeholders differ from the English in letter case only: ${parts.join('; ')}.`
        : parts.length === 0 ? broken
          : `Placeholders differ from the English: ${parts.join('; ')}.${broken ? ` ${broken}` : ''}`,
      severity: caseOnly ? 'warning' : undefined,
    });
  },
};
