/**
 * SX502 double-space: two or more spaces in a row inside the translation (not in code, not a line-end break) where the
 * English has none. Fix: collapse. Spaces inside TeX math are not prose: TeX ignores them in math mode, so runs inside
 * `$…$` and `$$…$$`, and in a unit whose English is TeX (a control word such as `\frac`) runs between two math symbols
 * (`\ket { 0 }  +  \ket { 1 }`, a line of a display-math block), are not reported.
 */
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

/** Ranges of `$…$` and `$$…$$` (on one unit's text; an unpaired `$` opens nothing). */
function mathRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\$\$[^]*?\$\$|\$(?![\s\d])[^$\n]*?[^\s\\]\$/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Characters that stand around spaces in TeX math: braces, brackets, operators, sub- and superscripts, `&`. */
const MATH_SYMBOL = /[{}()[\]+\-=^_\\|&<>*/,.]/;
/** A TeX control word: `\frac`, `\ket`, `\begin`. */
const TEX_WORD = /\\[A-Za-z]{2,}/;

/** Whether the run `[start, end)` of `text` is white space TeX ignores (see the module comment). */
function inMath(text: string, run: { start: number; end: number }, math: readonly { start: number; end: number }[], tex: boolean): boolean {
  if (math.some(m => m.start < run.start && run.end < m.end)) return true;
  return tex && MATH_SYMBOL.test(text[run.start - 1] ?? '') && MATH_SYMBOL.test(text[run.end] ?? '');
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
    const all = doubleSpaces(pair.t);
    if (all.length === 0 || doubleSpaces(pair.s).length > 0) return;
    const math = pair.t.text.includes('$') ? mathRanges(pair.t.text) : [];
    const tex = TEX_WORD.test(pair.s.text);
    const runs = math.length === 0 && !tex ? all : all.filter(run => !inMath(pair.t.text, run, math, tex));
    for (const run of runs) {
      const range = { start: pair.tStart + run.start, end: pair.tStart + run.end };
      ctx.report({ range, unit: unit.index, message: 'Two or more spaces in a row.', fixes: [{ title: 'Use one space', preferred: true, edits: [{ range, newText: ' ' }] }] });
    }
  },
};
