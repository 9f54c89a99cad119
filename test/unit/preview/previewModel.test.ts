import * as assert from 'node:assert/strict';
import { renderPreviewRows } from '../../../client/src/preview/renderer';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusMarkdownFiles, readCorpusFile } from '../../helpers/files';
import { hasClass, parseHtml } from './html';
import { HANG_MS } from '../../helpers/deadlines';

function previewOf(relative: string) {
  const text = readCorpusFile(relative);
  const doc = parseSxs(text);
  return { text, doc, data: computePreviewData(doc, { uri: `file:///${relative}`, version: 1 }) };
}

/** 0-based line of each offset, counted independently of the model's line index. */
function lineCounter(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) ends.push(match.index + match[0].length);
  return offset => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

describe('preview model on the corpus', () => {
  const files = corpusMarkdownFiles();

  it('finds the corpus', () => {
    assert.ok(files.length >= 300, `only ${files.length} corpus files`);
  });

  it('puts every unit in exactly one row, in document order, with rows in line order', function () {
    this.timeout(HANG_MS);
    let units = 0;
    for (const file of files) {
      const { doc, data } = previewOf(file);
      const placed = data.rows.flatMap(row => row.units);
      // Unit-like text in a fenced code block is code: it has no row of its own.
      const shown = doc.units.filter(unit => unit.context.block !== 'fencedCode').map(unit => unit.index);
      assert.deepEqual(placed, shown, `${file}: units in rows`);
      for (let i = 1; i < data.rows.length; i++) {
        assert.ok(data.rows[i].line >= data.rows[i - 1].line, `${file}: row ${i} starts before row ${i - 1}`);
      }
      for (const row of data.rows) {
        assert.ok(row.endLine >= row.line, `${file}: row at ${row.line} ends before it starts`);
        assert.ok(row.units.length > 0 || row.markdown !== undefined, `${file}: empty row at ${row.line}`);
        assert.ok(!((row.kind === 'tableRow' || row.kind === 'table') && /^\s*\|?[\s:|-]*-[\s:|-]*$/.test(row.markdown ?? 'x')), `${file}: table delimiter shown as a row at ${row.line}`);
      }
      units += placed.length;
    }
    assert.ok(units > 20_000, `only ${units} units in the corpus`);
  });

  it('gives each unit its line and its halves exactly as written', function () {
    this.timeout(HANG_MS);
    for (const file of files) {
      const { text, doc, data } = previewOf(file);
      const lineOf = lineCounter(text);
      assert.equal(data.units.length, doc.units.length, file);
      for (const unit of data.units) {
        const model = doc.units[unit.index];
        assert.equal(unit.line, lineOf(model.range.start), `${file} unit ${unit.id}: line`);
        assert.equal(unit.targetText, text.slice(model.target.start, model.target.end), `${file} unit ${unit.id}: target`);
        assert.equal(unit.sourceText, model.source && text.slice(model.source.start, model.source.end), `${file} unit ${unit.id}: source`);
        if (model.context.block === 'fencedCode') continue;
        const row = data.rows.find(r => r.units.includes(unit.index));
        assert.ok(row && row.line <= unit.line && unit.line <= row.endLine, `${file} unit ${unit.id}: outside its row`);
      }
    }
  });

  it('renders every unit once in each column, in document order, translation beside English', function () {
    this.timeout(HANG_MS);
    for (const file of files) {
      const { data } = previewOf(file);
      const html = renderPreviewRows(data, { resolveImage: src => `https://file+.vscode-resource.test/${src}` })
        .map(row => row.html).join('');
      const elements = parseHtml(html);
      const unitElements = elements.filter(e => hasClass(e, 'sxs-unit'));
      const inRows = new Set(data.rows.flatMap(row => row.units));
      const shown = data.units.filter(u => inRows.has(u.index)).map(u => u.index);
      assert.deepEqual(unitElements.map(e => Number(e.attributes['data-unit'])), shown, `${file}: unit order`);
      for (const element of unitElements) {
        if (hasClass(element, 'sxs-cell-unit')) {
          // A table cell: the English is the cell of the same unit in the English table of the same line.
          const english = elements.filter(e => hasClass(e, 'sxs-cell-source') && e.attributes['data-unit'] === element.attributes['data-unit']);
          assert.equal(english.length, 1, `${file}: unit ${element.attributes['data-unit']} English cell`);
          continue;
        }
        // The two halves of a unit are its direct children, translation first: they share one grid row.
        const halves = elements.filter(e => e.parent === element && (hasClass(e, 'sxs-target') || hasClass(e, 'sxs-source')));
        assert.deepEqual(halves.map(e => (hasClass(e, 'sxs-target') ? 'target' : 'source')), ['target', 'source'], `${file}: halves of ${element.attributes['data-unit']}`);
      }
      for (const element of unitElements) {
        assert.equal(element.attributes['data-line'], String(data.units[Number(element.attributes['data-unit'])].line));
      }
    }
  });

  it('marks Hebrew files right to left and Polish files left to right', () => {
    const hebrew = files.find(file => file.startsWith('he-il/') && readCorpusFile(file).includes('data-ttu-id'));
    const polish = files.find(file => file.startsWith('pl-pl/nuget/'));
    assert.ok(hebrew && polish);
    const he = previewOf(hebrew).data;
    assert.equal(he.direction, 'rtl');
    assert.match(he.locale ?? '', /^he-il$/i);
    const html = renderPreviewRows(he).map(row => row.html).join('');
    // Blocks without units (code, HTML) keep their own direction; the halves of units follow the locale.
    const targets = parseHtml(html).filter(e => hasClass(e, 'sxs-target') && !hasClass(e, 'sxs-plain'));
    assert.ok(targets.length > 0 && targets.every(e => e.attributes.dir === 'rtl'));
    assert.ok(parseHtml(html).filter(e => hasClass(e, 'sxs-source') && !hasClass(e, 'sxs-plain')).every(e => e.attributes.dir === 'ltr'));
    assert.equal(previewOf(polish).data.direction, 'ltr');
  });

  it('keeps a table as one row whose lines are cut into cells, units kept whole', () => {
    const { data } = previewOf('pl-pl/aspnetcore/aspnetcore/host-and-deploy/directory-structure.md');
    const tables = data.rows.filter(row => row.kind === 'table');
    assert.ok(tables.length >= 1, 'a table row');
    for (const row of tables) {
      const table = row.table!;
      assert.ok(table.lines.length >= 2, 'header and body lines');
      assert.equal(table.lines[0].header, true);
      assert.ok(table.lines.slice(1).every(line => !line.header), 'one header line');
      const inCells = table.lines.flatMap(line => line.cells.flat().flatMap(part => ('unit' in part ? [part.unit] : [])));
      assert.deepEqual(inCells, [...row.units], 'every unit of the table in a cell, in order');
      for (const line of table.lines) {
        for (const part of line.cells.flat()) {
          if ('unit' in part) assert.equal(data.units[part.unit].line, line.line, `unit ${part.unit} on its line`);
        }
      }
    }
    assert.ok(tables.some(row => row.table!.lines.some(line => line.cells.length > 1)), 'several cells on a line');
  });

  it('keeps headings with their level, alerts with their kind and link-text units with their target', () => {
    const { text, data } = previewOf('pl-pl/nuget/docs/consume-packages/install-use-packages-visual-studio.md');
    const headings = data.rows.filter(row => row.kind === 'heading');
    assert.ok(headings.length > 0 && headings.every(row => row.headingLevel !== undefined && row.headingLevel >= 1));
    const alerts = data.rows.filter(row => row.alert !== undefined);
    const alertLines = text.split('\n').filter(line => /^\s*>\s*\[!(NOTE|TIP|WARNING|IMPORTANT|CAUTION)\]/i.test(line));
    assert.equal(alerts.length > 0, alertLines.length > 0, 'alert rows iff the file has alerts');

    const templates = previewOf('pl-pl/nuget/docs/visual-studio-extensibility/Visual-Studio-Templates.md');
    const linked = templates.data.units.filter(unit => unit.linkHref !== undefined);
    assert.ok(linked.length > 0, 'link-text units');
    for (const unit of linked) {
      assert.ok(templates.text.startsWith(`](${unit.linkHref}`, unit.range.end), `${unit.id}: ${unit.linkHref}`);
    }
  });
});
