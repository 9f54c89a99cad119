/**
 * SX301 inline-code-mismatch: the code spans of the translation differ from the English ones (compared by content
 * after CommonMark's one-space trim). Code is never translated, so any difference is damage, typically merged
 * adjacent spans (`` `Clean``Build` ``) or a span whose backticks were lost.
 *
 * Fix, only when the pairing is certain: one altered span (one missing, one extra) is replaced by the English span;
 * one missing span whose content appears exactly once as plain text in the translation gets its backticks back.
 *
 * A spreadsheet formula (a span that starts with `=`) is written as the localized spreadsheet reads it: Excel
 * translates function names (`=SUMA(…)`, `=SOMMA(…)`) and, where the decimal separator is a comma, separates
 * arguments with `;` (`=SUMA(A2:A10;C2:C10)`, `1,5`). Two formulas are the same code when they differ only there:
 * same cell references, numbers, strings and operators in the same order.
 */
import type { Check, Fix } from '../types';
import type { CodeToken } from '../../sxs/inline';
import { inTarget, listValues, multisetDiff, sameInOrder, targetRange, UnitPair } from './pair';

function restoreFix(pair: UnitPair, missing: readonly CodeToken[], extra: readonly CodeToken[]): Fix | undefined {
  if (missing.length !== 1) return undefined;
  const english = pair.s.text.slice(missing[0].start, missing[0].end);
  if (extra.length === 1) {
    return { title: `Restore the code span ${english}`, preferred: true, edits: [{ range: inTarget(pair, extra[0]), newText: english }] };
  }
  if (extra.length !== 0) return undefined;
  const content = missing[0].content;
  if (content.length < 2) return undefined;
  let found: { start: number; end: number } | undefined;
  for (const token of pair.t.tokens) {
    if (token.kind !== 'text') continue;
    const text = pair.t.text.slice(token.start, token.end);
    // A stray backtick in the translation would pair with the new ones: the fix would not fix (and fix-all
    // would add backticks on every run).
    if (text.includes('`')) return undefined;
    const at = text.indexOf(content);
    if (at < 0) continue;
    if (found || text.indexOf(content, at + 1) >= 0) return undefined;
    found = { start: token.start + at, end: token.start + at + content.length };
  }
  if (!found) return undefined;
  return { title: `Put ${content} back in backticks`, preferred: true, edits: [{ range: inTarget(pair, found), newText: english }] };
}

/**
 * The shape of a spreadsheet formula, for comparison across locales: function names (a name before `(`) become `F`,
 * white space outside strings is dropped, and argument separators are written `,`; a formula that separates arguments
 * with `;` writes its decimals with a comma (`1,5`), so there a comma between digits is a decimal point. Strings are
 * kept as written. Undefined for code that is not a formula.
 */
export function formulaShape(code: string): string | undefined {
  // Long spans are not formulas of prose (and the scan below is quadratic).
  if (code.length > 500 || !/^=\s*[\p{L}\d_$(+-]/u.test(code)) return undefined;
  const semicolons = /;/.test(code.replace(/"[^"]*"/g, ''));
  let out = '';
  for (let i = 1; i < code.length;) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return undefined;
      out += code.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const name = /^[\p{L}_][\p{L}\p{N}_.]*(?=\s*\()/u.exec(code.slice(i));
    if (name) {
      out += 'F';
      i += name[0].length;
      continue;
    }
    if (/\s/.test(c)) i++;
    else if (c === ';') { out += ','; i++; }
    else if (c === ',' && semicolons && /\d/.test(code[i - 1] ?? '') && /\d/.test(code[i + 1] ?? '')) { out += '.'; i++; }
    else { out += c; i++; }
  }
  return out;
}

/** What a code span is compared by: its content, or the shape of a formula (`formulaShape`). */
function codeKey(content: string): string {
  const shape = formulaShape(content);
  return shape === undefined ? content : `\u0000=${shape}`;
}

export const inlineCodeMismatch: Check = {
  id: 'SX301',
  alias: 'inline-code-mismatch',
  description: 'The inline code spans of the translation differ from those of the English.',
  tags: ['markdown', 'code'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    // In a table cell GFM turns `\|` into `|` even inside code, so both spellings are the same code.
    const key = unit.context.tableCell === undefined ? (c: CodeToken) => codeKey(c.content) : (c: CodeToken) => codeKey(c.content.replace(/\\\|/g, '|'));
    const s = pair.s.codes;
    const t = pair.t.codes;
    if (sameInOrder(s, t, key)) return;
    const diff = multisetDiff(s, t, key);
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(c => c.content))}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(c => c.content))}`);
    const fix = restoreFix(pair, diff.missing, diff.extra);
    ctx.report({
      range: diff.extra.length === 1 ? inTarget(pair, diff.extra[0]) : targetRange(pair),
      unit: unit.index,
      message: `Inline code differs from the English: ${parts.join('; ')}.`,
      fixes: fix ? [fix] : undefined,
    });
  },
};
