/**
 * `sxs-lint --fix` is killed at many moments while it fixes a tree: every file is left whole (the faulty bytes or
 * the fixed bytes, never a mix or a truncated file), and a second run finishes the work. A file that changes on
 * disk while it is being fixed is not overwritten.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { allChecks } from '../../../server/src/checks/registry';
import { ChangedOnDiskError, writeAtomically } from '../../../server/src/cli/lintFile';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusDir, repoRoot } from '../../helpers/files';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');
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
  this.timeout(180000);
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
    const result = spawnSync(process.execPath, [bin, '--fix', '--concurrency', 'off', dir], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(assertWhole(), { fixed: copies, faulty: 0 });
  });

  it('leaves every file whole when killed at any moment, and a second run finishes', async () => {
    const seen = { partly: 0 };
    for (const delay of [60, 150, 250, 350, 450, 600, 800, 1000]) {
      reset();
      const child = spawn(process.execPath, [bin, '--fix', '--concurrency', 'off', dir], { stdio: 'ignore' });
      const exited = new Promise(resolve => child.once('exit', resolve));
      await new Promise(resolve => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const state = assertWhole();
      if (state.fixed > 0 && state.faulty > 0) {
        seen.partly++;
      }
      const again = spawnSync(process.execPath, [bin, '--fix', '--concurrency', 'off', dir], { encoding: 'utf8' });
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(assertWhole(), { fixed: copies, faulty: 0 }, `after a kill at ${delay} ms and a second run`);
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
