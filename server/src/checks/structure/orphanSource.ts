/**
 * SX103 orphan-source: an `sxs-lookup` wrapper or `data-stu-id` span that no target span precedes.
 */
import type { Check } from '../types';

export const orphanSource: Check = {
  id: 'SX103',
  alias: 'orphan-source',
  description: 'An English (sxs-lookup) half has no target span before it.',
  tags: ['structure'],
  defaultSeverity: 'error',
  checkDocument(ctx) {
    for (const problem of ctx.doc.problems) {
      if (problem.kind === 'orphanSource') {
        ctx.report({
          range: problem.range,
          unit: problem.unit,
          message: problem.detail || 'This English (sxs-lookup) half has no translated segment before it.',
        });
      }
    }
  },
};
