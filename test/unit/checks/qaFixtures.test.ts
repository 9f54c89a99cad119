/**
 * Fixture files for the QA checks: each `test/fixtures/checks/*.md` names its expected findings in the text, with a
 * comment `<!-- expect SX301 SX304 -->` after the line they are on (blank lines between are allowed). A line with no
 * such comment must have no QA finding.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { parseSxs } from '../../../server/src/sxs/parser';
import { runChecks } from '../../../server/src/checks/run';
import { qaChecks } from '../../../server/src/checks/qa';
import { fixturesDir } from '../../helpers/files';

export const qaFixturesDir = path.join(fixturesDir, 'checks');
const EXPECT = /^\s*<!--\s*expect\s+([A-Z0-9 ]+?)\s*-->\s*$/;

/** Expected codes by 0-based line, from the expect comments. */
export function expectations(text: string): Map<number, string[]> {
  const lines = text.split(/\r\n|\r|\n/);
  const out = new Map<number, string[]>();
  for (let k = 0; k < lines.length; k++) {
    const m = EXPECT.exec(lines[k]);
    if (!m) continue;
    let j = k - 1;
    while (j >= 0 && (lines[j].trim() === '' || EXPECT.test(lines[j]))) j--;
    assert.ok(j >= 0, `expect comment on line ${k + 1} follows nothing`);
    out.set(j, [...(out.get(j) ?? []), ...m[1].split(/\s+/)]);
  }
  return out;
}

function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every QA check on, including the ones off by default. */
export const allOn = Object.fromEntries(qaChecks.map(c => [c.id, c.defaultSeverity]));

describe('QA check fixtures', () => {
  const files = readdirSync(qaFixturesDir).filter(f => f.endsWith('.md')).sort();

  it('there is a fixture for every QA check', () => {
    const covered = new Set<string>();
    for (const file of files) for (const codes of expectations(readFileSync(path.join(qaFixturesDir, file), 'utf8')).values()) codes.forEach(c => covered.add(c));
    assert.deepStrictEqual(qaChecks.map(c => c.id).filter(id => !covered.has(id)), []);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(qaFixturesDir, file), 'utf8');
      const doc = parseSxs(text);
      const errors: string[] = [];
      const findings = runChecks(doc, allOn, { checks: qaChecks, onCheckError: (c, e) => errors.push(`${c.id}: ${String(e)}`) });
      assert.deepStrictEqual(errors, []);
      const actual = new Map<number, Set<string>>();
      for (const f of findings) {
        const line = lineOf(doc.lineStarts, f.range.start);
        if (!actual.has(line)) actual.set(line, new Set());
        actual.get(line)!.add(f.code);
      }
      const expected = expectations(text);
      const render = (m: Map<number, Iterable<string>>) => [...m].filter(([, c]) => [...c].length).sort((a, b) => a[0] - b[0])
        .map(([line, codes]) => `line ${line + 1}: ${[...new Set(codes)].sort().join(' ')}`);
      assert.deepStrictEqual(render(actual), render(expected), findings.map(f => `${f.code} ${f.message}`).join('\n'));
    });
  }
});
