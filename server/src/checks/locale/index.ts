/** Locale detection and the per-language conventions table the QA checks read. */
import type { SxsDocument } from '../../sxs/types';
import { conventionsFor, type LocaleConventions } from './conventions';

export * from './conventions';
export * from './detect';

/** The conventions of the document's locale (`doc.locale`: front matter, or the fallback the caller gave). */
export function documentConventions(doc: SxsDocument): LocaleConventions {
  return conventionsFor(doc.locale);
}

/** The language subtag of the document's locale, lower case (`pl`, `zh`), or undefined. */
export function documentLanguage(doc: SxsDocument): string | undefined {
  const locale = doc.locale?.trim();
  return locale ? locale.split(/[-_]/)[0].toLowerCase() : undefined;
}
