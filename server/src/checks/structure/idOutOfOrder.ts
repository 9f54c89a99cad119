/**
 * SX114 id-out-of-order: an ID number lower than the one before it in the same counter. The main counter
 * (`-105`) and the merged-paragraph counter (`-p101`) are separate, and only IDs with the file's prefix take
 * part (other prefixes are SX107's business); repeats of an ID (SX105) and units whose two IDs differ (SX101)
 * are skipped. Gaps are normal and never reported.
 */
import type { SxsUnit } from '../../sxs/types';
import type { Check } from '../types';
import { lineNumberAt, prefixOf } from './shared';

export const idOutOfOrder: Check = {
  id: 'SX114',
  alias: 'id-out-of-order',
  description: 'A unit ID number is lower than the one before it (a unit pasted or moved?).',
  tags: ['structure', 'ids'],
  defaultSeverity: 'warning',
  checkDocument(ctx) {
    const { doc } = ctx;
    const previous: { main?: SxsUnit; merged?: SxsUnit } = {};
    const seen = new Set<string>();
    for (const unit of doc.units) {
      const parts = unit.idParts;
      // A repeated ID is SX105's business, not an ordering problem.
      if (seen.has(unit.id)) {
        continue;
      }
      seen.add(unit.id);
      // When the two IDs of a unit differ (SX101), either may be the wrong one: do not order by it.
      if (unit.sourceId !== undefined && unit.sourceId !== unit.id) {
        continue;
      }
      const prefix = prefixOf(unit.id);
      if (!parts.wellFormed || parts.number === undefined || prefix === undefined) {
        continue;
      }
      if (doc.prefix !== undefined && prefix !== doc.prefix) {
        continue;
      }
      const counter = parts.merged ? 'merged' : 'main';
      const before = previous[counter];
      previous[counter] = unit;
      if (before === undefined || before.idParts.number === undefined || parts.number >= before.idParts.number) {
        continue;
      }
      ctx.report({
        range: unit.targetIdRange,
        unit: unit.index,
        message: `The ID "${unit.id}" comes after "${before.id}" (line ${lineNumberAt(doc, before.targetIdRange.start)}) but has a lower number. Was a unit pasted or moved?`,
      });
    }
  },
};
