/** SX505 repeated-punctuation: runs such as `、、`, `,,`, `..` (not `...`) or `。。` in the translation's text that the English lacks. */
import type { Check } from '../types';
import type { InlineParse } from '../../sxs/inline';

const RUNS = /([,、，。;；:：!！?？])\1+|(?<![.\\/])\.\.(?![./\\])/g;

/** One of the characters RUNS looks for, twice in a row: without that, RUNS cannot match (one fast test per half). */
const DOUBLED = /([,、，。;；:：!！?？.])\1/;

function mayRepeat(text: string): boolean {
  return DOUBLED.test(text);
}

export function repeatedRuns(parse: InlineParse): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (!mayRepeat(parse.text)) return out;
  for (const token of parse.tokens) {
    if (token.kind !== 'text') continue;
    const chunk = parse.text.slice(token.start, token.end);
    for (const m of chunk.matchAll(RUNS)) {
      const at = token.start + (m.index ?? 0);
      out.push({ start: at, end: at + m[0].length, text: m[0] });
    }
  }
  return out;
}

export const repeatedPunctuation: Check = {
  id: 'SX505',
  alias: 'repeated-punctuation',
  description: 'Punctuation is repeated (such as ,, or 、、 or ..).',
  tags: ['punctuation'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const runs = repeatedRuns(pair.t);
    if (runs.length === 0) return;
    const english = new Set(repeatedRuns(pair.s).map(r => r.text));
    for (const run of runs) {
      if (english.has(run.text)) continue;
      ctx.report({ range: { start: pair.tStart + run.start, end: pair.tStart + run.end }, unit: unit.index, message: `Repeated punctuation "${run.text}".` });
    }
  },
};
