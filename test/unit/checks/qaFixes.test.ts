/**
 * The fixes of the QA checks: apply every preferred fix of one check to a fixture, compare the whole text with the
 * expected one, then run the check again to prove the fixed units are clean.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseSxs } from '../../../server/src/sxs/parser';
import { runChecks } from '../../../server/src/checks/run';
import { qaChecks } from '../../../server/src/checks/qa';
import type { OffsetEdit } from '../../../server/src/checks/types';
import { qaFixturesDir, allOn } from './qaFixtures.test';

function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    assert.ok(e.range.end <= limit, 'edits overlap');
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
    limit = e.range.start;
  }
  return out;
}

function fixAll(text: string, code: string): { fixed: string; count: number } {
  const findings = runChecks(parseSxs(text), allOn, { checks: qaChecks }).filter(f => f.code === code);
  const edits = findings.flatMap(f => f.fixes?.find(x => x.preferred)?.edits ?? []);
  return { fixed: applyEdits(text, edits), count: findings.filter(f => f.fixes?.length).length };
}

/** Fixture, check, and the replacements that turn the fixture into the expected fixed text. */
const cases: [string, string, [string, string][]][] = [
  ['sx301-inline-code-mismatch.md', 'SX301', [['`dotnet bulid`', '`dotnet build`'], ['Folder lib jest', 'Folder `lib` jest']]],
  ['sx303-link-url-mismatch.md', 'SX303', [['(https://example.com/b)', '(https://example.com/a)']]],
  ['sx306-image-mismatch.md', 'SX306', [['(media/c.png)', '(media/d.png)']]],
  ['sx310-docfx-token-mismatch.md', 'SX310', [['<xref:System.Strings>', '<xref:System.String>']]],
  ['sx312-autolink-mismatch.md', 'SX312', [['<https://example.com/b>', '<https://example.com/a>'], ['https://example.com/Examples/.', 'https://example.com/examples/.']]],
  ['sx314-table-cell-pipe.md', 'SX314', [['">`a|b`<', '">`a\\|b`<'], ['Tak | nie', 'Tak \\| nie']]],
  ['sx316-angle-text-parses-as-html.md', 'SX316', [['interfejs <IUnknown>', 'interfejs `<IUnknown>`'], ['Użyj **<label>**', 'Użyj **\\<label>**']]],
  ['sx501-boundary-whitespace.md', 'SX501', [['"abcde-101"> - [#7438]', '"abcde-101">- [#7438]']]],
  ['sx502-double-space.md', 'SX502', [['Zapisz  plik.', 'Zapisz plik.']]],
  ['sx507-suspicious-characters.md', 'SX507', [['Zapisz\u200b plik', 'Zapisz plik']]],
];

describe('QA check fixes', () => {
  for (const [file, code, replacements] of cases) {
    it(`${code} fixes ${file}`, () => {
      const text = readFileSync(path.join(qaFixturesDir, file), 'utf8');
      let expected = text;
      for (const [from, to] of replacements) {
        assert.ok(expected.includes(from), `fixture lacks ${from}`);
        expected = expected.replace(from, to);
      }
      const { fixed, count } = fixAll(text, code);
      assert.ok(count > 0, 'no fix offered');
      assert.strictEqual(fixed, expected);
      // Second pass: nothing left that a fix could change.
      assert.strictEqual(fixAll(fixed, code).count, 0);
    });
  }

  it('offers no fix where the pairing is not certain', () => {
    const text = readFileSync(path.join(qaFixturesDir, 'sx301-inline-code-mismatch.md'), 'utf8');
    const merged = runChecks(parseSxs(text), allOn, { checks: qaChecks }).find(f => f.code === 'SX301' && f.message.includes('Clean``Build'));
    assert.ok(merged);
    assert.strictEqual(merged.fixes, undefined);
    const glued = runChecks(parseSxs(readFileSync(path.join(qaFixturesDir, 'sx310-docfx-token-mismatch.md'), 'utf8')), allOn, { checks: qaChecks })
      .find(f => f.code === 'SX310' && f.message.includes('System.Stringu'));
    assert.ok(glued);
    assert.strictEqual(glued.fixes, undefined);
  });
});
