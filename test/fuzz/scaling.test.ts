/**
 * Hostile inputs must cost time linear in their size. Times are CPU times (a busy machine makes a run wait, not
 * work more), compared with a baseline measured in the same run (real files repeated to the same size), never with
 * absolute numbers, and each input is also measured at two sizes: linear work grows 4x when the input does,
 * quadratic work 16x.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runChecks } from '../../server/src/checks/run';
import { parseSxs } from '../../server/src/sxs/parser';
import { corpusDir } from '../helpers/files';
import { analyseAll, listMarkdown } from './fuzzLib';
import { bestOf, hostile, repeat } from './hostile';
import { HANG_MS } from '../helpers/deadlines';

const MB = 1024 * 1024;

/** Sizes in MB: small for the unit suite, larger with SXS_FUZZ_LONG=1 (`npm run fuzz -- --scaling`). */
const long = process.env.SXS_FUZZ_LONG === '1';
const smallMb = long ? 1 : 0.25;
const largeMb = 4 * smallMb;

describe('time on hostile input stays linear', function () {
  this.timeout(HANG_MS);
  let baselineMsPerMb = 0;
  let baselineParseMsPerMb = 0;
  const report: string[] = [];

  before(() => {
    const real = listMarkdown(corpusDir).slice(0, 40).map(file => readFileSync(file, 'utf8')).join('\n');
    const text = repeat(real, largeMb * MB);
    analyseAll(text.slice(0, MB / 4)); // warm up
    baselineMsPerMb = bestOf(2, () => analyseAll(text)) / largeMb;
    baselineParseMsPerMb = bestOf(2, () => runChecks(parseSxs(text))) / largeMb;
    report.push(`baseline (real files): ${baselineMsPerMb.toFixed(0)} ms/MB whole analysis, ${baselineParseMsPerMb.toFixed(0)} ms/MB parse and checks`);
    assert.ok(path.isAbsolute(corpusDir) && baselineMsPerMb > 0);
  });

  after(() => {
    if (process.env.SXS_SCALING_REPORT || long) {
      console.log(report.map(line => `      ${line}`).join('\n'));
    }
  });

  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: linear, and within a generous multiple of real files`, () => {
      const small = make(smallMb * MB);
      const large = make(largeMb * MB);
      analyseAll(small);
      // Linear work grows 4x, n^1.5 8x, quadratic 16x. Allow 8x, plus the baseline's own time for the small size
      // as room for noise on fast inputs. Other work shares the machine, so both sizes are measured in
      // alternation and the best of each is kept: load can only make a run slower, never faster.
      let smallMs = Infinity;
      let largeMs = Infinity;
      const allowed = (): number => 8 * smallMs + baselineMsPerMb * smallMb;
      for (let round = 0; round < 4 && (round === 0 || largeMs > allowed()); round++) {
        smallMs = Math.min(smallMs, bestOf(1, () => analyseAll(small)));
        largeMs = Math.min(largeMs, bestOf(1, () => analyseAll(large)));
      }
      const msPerMb = largeMs / largeMb;
      report.push(`${name}: ${msPerMb.toFixed(0)} ms/MB (${smallMb} MB ${smallMs.toFixed(0)} ms, ${largeMb} MB ${largeMs.toFixed(0)} ms)`);
      assert.ok(largeMs <= allowed(),
        `4x the input took ${(largeMs / Math.max(smallMs, 0.01)).toFixed(1)}x the time (${smallMs.toFixed(0)} ms -> ${largeMs.toFixed(0)} ms)`);
      assert.ok(msPerMb <= 25 * baselineMsPerMb + 50,
        `${msPerMb.toFixed(0)} ms/MB against ${baselineMsPerMb.toFixed(0)} ms/MB for real files`);
    });
  }

  it('parses a 10 MB line of unit openers and checks 100,000 nested spans in linear time', () => {
    const openers = repeat('<span data-ttu-id="abcde-1">', 10 * MB);
    // The unit suite parses the 10 MB line; the long run also checks it (375,000 broken units).
    const openersMs = bestOf(1, () => (long ? runChecks(parseSxs(openers)) : parseSxs(openers)));
    const nested = `<span data-ttu-id="abcde-1">${'<span>'.repeat(100_000)}${'</span>'.repeat(100_000)}</span><span class="sxs-lookup"><span data-stu-id="abcde-1">x</span></span>`;
    const nestedMs = bestOf(1, () => runChecks(parseSxs(nested)));
    const nestedMb = nested.length / MB;
    report.push(`10 MB of openers: ${(openersMs / 10).toFixed(0)} ms/MB; 100,000 nested spans (${nestedMb.toFixed(1)} MB): ${(nestedMs / nestedMb).toFixed(0)} ms/MB`);
    assert.ok(openersMs / 10 <= 25 * baselineParseMsPerMb + 50, `openers: ${(openersMs / 10).toFixed(0)} ms/MB against ${baselineParseMsPerMb.toFixed(0)}`);
    assert.ok(nestedMs / nestedMb <= 25 * baselineParseMsPerMb + 50, `nested: ${(nestedMs / nestedMb).toFixed(0)} ms/MB against ${baselineParseMsPerMb.toFixed(0)}`);
  });
});
