/**
 * The whole-process floor for `sxs-lint`: a Node process that finds the same markdown files under the folders it
 * is given, reads each and runs htmlparser2's tokenizer over it (no-op callbacks), and prints one number. The
 * benchmark spawns it beside `sxs-lint`, so the ratio between the two is start-up, reading and analysis against
 * start-up, reading and tokenizing alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Tokenizer } from 'htmlparser2';

const noop = (): void => undefined;
const callbacks = {
  onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop,
  oncomment: noop, ondeclaration: noop, onend: noop, onopentagend: noop, onopentagname: noop,
  onprocessinginstruction: noop, onselfclosingtag: noop, ontext: noop, ontextentity: noop,
};

let files = 0;
let bytes = 0;
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') {
      walk(full);
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      const text = readFileSync(full).toString('utf8');
      const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
      tokenizer.write(text);
      tokenizer.end();
      files++;
      bytes += text.length;
    }
  }
};
for (const folder of process.argv.slice(2)) {
  walk(folder);
}
process.stdout.write(`${files} files, ${bytes} characters\n`);
