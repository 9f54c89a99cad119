/**
 * SX310 docfx-token-mismatch: the DocFX tokens (includes, alerts, xrefs in all three forms, `:::image`, `:::no-loc`,
 * `[!div]`, `[!code-…]`, `[!VIDEO]`, `:::` directives) differ; labels may be translated, paths and uids may not.
 * Fix when exactly one token of the same kind was altered: put the English token back.
 */
import type { Check } from '../types';
import type { DocfxToken } from '../../sxs/inline';
import { isXrefDestination } from './links';
import { Half, inTarget, listValues, multisetDiff, targetRange } from './pair';

interface Item {
  readonly kind: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** The token itself can be replaced by the English one (false for the destination of an xref link). */
  readonly whole: boolean;
}

function itemsOf(parse: Half): Item[] {
  const items: Item[] = parse.docfx.map((d: DocfxToken) => ({ kind: d.docfx, value: d.value, start: d.start, end: d.end, whole: true }));
  for (const link of parse.links) {
    if (!isXrefDestination(link.destination)) continue;
    const uid = link.destination.trim().slice(5).split('?')[0];
    items.push({ kind: 'xref', value: safeDecode(uid), start: link.destinationRange.start, end: link.destinationRange.end, whole: false });
  }
  return items;
}

function safeDecode(uid: string): string {
  try {
    return decodeURIComponent(uid);
  } catch {
    return uid;
  }
}

export const docfxTokenMismatch: Check = {
  id: 'SX310',
  alias: 'docfx-token-mismatch',
  description: 'DocFX tokens (include, alert, xref, :::image, :::no-loc, [!div], [!code], [!VIDEO]) differ from the English.',
  tags: ['markdown', 'docfx'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    if (pair.s.docfx.length === 0 && pair.t.docfx.length === 0 && pair.s.links.length === 0 && pair.t.links.length === 0) return;
    const s = itemsOf(pair.s);
    const t = itemsOf(pair.t);
    if (s.length === 0 && t.length === 0) return;
    const found = multisetDiff(s, t, i => i.kind + ' ' + i.value);
    // An extra xref whose uid the English has as plain text repairs broken English markup (`[text])(xref:uid)`).
    const diff = { missing: found.missing, extra: found.extra.filter(i => !(i.kind === 'xref' && !i.whole && pair.s.text.includes(`xref:${i.value}`))) };
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(i => `${i.kind} ${i.value}`))}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(i => `${i.kind} ${i.value}`))}`);
    const oneToOne = diff.missing.length === 1 && diff.extra.length === 1 && diff.missing[0].kind === diff.extra[0].kind
      && diff.missing[0].whole === diff.extra[0].whole
      // `@pageDyrektywa` for `@page`: text was glued onto the uid; replacing would drop the text.
      && !(pair.t.text[diff.extra[0].start] === '@' && diff.extra[0].value.startsWith(diff.missing[0].value));
    ctx.report({
      range: diff.extra.length === 1 ? inTarget(pair, diff.extra[0]) : targetRange(pair),
      unit: unit.index,
      message: `DocFX tokens differ from the English: ${parts.join('; ')}.`,
      fixes: oneToOne
        ? [{ title: 'Restore the English token', preferred: true,
          edits: [{ range: inTarget(pair, diff.extra[0]), newText: pair.s.text.slice(diff.missing[0].start, diff.missing[0].end) }] }]
        : undefined,
    });
  },
};
