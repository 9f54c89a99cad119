/**
 * Glob patterns as regular expressions over `/`-separated relative paths: `*`, `**`, `?`, `[abc]`, `[!abc]`,
 * `{a,b}` and `\` escapes. Shared by the command-line globs and `.gitignore` patterns. Pure.
 */

/** True when the text holds a glob character, so it is a pattern rather than a path. */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** Splits the inside of `{…}` at its top-level commas. */
function splitAlternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
    } else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

/** The regular-expression source of a glob (without anchors). */
export function globSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i]);
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        let j = i;
        while (pattern[j] === '*') {
          j++;
        }
        const atSegmentEnd = j === pattern.length || pattern[j] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (j === pattern.length) {
            // `a/**`: everything inside a.
            out += '.*';
            i = j - 1;
          } else {
            // `**/`: zero or more whole segments.
            out += '(?:[^/]*/)*';
            i = j;
          }
          continue;
        }
        i = j - 1;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) {
        body = body.slice(1);
      }
      body = body.replace(/[\\\]^]/g, '\\$&');
      out += negate ? `[^/${body}]` : `[${body}]`;
      i = close;
    } else if (c === '{') {
      const close = closingBrace(pattern, i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitAlternatives(pattern.slice(i + 1, close)).map(globSource).join('|')})`;
      i = close;
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

/** A matcher for whole relative paths (`/`-separated). */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${globSource(pattern)}$`);
}

/** The leading segments of a pattern that hold no glob character (the folder to search), and the rest. */
export function splitGlobBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  let i = 0;
  while (i < segments.length - 1 && !isGlob(segments[i])) {
    i++;
  }
  const base = segments.slice(0, i).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base, rest: segments.slice(i).join('/') };
}
