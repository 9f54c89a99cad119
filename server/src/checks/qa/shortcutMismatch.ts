/** SX405 shortcut-mismatch: key combinations (`Ctrl+Shift+P`, `<kbd>` runs) differ from the English. */
import type { Check } from '../types';
import type { InlineParse } from '../../sxs/inline';
import { listValues, multisetDiff, pairOf, targetRange } from './pair';

const COMBO = /(?<![\p{L}\p{N}])(?:Ctrl|Control|Shift|Alt|Cmd|Command|Option|Opt|Win|Windows|Fn|Meta)(?:\s*\+\s*[\p{L}\p{N}]+)+/giu;
const KBD = /<kbd>([^<]*)<\/kbd>/gi;

export function shortcuts(parse: InlineParse): string[] {
  const out: string[] = [];
  // A combination has a `+` and a `<kbd>` a `<`: most text has neither, and the expressions need not run.
  if (parse.visible.includes('+')) for (const m of parse.visible.matchAll(COMBO)) out.push(m[0].replace(/\s+/g, '').toLowerCase());
  if (parse.text.includes('<')) for (const m of parse.text.matchAll(KBD)) out.push('<kbd>' + m[1].trim().toLowerCase());
  return out;
}

export const shortcutMismatch: Check = {
  id: 'SX405',
  alias: 'shortcut-mismatch',
  description: 'Keyboard shortcuts differ from the English.',
  tags: ['placeables', 'ui'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const s = shortcuts(pair.s);
    const t = shortcuts(pair.t);
    if (s.length === 0 && t.length === 0) return;
    const diff = multisetDiff(s, t, x => x);
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing)}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra)}`);
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Keyboard shortcuts differ from the English: ${parts.join('; ')}.` });
  },
};
