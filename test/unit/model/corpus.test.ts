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

function anomalousIds(expected: ExpectedFile): Set<string> {
  return new Set(Object.values(expected.anomalies ?? {}).flat());
}

/**
 * The structural findings each anomalous file must have, and no other file may have any.
 * Keyed by corpus path; values are `CODE unit-id` strings (sxs-format.md §9.4–§9.6).
 */
const documentedAnomalies: Record<string, readonly string[]> = {
  // §9.4 escaped closing tag `\</span>`
  'pl-pl/alchemyinsights/AlchemyInsights/how-to-make-an-office-365-purchase.md': ['SX104 5f5a6-106'],
  'pl-pl/alchemyinsights/AlchemyInsights/power-bi-license-management.md': ['SX104 b89b8-111'],
  // §9.5 stray `</span>` carried over from the English source
  'pl-pl/alchemyinsights/AlchemyInsights/outlook-com-setting-changes.md': ['SX104 2a890-112'],
  // §9.5 literal `<span>` text in both halves
  'pl-pl/aspnetcore-2018/blob/live/aspnetcore/client-side/bootstrap.md': ['SX104 04aa6-133', 'SX104 04aa6-200'],
  'pl-pl/aspnetcore-2018/blob/live/aspnetcore/client-side/knockout.md': ['SX104 e0f49-131'],
  // §9.5 Word-HTML pasted into markdown
  'pl-pl/alchemyinsights-2019-06/office-content-search-tool.md': [
    'SX104 ea2d4-104', 'SX104 ea2d4-109', 'SX104 ea2d4-110', 'SX104 ea2d4-112', 'SX104 ea2d4-113',
    'SX104 ea2d4-114', 'SX104 ea2d4-115', 'SX104 ea2d4-116',
  ],
  'pl-pl/alchemyinsights-2019-06/AlchemyInsights/sharepoint-enable-external-sharing.md': ['SX104 d8728-104', 'SX104 d8728-113'],
  // §9.6 segmented (broken) front matter
  'pl-pl/aspnetcore-2018/blob/live/aspnetcore/mvc/razor-pages/index.md': ['SX109 40711-101'],
  'pl-pl/alchemyinsights/AlchemyInsights/mailbox-full-error.md': [],
};

describe('parser on the real corpus', function () {
  this.timeout(120000);
  const expected = readExpected();
  const files = corpusFiles(expected);
  const structureChecks = allChecks.filter(check => check.id.startsWith('SX1'));

  it('reads all 336 files and the 23,038 reference units', () => {
    assert.strictEqual(files.length, 336);
    const total = files.reduce((sum, file) => sum + expected.files[file].units.length, 0);
    assert.strictEqual(total, 23038);
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

  it('has structural findings only for the anomalies sxs-format.md §9 documents', () => {
    const unexpected: string[] = [];
    for (const file of files) {
      const doc = parseSxs(readCorpusFile(file));
      const found = runChecks(doc, undefined, { checks: structureChecks })
        .map(finding => `${finding.code} ${finding.unit !== undefined ? doc.units[finding.unit].id : `@${lineAt(doc.lineStarts, finding.range.start) + 1}`}`);
      const unique = [...new Set(found)];
      const documented = documentedAnomalies[file];
      if (documented === undefined) {
        if (unique.length > 0) {
          unexpected.push(`${file}: ${unique.join(', ')}`);
        }
        continue;
      }
      for (const entry of documented) {
        assert.ok(unique.includes(entry), `${file}: expected ${entry}, found ${unique.join(', ') || 'nothing'}`);
      }
      const extra = unique.filter(entry => !documented.includes(entry) && !entry.startsWith('SX109'));
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
    for (const file of files) {
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
    assert.strictEqual(empty.length, 14);
    for (const file of empty) {
      const doc = parseSxs(readCorpusFile(file));
      assert.strictEqual(doc.units.length, 0, file);
      assert.deepStrictEqual(runChecks(doc), [], file);
    }
  });
});
