/**
 * SX308 literal-emphasis-markers: `*`, `_` or `~~` runs in the translation that match nothing and so show literally.
 * Two unmatched runs of the same marker in a row are the two ends of one broken bold or italic: one finding.
 */
import type { DelimiterToken } from '../../sxs/inline';
import type { Check, CheckContext } from '../types';
import { inTarget, type Half, type UnitPair } from './pair';

export const literalEmphasisMarkers: Check = {
  id: 'SX308',
  alias: 'literal-emphasis-markers',
  description: 'Emphasis markers in the translation are left unmatched and would show as literal characters.',
  tags: ['markdown', 'emphasis'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    reportStrandedRuns(pair, unit.index, ctx);
    if (pair.t.unmatchedDelimiters.length === 0) return;
    const english = new Set(pair.s.unmatchedDelimiters.map(d => d.char));
    // A lone `*` or `_` shows as itself and is usually meant so (`*.nupkg`, `/_static`); it matters when emphasis was lost.
    const emphasisLost = pair.t.strong + pair.t.em + pair.t.strike < pair.s.strong + pair.s.em + pair.s.strike;
    const runs: DelimiterToken[] = [];
    for (const run of pair.t.unmatchedDelimiters) {
      if (english.has(run.char)) continue;
      if (run.end - run.start < 2 && !emphasisLost) continue;
      runs.push(run);
    }
    // The two markers of one broken bold (`**\`Name\`**word`, neither can open or close) are one fault: one finding.
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k];
      const marker = pair.t.text.slice(run.start, run.end);
      const next = runs[k + 1];
      if (next !== undefined && pair.t.text.slice(next.start, next.end) === marker) {
        k++;
        ctx.report({ range: inTarget(pair, { start: run.start, end: next.end }), unit: unit.index, message: `The two "${marker}" match no emphasis and will show literally.` });
        continue;
      }
      ctx.report({ range: inTarget(pair, run), unit: unit.index, message: `"${marker}" matches no other emphasis marker and will show literally.` });
    }
  },
};

/**
 * `**` or more asterisks with a space (or the text's edge) on both sides can neither open nor close emphasis, so they
 * show as they are: what is left when machine translation moves the words of `**label**` out of the markers
 * (`“创建资源” ****`). Reported when the English has no such run of its own.
 */
function reportStrandedRuns(pair: UnitPair, unit: number, ctx: CheckContext): void {
  if (!pair.t.text.includes('**')) return;
  const english = pair.s.text.includes('**') ? strandedRuns(pair.s).length : 0;
  if (english > 0) return;
  for (const run of strandedRuns(pair.t)) {
    const marker = pair.t.text.slice(run.start, run.end);
    ctx.report({ range: inTarget(pair, run), unit, message: `"${marker}" has no text to make bold and will show literally.` });
  }
}

function strandedRuns(half: Half): DelimiterToken[] {
  return half.tokens.filter((token): token is DelimiterToken =>
    token.kind === 'delimiter' && token.char === '*' && !token.canOpen && !token.canClose && token.end - token.start >= 2);
}
