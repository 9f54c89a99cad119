/**
 * The parser against every real file of the corpus and the independent reference extraction
 * (`corpus-expected.json`): same units, same IDs and lines, same bytes in both halves. The only structural
 * findings are the real anomalies that sxs-format.md §9 documents.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import { parseSxs } from '../../../server/src/sxs/parser';
import { lineAt } from '../../../server/src/sxs/lineIndex';
import { allChecks } from '../../../server/src/checks/registry';
import { runChecks } from '../../../server/src/checks/run';
import type { SxsDocument } from '../../../server/src/sxs/types';
import { corpusFiles, readCorpusFile, readExpected, type ExpectedFile } from './corpusData';
import { HANG_MS } from '../../helpers/deadlines';

const sha = (text: string): string => createHash('sha1').update(Buffer.from(text, 'utf8')).digest('hex').slice(0, 12);

type Row = [string, string | null, number, number, string, string | null];

function rows(doc: SxsDocument): Row[] {
  const { text, lineStarts } = doc;
  return doc.units.map(unit => [
    unit.id,
    unit.sourceId ?? null,
    lineAt(lineStarts, unit.range.start) + 1,
    lineAt(lineStarts, Math.max(unit.range.end - 1, unit.range.start)) + 1,
    sha(text.slice(unit.target.start, unit.target.end)),
    unit.source ? sha(text.slice(unit.source.start, unit.source.end)) : null,
  ]);
}

/** The files of the first batch (sxs-format §0–§12); §13 adds eight locales. */
function firstBatch(file: string): boolean {
  return /^(pl-pl|cs-cz|ja-jp|he-il)\//.test(file);
}

function anomalousIds(expected: ExpectedFile): Set<string> {
  return new Set(Object.values(expected.anomalies ?? {}).flat());
}

/**
 * The structural findings beyond the broken units of the reference, keyed by corpus path (`CODE unit-id`; SX109 files
 * may have more SX109 findings than the one listed). Every unit the reference extraction lists as broken
 * (`anomalies`, but for openers swallowed by a broken unit) must have SX104, and no other unit may.
 */
const documentedAnomalies: Record<string, readonly string[]> = {
  // §9.6 segmented (broken) front matter
  'pl-pl/aspnetcore-2018/blob/live/aspnetcore/mvc/razor-pages/index.md': ['SX109 40711-101'],
  'pl-pl/alchemyinsights/AlchemyInsights/mailbox-full-error.md': [],
  // §13 front matter split into units (ko-KR)
  'ko-kr/quantum-2020/articles/concepts/multiple-qubits.md': ['SX109 608e0-101'],
  'ko-kr/quantum-2020/articles/concepts/oracles.md': ['SX109 8b597-101'],
  'ko-kr/quantum-2020/articles/concepts/the-qubit.md': ['SX109 e0478-101'],
  'ko-kr/quantum-2020/articles/concepts/vectors-and-matrices.md': ['SX109 d01ab-101'],
  'ko-kr/quantum-2020/articles/resources/glossary.md': ['SX109 2fd79-101'],
  // A numbered list indented four spaces after a paragraph: CommonMark (and DocFX) render it as a code block,
  // so the page shows the unit markup (the English file has the same layout).
  'fr-fr/aspnetcore-2018/blob/live/aspnet/web-forms/overview/data-access/custom-formatting/custom-formatting-based-upon-data-cs.md':
    ['SX110 832d7-237', 'SX110 832d7-238', 'SX110 832d7-239', 'SX110 832d7-240', 'SX110 832d7-241'],
  'fr-fr/aspnetcore-2018/blob/live/aspnet/web-forms/overview/data-access/custom-formatting/custom-formatting-based-upon-data-vb.md':
    ['SX110 6b0b7-240', 'SX110 6b0b7-241', 'SX110 6b0b7-242', 'SX110 6b0b7-243', 'SX110 6b0b7-244'],
};

/** `SX104 id` for every unit the reference extraction reads as broken (not the openers a broken unit swallowed). */
function brokenUnits(expected: ExpectedFile): string[] {
  return Object.entries(expected.anomalies ?? {})
    .filter(([kind]) => kind !== 'nested_ttu_inside_unit')
    .flatMap(([, ids]) => ids.map(id => `SX104 ${id}`));
}

describe('parser on the real corpus', function () {
  this.timeout(HANG_MS);
  const expected = readExpected();
  const files = corpusFiles(expected);
  const structureChecks = allChecks.filter(check => check.id.startsWith('SX1'));

  it('reads all 607 files and the 42,054 reference units', () => {
    assert.strictEqual(files.length, 607);
    const total = files.reduce((sum, file) => sum + expected.files[file].units.length, 0);
    assert.strictEqual(total, 42054);
    assert.strictEqual(files.filter(firstBatch).length, 336, 'the first 336 files, which sxs-format §10 counts');
  });

  it('finds exactly the reference units, with the same IDs, lines and bytes of both halves', () => {
    const mismatches: string[] = [];
    for (const file of files) {
      const reference = expected.files[file];
      const anomalous = anomalousIds(reference);
      const doc = parseSxs(readCorpusFile(file));
      const mine = rows(doc);
      const mineById = new Map(mine.map(row => [row[0], row]));
      for (const row of reference.units) {
        if (anomalous.has(row[0])) {
          assert.ok(mineById.has(row[0]), `${file}: anomalous unit ${row[0]} is not read at all`);
          continue;
        }
        const found = mineById.get(row[0]);
        if (JSON.stringify(found) !== JSON.stringify(row)) {
          mismatches.push(`${file}: expected ${JSON.stringify(row)}, got ${JSON.stringify(found)}`);
        }
      }
      // Units the reference reads as swallowed by a broken unit may be read as units of their own, nothing else.
      const known = new Set(reference.units.map(row => row[0]));
      const swallowed = new Set(reference.anomalies?.nested_ttu_inside_unit ?? []);
      for (const row of mine) {
        if (!known.has(row[0]) && !swallowed.has(row[0])) {
          mismatches.push(`${file}: unit ${row[0]} is not in the reference`);
        }
      }
      // Document order.
      assert.deepStrictEqual(mine.map(row => row[0]).filter(id => known.has(id)), reference.units.map(row => row[0]), file);
    }
    assert.deepStrictEqual(mismatches, []);
  });

  it('reports each half at ranges that hold exactly the file bytes between the tags', () => {
    for (const file of files) {
      const text = readCorpusFile(file);
      const doc = parseSxs(text);
      for (const unit of doc.units) {
        assert.ok(text.startsWith('data-ttu-id', unit.targetOpen.start + 6) || unit.broken, `${file} ${unit.id}`);
        assert.strictEqual(text.slice(unit.targetIdRange.start, unit.targetIdRange.end), unit.id);
        if (unit.sourceIdRange) {
          assert.strictEqual(text.slice(unit.sourceIdRange.start, unit.sourceIdRange.end), unit.sourceId);
        }
        if (!unit.broken) {
          assert.strictEqual(text.slice(unit.target.end, unit.source!.start),
            `</span><span class="sxs-lookup"><span data-stu-id="${unit.id}">`, `${file} ${unit.id}`);
          assert.strictEqual(text.slice(unit.source!.end, unit.range.end), '</span></span>', `${file} ${unit.id}`);
        }
      }
    }
  });

  it('has structural findings only for the anomalies sxs-format.md §9 and §13 document', () => {
    const unexpected: string[] = [];
    for (const file of files) {
      const doc = parseSxs(readCorpusFile(file));
      const found = runChecks(doc, undefined, { checks: structureChecks })
        .map(finding => `${finding.code} ${finding.unit !== undefined ? doc.units[finding.unit].id : `@${lineAt(doc.lineStarts, finding.range.start) + 1}`}`);
      const unique = [...new Set(found)];
      const broken = brokenUnits(expected.files[file]);
      const documented = [...broken, ...documentedAnomalies[file] ?? []];
      for (const entry of documented) {
        assert.ok(unique.includes(entry), `${file}: expected ${entry}, found ${unique.join(', ') || 'nothing'}`);
      }
      const frontMatterSplit = file in documentedAnomalies && documentedAnomalies[file].every(entry => entry.startsWith('SX109'));
      const extra = unique.filter(entry => !documented.includes(entry) && !(frontMatterSplit && entry.startsWith('SX109')));
      if (extra.length > 0) {
        unexpected.push(`${file}: ${extra.join(', ')}`);
      }
    }
    assert.deepStrictEqual(unexpected, []);
  });

  it('gives units their markdown context (the §10 counts for headings, tables, link text, blockquotes, p IDs)', () => {
    let headings = 0;
    let setext = 0;
    let tableCells = 0;
    let linkText = 0;
    let merged = 0;
    let frontMatter = 0;
    let inCode = 0;
    let blockquotes = 0;
    // sxs-format §10 counts the first batch of files (pl-PL, cs-CZ, ja-JP, he-IL).
    for (const file of files.filter(firstBatch)) {
      const doc = parseSxs(readCorpusFile(file));
      for (const unit of doc.units) {
        headings += unit.context.block === 'heading' ? 1 : 0;
        tableCells += unit.context.tableCell !== undefined ? 1 : 0;
        linkText += unit.context.linkText ? 1 : 0;
        merged += unit.idParts.merged ? 1 : 0;
        frontMatter += unit.context.inFrontMatter ? 1 : 0;
        inCode += unit.context.inCode ? 1 : 0;
        blockquotes += unit.context.blockquote ? 1 : 0;
      }
      setext += doc.headings.filter(heading => heading.units.length > 0 && !/^\s*#/.test(doc.text.slice(heading.range.start, heading.range.end))).length;
    }
    // sxs-format.md §10: 2,387 ATX heading units (+12 setext), 4,493 table cells, 1,180 link-text units,
    // 48 p units, 7 front-matter units, none in code.
    assert.strictEqual(merged, 48);
    assert.strictEqual(frontMatter, 7);
    assert.strictEqual(inCode, 0);
    assert.ok(setext >= 12, `setext headings with units: ${setext}`);
    assert.strictEqual(headings, 2387 + 12);
    assert.strictEqual(tableCells, 4493);
    assert.strictEqual(linkText, 1180);
    assert.strictEqual(blockquotes, 910);
  });

  it('treats files without units as plain markdown: no units, no findings', () => {
    const empty = files.filter(file => expected.files[file].units.length === 0);
    assert.strictEqual(empty.filter(firstBatch).length, 14, 'sxs-format §10: 14 files without units in the first batch');
    assert.strictEqual(empty.length, 24);
    for (const file of empty) {
      const doc = parseSxs(readCorpusFile(file));
      assert.strictEqual(doc.units.length, 0, file);
      assert.deepStrictEqual(runChecks(doc), [], file);
    }
  });
});
