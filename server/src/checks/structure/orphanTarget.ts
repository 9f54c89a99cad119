/**
 * SX102 orphan-target: a target span that no `sxs-lookup` half follows. The parser finds these; the
 * English half is gone, so there is nothing certain to restore.
 */
import type { Check } from '../types';

export const orphanTarget: Check = {
  id: 'SX102',
  alias: 'orphan-target',
  description: 'A target span is not followed by its English (sxs-lookup) half.',
  tags: ['structure'],
  defaultSeverity: 'error',
  checkDocument(ctx) {
    for (const problem of ctx.doc.problems) {
      if (problem.kind === 'orphanTarget') {
        ctx.report({
          range: problem.range,
          unit: problem.unit,
          message: problem.detail || 'This translated segment has no English (sxs-lookup) half after it.',
        });
      }
    }
  },
};
