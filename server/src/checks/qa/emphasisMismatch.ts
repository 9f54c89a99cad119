/** SX307 emphasis-mismatch: the number of strong, emphasis or strikethrough nodes differs from the English. */
import type { Check } from '../types';
import { targetRange } from './pair';

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
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Formatting differs from the English: ${parts.join(', ')}.` });
  },
};
