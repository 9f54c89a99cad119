/**
 * `sxs-lint --fix` is killed at many moments while it fixes a tree: every file is left whole (the faulty bytes or
 * the fixed bytes, never a mix or a truncated file), and a second run finishes the work. The moments are steps
 * of the run's own work, never times, so the test holds on a busy machine. A file that changes on
 * disk while it is being fixed is not overwritten.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { allChecks } from '../../../server/src/checks/registry';
import { ChangedOnDiskError, writeAtomically } from '../../../server/src/cli/lintFile';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusDir, repoRoot } from '../../helpers/files';
import { HANG_MS } from '../../helpers/deadlines';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');
const killAtStep = path.join(__dirname, '..', '..', 'helpers', 'killAtStep.js');
const sources = [
  'pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md',
  'pl-pl/aspnetcore-2018/blob/live/aspnet/whitepapers/aspnet4/overview.md',
  'pl-pl/nuget/docs/reference/nuspec.md',
  'ja-jp/nuget/docs/reference/nuspec.md',
];

/** A copy of a real file whose every tenth unit has a wrong English ID (SX101, fixed by its preferred fix). */
function faulty(original: string): string {
  const doc = parseSxs(original);
  let text = original;
  for (const unit of [...doc.units].reverse()) {
    if (unit.index % 10 === 3 && unit.sourceIdRange && !unit.broken) {
      text = text.slice(0, unit.sourceIdRange.start) + `${unit.idParts.prefix}-9${unit.index}` + text.slice(unit.sourceIdRange.end);
    }
  }
  return text;
}

describe('sxs-lint --fix under a kill', function () {
  this.timeout(HANG_MS);
  let dir: string;
  const originals = sources.map(file => readFileSync(path.join(corpusDir, file), 'utf8'));
  const broken = originals.map(faulty);
  const copies = 24;

  function reset(): void {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.md') || name.endsWith('.tmp')) {
        rmSync(path.join(dir, name));
      }
    }
    for (let i = 0; i < copies; i++) {
      writeFileSync(path.join(dir, `file-${i}.md`), broken[i % broken.length]);
    }
  }

  function assertWhole(): { fixed: number; faulty: number } {
    let fixed = 0;
    let unfixed = 0;
    for (let i = 0; i < copies; i++) {
      const text = readFileSync(path.join(dir, `file-${i}.md`), 'utf8');
      if (text === originals[i % originals.length]) {
        fixed++;
      } else if (text === broken[i % broken.length]) {
        unfixed++;
      } else {
        assert.fail(`file-${i}.md is neither the faulty file nor the fixed one (${text.length} characters)`);
      }
    }
    return { fixed, faulty: unfixed };
  }

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-kill-'));
    // Only SX101 runs, so the fixed file is exactly the original.
    const checks = Object.fromEntries(allChecks.map(check => [check.id, check.id === 'SX101' ? 'error' : 'off']));
    writeFileSync(path.join(dir, '.sxslint.jsonc'), JSON.stringify({ checks }));
    for (let i = 0; i < originals.length; i++) {
      assert.notEqual(broken[i], originals[i], `${sources[i]} has faults injected`);
    }
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fixes every file when it is not killed', () => {
    reset();
    const result = fix();
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(assertWhole(), { fixed: copies, faulty: 0 });
  });

  const fix = (extra: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [...extra, bin, '--fix', '--concurrency', 'off', dir], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('leaves every file whole when killed at each step of its writes, and a later run finishes', () => {
    // The run kills itself at the n-th file system step on the files (see killAtStep): the moments are the same
    // on a quiet machine and a busy one. Each run goes on from the tree the killed one before it left.
    reset();
    const seen = { partly: 0 };
    for (let step = 1; step <= 9; step++) {
      const killed = fix(['--require', killAtStep], { SXS_KILL_AT: String(step), SXS_KILL_FILES: 'file-' });
      assert.equal(killed.signal, 'SIGKILL', `the run was killed at step ${step} (status ${killed.status}; ${killed.stderr})`);
      const state = assertWhole();
      if (state.fixed > 0 && state.faulty > 0) {
        seen.partly++;
      }
    }
    assert.ok(seen.partly > 0, 'no kill left the tree partly fixed');
    const again = fix();
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(assertWhole(), { fixed: copies, faulty: 0 });
  });

  it('leaves every file whole when killed from outside while it writes, and a second run finishes', async () => {
    // SIGKILL from another process, sent when the run has made its k-th change in the folder: events, not times,
    // choose the moments, so a slow start on a busy machine only moves them later.
    const seen = { partly: 0 };
    for (const k of [2, 9, 30, 70]) {
      reset();
      const child = spawn(process.execPath, [bin, '--fix', '--concurrency', 'off', dir], { stdio: 'ignore' });
      const exited = new Promise(resolve => child.once('exit', resolve));
      let events = 0;
      const watcher = watch(dir, () => {
        if (++events === k) child.kill('SIGKILL');
      });
      await exited;
      watcher.close();
      const state = assertWhole();
      if (state.fixed > 0 && state.faulty > 0) {
        seen.partly++;
      }
      const again = fix();
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(assertWhole(), { fixed: copies, faulty: 0 }, `after a kill at the ${k}th change in the folder and a second run`);
    }
    // The kills must have landed while the work was under way at least once, or the test proves nothing.
    assert.ok(seen.partly > 0, 'no kill landed in the middle of the run');
  });

  it('does not overwrite a file that changed on disk while it was being fixed', async () => {
    // A folder of its own: a run killed above may rightly have left its temporary file behind.
    const own = mkdtempSync(path.join(tmpdir(), 'sxs-changed-'));
    const file = path.join(own, 'changing.md');
    writeFileSync(file, 'read version');
    const read = readFileSync(file);
    writeFileSync(file, 'edited meanwhile');
    await assert.rejects(writeAtomically(file, 'fixed version', read), ChangedOnDiskError);
    assert.equal(readFileSync(file, 'utf8'), 'edited meanwhile');
    assert.deepEqual(readdirSync(own).filter(name => name.endsWith('.tmp')), []);
    await writeAtomically(file, 'fixed version', readFileSync(file));
    assert.equal(readFileSync(file, 'utf8'), 'fixed version');
    rmSync(own, { recursive: true, force: true });
  });
});
