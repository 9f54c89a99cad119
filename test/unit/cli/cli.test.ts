/**
 * sxs-lint as users run it: `node bin/sxs-lint.js` over the built bundle: every output format, every exit
 * status, configuration files, baselines, .gitignore and globs.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';
import { WAIT_MS } from '../../helpers/deadlines';

const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');

function lint(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: WAIT_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const brokenMessage = 'The target ID "abcde-102" and the English ID "abcde-103" differ.';

describe('sxs-lint command line', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-lint-'));
    mkdirSync(path.join(dir, 'docs', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'docs', 'node_modules'), { recursive: true });
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    writeFileSync(path.join(dir, 'empty', 'notes.txt'), 'no markdown here');
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

  it('exits 0 when there are only warnings, and 1 when they exceed --max-warnings', () => {
    const file = path.join('docs', 'sub', 'warn.md');
    const result = lint([file], dir);
    assert.match(result.stdout, /^docs\/sub\/warn\.md:2:20 warning SX106 /m);
    assert.equal(result.status, 0);
    assert.equal(lint(['--max-warnings', '1', file], dir).status, 0);
    const strict = lint(['--max-warnings', '0', file], dir);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /more than --max-warnings 0/);
  });

  it('prints text findings with 1-based positions and exits 1 on errors, recursing into folders for *.md', () => {
    const result = lint(['docs'], dir);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 2, result.stdout);
    assert.equal(lines[0], `docs/sub/broken.md:3:26 error SX101 ${brokenMessage}`);
    assert.match(lines[1], /^docs\/sub\/warn\.md:2:20 warning SX106 /);
    assert.equal(result.status, 1);
  });

  it('prints JSON with the same findings and their unit IDs', () => {
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
      message: brokenMessage,
      unitId: 'abcde-102',
    });
    assert.equal(findings.length, 2);
  });

  it('prints an empty JSON array for a clean file', () => {
    const result = lint(['--format=json', path.join('docs', 'clean.md')], dir);
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.equal(result.status, 0);
  });

  it('prints SARIF 2.1.0 with the registry as rules and results pointing at them', () => {
    const result = lint(['--format', 'sarif', 'docs'], dir);
    assert.equal(result.status, 1);
    const sarif = JSON.parse(result.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'sxs-lint');
    const rules: { id: string; helpUri: string; shortDescription: { text: string } }[] = run.tool.driver.rules;
    const sx101 = rules.find(rule => rule.id === 'SX101');
    assert.ok(sx101);
    assert.equal(sx101.helpUri, 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md#sx101');
    assert.ok(sx101.shortDescription.text.length > 0);
    assert.equal(run.results.length, 2);
    const [first, second] = run.results;
    assert.equal(first.ruleId, 'SX101');
    assert.equal(rules[first.ruleIndex].id, 'SX101');
    assert.equal(first.level, 'error');
    assert.equal(second.level, 'warning');
    assert.equal(first.message.text, brokenMessage);
    const location = first.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'docs/sub/broken.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location.region, { startLine: 3, startColumn: 26, endLine: 3, endColumn: 35 });
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
  });

  it('prints JUnit XML with one test case per checked file', () => {
    const result = lint(['--format', 'junit', 'docs'], dir);
    assert.equal(result.status, 1);
    const xml = result.stdout;
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    const cases = [...xml.matchAll(/<testcase [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/testcase>/g)];
    assert.deepEqual(cases.map(c => c[1]), ['docs/clean.md', 'docs/sub/broken.md', 'docs/sub/warn.md']);
    assert.equal(cases[0][2], '', 'a clean file passes');
    assert.match(cases[1][2], /<failure message="1 problem" type="error">3:26 error SX101 The target ID &quot;abcde-102&quot;/);
    assert.match(cases[2][2], /<failure message="1 problem" type="warning">/);
    assert.match(xml, /<testsuite name="sxs-lint" tests="3" failures="2" errors="0"/);
    // Every element that opens closes.
    const opened = [...xml.matchAll(/<(testsuites|testsuite|testcase|failure)[\s>]/g)].length;
    const closed = [...xml.matchAll(/<\/(testsuites|testsuite|testcase|failure)>/g)].length;
    assert.equal(opened, closed);
  });

  it('prints GitHub Actions workflow commands', () => {
    const result = lint(['--format', 'github', 'docs'], dir);
    assert.equal(result.status, 1);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines[0], `::error file=docs/sub/broken.md,line=3,col=26,endLine=3,endColumn=35,title=SX101 id-pair-mismatch::${brokenMessage}`);
    assert.match(lines[1], /^::warning file=docs\/sub\/warn\.md,line=2,col=20,endLine=2,endColumn=\d+,title=SX106 id-format::/);
  });

  it('matches globs, and keeps folder searches to markdown', () => {
    const result = lint(['--format=json', 'docs/**/b*.md'], dir);
    assert.deepEqual(JSON.parse(result.stdout).map((f: { file: string }) => f.file), ['docs/sub/broken.md']);
    const none = lint(['docs/**/*.rst'], dir);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no files match docs\/\*\*\/\*\.rst/);
  });

  it('exits 2 with a message on usage problems', () => {
    for (const args of [[], ['--format', 'xml', 'docs'], ['--nope', 'docs']]) {
      const result = lint(args, dir);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^sxs-lint: /, args.join(' '));
      assert.match(result.stderr, /Usage: sxs-lint/);
    }
  });

  it('reports a missing path and checks the others', () => {
    const result = lint([path.join('docs', 'sub', 'broken.md'), 'missing.md'], dir);
    assert.match(result.stderr, /no such file or folder: missing\.md/);
    assert.match(result.stdout, /SX101/);
    assert.equal(result.status, 1);
  });

  it('exits 2 when nothing could be checked: missing paths, folders without markdown', () => {
    const missing = lint(['missing.md'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file or folder: missing\.md/);
    const empty = lint(['empty'], dir);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /no markdown files in empty/);
  });

  it('reports a symbolic link loop and still checks the rest', () => {
    const tree = path.join(dir, 'loop');
    mkdirSync(path.join(tree, 'a'), { recursive: true });
    writeFileSync(path.join(tree, 'a', 'x.md'), unit('abcde-102', 'A.', 'B.', 'abcde-109'));
    symlinkSync('..', path.join(tree, 'a', 'up'));
    symlinkSync('self', path.join(tree, 'self'));
    const result = lint(['loop'], dir);
    assert.match(result.stderr, /symbolic link loop at loop\/a\/up/);
    assert.match(result.stderr, /symbolic link loop at loop\/self/);
    assert.equal(result.stdout.trim().split('\n').length, 1, result.stdout);
    assert.equal(result.status, 1);
  });

  it('prints help and exits 0', () => {
    const result = lint(['--help'], dir);
    assert.match(result.stdout, /Usage: sxs-lint/);
    assert.equal(result.status, 0);
  });

  it('prints the version in package.json and exits 0', () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    for (const option of ['--version', '-v']) {
      const result = lint([option], dir);
      assert.equal(result.stdout, `${version}\n`);
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0);
    }
  });

  describe('configuration', () => {
    let project: string;

    before(() => {
      project = path.join(dir, 'configured');
      mkdirSync(path.join(project, 'loose', 'strict'), { recursive: true });
      const broken = unit('abcde-102', 'A.', 'B.', 'abcde-109');
      writeFileSync(path.join(project, 'loose', 'a.md'), broken);
      writeFileSync(path.join(project, 'loose', 'strict', 'b.md'), broken);
      writeFileSync(path.join(project, 'base.jsonc'), '{ "checks": { "SX101": "warning" } }');
      writeFileSync(path.join(project, 'loose', '.sxslint.jsonc'), joinLines(
        '// The loose folder keeps ID pairs as warnings.',
        '{',
        '  "extends": "../base.jsonc",',
        '  /* nothing else */',
        '}',
      ));
      writeFileSync(path.join(project, 'loose', 'strict', '.sxslint.jsonc'), '{ "checks": { "id-pair-mismatch": "error", }, }');
    });

    it('uses the nearest .sxslint.jsonc above each file, with extends', () => {
      const result = lint(['--format=json', 'configured'], dir);
      const findings = JSON.parse(result.stdout) as { file: string; severity: string }[];
      assert.deepEqual(findings.map(f => [f.file, f.severity]), [
        ['configured/loose/a.md', 'warning'],
        ['configured/loose/strict/b.md', 'error'],
      ]);
      assert.equal(result.stderr, '');
      assert.equal(result.status, 1);
    });

    it('uses --config for every file instead', () => {
      const result = lint(['--format=json', '--config', 'configured/base.jsonc', 'configured'], dir);
      assert.deepEqual(JSON.parse(result.stdout).map((f: { severity: string }) => f.severity), ['warning', 'warning']);
      assert.equal(result.status, 0);
    });

    it('names the file and line of bad configuration and applies the defaults', () => {
      const bad = path.join(dir, 'badconfig');
      mkdirSync(bad, { recursive: true });
      writeFileSync(path.join(bad, '.sxslint.jsonc'), joinLines('{', '  "checks": {', '    "SX101": "warning"', '    "SX102": "off"', '  }', '}'));
      writeFileSync(path.join(bad, 'a.md'), unit('abcde-102', 'A.', 'B.', 'abcde-109'));
      const result = lint(['badconfig'], dir);
      assert.match(result.stderr, /badconfig\/\.sxslint\.jsonc:4: .*defaults/);
      assert.match(result.stdout, /error SX101/);
      assert.equal(result.status, 1);
      const missing = lint(['--config', 'nope.jsonc', 'badconfig/a.md'], dir);
      assert.match(missing.stderr, /nope\.jsonc: cannot read the configuration file/);
      assert.equal(missing.status, 1);
    });
  });

  it('leaves out files the configuration ignores and findings that comments suppress', () => {
    const tree = path.join(dir, 'suppressed');
    mkdirSync(path.join(tree, 'includes'), { recursive: true });
    const broken = unit('abcde-102', 'A.', 'B.', 'abcde-109');
    writeFileSync(path.join(tree, '.sxslint.jsonc'), '{ "ignores": ["includes/**"] }');
    writeFileSync(path.join(tree, 'includes', 'x.md'), broken);
    writeFileSync(path.join(tree, 'a.md'), joinLines('<!-- sxs-disable-next-line SX101 -->', broken, broken, ''));
    const result = lint(['--format=json', 'suppressed'], dir);
    const findings = JSON.parse(result.stdout) as { file: string; line: number; code: string }[];
    assert.deepEqual(findings.filter(f => f.code === 'SX101').map(f => [f.file, f.line]), [['suppressed/a.md', 3]]);
    const onlyIgnored = lint([path.join('suppressed', 'includes')], dir);
    assert.equal(onlyIgnored.status, 2);
    assert.match(onlyIgnored.stderr, /ignored by the configuration/);
  });

  describe('.gitignore', () => {
    it('skips what root and nested .gitignore files exclude, with negation, folders and anchors', () => {
      const tree = path.join(dir, 'ignored');
      for (const folder of ['drafts', 'sub/build', 'sub/deep', 'sub/keep']) {
        mkdirSync(path.join(tree, folder), { recursive: true });
      }
      const broken = unit('abcde-102', 'A.', 'B.', 'abcde-109');
      for (const file of ['a.md', 'drafts/d.md', 'old.md', 'sub/old.md', 'sub/keep/old.md', 'sub/build/x.md', 'sub/top.md', 'sub/deep/top.md']) {
        writeFileSync(path.join(tree, file), broken);
      }
      writeFileSync(path.join(tree, '.gitignore'), joinLines('# drafts are not translated yet', 'drafts/', 'old.md', ''));
      writeFileSync(path.join(tree, 'sub', '.gitignore'), joinLines('build/', '/top.md', '!keep/old.md', ''));
      const result = lint(['--format=json', 'ignored'], dir);
      const files = (JSON.parse(result.stdout) as { file: string }[]).map(f => f.file);
      assert.deepEqual(files, ['ignored/a.md', 'ignored/sub/deep/top.md', 'ignored/sub/keep/old.md']);
    });

    it('applies the .gitignore files of the enclosing repository above the searched folder', () => {
      const repo = path.join(dir, 'repo');
      mkdirSync(path.join(repo, '.git'), { recursive: true });
      mkdirSync(path.join(repo, 'docs'), { recursive: true });
      writeFileSync(path.join(repo, '.gitignore'), 'secret.md\n');
      const broken = unit('abcde-102', 'A.', 'B.', 'abcde-109');
      writeFileSync(path.join(repo, 'docs', 'secret.md'), broken);
      writeFileSync(path.join(repo, 'docs', 'open.md'), broken);
      const result = lint(['--format=json', 'docs'], repo);
      assert.deepEqual((JSON.parse(result.stdout) as { file: string }[]).map(f => f.file), ['docs/open.md']);
      // A file named on the command line is checked even when ignored.
      assert.equal(lint([path.join('docs', 'secret.md')], repo).status, 1);
    });
  });

  describe('baselines', () => {
    it('writes a baseline keyed by relative path, unit and check, and reports only new findings with it', () => {
      const tree = path.join(dir, 'baseline');
      mkdirSync(path.join(tree, 'docs'), { recursive: true });
      const file = path.join(tree, 'docs', 'a.md');
      const unitA = unit('abcde-101', 'A.', 'A.', 'abcde-901');
      const unitB = unit('abcde-102', 'B.', 'B.');
      writeFileSync(file, joinLines(unitA, unitB, ''));
      const written = lint(['--write-baseline', 'ci/sxs-baseline.json', 'docs'], tree);
      assert.equal(written.status, 1, 'writing a baseline still reports');
      const baseline = JSON.parse(readFileSync(path.join(tree, 'ci', 'sxs-baseline.json'), 'utf8'));
      assert.deepEqual(baseline, { version: 1, findings: { '../docs/a.md': { 'abcde-101': ['SX101'] } } });

      const clean = lint(['--baseline', 'ci/sxs-baseline.json', 'docs'], tree);
      assert.equal(clean.stdout, '');
      assert.equal(clean.status, 0);

      // Lines move and the other unit's ID is regenerated: still covered. A new problem in another unit is not.
      writeFileSync(file, joinLines('# Nowy tytuł', '', unit('abcde-107', 'B.', 'B.'), unitA, unit('abcde-103', 'C.', 'C.', 'abcde-903'), ''));
      const after = lint(['--format=json', '--baseline', 'ci/sxs-baseline.json', 'docs'], tree);
      const findings = JSON.parse(after.stdout) as { code: string; unitId: string }[];
      assert.deepEqual(findings.filter(f => f.code === 'SX101').map(f => f.unitId), ['abcde-103']);
      assert.equal(after.status, 1);
    });

    it('exits 2 when the baseline cannot be read', () => {
      const result = lint(['--baseline', 'nope.json', 'docs'], dir);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot read the baseline nope\.json/);
      writeFileSync(path.join(dir, 'bad-baseline.json'), '{ "findings": 3 }');
      assert.equal(lint(['--baseline', 'bad-baseline.json', 'docs'], dir).status, 2);
    });
  });
});
