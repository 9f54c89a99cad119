/**
 * SX109 sxs-in-front-matter: unit markup inside the YAML front matter. It happens when the English front
 * matter was malformed and the pipeline segmented it as prose; the published page then shows raw markup.
 * The fix (not preferred, so "fix all" leaves it alone) replaces the unit with its translated text.
 */
import type { Check } from '../types';

export const sxsInFrontMatter: Check = {
  id: 'SX109',
  alias: 'sxs-in-front-matter',
  description: 'Unit markup inside the YAML front matter.',
  tags: ['structure', 'front-matter'],
  defaultSeverity: 'warning',
  checkUnit(unit, ctx) {
    if (!unit.context.inFrontMatter) {
      return;
    }
    const fixes = unit.broken
      ? undefined
      : [{
        title: 'Replace the unit with its translated text',
        edits: [{ range: unit.range, newText: ctx.doc.text.slice(unit.target.start, unit.target.end) }],
      }];
    ctx.report({
      range: unit.targetOpen,
      unit: unit.index,
      message: `The unit "${unit.id}" is inside the front matter, where its markup is not rendered.`,
      fixes,
    });
  },
};
