/**
 * SX104 malformed-span: unit markup that does not close, closes only in appearance (`\</span>`), holds stray
 * span tags, is not in the canonical byte form, or starts inside another unit. All come from the parser.
 */
import type { ParseProblemKind } from '../../sxs/types';
import type { Check } from '../types';

// Used when the parser gives no detail.
const messages: ReadonlyMap<ParseProblemKind, string> = new Map<ParseProblemKind, string>([
  ['sourceNotClosed', 'The English half of this unit does not close.'],
  ['targetNotClosed', 'The translated half of this unit does not close.'],
  ['escapedClose', 'This closing tag is escaped by a backslash, so it does not close the span in markdown.'],
  ['unbalancedSpan', 'A stray <span> or </span> inside this unit.'],
  ['nonCanonicalMarkup', 'This unit markup is not in the standard form.'],
  ['nestedUnit', 'This unit starts inside another unit that has not closed.'],
]);

export const malformedSpan: Check = {
  id: 'SX104',
  alias: 'malformed-span',
  description: 'Unit markup is broken: an unclosed or escaped close, a stray span, non-standard markup or a nested unit.',
  tags: ['structure'],
  defaultSeverity: 'error',
  checkDocument(ctx) {
    // One finding per unit: the first problem in the text is the cause (a stray tag in the translation leaves the
    // English half unclosed, too); problems outside units are reported each.
    let lastUnit: number | undefined;
    for (const problem of ctx.doc.problems) {
      const message = messages.get(problem.kind);
      if (message === undefined || (problem.unit !== undefined && problem.unit === lastUnit)) {
        continue;
      }
      lastUnit = problem.unit;
      ctx.report({
        range: problem.range,
        unit: problem.unit,
        message: problem.detail || message,
        // A half that does not close has no English half after it, and a stray span tag is the inline HTML that differs.
        absorbs: problem.unit === undefined ? undefined : ['SX102', 'SX311'],
      });
    }
  },
};
