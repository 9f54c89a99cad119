/**
 * SX107 id-prefix-inconsistent: a unit whose ID prefix is not the file's prefix, usually a segment pasted from
 * another file or another handoff. The fix rewrites only the five prefix characters of the target ID and of the
 * English ID (when that one carries the same stray prefix). It is the preferred fix only when the new ID is not
 * already taken in the file.
 */
import type { Fix, OffsetEdit, Check } from '../types';
import { prefixOf, prefixRange } from './shared';

export const idPrefixInconsistent: Check = {
  id: 'SX107',
  alias: 'id-prefix-inconsistent',
  description: "A unit ID's prefix differs from the prefix the rest of the file uses.",
  tags: ['structure', 'ids'],
  defaultSeverity: 'warning',
  checkDocument(ctx) {
    const { doc } = ctx;
    const filePrefix = doc.prefix;
    if (filePrefix === undefined) {
      return;
    }
    const usedIds = new Set(doc.units.map(unit => unit.id));
    for (const unit of doc.units) {
      const prefix = prefixOf(unit.id);
      if (prefix === undefined || prefix === filePrefix) {
        continue;
      }
      const edits: OffsetEdit[] = [{ range: prefixRange(unit.targetIdRange), newText: filePrefix }];
      if (unit.sourceIdRange !== undefined && prefixOf(unit.sourceId) === prefix) {
        edits.push({ range: prefixRange(unit.sourceIdRange), newText: filePrefix });
      }
      const newId = filePrefix + unit.id.slice(prefix.length);
      const fix: Fix = {
        title: `Use the file's prefix "${filePrefix}" (${newId})`,
        edits,
        preferred: !usedIds.has(newId),
      };
      ctx.report({
        range: unit.targetIdRange,
        unit: unit.index,
        message: `The ID "${unit.id}" has the prefix "${prefix}", but this file uses "${filePrefix}". Was it pasted from another file?`,
        fixes: [fix],
      });
    }
  },
};
