/** SX402 placeholder-mismatch: `{name}`, `{0}`, `{{x}}` placeholders in visible text differ (translated, re-spaced, lost). */
import type { Check } from '../types';
import { listValues, multisetDiff, pairOf, sameInOrder, targetRange } from './pair';

export const placeholderMismatch: Check = {
  id: 'SX402',
  alias: 'placeholder-mismatch',
  description: 'Placeholders such as {name} or {0} differ from the English.',
  tags: ['placeables'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const s = pair.s.placeholders;
    const t = pair.t.placeholders;
    if (sameInOrder(s, t, p => p.raw)) return;
    const diff = multisetDiff(s, t, p => p.raw);
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(p => p.raw))}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(p => p.raw))}`);
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Placeholders differ from the English: ${parts.join('; ')}.` });
  },
};
