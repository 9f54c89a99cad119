/**
 * Which locale a document is in. In order: `ms.contentlocale` in its front matter (the parser reads it into
 * `SxsDocument.locale`); else a locale suffix of a folder in its path, as localized docs repositories are named
 * (`docs.microsoft.com-nuget.de-de`, `AspNetCore.Docs.pl-pl`, `azure-docs-pr.zh-tw`); else the `sxs.locale` setting.
 * Pure: the caller passes the path or URI and the setting; nothing here reads files or the editor.
 */
import type { SxsDocument } from '../../sxs/types';

/** `xx-yy`, `xxx-yy`, `xx-Scrp-yy` (language, optional script, region). */
const TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?-([a-z]{2}|\d{3})$/i;

/** A locale in the usual case (`de-DE`, `zh-Hant-TW`), or undefined when the text is not a locale tag. */
export function normalizeLocale(value: string | undefined): string | undefined {
  const text = value?.trim().replace(/_/g, '-');
  if (!text) return undefined;
  const m = TAG.exec(text);
  if (m) return `${m[1].toLowerCase()}${m[2] ? '-' + m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : ''}-${m[3].toUpperCase()}`;
  return /^[a-z]{2,3}$/i.test(text) ? text.toLowerCase() : undefined;
}

/** A folder name that ends in a locale after a dot: `….de-de`, `…-pr.zh-tw`. */
const FOLDER_SUFFIX = /\.([a-z]{2,3}(?:-[a-z]{4})?-(?:[a-z]{2}|\d{3}))$/i;

/**
 * The locale of a localized repository folder in a file path or `file:` URI: the folder nearest the file whose name
 * ends in `.xx-yy`. Undefined when no folder has one (the file name itself is not considered).
 */
export function localeFromPath(pathOrUri: string | undefined): string | undefined {
  if (!pathOrUri) return undefined;
  let text = pathOrUri;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    // A URI: its path, decoded.
    text = text.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?/i, '').replace(/[?#].*$/, '');
    try {
      text = decodeURIComponent(text);
    } catch {
      // A malformed escape: read the path as it is.
    }
  }
  const segments = text.split(/[\\/]+/).filter(s => s.length > 0);
  for (let i = segments.length - 2; i >= 0; i--) {
    const m = FOLDER_SUFFIX.exec(segments[i]);
    if (m) return normalizeLocale(m[1]);
  }
  return undefined;
}

export interface LocaleSources {
  /** `ms.contentlocale` of the front matter. */
  readonly frontMatter?: string;
  /** The document's file path or URI. */
  readonly path?: string;
  /** The configured locale (`sxs.locale`), used when neither of the others gives one. */
  readonly setting?: string;
}

/** The document's locale: front matter, else path, else setting; undefined when none gives one. */
export function resolveLocale(sources: LocaleSources): string | undefined {
  return normalizeLocale(sources.frontMatter) ?? localeFromPath(sources.path) ?? normalizeLocale(sources.setting);
}

/** The locale the checks should use for a document, given a fallback from the path or the setting. */
export function fallbackLocale(path: string | undefined, setting: string | undefined): string | undefined {
  return localeFromPath(path) ?? normalizeLocale(setting);
}

/**
 * The document as the checks should see it: itself when its front matter names a locale or there is no fallback,
 * otherwise a copy whose `locale` is the fallback (the checks read `doc.locale`).
 */
export function withFallbackLocale(doc: SxsDocument, fallback: string | undefined): SxsDocument {
  if (fallback === undefined || normalizeLocale(doc.locale) !== undefined) return doc;
  return { ...doc, locale: fallback };
}
