/**
 * The loose form of an identifier in the translation (SX406): a pattern of the identifier's letters and digits that
 * allows spaces and a lost case, searched by a scan that finds exactly what the pattern's regular expression finds
 * (the unit tests compare them on generated text). Each identifier has its own expression, and most are looked for
 * once or twice in a run: compiling one costs more than the search, and the scan needs no compiling.
 */

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** One character escaped for a regular expression (the patterns are built a character at a time). */
export function escapeChar(c: string): string {
  return '.*+?^${}()|[]\\/'.includes(c) ? '\\' + c : c;
}

const SPACE = '[ \\u00a0]';

/**
 * A pattern for the identifier's letters and digits in order, any case, with spaces allowed where the identifier
 * has a separator or changes from letters to digits or to a capital, and a separator (`.`, `_`) written as a space.
 * It is run with the `giu` flags.
 */
export function loosePattern(identifier: string): string {
  let source = '';
  for (let i = 0; i < identifier.length; i++) {
    const c = identifier[i];
    const prev = i > 0 ? identifier[i - 1] : '';
    if (i > 0 && /[\p{L}\p{N}]/u.test(c) && /[\p{L}\p{N}]/u.test(prev)) {
      const transition = (/\p{L}/u.test(prev) !== /\p{L}/u.test(c)) || (/[a-z]/.test(prev) && /[A-Z]/.test(c));
      if (transition) source += SPACE + '?';
    }
    if (i === 0 && c === '.') source += `\\.${SPACE}*`;
    else if (i === 0 && c === '_') source += `\\\\?_${SPACE}*`;
    else if (c === '.' || c === '_') source += `(?:${SPACE}*\\\\?${escapeChar(c)}${SPACE}*|${SPACE}+)`;
    else if (c === ' ') source += SPACE + '+';
    else if (/[\\/:#+]/.test(c)) source += `${SPACE}*${escapeChar(c)}${SPACE}*`;
    else source += escapeChar(c);
  }
  return source;
}

// The steps of a loose match, one for each piece of `loosePattern`.
/** The character itself. */
const CHAR = 0;
/** An ASCII letter in either case (`k` is also the Kelvin sign and `s` the long s, as the `iu` flags have it). */
const LETTER = 1;
/** `[ \u00a0]?` */
const OPT_SPACE = 2;
/** `[ \u00a0]*` */
const SPACES = 3;
/** `[ \u00a0]+` */
const SOME_SPACES = 4;
/** `\\?` */
const OPT_BACKSLASH = 5;
/** `(?:[ \u00a0]*\\?c[ \u00a0]*|[ \u00a0]+)` for the separator `c`. */
const SEPARATOR = 6;

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

function sameLetter(t: number, c: number): boolean {
  if (t === c || t === (c ^ 32)) return true;
  const lower = c | 32;
  return (t === 0x212a && lower === 107) || (t === 0x17f && lower === 115);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The loose form of an ASCII identifier, searched for as its `loosePattern` with the `giu` flags would be: the same
 * steps tried in the same order (greedy, backtracking), so the first match is the expression's.
 */
export class LooseIdentifier {
  /** The end of the last match `find` answered. */
  end = -1;

  private constructor(private readonly kinds: readonly number[], private readonly codes: readonly number[]) {}

  /** The steps of an identifier, or undefined for one with a character outside ASCII (its expression is used). */
  static of(identifier: string): LooseIdentifier | undefined {
    const kinds: number[] = [];
    const codes: number[] = [];
    const step = (kind: number, code = 0): void => {
      kinds.push(kind);
      codes.push(code);
    };
    for (let i = 0; i < identifier.length; i++) {
      const c = identifier.charCodeAt(i);
      if (c >= 128) return undefined;
      if (i > 0) {
        const p = identifier.charCodeAt(i - 1);
        const letter = isAsciiLetter(c);
        const prevLetter = isAsciiLetter(p);
        if ((letter || isAsciiDigit(c)) && (prevLetter || isAsciiDigit(p))
          && (letter !== prevLetter || (p >= 97 && p <= 122 && c >= 65 && c <= 90))) step(OPT_SPACE);
      }
      if (i === 0 && c === 46) {
        step(CHAR, c);
        step(SPACES);
      } else if (i === 0 && c === 95) {
        step(OPT_BACKSLASH);
        step(CHAR, c);
        step(SPACES);
      } else if (c === 46 || c === 95) step(SEPARATOR, c);
      else if (c === 32) step(SOME_SPACES);
      else if (c === 92 || c === 47 || c === 58 || c === 35 || c === 43) {
        step(SPACES);
        step(CHAR, c);
        step(SPACES);
      } else step(isAsciiLetter(c) ? LETTER : CHAR, c);
    }
    return new LooseIdentifier(kinds, codes);
  }

  /** The start of the first match at or after `from`, its end in `end`; -1 when there is none. */
  find(text: string, from: number): number {
    for (let at = from; at < text.length; at++) {
      const end = this.match(text, 0, at);
      if (end >= 0) {
        this.end = end;
        return at;
      }
    }
    return -1;
  }

  /** The end of a match of the steps from `k` on at `at`, or -1. */
  private match(text: string, k: number, at: number): number {
    const { kinds, codes } = this;
    for (; k < kinds.length; k++) {
      switch (kinds[k]) {
        case CHAR:
          if (text.charCodeAt(at) !== codes[k]) return -1;
          at++;
          break;
        case LETTER:
          if (!sameLetter(text.charCodeAt(at), codes[k])) return -1;
          at++;
          break;
        case OPT_SPACE:
        case OPT_BACKSLASH:
          // With the character first, then without.
          if (kinds[k] === OPT_SPACE ? isSpace(text.charCodeAt(at)) : text.charCodeAt(at) === 92) {
            const end = this.match(text, k + 1, at + 1);
            if (end >= 0) return end;
          }
          break;
        case SPACES:
        case SOME_SPACES:
          return this.spacesThen(text, k + 1, at, kinds[k] === SOME_SPACES ? 1 : 0);
        case SEPARATOR: {
          const c = codes[k];
          let n = 0;
          while (isSpace(text.charCodeAt(at + n))) n++;
          // Spaces, `\` or not, the separator, spaces; the spaces before it are all taken first.
          for (let j = n; j >= 0; j--) {
            const p = at + j;
            if (text.charCodeAt(p) === 92 && text.charCodeAt(p + 1) === c) {
              const end = this.spacesThen(text, k + 1, p + 2, 0);
              if (end >= 0) return end;
            }
            if (text.charCodeAt(p) === c) {
              const end = this.spacesThen(text, k + 1, p + 1, 0);
              if (end >= 0) return end;
            }
          }
          // Or spaces alone.
          return n >= 1 ? this.spacesThen(text, k + 1, at, 1) : -1;
        }
      }
    }
    return at;
  }

  /** At least `min` spaces at `at`, as many as will do (most first), then the steps from `k` on. */
  private spacesThen(text: string, k: number, at: number, min: number): number {
    let n = 0;
    while (isSpace(text.charCodeAt(at + n))) n++;
    for (let j = n; j >= min; j--) {
      const end = this.match(text, k, at + j);
      if (end >= 0) return end;
    }
    return -1;
  }
}
