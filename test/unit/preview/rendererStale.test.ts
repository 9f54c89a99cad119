/**
 * Stale units in the preview: the mark, the new English under the old as a word diff, hostile English kept inert,
 * and tables that keep a minimum cell width instead of breaking words.
 */
import * as assert from 'node:assert/strict';
import { renderPreviewRows, type StaleMark } from '../../../client/src/preview/renderer';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { joinLines, unit } from '../../helpers/text';
import { hasClass, parseHtml, type ParsedElement } from './html';

function render(text: string, stale?: ReadonlyMap<number, StaleMark>): ParsedElement[] {
  const data = computePreviewData(parseSxs(text), { uri: 'file:///docs/a.md', version: 1 });
  return parseHtml(renderPreviewRows(data, { stale }).map(row => row.html).join('\n'));
}

const paragraph = joinLines(
  unit('abcde-101', 'Każdy pakiet ma własny plik.', 'Each package has its own file because.'),
  '',
  unit('abcde-102', 'Drugi.', 'Second.'),
);

describe('preview: stale units', () => {
  it('marks only the stale unit and shows the new English under the old as a word diff', () => {
    const elements = render(paragraph, new Map([[0, { oldEnglish: 'Each package has its own file because.', newEnglish: 'Each NuGet package has its own file.', current: 'live (89b4f6a)' }]]));
    const units = elements.filter(e => hasClass(e, 'sxs-unit'));
    assert.deepEqual(units.map(e => hasClass(e, 'sxs-stale')), [true, false]);
    const block = elements.find(e => hasClass(e, 'sxs-new-english'))!;
    assert.ok(hasClass(block.parent!, 'sxs-source'), 'under the English half');
    assert.equal(block.attributes.title, 'The English at live (89b4f6a)');
    const words = (name: string) => elements.filter(e => e.name === name && isInside(e, block)).map(e => e.text.trim());
    assert.deepEqual(words('del'), ['because']);
    assert.deepEqual(words('ins'), ['NuGet']);
    const diffText = elements.find(e => hasClass(e, 'sxs-new-english-text'))!.text.replace(/\s+/g, ' ');
    assert.equal(diffText, 'Each NuGet package has its own file because.', 'same + removed + added, in order');
    assert.equal(elements.filter(e => hasClass(e, 'sxs-new-english')).length, 1);
  });

  it('says so when the English no longer has the sentence, and shows only the mark while the text is on its way', () => {
    const deleted = render(paragraph, new Map([[1, { oldEnglish: 'Second.' }]]));
    assert.match(deleted.find(e => hasClass(e, 'sxs-new-english'))!.text, /No longer in the English/);
    const pending = render(paragraph, new Map([[1, { oldEnglish: 'Second.', pending: true }]]));
    const block = pending.find(e => hasClass(e, 'sxs-new-english'))!;
    assert.ok(hasClass(block, 'sxs-new-english-pending'));
    assert.ok(!pending.some(e => e.name === 'del' || e.name === 'ins'));
  });

  it('keeps hostile new English as text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> [x](javascript:alert(3))';
    const elements = render(paragraph, new Map([[0, { oldEnglish: 'Each package has its own file because.', newEnglish: hostile, current: '"><b>' }]]));
    const block = elements.find(e => hasClass(e, 'sxs-new-english'))!;
    const inside = elements.filter(e => isInside(e, block));
    assert.ok(inside.length > 0 && inside.every(e => ['del', 'ins', 'span'].includes(e.name)), inside.map(e => e.name).join(' '));
    assert.ok(inside.every(e => Object.keys(e.attributes).every(name => name === 'class')), 'no attributes but our classes');
    assert.ok(!elements.some(e => e.name === 'img' || e.name === 'script' || e.name === 'a'));
    assert.ok(block.text.includes('<script>alert(2)</script>'), 'shown as text');
    assert.equal(block.attributes.title, 'The English at "><b>');
  });

  it('marks a stale unit in a table cell in both columns, with the new English in the English cell', () => {
    const table = joinLines(
      '| A | B |',
      '|---|---|',
      `| ${unit('abcde-101', 'Jeden', 'One')} | ${unit('abcde-102', 'Dwa', 'Two')} |`,
    );
    const elements = render(table, new Map([[1, { oldEnglish: 'Two', newEnglish: 'Two and more' }]]));
    const marked = elements.filter(e => hasClass(e, 'sxs-stale'));
    assert.deepEqual(marked.map(e => [e.attributes['data-unit'], hasClass(e, 'sxs-cell-source')]), [['1', false], ['1', true]]);
    const block = elements.find(e => hasClass(e, 'sxs-new-english'))!;
    assert.ok(hasClass(block.parent!, 'sxs-cell-source'));
    assert.equal(block.name, 'span', 'inline content of a cell');
  });

  it('renders no mark without stale units, and none in an included file', () => {
    assert.ok(!render(paragraph).some(e => hasClass(e, 'sxs-stale') || hasClass(e, 'sxs-new-english')));
    const data = computePreviewData(parseSxs(paragraph), { uri: 'file:///docs/a.md', version: 1 });
    const nested = renderPreviewRows(data, { nested: true, stale: new Map([[0, { oldEnglish: 'x', newEnglish: 'y' }]]) });
    assert.ok(!nested.some(row => row.html.includes('sxs-new-english')));
  });
});

function isInside(element: ParsedElement, ancestor: ParsedElement): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}
