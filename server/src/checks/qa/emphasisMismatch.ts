/**
 * SX307 emphasis-mismatch: the number of strong, emphasis or strikethrough nodes differs from the English. Where the
 * locale's style guide writes a UI label or a term in brackets instead (Japanese and Chinese `[確定]`, `「以外」`,
 * conventions `uiLabels`), a bold or italic the translation lacks may stand as such a bracketed label.
 */
import type { Check } from '../types';
import { targetRange } from './pair';
import { bracketLabels } from './uiPathMismatch';

export const emphasisMismatch: Check = {
  id: 'SX307',
  alias: 'emphasis-mismatch',
  description: 'Bold, italic or strikethrough formatting differs from the English (count of each).',
  tags: ['markdown', 'emphasis'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const parts: string[] = [];
    const compare = (name: string, t: number, s: number) => {
      if (t !== s) parts.push(`${t} ${name} (English ${s})`);
    };
    compare('bold', pair.t.strong, pair.s.strong);
    compare('italic', pair.t.em, pair.s.em);
    compare('strikethrough', pair.t.strike, pair.s.strike);
    if (parts.length === 0) return;
    const brackets = ctx.analysis.conventions.uiLabels;
    if (brackets.length > 0 && pair.t.strong <= pair.s.strong && pair.t.em <= pair.s.em && pair.t.strike === pair.s.strike) {
      const lacking = pair.s.strong - pair.t.strong + pair.s.em - pair.t.em;
      if (bracketLabels(pair.t.visible, brackets) - bracketLabels(pair.s.visible, brackets) >= lacking) return;
    }
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Formatting differs from the English: ${parts.join(', ')}.` });
  },
};
