/**
 * sxs-lint as users run it: `node bin/sxs-lint.js` over the built bundle, both output formats, every exit status.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');

function lint(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sxs-lint command line', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-lint-'));
    mkdirSync(path.join(dir, 'docs', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'docs', 'node_modules'), { recursive: true });
    writeFileSync(path.join(dir, 'docs', 'clean.md'), joinLines(`# ${unit('abcde-101', 'Tytuł', 'Title')}`, ''));
    writeFileSync(path.join(dir, 'docs', 'sub', 'broken.md'), joinLines(
      '# Tytuł',
      '',
      `Tekst ${unit('abcde-102', 'Dwa.', 'Two.', 'abcde-103')}`,
      '',
    ));
    writeFileSync(path.join(dir, 'docs', 'sub', 'warn.md'), joinLines(unit('abcde-101', 'A.', 'A.'), unit('ABCDE-102', 'B.', 'B.'), ''));
    writeFileSync(path.join(dir, 'docs', 'sub', 'notes.txt'), unit('abcde-102', 'A.', 'B.', 'abcde-109'));
    writeFileSync(path.join(dir, 'docs', 'node_modules', 'skip.md'), unit('abcde-102', 'A.', 'B.', 'abcde-109'));
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 with no output for a clean file', () => {
    const result = lint([path.join('docs', 'clean.md')], dir);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, '');
    assert.equal(result.status, 0);
  });

  it('exits 0 when there are only warnings', () => {
    const result = lint([path.join('docs', 'sub', 'warn.md')], dir);
    assert.match(result.stdout, /^docs\/sub\/warn\.md:2:20 warning SX106 /m);
    assert.equal(result.status, 0);
  });

  it('prints text findings with 1-based positions and exits 1 on errors, recursing into folders for *.md', () => {
    const result = lint(['docs'], dir);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 2, result.stdout);
    assert.match(lines[0], /^docs\/sub\/broken\.md:3:26 error SX101 The target ID "abcde-102" and the English ID "abcde-103" differ\.$/);
    assert.match(lines[1], /^docs\/sub\/warn\.md:2:20 warning SX106 /);
    assert.equal(result.status, 1);
  });

  it('prints JSON with the same findings', () => {
    const result = lint(['--format', 'json', 'docs'], dir);
    assert.equal(result.status, 1);
    const findings = JSON.parse(result.stdout);
    assert.deepEqual(findings[0], {
      file: path.join('docs', 'sub', 'broken.md'),
      line: 3,
      column: 26,
      endLine: 3,
      endColumn: 35,
      code: 'SX101',
      severity: 'error',
      message: 'The target ID "abcde-102" and the English ID "abcde-103" differ.',
    });
    assert.equal(findings.length, 2);
  });

  it('prints an empty JSON array for a clean file', () => {
    const result = lint(['--format=json', path.join('docs', 'clean.md')], dir);
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.equal(result.status, 0);
  });

  it('exits 2 with a message on usage problems', () => {
    for (const args of [[], ['--format', 'xml', 'docs'], ['--nope', 'docs']]) {
      const result = lint(args, dir);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^sxs-lint: /, args.join(' '));
      assert.match(result.stderr, /Usage: sxs-lint/);
    }
  });

  it('exits 2 when a path cannot be read, after reporting the others', () => {
    const result = lint([path.join('docs', 'sub', 'broken.md'), 'missing.md'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.md/);
    assert.match(result.stdout, /SX101/);
  });

  it('prints help and exits 0', () => {
    const result = lint(['--help'], dir);
    assert.match(result.stdout, /Usage: sxs-lint/);
    assert.equal(result.status, 0);
  });
});
