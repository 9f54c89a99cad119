/**
 * The unit suite's fuzzing run: a fixed seed and a fixed number of cases, so every run checks the same cases.
 * `npm run fuzz` runs the same properties longer with a random seed.
 */
import * as assert from 'node:assert/strict';
import { corpusDir } from '../helpers/files';
import { listMarkdown, runFuzz } from './fuzzLib';
import { HANG_MS } from '../helpers/deadlines';

const SEED = 20_260_101;
/** About 15 s of work on a quiet machine. */
const CASES = 400;

describe('fuzzing mutated corpus files (fixed seed)', function () {
  this.timeout(HANG_MS);

  it('never throws, keeps every range inside the document, answers the same twice and settles fix-all', () => {
    const files = listMarkdown(corpusDir);
    assert.ok(files.length > 100, `only ${files.length} corpus files found in ${corpusDir}`);
    // A number of cases, not a time: every run checks the same 400 cases, however busy the machine.
    const report = runFuzz({ seed: SEED, files, maxCases: CASES, maxLength: 20_000 });
    assert.equal(report.cases, CASES);
    const details = report.failures.slice(0, 5).map(failure =>
      `case ${failure.caseIndex} (${failure.file}, ${failure.mutations.join(', ')}; re-run: node scripts/fuzz.mjs --seed ${SEED} --case ${failure.caseIndex}):\n${failure.error.split('\n').slice(0, 3).join('\n')}`);
    assert.equal(report.failures.length, 0, `${report.failures.length} of ${report.cases} cases failed:\n${details.join('\n\n')}`);
  });
});
