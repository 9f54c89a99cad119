/**
 * `sxs.maxFileSize`: above it only the structure checks run, and fix-all makes one pass; below it, everything.
 */
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/languageService';
import { FIX_ALL } from '../../../server/src/languageFeatures/codeActions';
import { defaultSettings, toSettings, type SxsSettings } from '../../../server/src/languageFeatures/settings';
import { applyEdits, textDocument } from '../../helpers/documents';
import { joinLines, unit } from '../../helpers/text';

// One QA finding (a code span lost in the translation) and one structure finding (IDs that differ).
const text = joinLines(
  `- ${unit('abcde-101', 'Uruchom polecenie.', 'Run `dotnet build`.')}`,
  `- ${unit('abcde-102', 'Drugi krok.', 'Second step.', 'abcde-103')}`,
  '',
);
const tiny: SxsSettings = { ...defaultSettings, maxFileSize: 100 / (1024 * 1024) };

describe('size limit', () => {
  it('runs every check below the limit', () => {
    const codes = createLanguageService().getDiagnostics(textDocument(text), defaultSettings).map(d => d.code);
    assert.deepEqual(codes, ['SX301', 'SX101']);
  });

  it('runs only the structure checks above the limit', () => {
    const codes = createLanguageService().getDiagnostics(textDocument(text), tiny).map(d => d.code);
    assert.deepEqual(codes, ['SX101']);
  });

  it('still hovers above the limit', () => {
    const hover = createLanguageService().getHover(textDocument(text), { line: 0, character: 35 }, tiny);
    assert.match(JSON.stringify(hover?.contents), /Run `dotnet build`/);
  });

  it('fixes the structure problems above the limit in one pass', () => {
    const document = textDocument(text);
    const all = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [action] = createLanguageService().getCodeActions(document, all, { diagnostics: [], only: [FIX_ALL] }, tiny);
    assert.equal(action.kind, FIX_ALL);
    const fixed = applyEdits(text, action.edit!.changes![document.uri]);
    assert.equal(fixed, text.replace('data-stu-id="abcde-103"', 'data-stu-id="abcde-102"'));
  });

  it('reads the setting, falling back to the default for bad values', () => {
    assert.equal(toSettings({ maxFileSize: 12 }).maxFileSize, 12);
    assert.equal(toSettings({ maxFileSize: -1 }).maxFileSize, defaultSettings.maxFileSize);
    assert.equal(toSettings({ maxFileSize: 'big' }).maxFileSize, defaultSettings.maxFileSize);
  });
});
