/**
 * `.gitignore` patterns in their common syntax: comments, `!` negation, `/` anchors, trailing `/` for folders,
 * `*`, `?`, `[…]` and `**`. Pure: the caller reads the files and keeps one rule list per folder.
 */
import { globSource } from './glob';

export interface IgnoreRule {
  readonly regexp: RegExp;
  readonly negate: boolean;
  readonly directoryOnly: boolean;
}

/** The rules of one `.gitignore` file, in file order. */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    // Trailing spaces are dropped unless escaped with a backslash.
    let line = rawLine.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) {
      continue;
    }
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    let directoryOnly = false;
    if (line.endsWith('/')) {
      directoryOnly = true;
      line = line.slice(0, -1);
    }
    if (line === '') {
      continue;
    }
    // A slash at the start or in the middle anchors the pattern to the folder of the .gitignore file.
    const anchored = line.includes('/');
    if (line.startsWith('/')) {
      line = line.slice(1);
    }
    const source = globSource(line);
    rules.push({ regexp: new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`), negate, directoryOnly });
  }
  return rules;
}

/** The rules of one `.gitignore` and the folder it sits in. */
export interface IgnoreFile {
  /** Absolute folder, `/`-separated, without a trailing slash. */
  readonly folder: string;
  readonly rules: readonly IgnoreRule[];
}

/**
 * Whether a path is ignored by the `.gitignore` files that apply to it (outermost first): the last matching rule
 * wins, and deeper files come later. `absolutePath` is `/`-separated.
 */
export function isIgnored(files: readonly IgnoreFile[], absolutePath: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const file of files) {
    const prefix = file.folder.endsWith('/') ? file.folder : `${file.folder}/`;
    if (!absolutePath.startsWith(prefix)) {
      continue;
    }
    const relative = absolutePath.slice(prefix.length);
    for (const rule of file.rules) {
      if (rule.directoryOnly && !isDirectory) {
        continue;
      }
      if (rule.regexp.test(relative)) {
        ignored = !rule.negate;
      }
    }
  }
  return ignored;
}
