/**
 * Worker threads change nothing but the speed: the same output, in the same order, with workers forced on and
 * off, on the whole corpus (through the bundle) and in-process (through the compiled module).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { lintFile, type FileTask } from '../../../server/src/cli/lintFile';
import { lintInWorkers } from '../../../server/src/cli/workers';
import { corpusDir, repoRoot } from '../../helpers/files';
import { HANG_MS } from '../../helpers/deadlines';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');

function corpusFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap(entry => entry.isDirectory() ? corpusFiles(path.join(folder, entry.name)) : entry.name.endsWith('.md') ? [path.join(folder, entry.name)] : []);
}

describe('sxs-lint worker threads', function () {
  this.timeout(HANG_MS);
  it('prints the same JSON for the corpus with workers off and on', () => {
    const run = (concurrency: string) => spawnSync(process.execPath, [bin, '--format=json', '--concurrency', concurrency, corpusDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const single = run('0');
    const parallel = run('2');
    assert.equal(single.status, parallel.status);
    assert.equal(single.stderr, parallel.stderr);
    const findings = JSON.parse(single.stdout) as unknown[];
    assert.ok(findings.length > 0, 'the corpus has findings to compare');
    assert.equal(parallel.stdout, single.stdout);
  });

  it('returns the results of lintInWorkers in task order, equal to the one-thread results', async () => {
    const tasks: FileTask[] = corpusFiles(corpusDir).slice(0, 60).map(file => ({ file, checks: undefined, fix: false }));
    const single = [];
    for (const task of tasks) {
      single.push(await lintFile(task));
    }
    let lastProgress = 0;
    const parallel = await lintInWorkers(tasks, 2, done => {
      assert.ok(done > lastProgress);
      lastProgress = done;
    });
    assert.equal(lastProgress, tasks.length);
    assert.deepEqual(parallel.map(result => result.file), tasks.map(task => task.file));
    assert.deepEqual(parallel, single);
  });
});
