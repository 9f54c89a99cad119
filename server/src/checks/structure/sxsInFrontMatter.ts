/**
 * SX109 sxs-in-front-matter: unit markup inside the YAML front matter. It happens when the English front
 * matter was malformed and the pipeline segmented it as prose; the published page then shows raw markup.
 * One finding per front matter, however many units it holds. The fix (not preferred, so "fix all" leaves it alone)
 * replaces the units with their translated text, and is offered only when every translation keeps the English's YAML
 * keys: machine translation often translates them too (`제목:` for `title:`, `Tytuł:`), and the page would then lose
 * its title, description and metadata.
 */
import type { Check } from '../types';

/** The YAML keys of a segmented front matter line, in order: `title:`, `ms.author:` (a key, a colon, then a space). */
function keys(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)([A-Za-z][\w.-]*):(?=\s|$)/g)].map(m => m[1]);
}

export const sxsInFrontMatter: Check = {
  id: 'SX109',
  alias: 'sxs-in-front-matter',
  description: 'Unit markup inside the YAML front matter.',
  tags: ['structure', 'front-matter'],
  defaultSeverity: 'warning',
  checkDocument(ctx) {
    // One cause, one finding: a segmented front matter holds many units (one per line or list item).
    const units = ctx.doc.units.filter(unit => unit.context.inFrontMatter);
    if (units.length === 0) {
      return;
    }
    const [first] = units;
    const clean = units.filter(unit => !unit.broken);
    const text = ctx.doc.text;
    const keysKept = clean.every(unit => unit.source === undefined
      || keys(text.slice(unit.target.start, unit.target.end)).join(' ') === keys(text.slice(unit.source.start, unit.source.end)).join(' '));
    const fixes = clean.length === 0 || !keysKept
      ? undefined
      : [{
        title: clean.length === 1 ? 'Replace the unit with its translated text' : `Replace the ${clean.length} units with their translated text`,
        edits: clean.map(unit => ({ range: unit.range, newText: ctx.doc.text.slice(unit.target.start, unit.target.end) })),
      }];
    ctx.report({
      range: first.targetOpen,
      unit: first.index,
      message: units.length === 1
        ? `The unit "${first.id}" is inside the front matter, where its markup is not rendered.`
        : `The front matter holds ${units.length} units ("${first.id}" to "${units[units.length - 1].id}"): it was segmented as prose, so its markup is not rendered and its YAML may not be valid.`,
      fixes,
    });
  },
};
