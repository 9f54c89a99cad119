/**
 * SX311 inline-html-mismatch: the inline HTML tags differ (tag name, open/close, and the key attributes href, src,
 * id, name). Tags that stand for text the English escaped are SX316's finding, not this one; a `<sup>` the translation
 * adds around an ordinal suffix (`3<sup>e</sup>` for `3rd`) is its typography, and so is an English ordinal's
 * `<sup>` the translation does not write (`3.ª`, `3η`, `第三` for `3<sup>rd</sup>`).
 */
import type { Check } from '../types';
import type { HtmlToken } from '../../sxs/inline';
import { angleTextTags } from './angleText';
import { listValues, multisetDiff, sameInOrder, targetRange } from './pair';

const KEY_ATTRIBUTES = ['href', 'src', 'id', 'name'];

function describe(tag: HtmlToken): string {
  if (tag.name === '!--') return '<!--…-->';
  const attrs = KEY_ATTRIBUTES.filter(a => tag.attributes.has(a)).map(a => ` ${a}="${tag.attributes.get(a)}"`).join('');
  return `<${tag.closing ? '/' : ''}${tag.name}${attrs}>`;
}

/** The suffix of an ordinal in any language (`e`, `er`, `o`). */
const ANY_SUFFIX = /^\p{L}{1,3}$/u;
/** The suffix of an English ordinal. */
const ENGLISH_ORDINAL = /^(?:st|nd|rd|th)$/i;

/**
 * The `<sup>…</sup>` pairs the translation puts around the suffix of an ordinal number (French `3<sup>e</sup>`,
 * `1<sup>er</sup>`, Spanish `2<sup>o</sup>`): its typography for what English writes `3rd`.
 */
function ordinalSuperscripts(text: string, tags: readonly HtmlToken[], suffix: RegExp = ANY_SUFFIX): HtmlToken[] {
  const out: HtmlToken[] = [];
  for (let i = 0; i + 1 < tags.length; i++) {
    const open = tags[i];
    const close = tags[i + 1];
    if (open.name !== 'sup' || open.closing || open.attributes.size > 0 || close.name !== 'sup' || !close.closing) continue;
    if (!/\d/.test(text[open.start - 1] ?? '') || !suffix.test(text.slice(open.end, close.start))) continue;
    out.push(open, close);
  }
  return out;
}

export const inlineHtmlMismatch: Check = {
  id: 'SX311',
  alias: 'inline-html-mismatch',
  description: 'Inline HTML tags (name and href, src, id, name attributes) differ from the English.',
  tags: ['markdown', 'html'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    let s = pair.s.htmls;
    if (s.length === 0 && pair.t.htmls.length === 0) return;
    // The same tags in the same order: every tag of the translation has its English one, so none is explained away.
    if (sameInOrder(s, pair.t.htmls, describe)) return;
    const explained = new Set(angleTextTags(pair).map(a => a.tag));
    if (!s.some(h => h.name === 'sup')) for (const h of ordinalSuperscripts(pair.t.text, pair.t.htmls)) explained.add(h);
    else {
      // An English ordinal (`3<sup>rd</sup>`) that the language writes without a superscript (`3.ª`, `3η`, `第三`,
      // `Drittanbieter`) or with its own (`3<sup>e</sup>`): neither pair is compared.
      const english = new Set(ordinalSuperscripts(pair.s.text, s, ENGLISH_ORDINAL));
      if (english.size > 0) {
        s = s.filter(h => !english.has(h));
        for (const h of ordinalSuperscripts(pair.t.text, pair.t.htmls)) explained.add(h);
      }
    }
    const t = pair.t.htmls.filter(h => !explained.has(h));
    if (s.length === 0 && t.length === 0) return;
    const diff = multisetDiff(s, t, describe);
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(describe))}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(describe))}`);
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Inline HTML differs from the English: ${parts.join('; ')}.` });
  },
};
