/**
 * Entry point of `sxs-lint` (`dist/cli.js`, run by `bin/sxs-lint.js`).
 */
import { runCli } from './lint';

runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
}).then(code => {
  process.exitCode = code;
}, error => {
  process.stderr.write(`sxs-lint: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 2;
});
