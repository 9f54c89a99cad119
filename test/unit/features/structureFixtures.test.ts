/**
 * Fixture files under test/fixtures/structure state their expected findings in HTML comments:
 * `<!-- expect: SX101 line 3 -->`, optionally with a severity (`<!-- expect: SX105 line 7 warning -->`), or
 * `<!-- expect: none -->`. Adding a regression is adding a file.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runChecks } from '../../../server/src/checks/run';
import { structureChecks } from '../../../server/src/checks/registry';
import { lineAt } from '../../../server/src/sxs/lineIndex';
import { parseSxs } from '../../../server/src/sxs/parser';
import { fixturesDir } from '../../helpers/files';

const EXPECT = /<!--\s*expect:\s*(.*?)\s*-->/g;
const ENTRY = /^(SX\d{3}) line (\d+)(?: (error|warning|info))?$/;

interface Expectation {
  readonly code: string;
  readonly line: number;
  readonly severity?: string;
}

function readExpectations(text: string, file: string): Expectation[] | 'none' {
  const found: Expectation[] = [];
  let none = false;
  for (const match of text.matchAll(EXPECT)) {
    if (match[1] === 'none') {
      none = true;
      continue;
    }
    const entry = ENTRY.exec(match[1]);
    assert.ok(entry, `${file}: cannot read the expectation "${match[1]}"`);
    found.push({ code: entry[1], line: Number(entry[2]), severity: entry[3] });
  }
  assert.ok(none || found.length > 0, `${file}: no <!-- expect: … --> comment`);
  assert.ok(!(none && found.length > 0), `${file}: "expect: none" together with expected findings`);
  return none ? 'none' : found;
}

const key = (e: Expectation): string => `${e.code} line ${e.line}`;

describe('structure checks on fixture files', () => {
  const dir = path.join(fixturesDir, 'structure');
  const files = readdirSync(dir).filter(name => name.endsWith('.md')).sort();

  it('has fixture files', () => {
    assert.ok(files.length >= 10, `only ${files.length} fixtures in ${dir}`);
  });

  for (const name of files) {
    it(name, () => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const expected = readExpectations(text, name);
      const doc = parseSxs(text);
      const findings = runChecks(doc, undefined, { checks: structureChecks }).map(finding => ({
        code: finding.code,
        line: lineAt(doc.lineStarts, finding.range.start) + 1,
        severity: finding.severity,
        message: finding.message,
      }));
      if (expected === 'none') {
        assert.deepEqual(findings, [], `${name} should have no findings`);
        return;
      }
      assert.deepEqual(findings.map(key).sort(), expected.map(key).sort(), `${name}: findings (code and line)`);
      for (const e of expected.filter(e => e.severity !== undefined)) {
        const actual = findings.find(f => f.code === e.code && f.line === e.line);
        assert.equal(actual?.severity, e.severity, `${name}: severity of ${key(e)}`);
      }
      for (const finding of findings) {
        assert.ok(finding.message.length > 0, `${name}: ${finding.code} on line ${finding.line} has no message`);
      }
    });
  }
});
