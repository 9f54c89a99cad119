/**
 * SX703 fragment-link: a `(#fragment)` link in a translation, or around a unit that is a link's text, that matches no
 * anchor of the file: `<a name>`/`id` attributes, or a heading slug (from the translated or the English heading
 * text, since sxs headings carry the English anchor). `#tab/…` links (DocFX tabs) are skipped. A file that pulls in
 * others (`[!INCLUDE[…](…)]`) gets their headings as anchors too, which a check without file access cannot see: there
 * an unknown fragment is not reported.
 */
import type { Check } from '../types';
import type { SxsDocument } from '../../sxs/types';
import type { DocumentAnalysis } from '../analysis';
import type { UnitPair } from './pair';
import { tokenizeInline, PROTECTED_MARK } from '../../sxs/inline';

const PROTECTED_MARKS = new RegExp(PROTECTED_MARK, 'g');

/** A GitHub/DocFX style heading slug: lower case, punctuation dropped, spaces to dashes. */
export function slugify(text: string): string {
  return text.replace(PROTECTED_MARKS, '').trim().toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The anchors of the file, lower case (computed once per document). */
export function anchorsOf(analysis: DocumentAnalysis): Set<string> {
  return analysis.memo('anchors', doc => readAnchors(doc, analysis));
}

function readAnchors(doc: SxsDocument, analysis: DocumentAnalysis): Set<string> {
  const anchors = new Set<string>();
  for (const m of doc.text.matchAll(/<[a-zA-Z][^<>]*?\s(?:name|id)\s*=\s*["']([^"']+)["']/g)) anchors.add(m[1].toLowerCase());
  for (const heading of doc.headings) {
    if (heading.anchor) anchors.add(heading.anchor.toLowerCase());
    const content = doc.text.slice(heading.contentRange.start, heading.contentRange.end);
    anchors.add(slugify(tokenizeInline(content.replace(/<\/?span[^>]*>/g, '')).visible));
    let target = '';
    let source = '';
    for (const index of heading.units) {
      const pair = analysis.pair(doc.units[index]);
      if (!pair) continue;
      target += pair.t.visible;
      source += pair.s.visible;
    }
    if (target) anchors.add(slugify(target));
    if (source) anchors.add(slugify(source));
  }
  return anchors;
}

const INCLUDE = /\[!include\s*\[/iy;

/** True when the file includes other files (DocFX `[!INCLUDE[…](…)]`, `[!include[…](…)]`). */
function hasIncludes(analysis: DocumentAnalysis): boolean {
  return analysis.memo('has includes', doc => {
    // Tried at each `[!` (`indexOf` finds them faster than a case-insensitive search over the whole text).
    const text = doc.text;
    for (let at = text.indexOf('[!'); at >= 0; at = text.indexOf('[!', at + 2)) {
      INCLUDE.lastIndex = at;
      if (INCLUDE.test(text)) return true;
    }
    return false;
  });
}

function resolves(anchors: Set<string>, fragment: string): boolean {
  let f = fragment.toLowerCase();
  try {
    f = decodeURIComponent(f);
  } catch {
    // keep as written
  }
  if (anchors.has(f)) return true;
  const numbered = /^(.*)-\d+$/.exec(f);
  return numbered !== null && anchors.has(numbered[1]);
}

/** 1 when the unit has halves and its translation has an inline `#` link or the unit is a link's text, else 0. */
function mayHaveFragments(pair: UnitPair | undefined): number {
  if (pair === undefined) return 0;
  if (pair.unit.context.linkText) return 1;
  for (const link of pair.t.links) if (link.form === 'inline' && link.destination.startsWith('#')) return 1;
  return 0;
}

export const fragmentLink: Check = {
  id: 'SX703',
  alias: 'fragment-link',
  description: 'A #fragment link does not match any anchor or heading in the file.',
  tags: ['links'],
  defaultSeverity: 'warning',
  // The anchors are the whole file's, and a unit that is a link's text is followed by the link's destination.
  scope: 'document',
  checkUnit(unit, ctx) {
    // Whether the unit has a fragment link at all, kept for a unit an edit did not touch (most have none).
    if (ctx.analysis.unitFact('SX703.fragments', unit, () => mayHaveFragments(ctx.analysis.pair(unit))) === 0) return;
    const pair = ctx.analysis.pair(unit)!;
    // Made only for a unit with a fragment link: most have none.
    let found: { fragment: string; start: number; end: number }[] | undefined;
    for (const link of pair.t.links) {
      if (link.form !== 'inline' || !link.destination.startsWith('#')) continue;
      (found ??= []).push({ fragment: link.destination.slice(1), start: pair.tStart + link.destinationRange.start, end: pair.tStart + link.destinationRange.end });
    }
    if (unit.context.linkText) {
      const m = /^\]\(\s*#([^\s)]*)\)/.exec(ctx.doc.text.slice(unit.range.end, unit.range.end + 300));
      if (m) {
        const start = unit.range.end + m[0].indexOf('#');
        (found ??= []).push({ fragment: m[1], start, end: start + 1 + m[1].length });
      }
    }
    if (found === undefined || hasIncludes(ctx.analysis)) return;
    const anchors = anchorsOf(ctx.analysis);
    for (const f of found) {
      if (f.fragment === '' || f.fragment.startsWith('tab/') || resolves(anchors, f.fragment)) continue;
      ctx.report({ range: { start: f.start, end: f.end }, unit: unit.index, message: `No anchor or heading "#${f.fragment}" in this file.` });
    }
  },
};
