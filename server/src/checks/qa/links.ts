/** Link helpers shared by the link checks: which links a half has and how destinations are compared. */
import { normalizeLabel, type LinkToken, type ReferenceDefinitions } from '../../sxs/inline';
import type { UnitPair } from './pair';

export function isXrefDestination(destination: string): boolean {
  return /^xref:/i.test(destination.trim());
}

export interface UrlOptions {
  /** Treat `/en-us/` and `/pl-pl/` path segments as the same. */
  readonly ignoreLocalePath: boolean;
  /** Query parameters to drop before comparing (for example `view`). */
  readonly ignoreQueryParameters: readonly string[];
}

/**
 * A locale path segment (`/en-us/`, `/zh-hans/`, `/sr-latn-rs/`, `/es-419/`): a BCP 47 tag of a language, an optional
 * four-letter script and a region of two letters or three digits, with at least a script or a region (a bare
 * `/en/` is too often a folder name to count).
 */
const LOCALE_SEGMENT = /\/[a-z]{2,3}(?:-[a-z]{4}(?:-(?:[a-z]{2}|\d{3}))?|-(?:[a-z]{2}|\d{3}))(?=[/?#]|$)/gi;

/** A URL with each locale path segment written `/{locale}`, so that `/en-us/` and `/sr-latn-rs/` compare equal. */
export function withoutLocaleSegment(url: string): string {
  return url.replace(LOCALE_SEGMENT, '/{locale}');
}

/** The comparable form of a destination: trimmed, percent-decoded, optionally without locale segment or some query parameters. */
export function normalizeUrl(destination: string, options: UrlOptions): string {
  let url = destination.trim();
  try {
    url = decodeURI(url);
  } catch {
    // Keep it as written.
  }
  if (options.ignoreLocalePath) url = withoutLocaleSegment(url);
  if (options.ignoreQueryParameters.length > 0) {
    const q = url.indexOf('?');
    if (q >= 0) {
      const hash = url.indexOf('#', q);
      const query = url.slice(q + 1, hash < 0 ? undefined : hash);
      const kept = query.split('&').filter(p => !options.ignoreQueryParameters.includes(p.split('=')[0]));
      url = url.slice(0, q) + (kept.length ? '?' + kept.join('&') : '') + (hash < 0 ? '' : url.slice(hash));
    }
  }
  return url;
}

/**
 * Where a link goes: its destination, or for a reference link (`[text][label]`, `[text][]`, `[label]`) the
 * destination its label's definition gives. Two labels that resolve to the same URL are the same link, and a
 * translated label with its own definition is a correct translation.
 */
export function resolvedDestination(link: LinkToken, references: ReferenceDefinitions): string {
  return link.form === 'reference' ? references.get(normalizeLabel(link.destination)) ?? link.destination : link.destination;
}

/** The document range of a target link's destination. */
export function destinationInTarget(pair: UnitPair, link: LinkToken): { start: number; end: number } {
  return { start: pair.tStart + link.destinationRange.start, end: pair.tStart + link.destinationRange.end };
}
