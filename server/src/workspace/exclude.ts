/**
 * `files.exclude` / `search.exclude` for "SxS: Check Workspace": which workspace-relative paths the settings
 * exclude. A pattern excludes a path when it matches the path or one of its folders (`**\/node_modules`
 * excludes everything below any node_modules). Entries set to anything but `true` (false, or a `when` clause
 * that needs a sibling file) are not applied. The glob dialect is the project's one (`config/glob.ts`). Pure.
 */
import { createPathMatcher } from '../config/glob';

export type ExcludeSetting = Readonly<Record<string, unknown>> | undefined;

/** A predicate over `/`-separated workspace-relative paths. */
export function createExcludeMatcher(...settings: ExcludeSetting[]): (relativePath: string) => boolean {
  const patterns: string[] = [];
  for (const setting of settings) {
    for (const [pattern, value] of Object.entries(setting ?? {})) {
      if (value === true) {
        patterns.push(pattern);
      }
    }
  }
  return createPathMatcher(patterns);
}

/** Splits a list into batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
