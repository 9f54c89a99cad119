/**
 * Entry point of `sxs-lint` (`dist/cli.js`, run by `bin/sxs-lint.js`). The same bundle is the script of the
 * worker threads, which must not run the command line again.
 */
import { isMainThread } from 'node:worker_threads';
import { runCli } from './lint';

/**
 * A writer for stdout or stderr that goes quiet once the reader has gone away (`sxs-lint … | head -n 1`): the
 * EPIPE is not an error of the check, so the exit status stays the one the run answers, with no stack trace.
 * Any other write error stops the process with status 2 and a one-line message. When the stream's buffer is
 * full (a pipe whose reader is behind), the write answers a promise that settles once it has drained.
 */
function quietWriter(stream: NodeJS.WriteStream): (text: string) => void | Promise<void> {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    gone = true;
    if (error.code === 'EPIPE') {
      return;
    }
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`sxs-lint: cannot write the output: ${error.code ?? error.message}\n`);
      } catch {
        // stderr is gone as well.
      }
    }
    process.exit(2);
  });
  return text => {
    if (gone || stream.write(text)) {
      return;
    }
    return new Promise<void>(resolve => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
      stream.on('close', done);
    });
  };
}

if (isMainThread) {
  const stdout = quietWriter(process.stdout);
  const stderrWriter = quietWriter(process.stderr);
  // Messages are few and short: they never wait for the reader.
  const stderr = (text: string): void => void stderrWriter(text);
  runCli(process.argv.slice(2), {
    stdout,
    stderr,
    stderrIsTty: process.stderr.isTTY === true,
  }).then(code => {
    process.exitCode = code;
  }, error => {
    stderr(`sxs-lint: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
