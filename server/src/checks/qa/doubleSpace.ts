/** SX502 double-space: two or more spaces in a row inside the translation (not in code, not a line-end break) where the English has none. Fix: collapse. */
import type { Check } from '../types';
import type { InlineParse } from '../../sxs/inline';

/** Runs of 2+ spaces inside text tokens (so not in code, not before a line end, not indentation after one). */
export function doubleSpaces(parse: InlineParse): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = parse.text;
  if (!text.includes('  ')) return out;
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  for (const token of parse.tokens) {
    if (token.kind !== 'text') continue;
    for (let i = text.indexOf('  ', token.start); i >= 0 && i < token.end - 1; i = text.indexOf('  ', i)) {
      let j = i;
      while (j < token.end && text.charCodeAt(j) === 32) j++;
      const prev = text.charCodeAt(i - 1);
      const next = text.charCodeAt(j);
      if (i >= trimmedStart && j <= trimmedEnd && prev !== 10 && prev !== 13 && next !== 10 && next !== 13) out.push({ start: i, end: j });
      i = j;
    }
  }
  return out;
}

export const doubleSpace: Check = {
  id: 'SX502',
  alias: 'double-space',
  description: 'The translation has two or more spaces in a row where the English has none.',
  tags: ['whitespace'],
  defaultSeverity: 'info',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const runs = doubleSpaces(pair.t);
    if (runs.length === 0 || doubleSpaces(pair.s).length > 0) return;
    for (const run of runs) {
      const range = { start: pair.tStart + run.start, end: pair.tStart + run.end };
      ctx.report({ range, unit: unit.index, message: 'Two or more spaces in a row.', fixes: [{ title: 'Use one space', preferred: true, edits: [{ range, newText: ' ' }] }] });
    }
  },
};
