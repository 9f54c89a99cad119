/**
 * SX101 id-pair-mismatch: the target's `data-ttu-id` and the English half's `data-stu-id` differ.
 * The ID is the pairing key, so one of the two was edited by hand. Either ID can be copied onto the other;
 * keeping the target's is the usual answer because the target is what translators touch (the English one when
 * the target's ID is malformed and the English one is not).
 */
import { parseUnitId } from '../../sxs/ids';
import type { Check, Fix } from '../types';

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
    // Keep the target's ID, unless it is malformed (empty, damaged) and the English one is not.
    const keepEnglish = !unit.idParts.wellFormed && parseUnitId(unit.sourceId).wellFormed;
    const useTarget: Fix = {
      title: `Use the target's ID "${unit.id}" for the English half`,
      edits: [{ range: unit.sourceIdRange, newText: unit.id }],
    };
    const useEnglish: Fix = {
      title: `Use the English half's ID "${unit.sourceId}" for the target`,
      edits: [{ range: unit.targetIdRange, newText: unit.sourceId }],
    };
    ctx.report({
      range: unit.targetIdRange,
      unit: unit.index,
      message: `The target ID "${unit.id}" and the English ID "${unit.sourceId}" differ.`,
      fixes: keepEnglish ? [{ ...useEnglish, preferred: true }, useTarget] : [{ ...useTarget, preferred: true }, useEnglish],
    });
  },
};
