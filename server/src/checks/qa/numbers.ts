/**
 * Number extraction for SX401: numbers in visible text (protected tokens excluded), read so that locale formats
 * compare equal: `30,000` = `30 000` = `30000`, `3.5` = `3,5`, full-width digits, and dates whose parts are
 * reordered (`8/21/2019` = `21.08.2019`).
 */

export interface NumberToken {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** All digits with separators removed and leading zeros dropped. */
  readonly joined: string;
  /** The digit groups' values, sorted. */
  readonly parts: string;
  /** The single value, for numbers without separators. */
  readonly value: number | undefined;
}

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

// A character class test runs in the regular expression engine, faster than a loop over char codes.
const DIGIT = /[0-9\uff10-\uff19]/;

function hasDigit(s: string): boolean {
  return DIGIT.test(s);
}

function asciiDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : s[i];
  }
  return out;
}

function stripZeros(digits: string): string {
  const t = digits.replace(/^0+(?=\d)/, '');
  return t;
}

const SEPARATORS = new Set(['.', ',', '/', '\u00a0', '\u202f', ' ', '\u2009', "'", '’', '．', '，']);

/** Extracts numbers from visible text. A space-like separator joins only a following group of exactly three digits. */
export function extractNumbers(visible: string): NumberToken[] {
  const out: NumberToken[] = [];
  if (!hasDigit(visible)) return out;
  const text = visible.replace(/[\u200e\u200f\u061c]/g, '');
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const groups: string[] = [];
    for (;;) {
      const g = i;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      groups.push(asciiDigits(text.slice(g, i)));
      const sep = text[i];
      if (i + 1 < n && SEPARATORS.has(sep) && isDigitCode(text.charCodeAt(i + 1))) {
        if (sep === ' ' || sep === '\u00a0' || sep === '\u202f' || sep === '\u2009' || sep === "'" || sep === '’') {
          let k = i + 1;
          while (k < n && isDigitCode(text.charCodeAt(k))) k++;
          if (k - (i + 1) !== 3 || groups[groups.length - 1].length > 3) break;
        }
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    const parts = groups.map(stripZeros).sort().join('|');
    out.push({
      raw, start, end: i, joined: stripZeros(groups.join('')), parts,
      value: groups.length === 1 ? Number(groups[0]) : undefined,
    });
  }
  return out;
}

/** Two numbers are the same when their digits are the same, or their groups are (reordered dates). */
export function sameNumber(a: NumberToken, b: NumberToken): boolean {
  return a.joined === b.joined || a.parts === b.parts;
}

/** Matches numbers of the English with numbers of the translation; returns the unmatched ones of each side. */
export function compareNumbers(source: readonly NumberToken[], target: readonly NumberToken[]): { missing: NumberToken[]; extra: NumberToken[] } {
  const used = new Array<boolean>(target.length).fill(false);
  const missing: NumberToken[] = [];
  for (const s of source) {
    let found = -1;
    for (let k = 0; k < target.length; k++) {
      if (!used[k] && sameNumber(s, target[k])) {
        found = k;
        break;
      }
    }
    if (found >= 0) used[found] = true;
    else missing.push(s);
  }
  const extra = target.filter((_, k) => !used[k]);
  return { missing, extra };
}
