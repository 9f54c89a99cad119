/**
 * Fixes that fuzzing showed were not certain: applying them left the problem in place, so fix-all changed the
 * file again on every run. Each test applies the preferred fix and runs the checks again.
 */
import * as assert from 'node:assert/strict';
import { runChecks } from '../../../server/src/checks/run';
import { parseSxs } from '../../../server/src/sxs/parser';
import { unit } from '../../helpers/text';

function preferredFixes(text: string, code: string) {
  return runChecks(parseSxs(text)).filter(finding => finding.code === code)
    .flatMap(finding => (finding.fixes ?? []).filter(fix => fix.preferred));
}

function applyFix(text: string, edits: readonly { range: { start: number; end: number }; newText: string }[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start)
    .reduce((out, edit) => out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end), text);
}

describe('fixes that must fix (found by fuzzing)', () => {
  it('SX301 does not offer backticks when a stray backtick in the translation would pair with them', () => {
    const text = `${unit('8b0d0-177', 'w pliku .nuspec` .', 'in the `.nuspec` file.')}\n`;
    assert.ok(runChecks(parseSxs(text)).some(finding => finding.code === 'SX301'), 'the mismatch is still reported');
    assert.deepEqual(preferredFixes(text, 'SX301'), []);
  });

  it('SX301 still puts a lost code span back when the translation has no stray backtick', () => {
    const text = `${unit('8b0d0-177', 'w pliku .nuspec.', 'in the `.nuspec` file.')}\n`;
    const [fix] = preferredFixes(text, 'SX301');
    assert.ok(fix, 'a preferred fix');
    const fixed = applyFix(text, fix.edits);
    assert.deepEqual(runChecks(parseSxs(fixed)).filter(finding => finding.code === 'SX301'), []);
  });

  it('SX316 does not offer backticks next to a stray backtick', () => {
    const text = `${unit('add44-183', 'Zamień `<your instance id>`` na ID.', 'Replace `<your instance id>` with the ID.')}\n`;
    assert.ok(runChecks(parseSxs(text)).some(finding => finding.code === 'SX316'), 'the hidden tag is still reported');
    for (const fix of preferredFixes(text, 'SX316')) {
      const fixed = applyFix(text, fix.edits);
      assert.deepEqual(runChecks(parseSxs(fixed)).filter(finding => finding.code === 'SX316'), [], `the fix "${fix.title}" does not fix`);
    }
  });

  it('SX101 keeps the well-formed English ID when the target ID is empty', () => {
    const text = `${unit('add44-150', 'a', 'b').replace('data-ttu-id="add44-150"', 'data-ttu-id=""')}\n`;
    const [fix] = preferredFixes(text, 'SX101');
    assert.ok(fix);
    const fixed = applyFix(text, fix.edits);
    assert.ok(fixed.includes('data-ttu-id="add44-150"'), fixed);
    assert.ok(fixed.includes('data-stu-id="add44-150"'), fixed);
  });

  it('SX101 keeps the target ID when both are well formed', () => {
    const text = `${unit('add44-150', 'a', 'b', 'add44-151')}\n`;
    const [fix] = preferredFixes(text, 'SX101');
    assert.ok(applyFix(text, fix.edits).includes('data-stu-id="add44-150"'));
  });
});
