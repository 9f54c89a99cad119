/**
 * The facade: one parse per document version, settings read into options without throwing.
 */
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/languageService';
import { defaultSettings, toSettings } from '../../../server/src/languageFeatures/settings';
import { computeCompactPreviewData, computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { textDocument } from '../../helpers/documents';
import { joinLines, unit } from '../../helpers/text';

const text = joinLines(`# ${unit('abcde-101', 'Tytuł', 'Title')}`, '', unit('abcde-102', 'A.', 'B.', 'abcde-103'));

describe('language service', () => {
  it('parses once per document version', () => {
    let parses = 0;
    const service = createLanguageService({ parse: t => (parses++, parseSxs(t)) });
    const v1 = textDocument(text, 'file:///a.md', 1);
    service.getDiagnostics(v1);
    service.getHover(v1, { line: 2, character: 22 });
    service.getCodeLenses(v1);
    service.getDocumentSymbols(v1);
    service.getCodeActions(v1, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [] });
    assert.equal(parses, 1);
    service.getDiagnostics(textDocument(text, 'file:///a.md', 2));
    assert.equal(parses, 2);
    service.forget('file:///a.md');
    service.getDiagnostics(textDocument(text, 'file:///a.md', 2));
    assert.equal(parses, 3);
  });

  it('applies the checks settings, and recomputes when they change', () => {
    const service = createLanguageService();
    const doc = textDocument(text);
    assert.deepEqual(service.getDiagnostics(doc).map(d => d.severity), [1]);
    assert.deepEqual(service.getDiagnostics(doc, toSettings({ checks: { SX101: 'warning' } })).map(d => d.severity), [2]);
    assert.deepEqual(service.getDiagnostics(doc, toSettings({ checks: { 'id-pair-mismatch': 'off' } })), []);
  });

  it('makes the preview data once per version and form, the same as computed directly', () => {
    const service = createLanguageService();
    const v1 = textDocument(text, 'file:///a.md', 1);
    const compact = service.getPreviewData(v1, true);
    assert.deepStrictEqual(compact, computeCompactPreviewData(parseSxs(text), { uri: 'file:///a.md', version: 1 }));
    assert.equal(service.getPreviewData(v1, true), compact);
    const full = service.getPreviewData(v1, false);
    assert.deepStrictEqual(full, computePreviewData(parseSxs(text), { uri: 'file:///a.md', version: 1 }));
    const edited = text.replace('Tytuł', 'Tytuły');
    const v2 = service.getPreviewData(textDocument(edited, 'file:///a.md', 2), true);
    assert.notEqual(v2, compact);
    assert.deepStrictEqual(v2, computeCompactPreviewData(parseSxs(edited), { uri: 'file:///a.md', version: 2 }));
  });

  it('returns no symbols for a file without units', () => {
    assert.deepEqual(createLanguageService().getDocumentSymbols(textDocument('# Tytuł\n\nTekst.\n')), []);
  });
});

describe('settings', () => {
  it('reads sxs.checks and sxs.codeLens.enabled', () => {
    const settings = toSettings({ checks: { SX101: 'warning', 'duplicate-id': { severity: 'off' }, bad: 3 }, codeLens: { enabled: false } });
    assert.deepEqual(settings.checks, { SX101: 'warning', 'duplicate-id': { severity: 'off' } });
    assert.equal(settings.codeLens.enabled, false);
  });

  it('falls back to the defaults for anything else', () => {
    for (const value of [undefined, null, 3, 'x', [], { checks: 'x', codeLens: { enabled: 'no' } }]) {
      const settings = toSettings(value);
      assert.deepEqual(settings.checks, {});
      assert.equal(settings.codeLens.enabled, true);
    }
    assert.equal(toSettings(undefined), defaultSettings);
  });
});
