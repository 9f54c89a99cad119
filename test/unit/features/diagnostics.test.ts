/**
 * Findings as LSP diagnostics: code, source, link, severity, range, and the fixes carried in `data`.
 */
import * as assert from 'node:assert/strict';
import { runChecks } from '../../../server/src/checks/run';
import { computeDiagnostics, isSxsDiagnostic, ruleUrl } from '../../../server/src/languageFeatures/diagnostics';
import { parseSxs } from '../../../server/src/sxs/parser';
import { assertRange } from '../../helpers/assertions';
import { joinCrlfLines, joinLines, unit } from '../../helpers/text';

describe('diagnostics', () => {
  it('carries the check ID, the source, the rule link and the fixes as LSP edits', () => {
    const text = joinLines('# Tytuł', '', `Tekst ${unit('abcde-102', 'Dwa.', 'Two.', 'abcde-103')}`);
    const doc = parseSxs(text);
    const [diagnostic] = computeDiagnostics(doc, runChecks(doc), 7);
    assert.equal(diagnostic.code, 'SX101');
    assert.equal(diagnostic.source, 'sxs');
    assert.equal(diagnostic.severity, 1);
    assert.equal(diagnostic.codeDescription?.href, 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md#sx101');
    const idStart = 'Tekst <span data-ttu-id="'.length;
    assertRange(diagnostic.range, { start: { line: 2, character: idStart }, end: { line: 2, character: idStart + 9 } });
    assert.equal(diagnostic.data.version, 7);
    assert.equal(diagnostic.data.unit, 0);
    assert.deepEqual(diagnostic.data.fixes.map(f => f.preferred), [true, false]);
    const stuStart = text.split('\n')[2].indexOf('abcde-103');
    assert.deepEqual(diagnostic.data.fixes[0].edits, [{
      range: { start: { line: 2, character: stuStart }, end: { line: 2, character: stuStart + 9 } },
      newText: 'abcde-102',
    }]);
    assert.ok(isSxsDiagnostic(diagnostic));
  });

  it('maps warning and info severities', () => {
    const text = joinLines(unit('abcde-101', 'A.', 'A.'), unit('abcde-101', 'A.', 'A.'), unit('ABCDE-102', 'B.', 'B.'));
    const doc = parseSxs(text);
    assert.deepEqual(computeDiagnostics(doc, runChecks(doc, { SX106: 'info' })).map(d => [d.code, d.severity]), [['SX105', 2], ['SX106', 3]]);
  });

  it('converts positions on CRLF lines', () => {
    const text = joinCrlfLines('Wiersz', '', unit('abcde-101', 'A.', 'A.', 'abcde-1O1'));
    const doc = parseSxs(text);
    const diagnostic = computeDiagnostics(doc, runChecks(doc)).find(d => d.code === 'SX101');
    assertRange(diagnostic?.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 28 } });
  });

  it('builds rule links from lower-case IDs', () => {
    assert.equal(ruleUrl('SX114'), 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md#sx114');
  });

  it('recognises only its own diagnostics', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.equal(isSxsDiagnostic({ range, message: 'x', source: 'markdownlint', code: 'MD001' }), false);
    assert.equal(isSxsDiagnostic({ range, message: 'x', source: 'sxs', code: 'SX101' }), false, 'no data');
    assert.equal(isSxsDiagnostic({ range, message: 'x', source: 'sxs', code: 'SX101', data: { fixes: [] } }), true);
  });
});
