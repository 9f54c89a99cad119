/**
 * SX303 link-url-mismatch: the translation has as many links as the English but their destinations differ
 * (after trimming and percent-decoding; `/en-us/`-style locale segments, changed, added or dropped, locale-valued query
 * parameters such as `clcid=0x409` or `ui=en-US`, and chosen query parameters can be ignored).
 * Reference links compare by the URL their label's definition gives, so a translated label with its own definition of
 * the same URL is not a change. A different number of links is SX304's finding. xref destinations are SX310's.
 * Fix when exactly one inline destination differs from one inline English destination: put the English destination
 * back (only offered, not preferred, when the two differ in nothing but locale segments or locale-valued query
 * parameters, which a translation may localize). A reference label is never rewritten (it may be a translated label that other links and a definition use).
 */
import type { LinkToken } from '../../sxs/inline';
import type { Check } from '../types';
import { declareOptions } from '../options';
import { destinationInTarget, isXrefDestination, normalizeUrl, resolvedDestination, UrlOptions, withoutLocaleParts } from './links';
import { boolOption, listOption, listValues, multisetDiff } from './pair';

export const linkUrlMismatch: Check = {
  id: 'SX303',
  alias: 'link-url-mismatch',
  description: 'A link destination in the translation differs from the English one.',
  tags: ['markdown', 'links'],
  defaultSeverity: 'error',
  scope: 'unit',
  ...declareOptions({
    ignoreLocalePath: { type: 'boolean', default: true, description: 'Accept a different locale segment in the path (/en-us/ and /de-de/).' },
    ignoreQueryParameters: { type: 'string[]', default: [], description: 'Query parameters dropped before comparing (for example view).' },
  }),
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const sLinks = pair.s.links;
    const tLinks = pair.t.links;
    if (sLinks.length !== tLinks.length || sLinks.length === 0) return;
    // The same destinations in the same order compare equal however they are normalized.
    let same = true;
    for (let i = 0; i < sLinks.length && same; i++) same = sLinks[i].form === tLinks[i].form && sLinks[i].destination === tLinks[i].destination;
    if (same) return;
    const options: UrlOptions = {
      ignoreLocalePath: boolOption(ctx.options, 'ignoreLocalePath', true),
      ignoreQueryParameters: listOption(ctx.options, 'ignoreQueryParameters', []),
    };
    const references = ctx.analysis.references;
    const key = (l: LinkToken) => normalizeUrl(resolvedDestination(l, references), options);
    const diff = multisetDiff(
      sLinks.filter(l => !isXrefDestination(l.destination)),
      tLinks.filter(l => !isXrefDestination(l.destination)),
      key,
    );
    if (diff.extra.length === 0 && diff.missing.length === 0) return;
    for (const link of diff.extra) {
      const oneToOne = diff.extra.length === 1 && diff.missing.length === 1 && link.form === 'inline' && diff.missing[0].form === 'inline';
      const resolved = resolvedDestination(link, references);
      // Destinations that differ only in locale (reported when ignoreLocalePath is off) may both be right: the
      // English one is offered, never applied on its own.
      const localeOnly = oneToOne && withoutLocaleParts(link.destination.trim()) === withoutLocaleParts(diff.missing[0].destination.trim());
      ctx.report({
        range: destinationInTarget(pair, link),
        unit: unit.index,
        message: `The link destination "${resolved}" is not in the English` +
          (diff.missing.length ? ` (the English has ${listValues(diff.missing.map(l => resolvedDestination(l, references)))}).` : '.'),
        fixes: oneToOne
          ? [{ title: `Use the English destination ${diff.missing[0].destination}`, preferred: !localeOnly,
            edits: [{ range: destinationInTarget(pair, link), newText: pair.s.text.slice(diff.missing[0].destinationRange.start, diff.missing[0].destinationRange.end) }] }]
          : undefined,
      });
    }
  },
};
