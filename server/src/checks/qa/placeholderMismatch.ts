/**
 * SX402 placeholder-mismatch: `{name}`, `{0}`, `{{x}}` placeholders in visible text differ (translated, re-spaced,
 * lost). Braces of TeX math are not placeholders (see the inline tokenizer). A placeholder whose name differs only in
 * letter case (`{RID}` for `{rid}`, often a descriptive name in a path) is a warning, not an error.
 */
import type { Check } from '../types';
import { listValues, multisetDiff, sameInOrder, targetRange } from './pair';

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
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(p => p.raw))}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(p => p.raw))}`);
    const caseOnly = diff.missing.length === diff.extra.length
      && multisetDiff(diff.missing, diff.extra, p => p.raw.toLowerCase()).missing.length === 0;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: caseOnly
        ? `Placeholders differ from the English in letter case only: ${parts.join('; ')}.`
        : `Placeholders differ from the English: ${parts.join('; ')}.`,
      severity: caseOnly ? 'warning' : undefined,
    });
  },
};
