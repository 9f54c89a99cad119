/**
 * Code actions from diagnostics: quick fixes, the preferred one, `context.only`, "fix all of this kind",
 * `source.fixAll.sxs`, and stale diagnostics.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/languageService';
import { FIX_ALL, QUICK_FIX } from '../../../server/src/languageFeatures/codeActions';
import { applyEdits, textDocument } from '../../helpers/documents';
import { joinLines, unit } from '../../helpers/text';

const text = joinLines(
  unit('abcde-101', 'A.', 'A.', 'abcde-151'),
  unit('abcde-102', 'B.', 'B.'),
  unit('fffff-103', 'C.', 'C.'),
  unit('abcde-104', 'D.', 'D.', 'abcde-154'),
);
const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function setup() {
  const service = createLanguageService();
  const doc = textDocument(text, 'file:///a.md', 3);
  const diagnostics = service.getDiagnostics(doc) as Diagnostic[];
  return { service, doc, diagnostics };
}

function editedText(action: CodeAction | undefined): string {
  assert.ok(action?.edit?.changes, 'an action with edits');
  return applyEdits(text, action.edit.changes['file:///a.md']);
}

describe('code actions', () => {
  it('offers each fix of a diagnostic as a quick fix, the preferred one first and marked', () => {
    const { service, doc, diagnostics } = setup();
    assert.deepEqual(diagnostics.map(d => d.code), ['SX101', 'SX107', 'SX101']);
    const actions = service.getCodeActions(doc, diagnostics[0].range, { diagnostics: [diagnostics[0]] });
    // The fixes first; the suppression actions (disable for the line, for the file) come last.
    const quick = actions.filter(a => a.diagnostics?.length === 1 && !/^Disable /.test(a.title));
    assert.deepEqual(quick.map(a => [a.kind, a.isPreferred]), [[QUICK_FIX, true], [QUICK_FIX, false]]);
    assert.deepEqual(actions.slice(-2).map(a => a.title), ['Disable SX101 for this line', 'Disable SX101 for this file']);
    assert.equal(editedText(quick[0]), text.replace('abcde-151', 'abcde-101'));
    assert.equal(editedText(quick[1]), text.replace('"abcde-101"', '"abcde-151"'));
  });

  it('offers "fix all of this kind" when the file has several', () => {
    const { service, doc, diagnostics } = setup();
    const actions = service.getCodeActions(doc, diagnostics[0].range, { diagnostics: [diagnostics[0]] });
    const all = actions.find(a => /Fix all SX101/.test(a.title));
    assert.equal(editedText(all), text.replace('abcde-151', 'abcde-101').replace('abcde-154', 'abcde-104'));
    const single = service.getCodeActions(doc, diagnostics[1].range, { diagnostics: [diagnostics[1]] });
    assert.equal(single.some(a => /Fix all/.test(a.title)), false, 'only one SX107 in the file');
  });

  it('honours context.only', () => {
    const { service, doc, diagnostics } = setup();
    const context = { diagnostics: [diagnostics[0]] };
    assert.equal(service.getCodeActions(doc, zero, { ...context, only: ['refactor'] }).length, 0);
    assert.ok(service.getCodeActions(doc, zero, { ...context, only: ['quickfix'] }).every(a => a.kind === QUICK_FIX));
    assert.equal(service.getCodeActions(doc, zero, context).some(a => a.kind === FIX_ALL), false, 'fix-all only when asked');
    for (const only of [['source'], ['source.fixAll'], [FIX_ALL]]) {
      const actions = service.getCodeActions(doc, zero, { ...context, only });
      assert.deepEqual(actions.map(a => a.kind), [FIX_ALL], only.join());
    }
  });

  it('source.fixAll.sxs applies every preferred fix', () => {
    const { service, doc } = setup();
    const [action] = service.getCodeActions(doc, zero, { diagnostics: [], only: ['source.fixAll'] });
    assert.equal(editedText(action), text.replace('abcde-151', 'abcde-101').replace('abcde-154', 'abcde-104').replaceAll('fffff-103', 'abcde-103'));
  });

  it('ignores diagnostics from another version and from other tools', () => {
    const { service, diagnostics } = setup();
    const newer = textDocument(text, 'file:///a.md', 4);
    assert.deepEqual(service.getCodeActions(newer, zero, { diagnostics: [diagnostics[0]], only: ['quickfix'] }), []);
    const other = { ...diagnostics[0], source: 'markdownlint' };
    assert.deepEqual(service.getCodeActions(newer, zero, { diagnostics: [other] }), []);
  });
});
