/**
 * The markdown files under the folders a benchmark process is given, found the way `sxs-lint` finds them (every
 * `.md` and `.markdown` file, skipping `.git` and `node_modules`), each handed over with its text read as UTF-8.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export function forEachMarkdownFile(folders: readonly string[], visit: (file: string, text: string) => void): void {
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') {
        walk(full);
      } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
        visit(full, readFileSync(full).toString('utf8'));
      }
    }
  };
  for (const folder of folders) walk(folder);
}
