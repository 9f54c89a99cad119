/**
 * The translation editor's rows: built from the preview data, grouped under headings, English rendered by the
 * preview's sanitizing renderer (a hostile document yields no live markup), the local unit shift after a write
 * agrees with a fresh parse, and diagnostics land on their rows.
 */
import * as assert from 'node:assert/strict';
import { buildGrid, changedUnits, findingsByUnit, shiftUnits } from '../../../client/src/translationEditor/gridModel';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { computeTranslationEdit } from '../../../server/src/languageFeatures/translationEdit';
import { parseSxs } from '../../../server/src/sxs/parser';
import { readCorpusFile } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';
import { parseHtml } from '../preview/html';

function gridOf(text: string) {
  const data = computePreviewData(parseSxs(text), { uri: 'file:///doc.md', version: 1 });
  return { data, grid: buildGrid(data, { uri: 'file:///doc.md', title: 'doc.md', version: 1 }, { resolveImage: () => undefined }) };
}

describe('translation grid model', () => {
  it('has one row per unit in document order, under its heading, with the raw translation and rendered English', () => {
    const { grid } = gridOf(joinLines(
      '---', 'ms.contentlocale: he-IL', '---',
      `# ${unit('22088-101', 'כותרת', 'Title')}`,
      '',
      `${unit('22088-102', 'שלום `code` [קישור](https://example.com)', 'Hello `code` [link](https://example.com)')}`,
      '',
      '## Plain heading',
      '',
      `- ${unit('22088-103', 'פריט\\*', 'Item\\*')}`,
      '',
    ));
    assert.deepEqual(grid.units.map(u => [u.id, u.section, u.block]), [
      ['22088-101', 0, 'heading'], ['22088-102', 0, 'paragraph'], ['22088-103', 1, 'listItem'],
    ]);
    assert.equal(grid.direction, 'rtl');
    assert.equal(grid.locale, 'he-IL');
    assert.equal(grid.headings.length, 2);
    assert.match(grid.headings[1].html, /Plain heading/);
    assert.equal(grid.units[2].target, 'פריט\\*', 'the translation is raw markdown');
    assert.match(grid.units[1].sourceHtml, /<code>code<\/code>/);
    assert.match(grid.units[1].sourceHtml, /<a href="https:\/\/example.com">link<\/a>/);
  });

  it('renders a hostile document as text: no script, handler, frame, style or javascript: link survives', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(1)">',
      '[kliknij](javascript:alert(1))',
      '<a href="javascript:alert(1)">a</a>',
      '[dane](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<iframe src="https://example.com"></iframe>',
      '<style>body{background:url(https://example.com/x)}</style>',
      '![obraz](https://example.com/x.png)',
      '<svg onload="alert(1)"></svg>',
      '<details open ontoggle="alert(1)">x</details>',
    ];
    const lines = [`# ${unit('c0ffe-101', 'Wrogi <script>alert(1)</script>', 'Hostile <img src=x onerror=alert(1)>')}`, ''];
    payloads.forEach((payload, i) => lines.push(`- ${unit(`c0ffe-${102 + i}`, `Tekst ${payload}`, `Text ${payload}`)}`, ''));
    const { grid } = gridOf(lines.join('\n'));
    assert.equal(grid.units.length, payloads.length + 1);
    const html = [...grid.units.map(u => u.sourceHtml), ...grid.headings.map(h => h.html)];
    for (const fragment of html) {
      for (const element of parseHtml(fragment)) {
        assert.ok(!['script', 'iframe', 'object', 'embed', 'style', 'svg', 'img', 'details', 'base', 'meta'].includes(element.name), `<${element.name}> in ${fragment}`);
        for (const [name, value] of Object.entries(element.attributes)) {
          assert.ok(!name.startsWith('on'), `${name} in ${fragment}`);
          assert.ok(name !== 'style', `style in ${fragment}`);
          assert.ok(!/^\s*(javascript|data|vbscript):/i.test(value), `${name}=${value} in ${fragment}`);
        }
      }
    }
    // The translation is never HTML: it reaches the webview as text for a textarea.
    assert.equal(grid.units[1].target, 'Tekst <script>alert(1)</script>');
    assert.match(grid.units[1].sourceHtml, /&lt;script&gt;/);
  });

  it('shifts the units after a write exactly as a fresh parse places them', () => {
    let text = readCorpusFile('pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md');
    let units = computePreviewData(parseSxs(text), { uri: 'x' }).units;
    for (const [index, translation] of [[5, 'krótko'], [300, 'znacznie dłuższe tłumaczenie niż przedtem, z `kodem`'], [1200, ''], [5, 'znowu']] as const) {
      const result = computeTranslationEdit(text, units[index], translation);
      assert.equal(result.kind, 'edit');
      if (result.kind !== 'edit') continue;
      text = text.slice(0, result.range.start) + result.newText + text.slice(result.range.end);
      units = shiftUnits(units, index, result.range, result.newText);
      const fresh = computePreviewData(parseSxs(text), { uri: 'x' }).units;
      assert.equal(units.length, fresh.length);
      for (let i = 0; i < fresh.length; i++) {
        const [a, b] = [units[i], fresh[i]];
        assert.deepEqual([a.id, a.range, a.targetOpen, a.target, a.lookup, a.source, a.targetText], [b.id, b.range, b.targetOpen, b.target, b.lookup, b.source, b.targetText], `unit ${i} after writing unit ${index}`);
      }
    }
  });

  it('maps diagnostics to the unit that holds their start, and reports changed rows only', () => {
    const text = joinLines(`${unit('9d2bc-101', 'Jeden', 'One')} ${unit('9d2bc-102', 'Dwa', 'Two')}`, '');
    const { data, grid } = gridOf(text);
    const second = text.indexOf('Dwa');
    const findings = findingsByUnit(data.units, [
      { offset: second, code: 'SX203', message: 'same', severity: 'warning' },
      { offset: text.length, code: 'SX999', message: 'outside', severity: 'info' },
    ]);
    assert.deepEqual(Object.keys(findings), ['1']);
    assert.equal(findings[1][0].code, 'SX203');

    const next = gridOf(text.replace('Dwa', 'Trzy')).grid;
    assert.deepEqual(changedUnits(grid, next)?.map(u => u.id), ['9d2bc-102']);
    const more = gridOf(`${text}${unit('9d2bc-103', 'Trzy', 'Three')}\n`).grid;
    assert.equal(changedUnits(grid, more), undefined, 'a new unit needs the whole list');
  });
});
