/**
 * SX106 id-format: an ID that is not five lower-case hex digits, a dash, an optional `p` and a number.
 * The English ID is reported separately only when it differs from the target's (else one report covers both).
 */
import type { Check } from '../types';
import { ID_PATTERN } from './shared';

export const idFormat: Check = {
  id: 'SX106',
  alias: 'id-format',
  description: 'A unit ID does not have the form PREFIX-NUMBER (for example 9d2bc-101 or 4ec2a-p101).',
  tags: ['structure', 'ids'],
  defaultSeverity: 'warning',
  checkUnit(unit, ctx) {
    if (!ID_PATTERN.test(unit.id)) {
      ctx.report({
        range: unit.targetIdRange,
        unit: unit.index,
        message: `The ID "${unit.id}" does not have the form PREFIX-NUMBER (five lower-case hex digits, a dash, an optional "p", digits).`,
      });
    }
    if (
      unit.sourceId !== undefined && unit.sourceIdRange !== undefined &&
      unit.sourceId !== unit.id && !ID_PATTERN.test(unit.sourceId)
    ) {
      ctx.report({
        range: unit.sourceIdRange,
        unit: unit.index,
        message: `The English ID "${unit.sourceId}" does not have the form PREFIX-NUMBER (five lower-case hex digits, a dash, an optional "p", digits).`,
      });
    }
  },
};
