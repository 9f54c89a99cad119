/**
 * SX101 id-pair-mismatch: the target's `data-ttu-id` and the English half's `data-stu-id` differ.
 * The ID is the pairing key, so one of the two was edited by hand. Either ID can be copied onto the other;
 * keeping the target's is the usual answer because the target is what translators touch (the English one when
 * the target's ID is malformed and the English one is not). A fix is offered only when its result is a well-formed
 * ID in quotes that no other unit of the file uses.
 */
import { parseUnitId } from '../../sxs/ids';
import type { SxsDocument } from '../../sxs/types';
import type { DocumentAnalysis } from '../analysis';
import type { Check, Fix } from '../types';

/** How many times each ID stands in the document, target and English IDs alike. */
function idCounts(doc: SxsDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of doc.units) {
    counts.set(unit.id, (counts.get(unit.id) ?? 0) + 1);
    if (unit.sourceId !== undefined && unit.sourceId !== unit.id) counts.set(unit.sourceId, (counts.get(unit.sourceId) ?? 0) + 1);
  }
  return counts;
}

/** How many times `id` stands in the document (the counts are computed once per document). */
function countOf(analysis: DocumentAnalysis, id: string): number {
  return analysis.memo('id counts', idCounts).get(id) ?? 0;
}

/** Whether the ID at `range` stands between double quotes, as in the canonical markup (not `=&quot;ID&quot;`). */
function quoted(text: string, range: { start: number; end: number }): boolean {
  return text.charCodeAt(range.start - 1) === 34 && text.charCodeAt(range.end) === 34;
}

export const idPairMismatch: Check = {
  id: 'SX101',
  alias: 'id-pair-mismatch',
  description: 'The target ID and the English ID of a unit differ.',
  tags: ['structure', 'ids'],
  defaultSeverity: 'error',
  checkUnit(unit, ctx) {
    if (unit.sourceId === undefined || unit.sourceIdRange === undefined || unit.sourceId === unit.id) {
      return;
    }
    const { doc } = ctx;
    // A fix must give a well-formed, quoted ID that no other unit uses: never a duplicate, never other broken markup.
    const targetUsable = unit.idParts.wellFormed && quoted(doc.text, unit.sourceIdRange) && countOf(ctx.analysis, unit.id) === 1;
    const englishUsable = parseUnitId(unit.sourceId).wellFormed && quoted(doc.text, unit.targetIdRange) && countOf(ctx.analysis, unit.sourceId) === 1;
    // Keep the target's ID, unless it is malformed (empty, damaged) and the English one is not.
    const keepEnglish = !unit.idParts.wellFormed && englishUsable;
    const useTarget: Fix = {
      title: `Use the target's ID "${unit.id}" for the English half`,
      edits: [{ range: unit.sourceIdRange, newText: unit.id }],
    };
    const useEnglish: Fix = {
      title: `Use the English half's ID "${unit.sourceId}" for the target`,
      edits: [{ range: unit.targetIdRange, newText: unit.sourceId }],
    };
    const fixes: Fix[] = [];
    if (keepEnglish) {
      fixes.push({ ...useEnglish, preferred: true });
    } else {
      if (targetUsable) fixes.push({ ...useTarget, preferred: true });
      if (englishUsable) fixes.push(useEnglish);
    }
    ctx.report({
      range: unit.targetIdRange,
      unit: unit.index,
      message: `The target ID "${unit.id}" and the English ID "${unit.sourceId}" differ.`,
      fixes: fixes.length > 0 ? fixes : undefined,
      // A damaged ID is why the two differ: its format finding on this unit is the same fault.
      absorbs: unit.idParts.wellFormed && parseUnitId(unit.sourceId).wellFormed ? undefined : ['SX106'],
    });
  },
};
