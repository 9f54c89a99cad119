/** Glob patterns for `ignores`: `**` any path segments, `*` within a segment, `?` one character, `{a,b}` choices. */

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inBraces = false;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  while (i < g.length) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      i += 2;
      if (g[i] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
      continue;
    }
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBraces = true;
      re += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      re += ')';
    } else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  // A pattern without a slash matches at any depth, as in .gitignore.
  const anyDepth = !g.includes('/');
  return new RegExp('^' + (anyDepth ? '(?:.*/)?' : '') + re + '(?:/.*)?$');
}

/** True when the workspace-relative path (forward slashes) matches any of the globs. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.some(g => globToRegExp(g).test(p));
}
