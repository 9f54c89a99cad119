/**
 * SX501 boundary-whitespace: leading or trailing whitespace inside the translation differs from the English where the
 * reader sees it. Fix: copy it. A translation with none where the English has some at the start, or at the end of a
 * link's text, is clean (the English's is stray), and a fix never copies a no-break or other wide space, which would
 * show as an indent.
 *
 * HTML collapses a run of white space and drops it at the start and end of a line, so most differences never show: a
 * space the translation adds shows only before or after a visible character written right against the unit
 * (`(<span…> text`, `…text </span></span>.`), and a space it lacks at the end only where the next unit or word follows
 * with nothing between (the two would run together).
 */
import type { Check, OffsetEdit } from '../types';
import type { UnitContext } from '../../sxs/types';
import { isJsSpace, targetRange } from './pair';

/** Whitespace or a direction mark. */
function isBoundary(c: number): boolean {
  return isJsSpace(c) || c === 0x200e || c === 0x200f;
}

/** Length of the run of boundary characters at the start. */
function leading(s: string): number {
  let i = 0;
  while (i < s.length && isBoundary(s.charCodeAt(i))) i++;
  return i;
}

/** Start of the run of boundary characters at the end. */
function trailing(s: string): number {
  let i = s.length;
  while (i > 0 && isBoundary(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Full-width punctuation of Chinese, Japanese and Korean (`。`, `，`, `」`, `！`): it carries its own spacing, so the
 * space the English puts after a sentence is not written after it.
 */
const FULL_WIDTH_END = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]$/;

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * The English has whitespace at this end and the translation none, where it separates nothing: at the start (the
 * text before the unit separates it), or at the end of a link's text or an image's alt text (a `]` follows). A
 * translator keeps such a clean translation as it is. At the end of a sentence it may separate it from the next unit
 * written right after it, and is still reported.
 */
function strayInEnglish(tRun: string, sRun: string, atStart: boolean, context: UnitContext): boolean {
  if (tRun.replace(/[\u200e\u200f]/g, '') !== '' || sRun.replace(/[\u200e\u200f]/g, '') === '') return false;
  return atStart || context.linkText || context.imageAlt;
}

/**
 * Whitespace a fix may copy from the English: ordinary spaces, or nothing. A no-break or other wide space does not
 * collapse when rendered, so copying it would indent or pad the published text.
 */
function safeToCopy(sRun: string): boolean {
  return /^[ \t\n\r\u200e\u200f]*$/.test(sRun);
}

/** True for a character written right against the unit that shows a space beside it: not white space, not a tag. */
function showsSpace(c: string | undefined, tag: string): boolean {
  return c !== undefined && c !== tag && !isJsSpace(c.charCodeAt(0));
}

/** Whether a difference at this end shows on the page, from the translation's and the English's runs there. */
function visible(tRun: string, sRun: string, neighbour: string | undefined, tag: string, followedByUnit: boolean): boolean {
  const tSpace = tRun.replace(/[\u200e\u200f]/g, '') !== '';
  const sSpace = sRun.replace(/[\u200e\u200f]/g, '') !== '';
  // Both have some: they differ in kind (a no-break space, a line break), which shows only against a visible neighbour.
  if (tSpace === sSpace) return showsSpace(neighbour, tag);
  // The translation adds one: it shows against a visible neighbour.
  if (tSpace) return showsSpace(neighbour, tag);
  // The translation lacks one: its text runs into what follows with nothing between.
  return followedByUnit || showsSpace(neighbour, tag);
}

export const boundaryWhitespace: Check = {
  id: 'SX501',
  alias: 'boundary-whitespace',
  description: 'Leading or trailing whitespace of the translation differs from the English.',
  tags: ['whitespace'],
  defaultSeverity: 'info',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const t = pair.t.text;
    const s = pair.s.text;
    const tLeadEnd = leading(t);
    const sLeadEnd = leading(s);
    const tTrailStart = trailing(t);
    const sTrailStart = trailing(s);
    // Most halves start and end with a visible character on both sides: nothing to compare.
    if (tLeadEnd === 0 && sLeadEnd === 0 && tTrailStart === t.length && sTrailStart === s.length) return;
    if (tLeadEnd === t.length && isBlank(t)) return;
    // Direction marks are part of how RTL text is written, not whitespace the English could have.
    const strip = (w: string) => w.replace(/[\u200e\u200f]/g, '');
    const tLead = t.slice(0, tLeadEnd);
    const sLead = s.slice(0, sLeadEnd);
    const tTrail = t.slice(tTrailStart);
    const sTrail = s.slice(sTrailStart);
    const edits: OffsetEdit[] = [];
    const parts: string[] = [];
    // A fix never removes a line break: the lines after it would move (a person decides).
    const breaks = (w: string) => /[\n\r]/.test(w);
    const text = ctx.doc.text;
    const before = text[unit.range.start - 1];
    const after = text[unit.range.end];
    const nextUnit = text.startsWith('<span data-ttu-id', unit.range.end);
    if (strip(tLead) !== strip(sLead) && !strayInEnglish(tLead, sLead, true, unit.context)
      && visible(tLead, sLead, before, '>', false)) {
      parts.push('leading');
      if (!breaks(tLead) && safeToCopy(sLead)) edits.push({ range: { start: pair.tStart, end: pair.tStart + tLead.length }, newText: sLead });
    }
    const cjkEnd = tTrail === '' && !breaks(sTrail) && FULL_WIDTH_END.test(t);
    if (strip(tTrail) !== strip(sTrail) && !cjkEnd && !strayInEnglish(tTrail, sTrail, false, unit.context)
      && visible(tTrail, sTrail, after, '<', nextUnit)) {
      parts.push('trailing');
      if (!breaks(tTrail) && safeToCopy(sTrail)) edits.push({ range: { start: pair.tStart + t.length - tTrail.length, end: pair.tStart + t.length }, newText: sTrail });
    }
    if (parts.length === 0) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The ${parts.join(' and ')} whitespace of the translation differs from the English.`,
      fixes: edits.length > 0 ? [{ title: 'Use the English boundary whitespace', preferred: true, edits }] : undefined,
    });
  },
};
