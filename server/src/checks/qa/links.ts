/** Link helpers shared by the link checks: which links a half has and how destinations are compared. */
import { normalizeLabel, type LinkToken, type ReferenceDefinitions } from '../../sxs/inline';
import type { UnitPair } from './pair';

export function isXrefDestination(destination: string): boolean {
  return /^xref:/i.test(destination.trim());
}

export interface UrlOptions {
  /** Treat `/en-us/` and `/pl-pl/` path segments (or one added or dropped) and locale-valued query parameters as the same. */
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

/**
 * Query parameters whose value names a language, market or Windows locale id (`clcid=0x409`, `ui=en-US`, `rs=en-US`,
 * `ad=US`, `mkt=en-us`, `setlang=en`): a translation points them at its own locale and keeps the same page.
 */
const LOCALE_PARAMETERS = new Set(['clcid', 'lcid', 'ui', 'rs', 'ad', 'mkt', 'setlang', 'setmkt', 'lang', 'language', 'locale', 'culture', 'hl', 'gl', 'cc', 'market', 'country', 'region']);
/** A value those parameters take: a language tag (`en`, `en-US`, `zh_Hans`), a region, or a locale id (`0x409`, `1033`). */
const LOCALE_VALUE = /^(?:[a-z]{2,3}(?:[-_](?:[a-z]{4}|[a-z]{2}|\d{3})){0,2}|0x[0-9a-f]{3,4}|\d{4,5})$/i;
/** A language and region tag (`de-DE`, `sr-Latn-RS`): a locale under any parameter name. */
const LOCALE_TAG = /^[a-z]{2,3}-(?:[a-z]{4}-)?(?:[a-z]{2}|\d{3})$/i;

function localeValued(parameter: string): boolean {
  const eq = parameter.indexOf('=');
  if (eq <= 0) return false;
  const value = parameter.slice(eq + 1);
  return LOCALE_PARAMETERS.has(parameter.slice(0, eq).toLowerCase()) ? LOCALE_VALUE.test(value) : LOCALE_TAG.test(value);
}

/**
 * A URL without what a translation localizes in it: its locale path segments are dropped (so `/de-de/pricing` added
 * to an English `/pricing` is the same page, as is `/en-us/` for `/de-de/`) and locale-valued query parameters read
 * `{locale}`. Two URLs equal in this form differ only in locale.
 */
export function withoutLocaleParts(url: string): string {
  let out = url.replace(LOCALE_SEGMENT, '');
  const q = out.indexOf('?');
  if (q < 0) return out;
  const hash = out.indexOf('#', q);
  const query = out.slice(q + 1, hash < 0 ? undefined : hash).split('&');
  if (!query.some(localeValued)) return out;
  out = out.slice(0, q + 1) + query.map(p => localeValued(p) ? `${p.slice(0, p.indexOf('='))}={locale}` : p).join('&') + (hash < 0 ? '' : out.slice(hash));
  return out;
}

/** The comparable form of a destination: trimmed, percent-decoded, optionally without locale parts or some query parameters. */
export function normalizeUrl(destination: string, options: UrlOptions): string {
  let url = destination.trim();
  try {
    url = decodeURI(url);
  } catch {
    // Keep it as written.
  }
  if (options.ignoreLocalePath) url = withoutLocaleParts(url);
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
