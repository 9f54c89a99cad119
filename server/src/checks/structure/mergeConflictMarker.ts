/**
 * SX111 merge-conflict-marker: a `<<<<<<<`, `=======` or `>>>>>>>` line left by an unresolved git merge.
 */
import type { Check } from '../types';

export const mergeConflictMarker: Check = {
  id: 'SX111',
  alias: 'merge-conflict-marker',
  description: 'A git merge-conflict marker line.',
  tags: ['structure'],
  defaultSeverity: 'error',
  checkDocument(ctx) {
    for (const problem of ctx.doc.problems) {
      if (problem.kind === 'mergeConflictMarker') {
        ctx.report({
          range: problem.range,
          unit: problem.unit,
          message: problem.detail || 'An unresolved git merge-conflict marker.',
        });
      }
    }
  },
};
