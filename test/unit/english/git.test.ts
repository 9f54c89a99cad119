/**
 * The English read through the real `git`: the English repository rebuilt from `test/data/english-source/`, the
 * localized files copied beside it with their hand-offs rewritten, and every file must give exactly the manifest's
 * stale units; a deleted English file, a commit missing from a shallow clone, a rename and an unknown ref each give
 * one clear outcome.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSxs } from '../../../server/src/sxs/parser';
import { EnglishSources, englishSiblingName } from '../../../server/src/workspace/englishSource';
import { englishFindings, englishSummary, type EnglishOutcome } from '../../../server/src/english/findings';
import { englishFixture, gitEnvironment, manifest } from '../../helpers/englishSource';
import { HANG_MS } from '../../helpers/deadlines';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnvironment('2026-08-04T00:00:00+00:00'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('english: through the real git', function () {
  this.timeout(HANG_MS);
  let sources: EnglishSources;
  before(() => {
    englishFixture();
    sources = new EnglishSources();
  });
  after(() => sources.dispose());

  const compare = async (file: string, settings = {}, text = readFileSync(file, 'utf8')): Promise<EnglishOutcome> =>
    sources.compare(file, text, parseSxs(text), settings);

  it('rebuilds the commits of the manifest with the same SHAs', () => {
    const { shaMap } = englishFixture();
    for (const commit of manifest.commits) assert.equal(shaMap.get(commit.sha), commit.rebuilt_sha, commit.subject);
  });

  it('names the English sibling of a localized repository', () => {
    assert.equal(englishSiblingName('/x/docs.microsoft.com-nuget.pl-pl'), 'docs.microsoft.com-nuget');
    assert.equal(englishSiblingName('/x/azure-docs.zh-tw'), 'azure-docs');
    assert.equal(englishSiblingName('/x/docs.microsoft.com-nuget'), undefined);
  });

  let total = 0;
  for (const file of manifest.localized_files) {
    it(`${file.key}: the manifest's stale units, with the sibling English repository at live`, async () => {
      const copy = englishFixture().copies.get(file.key)!;
      const outcome = await compare(copy, { ref: 'live' });
      if (!file.expected.english_exists_on_live) {
        assert.equal(outcome.kind, 'problem');
        assert.match((outcome as { message: string }).message, /was deleted since the hand-off/);
        assert.equal(englishFindings(parseSxs(readFileSync(copy, 'utf8')), outcome).length, 1);
        return;
      }
      assert.equal(outcome.kind, 'compared', JSON.stringify(outcome));
      if (outcome.kind !== 'compared') return;
      const model = parseSxs(readFileSync(copy, 'utf8'));
      assert.deepEqual(outcome.comparison.stale.map(i => model.units[i].id), file.expected.stale_ids);
      assert.deepEqual(outcome.comparison.notFromHandoff.map(i => model.units[i].id), file.expected.not_found_at_handoff_ids);
      total += outcome.comparison.stale.length;
      const findings = englishFindings(model, outcome);
      assert.equal(findings.filter(f => f.code === 'SX901').length, file.expected.stale_ids.length);
      assert.equal(findings.filter(f => f.code === 'SX902').length, file.expected.not_found_at_handoff_ids.length);
      assert.match(englishSummary(outcome)!, new RegExp(`^${file.expected.stale_ids.length} stale unit`));
    });
  }

  it('165 stale units over the copied data', () => assert.equal(total, 165));

  it('compares with HEAD by default and with an explicit repository', async () => {
    const { copies, english } = englishFixture();
    const outcome = await compare(copies.get('one-stale')!, { repository: english });
    assert.equal(outcome.kind, 'compared');
    assert.match((outcome as { currentLabel: string }).currentLabel, /^HEAD \([0-9a-f]{7}\)$/);
  });

  it('a copy whose ms.sourcegitcommit was not rewritten: the commit is not in the English repository', async () => {
    const { copies } = englishFixture();
    const copy = copies.get('one-stale')!;
    const text = readFileSync(copy, 'utf8').replace(/(ms\.sourcegitcommit:\s*)[0-9a-f]{40}/, '$1ee6c3f203648a5561c809db54ebeb1d0f0598b68');
    const outcome = await compare(copy, {}, text);
    assert.equal(outcome.kind, 'problem');
    assert.match((outcome as { message: string }).message, /hand-off commit ee6c3f2 \(ms\.sourcegitcommit\) is not in the English repository/);
  });

  it('a shallow clone says so', async () => {
    const { root, copies, english } = englishFixture();
    const shallow = path.join(root, 'shallow-english');
    git(root, ['clone', '-q', '--depth', '1', '--branch', 'live', `file://${english}`, shallow]);
    const outcome = await compare(copies.get('one-stale')!, { repository: shallow });
    assert.equal(outcome.kind, 'problem');
    assert.match((outcome as { message: string }).message, /shallow clone; fetch more history/);
  });

  it('an unknown ref, and a missing English repository, give one message each', async () => {
    const { copies, root } = englishFixture();
    const unknown = await compare(copies.get('one-stale')!, { ref: 'no-such-branch' });
    assert.match((unknown as { message: string }).message, /The English ref "no-such-branch" is not in/);
    const missing = await compare(copies.get('one-stale')!, { repository: path.join(root, 'nowhere') });
    assert.match((missing as { message: string }).message, /does not exist/);
    const dashed = await compare(copies.get('one-stale')!, { ref: '--output=x' });
    assert.equal(dashed.kind, 'problem');
  });

  it('follows a rename between the hand-off and the ref', async () => {
    const { root, english, copies } = englishFixture();
    const renamed = path.join(root, 'renamed-english');
    git(root, ['clone', '-q', '--branch', 'live', `file://${english}`, renamed]);
    git(renamed, ['mv', 'docs/create-packages/Creating-Localized-Packages.md', 'docs/create-packages/localized-packages.md']);
    git(renamed, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'rename']);
    const outcome = await compare(copies.get('one-stale')!, { repository: renamed });
    assert.equal(outcome.kind, 'compared', JSON.stringify(outcome));
    assert.equal((outcome as { englishPath: string }).englishPath, 'docs/create-packages/localized-packages.md');
    assert.equal((outcome as Extract<EnglishOutcome, { kind: 'compared' }>).comparison.stale.length, 1);
  });

  it('compares with the working tree when asked', async () => {
    const { root, english, copies } = englishFixture();
    const worktree = path.join(root, 'worktree-english');
    git(root, ['clone', '-q', '--branch', 'live', `file://${english}`, worktree]);
    const file = path.join(worktree, 'docs/reference/cli-reference/cli-ref-search.md');
    // An edit not committed: a sentence of the unchanged file goes away in the working tree only.
    const text = readFileSync(file, 'utf8');
    const model = parseSxs(readFileSync(copies.get('unchanged')!, 'utf8'));
    const english0 = model.text.slice(model.units[5].source!.start, model.units[5].source!.end);
    assert.ok(text.includes(english0));
    writeFileSync(file, text.split(english0).join('Rewritten in the working tree.'));
    const atHead = await compare(copies.get('unchanged')!, { repository: worktree });
    assert.equal((atHead as Extract<EnglishOutcome, { kind: 'compared' }>).comparison.stale.length, 0);
    const inTree = await compare(copies.get('unchanged')!, { repository: worktree, workingTree: true });
    assert.ok((inTree as Extract<EnglishOutcome, { kind: 'compared' }>).comparison.stale.includes(5));
    assert.equal((inTree as { currentLabel: string }).currentLabel, 'the working tree');
  });

  it('says nothing for a file without a hand-off, or without an English repository', async () => {
    const { root } = englishFixture();
    const lonely = path.join(root, 'lonely.md');
    writeFileSync(lonely, '---\nms.sourcegitcommit: ee6c3f203648a5561c809db54ebeb1d0f0598b68\n---\ntext\n');
    assert.equal((await sources.compare(lonely, readFileSync(lonely, 'utf8'), parseSxs(''), {}, root)).kind, 'none');
    assert.equal((await compare(englishFixture().copies.get('one-stale')!, {}, '# no front matter\n')).kind, 'none');
  });
});
