/**
 * The unit suite's fuzzing run: a fixed seed, so every run checks the same cases, and a bounded time. `npm run
 * fuzz` runs the same properties longer with a random seed.
 */
import * as assert from 'node:assert/strict';
import { corpusDir } from '../helpers/files';
import { listMarkdown, runFuzz } from './fuzzLib';

const SEED = 20_260_101;

describe('fuzzing mutated corpus files (fixed seed)', function () {
  this.timeout(90_000);

  it('never throws, keeps every range inside the document, answers the same twice and settles fix-all', () => {
    const files = listMarkdown(corpusDir);
    assert.ok(files.length > 100, `only ${files.length} corpus files found in ${corpusDir}`);
    const report = runFuzz({ seed: SEED, files, maxCases: 1500, timeBudgetMs: 20_000, maxLength: 20_000 });
    assert.ok(report.cases >= 100, `only ${report.cases} cases ran in the time budget`);
    const details = report.failures.slice(0, 5).map(failure =>
      `case ${failure.caseIndex} (${failure.file}, ${failure.mutations.join(', ')}; re-run: node scripts/fuzz.mjs --seed ${SEED} --case ${failure.caseIndex}):\n${failure.error.split('\n').slice(0, 3).join('\n')}`);
    assert.equal(report.failures.length, 0, `${report.failures.length} of ${report.cases} cases failed:\n${details.join('\n\n')}`);
  });
});
