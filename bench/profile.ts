/**
 * A loop to profile: `node bench/build.mjs && node --cpu-prof out/bench/profile.mjs <parse|analyse|cli> <corpus|SIZE_MB> [repeats]`.
 * Runs one stage over one data set so that `--cpu-prof` shows only that stage.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../server/src/checks/run';
import { computeDiagnostics } from '../server/src/languageFeatures/diagnostics';
import { parseSxs } from '../server/src/sxs/parser';
import { corpusRoot, generateDocument, readCorpus } from './corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [stage = 'analyse', data = 'corpus', repeatsText = '5'] = process.argv.slice(2);
const corpus = readCorpus(corpusRoot(repoRoot));
const files = data === 'corpus' ? corpus : [generateDocument(corpus, Number(data) * 1e6)];
const codes = new Map<string, number>();
for (let repeat = 0; repeat < Number(repeatsText); repeat++) {
  const start = performance.now();
  for (const file of files) {
    const doc = parseSxs(file.text);
    if (stage !== 'parse') {
      const findings = runChecks(doc);
      computeDiagnostics(doc, findings);
      if (repeat === 0) {
        for (const finding of findings) {
          codes.set(finding.code, (codes.get(finding.code) ?? 0) + 1);
        }
      }
    }
  }
  process.stdout.write(`${stage} ${data}: ${(performance.now() - start).toFixed(1)} ms\n`);
}
process.stdout.write(`findings by code: ${JSON.stringify(Object.fromEntries([...codes].sort()))}\n`);
