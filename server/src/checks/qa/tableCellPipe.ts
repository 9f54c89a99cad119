/** SX314 table-cell-pipe: a unit in a table cell whose translation has an unescaped `|`, which splits the cell. Fix: escape it. */
import type { Check } from '../types';

/** Offsets of `|` not preceded by an odd number of backslashes (GFM splits cells on them even inside code). */
export function unescapedPipes(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 0) out.push(i);
  }
  return out;
}

export const tableCellPipe: Check = {
  id: 'SX314',
  alias: 'table-cell-pipe',
  description: 'An unescaped | in a translated table cell splits the cell.',
  tags: ['markdown', 'tables'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    if (unit.context.tableCell === undefined) return;
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const t = unescapedPipes(pair.t.text);
    if (t.length === 0 || t.length <= unescapedPipes(pair.s.text).length) return;
    const edits = t.map(at => ({ range: { start: pair.tStart + at, end: pair.tStart + at + 1 }, newText: '\\|' }));
    ctx.report({
      range: { start: pair.tStart + t[0], end: pair.tStart + t[0] + 1 },
      unit: unit.index,
      message: 'An unescaped "|" in a table cell starts a new cell; escape it as "\\|".',
      fixes: [{ title: 'Escape the | characters', preferred: true, edits }],
    });
  },
};
