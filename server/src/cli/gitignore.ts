/**
 * `.gitignore` files through the `ignore` package, which implements git's own rules (comments, escapes, trailing
 * spaces, `!` negation, `/` anchors, trailing `/` for folders, `*`, `?`, `[…]`, `**`, and a file never re-included
 * when a folder above it is excluded). This module adds what git does across files: each `.gitignore` applies to
 * paths relative to its own folder, and a deeper file's rules come after an outer file's. Pure: the caller reads
 * the files.
 */
import ignore, { type Ignore } from 'ignore';

/** The rules of one `.gitignore` file. */
export function parseGitignore(text: string): Ignore {
  return ignore({ allowRelativePaths: false }).add(text);
}

/** The rules of one `.gitignore` and the folder it sits in. */
export interface IgnoreFile {
  /** Absolute folder, `/`-separated, without a trailing slash. */
  readonly folder: string;
  readonly rules: Ignore;
}

/**
 * Whether a path is ignored by the `.gitignore` files that apply to it (outermost first): the last matching rule
 * wins, and deeper files come later. `absolutePath` is `/`-separated.
 */
export function isIgnored(files: readonly IgnoreFile[], absolutePath: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const file of files) {
    const prefix = file.folder.endsWith('/') ? file.folder : `${file.folder}/`;
    if (!absolutePath.startsWith(prefix) || absolutePath.length === prefix.length) {
      continue;
    }
    const relative = absolutePath.slice(prefix.length);
    // `ignore` tells a folder from a file by a trailing slash.
    const result = file.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) {
      ignored = true;
    } else if (result.unignored) {
      ignored = false;
    }
  }
  return ignored;
}
