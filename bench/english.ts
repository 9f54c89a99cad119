/**
 * Benchmark of "English changed since hand-off": the NuGet pl-pl corpus folder (85 files) as a localized repository
 * beside the English repository rebuilt with the real git from test/data/english-source. The three pl-pl files of the
 * manifest get their hand-offs rewritten to the rebuilt commits; the others keep their real ones, which the rebuilt
 * repository does not have (each gets its one SX904 message, after the same git lookups).
 *
 * Measured: `sxs-lint --english` over the folder (checks + comparison, one process, git's cache cold and then warm),
 * and the comparison alone as the server runs it (EnglishSources.compare per file, cold and warm).
 *
 *   npm run bench:english
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli } from '../server/src/cli/lint';
import { parseSxs } from '../server/src/sxs/parser';
import { EnglishSources } from '../server/src/workspace/englishSource';
import { corpusDir } from '../test/helpers/files';
import { englishFixture, manifest, withSourceCommit } from '../test/helpers/englishSource';
import { median } from './timing';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '.git' ? [] : markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

async function main(): Promise<void> {
  const fixture = englishFixture();
  const root = path.join(fixture.root, 'docs.microsoft.com-nuget.pl-pl-corpus', 'docs.microsoft.com-nuget.pl-pl');
  cpSync(path.join(corpusDir, 'pl-pl', 'nuget'), root, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const file of manifest.localized_files.filter(f => f.locale === 'pl-pl')) {
    const target = path.join(root, file.english_path);
    writeFileSync(target, withSourceCommit(readFileSync(target, 'utf8'), fixture.shaMap.get(file.sourcegitcommit)!));
  }
  const files = markdownFiles(root);
  const args = ['--english', fixture.english, '--english-ref', 'live', '-f', 'json', '--concurrency', '0', root];

  const cli = async () => {
    let stdout = '';
    let stderr = '';
    const start = performance.now();
    await runCli(args, { stdout: text => { stdout += text; }, stderr: text => { stderr += text; }, cwd: root });
    return { ms: performance.now() - start, stdout, stderr };
  };
  const cold = await cli();
  const warm: number[] = [];
  let last = cold;
  for (let i = 0; i < 5; i++) {
    last = await cli();
    warm.push(last.ms);
  }
  const findings = JSON.parse(last.stdout) as { code: string }[];
  const count = (code: string) => findings.filter(f => f.code === code).length;

  // The comparison alone, as the server does it for each document (one session: one git process).
  const texts = files.map(file => ({ file, text: readFileSync(file, 'utf8') }));
  const models = texts.map(({ text }) => parseSxs(text));
  const compareAll = async (sources: EnglishSources) => {
    const start = performance.now();
    for (const [i, { file, text }] of texts.entries()) await sources.compare(file, text, models[i], { repository: fixture.english, ref: 'live' });
    return performance.now() - start;
  };
  const sources = new EnglishSources();
  const compareCold = await compareAll(sources);
  const compareWarm: number[] = [];
  for (let i = 0; i < 5; i++) compareWarm.push(await compareAll(sources));
  sources.dispose();

  console.log(`English since hand-off: NuGet pl-pl corpus folder, ${files.length} files`);
  console.log(`  findings: ${count('SX901')} SX901 stale, ${count('SX902')} SX902, ${count('SX903')} SX903 new English, ${count('SX904')} SX904 (hand-off not in the rebuilt repository, or English deleted)`);
  console.log(`  sxs-lint --english (checks + English), one process: first run ${cold.ms.toFixed(0)} ms, warm median ${median(warm).toFixed(0)} ms`);
  console.log(`  English comparison alone (server path): first ${compareCold.toFixed(0)} ms, warm median ${median(compareWarm).toFixed(0)} ms`);
  const limit = 2000;
  const ok = median(warm) < limit;
  console.log(`  ${ok ? 'within' : 'ABOVE'} the ${limit} ms budget (warm git cache)`);
  if (!ok) process.exitCode = 1;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
