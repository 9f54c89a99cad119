/**
 * The markdownlint process the benchmark compares `sxs-lint` with: finds the same markdown files under the folders
 * it is given, reads each and lints it with markdownlint's default configuration, and prints how many files have
 * findings. markdownlint ships no command line of its own here, so this is the smallest one around its API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint } from 'markdownlint/sync';

let files = 0;
let withFindings = 0;
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') {
      walk(full);
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      const results = lint({ strings: { [full]: readFileSync(full).toString('utf8') } });
      files++;
      if ((results[full]?.length ?? 0) > 0) {
        withFindings++;
      }
    }
  }
};
for (const folder of process.argv.slice(2)) {
  walk(folder);
}
process.stdout.write(`${files} files, ${withFindings} with findings\n`);
