/**
 * The whole-process floor for `sxs-lint`: a Node process that finds the same markdown files under the folders it
 * is given, reads each and runs htmlparser2's tokenizer over it (no-op callbacks), and prints one number. The
 * benchmark spawns it beside `sxs-lint`, so the ratio between the two is start-up, reading and analysis against
 * start-up, reading and tokenizing alone.
 */
import { Tokenizer } from 'htmlparser2';
import { forEachMarkdownFile } from './markdownFiles';

const noop = (): void => undefined;
const callbacks = {
  onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop,
  oncomment: noop, ondeclaration: noop, onend: noop, onopentagend: noop, onopentagname: noop,
  onprocessinginstruction: noop, onselfclosingtag: noop, ontext: noop, ontextentity: noop,
};

let files = 0;
let bytes = 0;
forEachMarkdownFile(process.argv.slice(2), (_file, text) => {
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(text);
  tokenizer.end();
  files++;
  bytes += text.length;
});
process.stdout.write(`${files} files, ${bytes} characters\n`);
