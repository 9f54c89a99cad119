/**
 * The one glob dialect of the project, through `picomatch`: `ignores` in `.sxslint.jsonc`, the globs given to
 * `sxs-lint`, and the `files.exclude` / `search.exclude` patterns of "SxS: Check Workspace" all match here.
 *
 * Syntax (as VS Code's globs): `*` and `?` within one path segment, `**` any number of segments, `{a,b}` choices
 * (nested), `[abc]`, `[a-z]` and `[!abc]` classes, `\` escapes the next character. Dot files match like any other.
 * Paths and patterns are relative and `/`-separated. Pure.
 */
import picomatch from 'picomatch';

const OPTIONS: picomatch.PicomatchOptions = {
  // `*` and `**` match names that begin with a dot, as in VS Code.
  dot: true,
  // `[!abc]` is a negated class (POSIX brackets), not a literal `!`.
  posix: true,
  // `\` is an escape on every platform; callers turn Windows separators into `/` first.
  windows: false,
};

/** True when the text holds a glob character, so it is a pattern rather than a path. */
export function isGlob(text: string): boolean {
  return picomatch.scan(text, OPTIONS).isGlob;
}

/** A matcher for whole relative paths. */
export function globMatcher(pattern: string): (relativePath: string) => boolean {
  return picomatch(pattern, OPTIONS);
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

export interface PathMatcherOptions {
  /**
   * A pattern without a slash matches a file or folder name at any depth, as in `.gitignore` (`includes` is
   * `**\/includes`). Off: every pattern is relative to the root, as in VS Code's `files.exclude`.
   */
  readonly bareNamesAtAnyDepth?: boolean;
}

/**
 * A predicate over relative paths: true when a pattern matches the path or one of its folders, so a pattern that
 * matches a folder excludes everything below it (as `files.exclude` does). A leading `./` or `/` and a trailing
 * `/` of a pattern are ignored.
 */
export function createPathMatcher(patterns: readonly string[], options: PathMatcherOptions = {}): (relativePath: string) => boolean {
  const cleaned = patterns.map(p => p.replace(/^\.?\//, '').replace(/\/+$/, '')).filter(p => p !== '');
  if (cleaned.length === 0) {
    return () => false;
  }
  const anchored = cleaned.filter(p => !options.bareNamesAtAnyDepth || p.includes('/'));
  const bare = cleaned.filter(p => options.bareNamesAtAnyDepth && !p.includes('/'));
  const matchesPath = anchored.length > 0 ? picomatch(anchored, OPTIONS) : () => false;
  const matchesName = bare.length > 0 ? picomatch(bare, OPTIONS) : () => false;
  return relativePath => {
    const segments = relativePath.replace(/^\.\//, '').split('/');
    let prefix = '';
    for (const segment of segments) {
      prefix = prefix === '' ? segment : `${prefix}/${segment}`;
      if (matchesName(segment) || matchesPath(prefix)) {
        return true;
      }
    }
    return false;
  };
}

const ignoresMatchers = new WeakMap<readonly string[], (relativePath: string) => boolean>();

/**
 * True when the `ignores` globs of a configuration take out a path relative to the configuration file's folder:
 * a pattern matches the path or one of its folders, and a pattern without a slash matches a name at any depth.
 * The matcher of a list is built once.
 */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  let matcher = ignoresMatchers.get(globs);
  if (matcher === undefined) {
    matcher = createPathMatcher(globs, { bareNamesAtAnyDepth: true });
    ignoresMatchers.set(globs, matcher);
  }
  return matcher(relativePath.replace(/\\/g, '/'));
}
