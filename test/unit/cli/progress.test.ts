/**
 * The progress line: on stderr for large trees, and only when stderr is a terminal.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/lint';
import { unit } from '../../helpers/text';

describe('sxs-lint progress line', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-progress-'));
    for (let i = 0; i < 60; i++) {
      writeFileSync(path.join(dir, `f${String(i).padStart(2, '0')}.md`), unit('abcde-101', 'A.', 'B.'));
    }
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(stderrIsTty: boolean, files: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const code = await runCli(['--concurrency', '0', ...files], { stdout: () => undefined, stderr: text => (stderr += text), stderrIsTty });
    return { code, stderr };
  }

  it('counts files on a terminal and clears the line at the end', async () => {
    const { code, stderr } = await run(true, [dir]);
    assert.equal(code, 0);
    assert.match(stderr, /\rsxs-lint: 1\/60 files checked/);
    // eslint-disable-next-line no-control-regex -- the progress line ends with the terminal's erase-line sequence
    assert.match(stderr, /\rsxs-lint: 60\/60 files checked\r\x1b\[K$/);
  });

  it('stays silent when stderr is not a terminal, or the tree is small', async () => {
    assert.equal((await run(false, [dir])).stderr, '');
    assert.equal((await run(true, [path.join(dir, 'f01.md')])).stderr, '');
  });
});
