/**
 * `sxs-lint --fix`: the pure fix loop, and the command on a copy of a real file with injected faults (bytes
 * before and after, untouched files keep their mtime).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { qaChecks } from '../../../server/src/checks/qa';
import { allChecks } from '../../../server/src/checks/registry';
import type { RunFinding } from '../../../server/src/checks/run';
import { MAX_FIX_PASSES, applyEdits, fixText, selectFixes } from '../../../server/src/checks/fix';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusDir, repoRoot } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');
const corpusFile = path.join(corpusDir, 'pl-pl', 'aspnetcore-2018', 'blob', 'live', 'aspnet', 'web-pages', 'overview',
  'ui-layouts-and-themes', '9-working-with-images.md');

function finding(start: number, end: number, newText: string, preferred = true): RunFinding {
  return {
    code: 'SX101', severity: 'error', message: 'm', range: { start, end },
    fixes: [{ title: 't', edits: [{ range: { start, end }, newText }], preferred }],
  };
}

describe('sxs-lint --fix', () => {
  describe('the fix loop', () => {
    it('takes preferred fixes only, and leaves out a fix that overlaps one already taken', () => {
      const { edits, codes } = selectFixes([finding(0, 2, 'X'), finding(1, 3, 'Y'), finding(3, 4, 'Z'), finding(5, 6, 'W', false)]);
      assert.deepEqual(edits.map(e => e.newText), ['X', 'Z']);
      assert.deepEqual(codes, ['SX101', 'SX101']);
      assert.equal(applyEdits('abcdefg', edits), 'XcZefg');
    });

    it('treats two insertions at one place as overlapping', () => {
      assert.equal(selectFixes([finding(2, 2, 'a'), finding(2, 2, 'b')]).edits.length, 1);
    });

    it('runs passes until nothing is left to fix, and stops at the bound when fixes never settle', () => {
      const model = parseSxs('');
      // Each pass fixes one "x" at the start; the second pass finds the next.
      const settling = fixText('xxy', undefined, text => ({ model, findings: text.startsWith('x') ? [finding(0, 1, '')] : [] }));
      assert.equal(settling.text, 'y');
      assert.equal(settling.fixed.get('SX101'), 2);
      assert.equal(settling.unstable, false);
      let passes = 0;
      const endless = fixText('a', undefined, text => {
        passes++;
        return { model, findings: [finding(0, 0, `${text.length}`)] };
      });
      assert.equal(passes, MAX_FIX_PASSES + 1);
      assert.equal(endless.unstable, true);
    });
  });

  describe('on files', () => {
    let dir: string;
    const past = new Date('2001-02-03T04:05:06Z');

    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'sxs-fix-'));
      // Only SX101 (with a fix) and SX106 (without) run, so the result does not depend on which other checks have fixes.
      const on: Record<string, string> = { SX101: 'error', SX106: 'warning' };
      const checks = Object.fromEntries([...allChecks, ...qaChecks].map(check => [check.id, on[check.id] ?? 'off']));
      writeFileSync(path.join(dir, '.sxslint.jsonc'), JSON.stringify({ checks }));
      const original = readFileSync(corpusFile, 'utf8');
      assert.ok(original.includes('\r\n'), 'the corpus file has CRLF line endings');
      const faulty = original.replace('data-stu-id="6276d-104"', 'data-stu-id="6276d-904"').replace('data-stu-id="6276d-110"', 'data-stu-id="6276d-91"');
      assert.notEqual(faulty, original);
      writeFileSync(path.join(dir, 'faulty.md'), faulty);
      copyFileSync(corpusFile, path.join(dir, 'clean.md'));
      writeFileSync(path.join(dir, 'unfixable.md'), joinLines(unit('abcde-101', 'A.', 'A.'), unit('ABCDE-102', 'B.', 'B.'), ''));
      for (const name of ['clean.md', 'unfixable.md']) {
        utimesSync(path.join(dir, name), past, past);
      }
    });

    after(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('writes the fixed bytes, reports what it fixed, and does not touch files with nothing to fix', () => {
      const before = spawnSync(process.execPath, [bin, '--format=json', dir], { encoding: 'utf8' });
      assert.equal(JSON.parse(before.stdout).filter((f: { code: string }) => f.code === 'SX101').length, 2);

      const result = spawnSync(process.execPath, [bin, '--fix', dir], { encoding: 'utf8' });
      assert.match(result.stdout, /^\S*unfixable\.md:2:20 warning SX106 [^\n]*\n$/, 'only the finding without a fix is left');
      assert.equal(result.status, 0);
      assert.match(result.stderr, /fixed 2 × SX101 in .*faulty\.md/);
      assert.match(result.stderr, /fixed 2 problems in 1 file\./);

      assert.ok(readFileSync(path.join(dir, 'faulty.md')).equals(readFileSync(corpusFile)), 'the fixed file is the original, byte for byte');
      for (const name of ['clean.md', 'unfixable.md']) {
        assert.equal(statSync(path.join(dir, name)).mtime.getTime(), past.getTime(), `${name} keeps its mtime`);
      }
      assert.ok(readFileSync(path.join(dir, 'clean.md')).equals(readFileSync(corpusFile)));
      assert.deepEqual(readdirSync(dir).filter(name => name.endsWith('.tmp')), [], 'no temporary file is left');

      const again = spawnSync(process.execPath, [bin, '--fix', dir], { encoding: 'utf8' });
      assert.match(again.stderr, /nothing to fix\./);
      assert.equal(again.status, 0);
    });
  });
});
