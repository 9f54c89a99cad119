/**
 * `files.exclude` / `search.exclude` for "SxS: Check Workspace": which workspace-relative paths the settings
 * exclude. A pattern excludes a path when it matches the path or one of its folders (`**\/node_modules`
 * excludes everything below any node_modules). Entries set to anything but `true` (false, or a `when` clause
 * that needs a sibling file) are not applied. Pure.
 */
import { globToRegExp } from '../cli/glob';

export type ExcludeSetting = Readonly<Record<string, unknown>> | undefined;

/** A predicate over `/`-separated workspace-relative paths. */
export function createExcludeMatcher(...settings: ExcludeSetting[]): (relativePath: string) => boolean {
  const patterns: RegExp[] = [];
  for (const setting of settings) {
    for (const [pattern, value] of Object.entries(setting ?? {})) {
      if (value === true) {
        patterns.push(globToRegExp(pattern.replace(/^\.?\//, '').replace(/\/$/, '')));
      }
    }
  }
  return relativePath => {
    if (patterns.length === 0) {
      return false;
    }
    const segments = relativePath.split('/');
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (patterns.some(pattern => pattern.test(prefix))) {
        return true;
      }
    }
    return false;
  };
}

/** Splits a list into batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
