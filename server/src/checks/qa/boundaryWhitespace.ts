/** SX501 boundary-whitespace: leading or trailing whitespace inside the translation differs from the English. Fix: copy it. */
import type { Check, OffsetEdit } from '../types';
import { pairOf, targetRange } from './pair';

const LEADING = /^[\s\u200e\u200f]*/;
const TRAILING = /[\s\u200e\u200f]*$/;

export const boundaryWhitespace: Check = {
  id: 'SX501',
  alias: 'boundary-whitespace',
  description: 'Leading or trailing whitespace of the translation differs from the English.',
  tags: ['whitespace'],
  defaultSeverity: 'info',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const t = pair.t.text;
    const s = pair.s.text;
    if (t.trim() === '') return;
    // Direction marks are part of how RTL text is written, not whitespace the English could have.
    const strip = (w: string) => w.replace(/[\u200e\u200f]/g, '');
    const tLead = LEADING.exec(t)![0];
    const sLead = LEADING.exec(s)![0];
    const tTrail = TRAILING.exec(t)![0];
    const sTrail = TRAILING.exec(s)![0];
    const edits: OffsetEdit[] = [];
    const parts: string[] = [];
    if (strip(tLead) !== strip(sLead)) {
      parts.push('leading');
      edits.push({ range: { start: pair.tStart, end: pair.tStart + tLead.length }, newText: sLead });
    }
    if (strip(tTrail) !== strip(sTrail)) {
      parts.push('trailing');
      edits.push({ range: { start: pair.tStart + t.length - tTrail.length, end: pair.tStart + t.length }, newText: sTrail });
    }
    if (parts.length === 0) return;
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `The ${parts.join(' and ')} whitespace of the translation differs from the English.`,
      fixes: [{ title: 'Use the English boundary whitespace', preferred: true, edits }],
    });
  },
};
