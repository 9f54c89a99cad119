/**
 * SX410 full-width-in-path: a path or URL of the translation written with a full-width colon, slash or backslash
 * (`C：\Users`, `http：//`, `C:＼Users`), usually from CJK machine translation. Such a path or URL no longer works
 * and no longer links.
 *
 * Reported: a drive letter followed by a full-width colon and a slash or backslash, a URL scheme followed by a
 * full-width colon or slashes, and a full-width slash or backslash between ASCII letters or digits inside a path the
 * English has with ASCII. The fix writes the ASCII characters back; it is offered only when the English has the
 * same path or URL in ASCII, so the result is certain.
 */
import type { Check, Fix } from '../types';
import { overlapsProtected } from './plainText';

const FULL_WIDTH = /[\uff1a\uff0f\uff3c]/;
/** A path or URL token: ASCII without spaces and closing brackets, and the full-width path characters. */
const TOKEN = /[!-~\uff1a\uff0f\uff3c]+/g;
/** Damage that is damage whatever the English says. */
const DRIVE_OR_SCHEME = /(?:^|[^A-Za-z0-9])[A-Za-z]\uff1a[\\/\uff0f\uff3c]|(?:https?|ftp|file)(?:\uff1a[/\uff0f]|:[\uff0f]|\uff1a)/i;
/** A full-width separator between ASCII letters or digits: `C:＼Users`, `wwwroot／css`. */
const INNER = /[A-Za-z0-9_.%~:][\uff0f\uff3c]+[A-Za-z0-9_.%]/;

/** A path, not `TCP/IP` or `read/write`: two separators, a file name, or a root (`~/`, `./`, `%AppData%\`, `/`). */
const PATH = /[\\/].*[\\/]|\.[A-Za-z][A-Za-z0-9]{0,5}(?![A-Za-z0-9])|^[~.%\\/]/;

function ascii(s: string): string {
  return s.replace(/\uff1a/g, ':').replace(/\uff0f/g, '/').replace(/\uff3c/g, '\\');
}

/** The token without the punctuation that ends a sentence or closes a bracket around it. */
function trimmed(token: string): string {
  return token.replace(/^[([{"'<*_]+/, '').replace(/[)\]}"'>*_.,;!?]+$/, '');
}

export const fullWidthInPath: Check = {
  id: 'SX410',
  alias: 'full-width-in-path',
  description: 'A path or URL of the translation has a full-width colon, slash or backslash (C：\\Users, http：//).',
  tags: ['placeables', 'characters'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair || !FULL_WIDTH.test(pair.t.text)) return;
    const text = pair.t.text;
    const english = pair.s.text;
    for (const m of text.matchAll(TOKEN)) {
      if (!FULL_WIDTH.test(m[0])) continue;
      const token = trimmed(m[0]);
      if (token.length < 3 || !/[A-Za-z]/.test(token)) continue;
      const start = m.index + m[0].indexOf(token);
      const end = start + token.length;
      const fixed = ascii(token);
      const inEnglish = english.includes(fixed);
      // `UI：` and `／` between words of CJK prose are punctuation; only a drive, a scheme, or a path the English has.
      if (!DRIVE_OR_SCHEME.test(token) && !(INNER.test(token) && inEnglish && PATH.test(fixed))) continue;
      if (overlapsProtected(pair.t, start, end)) continue;
      const range = { start: pair.tStart + start, end: pair.tStart + end };
      const fixes: Fix[] | undefined = inEnglish
        ? [{ title: `Write ${fixed} with ASCII characters, as in the English`, preferred: true, edits: [{ range, newText: fixed }] }]
        : undefined;
      ctx.report({
        range,
        unit: unit.index,
        message: inEnglish
          ? `Full-width characters in a path or URL: "${token}" for "${fixed}" of the English.`
          : `Full-width characters in a path or URL: "${token}" (in ASCII "${fixed}").`,
        fixes,
      });
    }
  },
};
