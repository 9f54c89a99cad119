/** SX404 ui-path-mismatch: the number of `>` separators between bold UI labels (`**A** > **B**`) differs. */
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
    const t = uiPathSeparators(pair.t);
    if (s === t) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `The UI path has ${t} ">" step${t === 1 ? '' : 's'} between bold labels; the English has ${s}.` });
  },
};
