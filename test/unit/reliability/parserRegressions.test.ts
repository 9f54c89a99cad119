/**
 * Parser bugs found by fuzzing: each input is the smallest form of a fuzz case that broke a model invariant.
 */
import * as assert from 'node:assert/strict';
import { parseSxs } from '../../../server/src/sxs/parser';
import { checkModel } from '../../fuzz/fuzzLib';

describe('parser regressions found by fuzzing', () => {
  it('keeps a tolerant English opener from running into the next unit (source range never reversed)', () => {
    // The `data-stu-id` value holds the next unit's opener, so the tolerant wrapper match crossed into it.
    const text = '<span data-ttu-id="e125e-106">Rozwiązanie</span><span class="sxs-lookup"><span data-stu-id="en data-ttu-id="e125e-107">Put it</span></span> tail';
    const doc = parseSxs(text);
    checkModel(doc, text);
    for (const unit of doc.units) {
      assert.ok(unit.source === undefined || unit.source.start <= unit.source.end, `unit ${unit.index}: ${JSON.stringify(unit.source)}`);
    }
  });

  it('finds the English ID of a `data-stu-Id` attribute written in another case', () => {
    const text = 'x <span data-ttu-id="059dc-105">Plik</span><span class="sxs-lookup"><span data-stu-Id="059dc-105">File</span></span>\n';
    const doc = parseSxs(text);
    checkModel(doc, text);
    const unit = doc.units[0];
    assert.equal(unit.sourceId, '059dc-105');
    assert.ok(unit.sourceIdRange);
    assert.equal(text.slice(unit.sourceIdRange.start, unit.sourceIdRange.end), '059dc-105');
  });

  it('finds the ID of a tolerant target opener written in another case', () => {
    const text = '<span DATA-TTU-ID="a" data-ttu-id=\'abcde-1\'>x</span><span class="sxs-lookup"><span data-stu-id="abcde-1">y</span></span>';
    const doc = parseSxs(text);
    checkModel(doc, text);
    assert.equal(doc.units.length, 1);
    assert.equal(text.slice(doc.units[0].targetIdRange.start, doc.units[0].targetIdRange.end), doc.units[0].id);
  });
});
