/**
 * SX404 ui-path-mismatch: the number of `>` separators between bold UI labels (`**A** > **B**`) differs. A label in
 * square brackets or the language's quotation marks (`[Tiedosto] > [Avaa]`, `[ファイル] > [開く]`, `„Datei“ >
 * „Öffnen“`, conventions `uiLabels`) counts as a bold one.
 */
import type { Check } from '../types';
import type { EmphasisSpan, InlineParse } from '../../sxs/inline';
import { targetRange } from './pair';

const SEPARATOR = /^[\s\u00a0\u200e\u200f]*(?:\\>|>|&gt;|→|＞)[\s\u00a0\u200e\u200f]*$/;

export function uiPathSeparators(parse: InlineParse): number {
  // A path needs two bold labels.
  if (parse.strong < 2) return 0;
  let n = 0;
  let previous: EmphasisSpan | undefined;
  for (const span of parse.emphasis) {
    if (span.kind !== 'strong') continue;
    if (previous !== undefined && span.start >= previous.end && SEPARATOR.test(parse.text.slice(previous.end, span.start))) n++;
    previous = span;
  }
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A label in one of the brackets: `[確定]`, `「以外」` (short, on one line, no bracket inside). */
function labelSource(brackets: readonly (readonly [string, string])[]): string {
  return brackets.map(([open, close]) => `${escapeRegExp(open)}[^${escapeRegExp(open)}${escapeRegExp(close)}\\n]{1,80}${escapeRegExp(close)}`).join('|');
}

/** The number of bracketed labels in a text (`[確定]` that is not a link: a link shows no brackets). */
export function bracketLabels(visible: string, brackets: readonly (readonly [string, string])[]): number {
  if (brackets.length === 0) return 0;
  return (visible.match(new RegExp(labelSource(brackets), 'g')) ?? []).length;
}

/** The number of `>` separators between two bracketed labels (`[ファイル] > [開く]`). */
function bracketPathSeparators(visible: string, brackets: readonly (readonly [string, string])[]): number {
  if (brackets.length === 0 || !/[>→＞]/.test(visible)) return 0;
  const label = `(?:${labelSource(brackets)})`;
  const separator = '[\\s\\u00a0\\u200e\\u200f]*(?:>|→|＞)[\\s\\u00a0\\u200e\\u200f]*';
  // A label and a separator before the next label: `[A] > [B] > [C]` has two.
  return (visible.match(new RegExp(`${label}${separator}(?=${label})`, 'g')) ?? []).length;
}

export const uiPathMismatch: Check = {
  id: 'SX404',
  alias: 'ui-path-mismatch',
  description: 'A UI path (**A** > **B**) has a different number of steps than in the English.',
  tags: ['placeables', 'ui'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const s = uiPathSeparators(pair.s);
    if (s === 0) return;
    const t = uiPathSeparators(pair.t) + bracketPathSeparators(pair.t.visible, ctx.analysis.conventions.uiLabels);
    if (s === t) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `The UI path has ${t} ">" step${t === 1 ? '' : 's'} between bold labels; the English has ${s}.` });
  },
};
