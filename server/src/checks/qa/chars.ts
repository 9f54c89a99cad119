/**
 * Unicode character classes for the QA checks' scanners, without a regular expression per character: each BMP code
 * unit is classified by a regular expression once per process and remembered in a table.
 */

/** Classes: letter (`\p{L}`), mark (`\p{M}`), anything else. */
export const OTHER = 0;
export const LETTER = 1;
export const MARK = 2;

const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const LOWER_RE = /^\p{Ll}$/u;

// 0 = not classified yet, else class + 1; bit 4 (value 16) set for a lower-case letter. A table of a pure function
// of the code unit, filled on first use (filling it at load takes about 60 ms): it holds nothing of any document.
const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  const kind = LETTER_RE.test(ch) ? LETTER : MARK_RE.test(ch) ? MARK : OTHER;
  return (kind + 1) | (LOWER_RE.test(ch) ? 16 : 0);
}

function entry(cp: number): number {
  if (cp < 0x10000) {
    let e = bmp[cp];
    if (e === 0) {
      e = classify(String.fromCharCode(cp));
      bmp[cp] = e;
    }
    return e;
  }
  // Astral characters are rare: classified each time.
  return classify(String.fromCodePoint(cp));
}

/**
 * The code point at `i` read as a regular expression with the `u` flag reads it within `[0, end)`: a surrogate pair
 * is one code point, a lone surrogate is itself.
 */
export function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** `LETTER`, `MARK` or `OTHER` for a code point. */
export function classOf(cp: number): number {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? LETTER : OTHER;
  return (entry(cp) & 15) - 1;
}

/** True for `\p{Ll}`. */
export function isLowerLetter(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return (entry(cp) & 16) !== 0;
}

// Lower-case form of each BMP code unit when it is one code unit (0 = not computed, 0xffff = longer or unknown).
const lower = new Uint16Array(0x10000);

/**
 * The lower-case form of a BMP code unit on its own, or -1 when it is not a single code unit (U+0130) or `c` is a
 * surrogate. The first character of a word lower-cases the same way alone as in the word.
 */
export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  let l = lower[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : 0xffff;
    lower[c] = l;
  }
  return l === 0xffff ? -1 : l;
}
