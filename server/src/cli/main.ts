/**
 * Entry point of `sxs-lint` (`dist/cli.js`, run by `bin/sxs-lint.js`). The same bundle is the script of the
 * worker threads, which must not run the command line again.
 */
import { isMainThread } from 'node:worker_threads';
import { runCli } from './lint';

if (isMainThread) {
  runCli(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
  }).then(code => {
    process.exitCode = code;
  }, error => {
    process.stderr.write(`sxs-lint: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
