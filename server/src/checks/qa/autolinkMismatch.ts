/**
 * SX312 autolink-mismatch: autolinks (`<https://…>`) and bare URLs differ. Fix when exactly one was altered. A URL
 * that the other half has as a link showing that URL is the same link written another way; placeholders inside an
 * example URL (`https://<contoso>.sharepoint.com`, `{tenant}`) match anything.
 */
import type { Check } from '../types';
import { declareOptions } from '../options';
import { withoutLocaleParts } from './links';
import { boolOption, inTarget, listValues, multisetDiff, targetRange } from './pair';

/**
 * Scheme and host are case-insensitive; example placeholders (`<name>`, `&lt;name&gt;`, `{name}`) match anything; a
 * locale path segment (`/en-us/` for `/fi-fi/`) matches any other or none, and a locale-valued query parameter any
 * value, as in SX303.
 */
function keyOf(url: string, ignoreLocalePath: boolean): string {
  return (ignoreLocalePath ? withoutLocaleParts(url) : url)
    .replace(/&lt;[^&]*?&gt;|<[^<>]*>|\{[^{}]*\}/g, '\u0000')
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)/i, (_m, scheme: string | undefined, host: string) => (scheme ?? '').toLowerCase() + host.toLowerCase());
}

export const autolinkMismatch: Check = {
  id: 'SX312',
  alias: 'autolink-mismatch',
  description: 'Autolinks or bare URLs differ from the English.',
  tags: ['markdown', 'links'],
  defaultSeverity: 'error',
  scope: 'unit',
  ...declareOptions({
    ignoreLocalePath: { type: 'boolean', default: true, description: 'Accept a different locale segment in the path (/en-us/ and /fi-fi/).' },
  }),
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const s = pair.s.autolinks;
    const t = pair.t.autolinks;
    if (s.length === 0 && t.length === 0) return;
    const ignoreLocalePath = boolOption(ctx.options, 'ignoreLocalePath', true);
    const urlKey = (url: string) => keyOf(url, ignoreLocalePath);
    const raw = multisetDiff(s, t, a => urlKey(a.url));
    // Links that show their own URL (`[https://x](https://x)`): the same as the bare URL to a reader.
    const destinations = (half: typeof pair.s) => new Set(half.links
      .filter(l => half.text.slice(l.textStart, l.textEnd).trim() === l.destination.trim())
      .map(l => urlKey(l.destination.trim())));
    const tLinks = destinations(pair.t);
    const sLinks = destinations(pair.s);
    const diff = {
      missing: raw.missing.filter(a => !tLinks.has(urlKey(a.url))),
      extra: raw.extra.filter(a => !sLinks.has(urlKey(a.url))),
    };
    if (diff.missing.length === 0 && diff.extra.length === 0) return;
    const parts: string[] = [];
    if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(a => a.url))}`);
    if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(a => a.url))}`);
    const oneToOne = diff.missing.length === 1 && diff.extra.length === 1;
    const english = oneToOne ? pair.s.text.slice(diff.missing[0].start, diff.missing[0].end) : '';
    const range = oneToOne ? inTarget(pair, diff.extra[0]) : undefined;
    // A bare URL that took in what follows it (`https://aka.ms/foo를`, `…/foo。`): DocFX reads a URL up to white
    // space, so the particle or full stop glued to it is in the link. Closing the URL before it keeps every character.
    const glued = oneToOne && diff.extra[0].url.startsWith(english) && english.startsWith('http')
      && /^[^\p{ASCII}]+$/u.test(diff.extra[0].url.slice(english.length));
    ctx.report({
      range: diff.extra.length === 1 ? inTarget(pair, diff.extra[0]) : targetRange(pair),
      unit: unit.index,
      message: `URLs differ from the English: ${parts.join('; ')}.`,
      fixes: range === undefined ? undefined : glued
        ? [{ title: `Write <${english}> so that "${diff.extra[0].url.slice(english.length)}" is not part of the URL`, preferred: true,
          edits: [{ range: { start: range.start, end: range.start + english.length }, newText: `<${english}>` }] }]
        : [{ title: `Use ${diff.missing[0].url}`, preferred: withoutLocaleParts(diff.extra[0].url) !== withoutLocaleParts(diff.missing[0].url), edits: [{ range, newText: english }] }],
    });
  },
};
