/**
 * `sxs-lint --english <dir>`: the localized copies beside the English repository rebuilt with the real git; the
 * stale units come out in every format, with one summary line per file on stderr.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/lint';
import { outputFormats } from '../../../server/src/cli/args';
import { englishFixture, manifest } from '../../helpers/englishSource';
import { HANG_MS } from '../../helpers/deadlines';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: text => { stdout += text; }, stderr: text => { stderr += text; }, cwd });
  return { code, stdout, stderr };
}

describe('sxs-lint --english', function () {
  this.timeout(HANG_MS);
  const plPl = manifest.localized_files.filter(file => file.locale === 'pl-pl');

  it('reports exactly the stale units of each file as SX901, and the deleted English file once (json)', async () => {
    const fixture = englishFixture();
    const root = fixture.localizedRoot('pl-pl');
    const { code, stdout, stderr } = await run(['--english', fixture.english, '--english-ref', 'live', '--format', 'json', '--concurrency', '0', root], root);
    assert.notEqual(code, 2, stderr);
    const findings = JSON.parse(stdout) as { file: string; code: string; unitId?: string; severity: string }[];
    for (const file of plPl) {
      const own = findings.filter(f => path.resolve(f.file) === path.join(root, file.english_path));
      assert.deepEqual(own.filter(f => f.code === 'SX901').map(f => f.unitId), file.expected.stale_ids, file.key);
      assert.deepEqual(own.filter(f => f.code === 'SX902').map(f => f.unitId), file.expected.not_found_at_handoff_ids, file.key);
      if (!file.expected.english_exists_on_live) {
        assert.equal(own.filter(f => f.code === 'SX904').length, 1);
        assert.match(stderr, new RegExp(`${file.english_path}: The English file ${file.english_path} was deleted since the hand-off`));
      } else {
        assert.match(stderr, new RegExp(`${file.english_path}: ${file.expected.stale_ids.length} stale units?`));
      }
    }
    assert.ok(findings.filter(f => f.code.startsWith('SX9')).every(f => f.severity === 'info'));
  });

  it('puts the stale units in every output format, and the summary of each file on stderr and where the format has room', async () => {
    const fixture = englishFixture();
    const root = fixture.localizedRoot('pl-pl');
    const file = plPl.find(f => f.key === 'moved')!;
    const count = file.expected.stale_ids.length;
    const summary = new RegExp(`${count} stale units?[^\\n"<]*\\(hand-off [0-9a-f]{7}, English live \\([0-9a-f]{7}\\)\\)`);
    for (const format of outputFormats) {
      const { stdout, stderr } = await run(['--english', fixture.english, '--english-ref=live', '-f', format, path.join(root, file.english_path)], root);
      assert.match(stdout, /SX901/, format);
      assert.match(stdout, /36461-155|SX902/, format);
      assert.match(stderr, summary, `${format}: stderr`);
      if (format === 'sarif') {
        const sarifRun = JSON.parse(stdout).runs[0];
        const rules: { id: string; name: string }[] = sarifRun.tool.driver.rules;
        const results: { ruleId: string; ruleIndex?: number }[] = sarifRun.results;
        const stale = results.filter(result => result.ruleId === 'SX901');
        assert.equal(stale.length, count);
        assert.ok(stale.every(result => rules[result.ruleIndex!]?.name === 'stale-english'), 'SX901 has its rule');
        const notes: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] =
          sarifRun.invocations[0].toolExecutionNotifications;
        assert.equal(notes.length, 1);
        assert.match(notes[0].message.text, summary);
        assert.ok(notes[0].locations[0].physicalLocation.artifactLocation.uri.endsWith(`/${file.english_path}`), 'on the file');
      }
      if (format === 'junit') assert.match(stdout, new RegExp(`<system-out>English since the hand-off: ${summary.source}\\n`));
      if (format === 'github') {
        assert.match(stdout, new RegExp(`^::notice file=[^,]*${path.basename(file.english_path)},title=English since the hand-off::${summary.source}$`, 'm'));
        assert.match(stdout, /title=SX901 stale-english::/);
      }
    }
  });

  it('reads the English repository from the configuration, and compares nothing without one', async () => {
    const fixture = englishFixture();
    const root = fixture.localizedRoot('cs-cz');
    const file = manifest.localized_files.find(f => f.key === 'one-stale-cs')!;
    const target = path.join(root, file.english_path);
    // (Another locale's repository: the policy resolver of a process remembers the configurations it looked for.)
    const other = manifest.localized_files.find(f => f.key === 'one-stale')!;
    const without = await run(['-f', 'json', path.join(fixture.localizedRoot('ja-jp'), other.english_path)], root);
    assert.doesNotMatch(without.stdout, /SX90/);
    assert.doesNotMatch(without.stderr, /stale/);
    writeFileSync(path.join(root, '.sxslint.jsonc'), JSON.stringify({ english: { repository: '../docs.microsoft.com-nuget', ref: 'live' } }));
    const withConfig = await run(['-f', 'json', target], root);
    assert.deepEqual((JSON.parse(withConfig.stdout) as { code: string; unitId?: string }[]).filter(f => f.code === 'SX901').map(f => f.unitId), file.expected.stale_ids);
    assert.match(withConfig.stderr, /1 stale unit \(hand-off [0-9a-f]{7}, English live \([0-9a-f]{7}\)\)/);
  });

  it('gives SX901 the severity the configuration sets for stale-english', async () => {
    const fixture = englishFixture();
    const file = manifest.localized_files.find(f => f.key === 'deleted-sentences-older-handoff')!;
    const root = fixture.localizedRoot(file.locale);
    const target = path.join(root, file.english_path);
    writeFileSync(path.join(root, '.sxslint.jsonc'), JSON.stringify({ english: { repository: '../docs.microsoft.com-nuget', ref: 'live' }, checks: { 'stale-english': 'warning' } }));
    const { code, stdout, stderr } = await run(['-f', 'json', '--concurrency', '0', target], root);
    assert.equal(code, 0, stderr);
    const stale = (JSON.parse(stdout) as { code: string; severity: string; unitId?: string }[]).filter(f => f.code === 'SX901');
    assert.deepEqual(stale.map(f => f.unitId), file.expected.stale_ids);
    assert.ok(stale.every(f => f.severity === 'warning'), JSON.stringify(stale.map(f => f.severity)));
  });
});
