/**
 * The markdownlint process the benchmark compares `sxs-lint` with: finds the same markdown files under the folders
 * it is given, reads each and lints it with markdownlint's default configuration, and prints how many files have
 * findings. markdownlint ships no command line of its own here, so this is the smallest one around its API.
 */
import { lint } from 'markdownlint/sync';
import { forEachMarkdownFile } from './markdownFiles';

let files = 0;
let withFindings = 0;
forEachMarkdownFile(process.argv.slice(2), (file, text) => {
  const results = lint({ strings: { [file]: text } });
  files++;
  if ((results[file]?.length ?? 0) > 0) withFindings++;
});
process.stdout.write(`${files} files, ${withFindings} with findings\n`);
