/**
 * The preview's cache of rendered halves: rows rendered through it are the rows rendered without it, on the first
 * render, on the next, and after an edit changed a half (the changed half is rendered, not taken from the cache).
 */
import * as assert from 'node:assert/strict';
import { renderPreviewRows } from '../../../client/src/preview/renderer';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { readCorpusFile } from '../../helpers/files';

function previewOf(text: string) {
  return computePreviewData(parseSxs(text), { uri: 'file:///routing.md', version: 1 });
}

describe('preview half cache', () => {
  it('renders the same rows with the cache as without it, before and after an edit', function () {
    this.timeout(120_000);
    const text = readCorpusFile('pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md');
    const halfCache = new Map<string, string>();
    const before = previewOf(text);
    assert.deepStrictEqual(renderPreviewRows(before, { halfCache }), renderPreviewRows(before));
    assert.ok(halfCache.size > 1000);
    assert.deepStrictEqual(renderPreviewRows(before, { halfCache }), renderPreviewRows(before));

    // Emphasis added inside a translated half: the row that holds it must show it.
    const unit = before.units.find(candidate => /^[A-Za-zÀ-ž]{4,}\b/.test(candidate.targetText))!;
    const word = /^[A-Za-zÀ-ž]{4,}/.exec(unit.targetText)![0];
    const edited = text.slice(0, unit.target.start) + `**${word}**` + text.slice(unit.target.start + word.length);
    const after = previewOf(edited);
    const cached = renderPreviewRows(after, { halfCache });
    assert.deepStrictEqual(cached, renderPreviewRows(after));
    assert.ok(cached.some(row => row.html.includes(`<strong>${word}</strong>`)));
  });
});
