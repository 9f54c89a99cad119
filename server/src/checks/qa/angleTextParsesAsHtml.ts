/**
 * SX316 angle-text-parses-as-html: the translation has `<Word…>` that markdown reads as an HTML tag (so it
 * disappears from the page) where the English escaped it or put it in code. Fix: escape the `<` as the English did.
 */
import type { Check } from '../types';
import { angleTextTags } from './angleText';
import { inTarget } from './pair';

export const angleTextParsesAsHtml: Check = {
  id: 'SX316',
  alias: 'angle-text-parses-as-html',
  description: 'Text in angle brackets is read as an HTML tag in the translation, while the English shows it as text.',
  tags: ['markdown', 'html'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const tags = angleTextTags(pair);
    if (tags.length === 0) return;
    // A stray backtick in the translation would pair with new ones, so backticks are not a certain fix there.
    const strayBacktick = pair.t.tokens.some(token => token.kind === 'text' && pair.t.text.slice(token.start, token.end).includes('`'));
    for (const { tag, form } of tags) {
      const raw = pair.t.text.slice(tag.start, tag.end);
      const range = inTarget(pair, tag);
      const how = form === 'code' ? 'in code' : form === 'entity' ? 'as &lt;' : 'escaped';
      ctx.report({
        range,
        unit: unit.index,
        message: `${raw} is read as an HTML tag and will not show; the English has it ${how}.`,
        fixes: form === 'code' && strayBacktick ? undefined : [
          form === 'code'
            ? { title: `Put ${raw} in backticks`, preferred: true, edits: [{ range, newText: '`' + raw + '`' }] }
            : { title: `Escape ${raw}`, preferred: true, edits: [{ range: { start: range.start, end: range.start + 1 }, newText: form === 'entity' ? '&lt;' : '\\<' }] },
        ],
      });
    }
  },
};
