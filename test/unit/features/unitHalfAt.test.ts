/**
 * The unit half at an offset (hover's lookup) answers as a scan of every unit would, on real files and on broken
 * markup whose units overlap, at every offset.
 */
import * as assert from 'node:assert/strict';
import { containsOffset, unitHalfAt, type UnitHalf } from '../../../server/src/languageFeatures/units';
import { parseSxs } from '../../../server/src/sxs/parser';
import type { SxsDocument } from '../../../server/src/sxs/types';
import { readCorpusFile } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';

/** The unit half by a scan of every unit in document order, the last holder winning. */
function scanned(doc: SxsDocument, offset: number): UnitHalf | undefined {
  let found: UnitHalf | undefined;
  for (const each of doc.units) {
    if (each.range.start > offset) break;
    if (containsOffset(each.target, offset)) found = { unit: each, half: 'target', range: each.target };
    else if (each.source !== undefined && containsOffset(each.source, offset)) found = { unit: each, half: 'source', range: each.source };
  }
  return found;
}

function assertSameEverywhere(text: string, what: string): number {
  const doc = parseSxs(text);
  let held = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    const expected = scanned(doc, offset);
    const actual = unitHalfAt(doc, offset);
    assert.equal(actual?.unit.index, expected?.unit.index, `${what}: unit at ${offset}`);
    assert.equal(actual?.half, expected?.half, `${what}: half at ${offset}`);
    if (expected !== undefined) held++;
  }
  return held;
}

describe('unit half at an offset', () => {
  it('answers as a scan of every unit on a long real file', function () {
    this.timeout(60_000);
    const text = readCorpusFile('pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md').slice(0, 60_000);
    assert.ok(assertSameEverywhere(text, 'routing.md') > 1000);
  });

  it('answers as a scan of every unit on overlapping and broken units', () => {
    const texts = [
      `<span data-ttu-id="a-1">zewnętrzny ${unit('a-2', 'wewnętrzny', 'inner')} dalej</span><span class="sxs-lookup"><span data-stu-id="a-1">outer</span></span>`,
      joinLines(`<span data-ttu-id="b-1">bez końca`, '', unit('b-2', 'dwa', 'two'), `<span data-ttu-id="b-3">x</span> tekst ${unit('b-4', 'cztery', 'four')}`),
      `${unit('c-1', '', '')}${unit('c-2', 'a', 'b')}<span class="sxs-lookup"><span data-stu-id="c-9">sam</span></span>`,
    ];
    let held = 0;
    texts.forEach((text, i) => {
      held += assertSameEverywhere(text, `text ${i}`);
    });
    assert.ok(held > 20);
  });
});
