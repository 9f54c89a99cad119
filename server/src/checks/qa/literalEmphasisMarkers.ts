/** SX308 literal-emphasis-markers: `*`, `_` or `~~` runs in the translation that match nothing and so show literally. */
import type { Check } from '../types';
import { inTarget } from './pair';

export const literalEmphasisMarkers: Check = {
  id: 'SX308',
  alias: 'literal-emphasis-markers',
  description: 'Emphasis markers in the translation are left unmatched and would show as literal characters.',
  tags: ['markdown', 'emphasis'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair || pair.t.unmatchedDelimiters.length === 0) return;
    const english = new Set(pair.s.unmatchedDelimiters.map(d => d.char));
    // A lone `*` or `_` shows as itself and is usually meant so (`*.nupkg`, `/_static`); it matters when emphasis was lost.
    const emphasisLost = pair.t.strong + pair.t.em + pair.t.strike < pair.s.strong + pair.s.em + pair.s.strike;
    for (const run of pair.t.unmatchedDelimiters) {
      if (english.has(run.char)) continue;
      if (run.end - run.start < 2 && !emphasisLost) continue;
      const marker = pair.t.text.slice(run.start, run.end);
      ctx.report({ range: inTarget(pair, run), unit: unit.index, message: `"${marker}" matches no other emphasis marker and will show literally.` });
    }
  },
};
