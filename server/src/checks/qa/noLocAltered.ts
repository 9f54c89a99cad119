/**
 * SX407 no-loc-altered: a term marked not-to-localize, in the front matter `no-loc:` list or with
 * `:::no-loc text="…":::` in the English, occurs in the English half but not verbatim in the translation.
 */
import type { Check } from '../types';
import type { SxsDocument } from '../../sxs/types';
import type { DocumentAnalysis } from '../analysis';
import { targetRange } from './pair';

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/** The `no-loc:` terms of the front matter, in flow (`[a, "b c"]`) or block (`- a`) form. */
export function frontMatterNoLoc(analysis: DocumentAnalysis): string[] {
  return analysis.memo('no-loc terms', readNoLocTerms);
}

function readNoLocTerms(doc: SxsDocument): string[] {
  const terms: string[] = [];
  if (doc.frontMatter) {
    const text = doc.text.slice(doc.frontMatter.contentRange.start, doc.frontMatter.contentRange.end);
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const m = /^no-loc\s*:\s*(.*)$/.exec(lines[i]);
      if (!m) continue;
      const value = m[1].trim();
      if (value.startsWith('[')) {
        const body = value.replace(/^\[|\]\s*$/g, '');
        for (const item of body.match(/"[^"]*"|'[^']*'|[^,]+/g) ?? []) {
          const term = unquote(item);
          if (term) terms.push(term);
        }
      } else if (value) {
        terms.push(unquote(value));
      } else {
        for (let k = i + 1; k < lines.length; k++) {
          const item = /^\s*-\s+(.*)$/.exec(lines[k]);
          if (!item) break;
          const term = unquote(item[1]);
          if (term) terms.push(term);
        }
      }
    }
  }
  return terms;
}

/**
 * A form of a text for comparing terms as the languages write them: the first letter of each word in either case
 * (German capitalises nouns, `Das Cookie`; a sentence starts with a capital, `Cookie poistetaan`), a hyphen or a
 * space between words alike (German joins compounds, `Blazor-Server-Apps`), and typographic apostrophes as the
 * straight one (`Let’s Encrypt`). Other letters keep their case: `signalr` is not `SignalR`.
 */
function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0\u2010\u2011-]+/g, ' ')
    .replace(/(^|[^\p{L}\p{M}\p{N}])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toLowerCase());
}

/** Whether the translation keeps the term: anywhere, as written or as it shows (`Q\#` shows `Q#`). */
function kept(pair: { t: { text: string; visible: string } }, term: string): boolean {
  // No word boundary here: Korean and Japanese attach particles to a term (`Q#은`), and a term glued to a neighbour
  // by machine translation (`RazorZestaw`) is still kept; only a term that is gone or changed is reported.
  if (pair.t.visible.includes(term) || pair.t.text.includes(term)) return true;
  const folded = fold(term);
  return fold(pair.t.visible).includes(folded) || fold(pair.t.text).includes(folded);
}

/** Occurrences of the term as a word of the English. */
function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + term.length < text.length ? text[at + term.length] : ' ';
    if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) n++;
  }
  return n;
}

export const noLocAltered: Check = {
  id: 'SX407',
  alias: 'no-loc-altered',
  description: 'A term marked no-loc (front matter no-loc, :::no-loc:::) is not kept verbatim in the translation.',
  tags: ['placeables', 'no-loc'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const terms = frontMatterNoLoc(ctx.analysis);
    if (terms.length === 0 && pair.s.docfx.length === 0) return;
    const lost: string[] = [];
    for (const d of pair.s.docfx) {
      if (d.docfx === 'no-loc' && !kept(pair, d.value)) lost.push(d.value);
    }
    for (const term of terms) {
      const inEnglish = occurrences(pair.s.visible, term);
      if (inEnglish > 0 && !kept(pair, term)) lost.push(term);
    }
    if (lost.length === 0) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `No-loc term${lost.length > 1 ? 's' : ''} not kept in the translation: ${lost.map(t => `"${t}"`).join(', ')}.` });
  },
};
