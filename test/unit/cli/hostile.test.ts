/**
 * sxs-lint on hostile input and hostile readers, run as users run it (`node bin/sxs-lint.js` over the built
 * bundle): a 10 MB line of unit openers with about a million findings, and a reader that goes away after the
 * first line (`sxs-lint … | head -n 1`).
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { openersWithText } from '../../fuzz/hostile';
import { corpusDir, repoRoot } from '../../helpers/files';
import { HANG_MS } from '../../helpers/deadlines';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');

/** What a crash leaves on stderr: a stack frame, an unhandled error event or a JavaScript error name. */
const crash = /\n\s+at |Unhandled 'error' event|EPIPE|RangeError|TypeError|Maximum call stack/;

describe('sxs-lint on hostile input', function () {
  this.timeout(HANG_MS);
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-lint-hostile-'));
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  // SARIF: the largest report, about 760 MB for these million findings, more than one JavaScript string holds.
  it('reports the findings of a 10 MB line of 330,000 unit openers as SARIF without a stack overflow', async () => {
    const file = path.join(dir, 'openers.md');
    writeFileSync(file, openersWithText(330_000));
    // The report (hundreds of MB) is counted and thrown away; only its end is kept.
    const child = spawn(process.execPath, [bin, '--format', 'sarif', '--concurrency', '0', file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let bytes = 0;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      tail = (tail + chunk.subarray(Math.max(0, chunk.length - 200)).toString('utf8')).slice(-200);
    });
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', code => resolve(code));
    });
    assert.doesNotMatch(stderr, crash);
    assert.equal(status, 1, stderr);
    assert.ok(bytes > 100 * 1024 * 1024, `only ${bytes} bytes of SARIF`);
    assert.match(tail, /\}\n {6}\]\n {4}\}\n {2}\]\n\}\n$/);
  });

  it('exits quietly with its own status when the reader goes away after the first line', async () => {
    // The corpus report is far larger than a pipe's buffer, so the reader leaves while sxs-lint is still writing.
    const child = spawn(process.execPath, [bin, '--concurrency', '0', corpusDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let firstLine = '';
    await new Promise<void>(resolve => {
      let text = '';
      const onData = (chunk: Buffer): void => {
        text += chunk.toString('utf8');
        const end = text.indexOf('\n');
        if (end >= 0) {
          firstLine = text.slice(0, end);
          child.stdout.off('data', onData);
          child.stdout.destroy();
          resolve();
        }
      };
      child.stdout.on('data', onData);
    });
    const status = await new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    assert.match(firstLine, /^.+\.md:\d+:\d+ (error|warning|info) SX\d{3} /);
    assert.doesNotMatch(stderr, crash);
    // The corpus has errors: the status is the run's own, as if the whole report had been read.
    assert.equal(status, 1, stderr);
  });
});
