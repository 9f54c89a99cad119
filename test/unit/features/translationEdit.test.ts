/**
 * The translation editor's edit mapping: only the translation's bytes change, line endings and escapes are
 * kept, and text that would break the unit is refused with a message.
 */
import * as assert from 'node:assert/strict';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import {
  computeTranslationEdit, displayTranslation, refuseTranslation, type TranslationEditResult,
} from '../../../server/src/languageFeatures/translationEdit';
import { parseSxs } from '../../../server/src/sxs/parser';
import { applyEdits } from '../../helpers/documents';
import { readCorpusFile } from '../../helpers/files';
import { joinCrlfLines, joinLines, unit } from '../../helpers/text';

/** Writes `translation` into the unit with `id` and returns the new text, checking both edit forms agree. */
function translate(text: string, id: string, translation: string, block?: string): { text: string; result: TranslationEditResult } {
  const doc = parseSxs(text);
  const found = doc.units.find(u => u.id === id);
  assert.ok(found, `unit ${id}`);
  const result = computeTranslationEdit(text, found, translation, { block, lineStarts: doc.lineStarts });
  if (result.kind !== 'edit') return { text, result };
  const byOffsets = text.slice(0, result.range.start) + result.newText + text.slice(result.range.end);
  assert.equal(applyEdits(text, [result.textEdit]), byOffsets, 'the LSP edit and the offset edit agree');
  assert.ok(result.range.start >= found.target.start && result.range.end <= found.target.end, 'the edit lies inside the translation');
  return { text: byOffsets, result };
}

/** The text outside the unit's translation, which must not change. */
function outsideTranslation(text: string, id: string): [string, string] {
  const found = parseSxs(text).units.find(u => u.id === id)!;
  return [text.slice(0, found.target.start), text.slice(found.target.end)];
}

describe('translation edit', () => {
  const doc = joinLines(
    '---',
    'ms.contentlocale: pl-PL',
    '---',
    `# ${unit('9d2bc-101', 'Tytuł', 'Title')}`,
    '',
    `${unit('9d2bc-102', 'Zaloguj się do **portalu**.', 'Sign in to the **portal**.')} ${unit('9d2bc-103', 'Drugie zdanie.', 'Second sentence.')}`,
    '',
  );

  it('changes only the translation of the unit, and only the bytes that differ', () => {
    const { text, result } = translate(doc, '9d2bc-102', 'Zaloguj się do **witryny**.');
    assert.equal(result.kind, 'edit');
    assert.equal(text, doc.replace('Zaloguj się do **portalu**.', 'Zaloguj się do **witryny**.'));
    assert.deepEqual(outsideTranslation(text, '9d2bc-102'), outsideTranslation(doc, '9d2bc-102'));
    if (result.kind === 'edit') assert.equal(result.newText, 'witryny', 'the common head and tail stay');
    const units = parseSxs(text).units;
    assert.deepEqual(units.map(u => [u.id, u.broken]), [['9d2bc-101', false], ['9d2bc-102', false], ['9d2bc-103', false]]);
    assert.equal(text.slice(units[1].source!.start, units[1].source!.end), 'Sign in to the **portal**.', 'the English is untouched');
  });

  it('writes an empty translation and fills an empty one', () => {
    const emptied = translate(doc, '9d2bc-103', '').text;
    assert.ok(emptied.includes('<span data-ttu-id="9d2bc-103"></span><span class="sxs-lookup">'));
    const filled = translate(emptied, '9d2bc-103', 'Znowu.').text;
    assert.ok(filled.includes('<span data-ttu-id="9d2bc-103">Znowu.</span><span class="sxs-lookup">'));
  });

  it('reports an unchanged translation as unchanged', () => {
    assert.deepEqual(translate(doc, '9d2bc-101', 'Tytuł').result, { kind: 'unchanged' });
  });

  it('keeps escapes and character references exactly as typed', () => {
    const typed = 'Użyj \\*gwiazdki\\*, \\<tagu\\>, &lt;span&gt; i \\\\ oraz `a|b` \\| c';
    const { text, result } = translate(doc, '9d2bc-102', typed);
    assert.equal(result.kind, 'edit');
    const found = parseSxs(text).units.find(u => u.id === '9d2bc-102')!;
    assert.equal(text.slice(found.target.start, found.target.end), typed);
    assert.equal(found.broken, false);
  });

  it('keeps CRLF line endings: a line break typed as \\n is written as \\r\\n', () => {
    const crlf = joinCrlfLines(
      `- ${unit('4ec2a-101', 'Pierwszy wiersz', 'First line')}`,
      `- ${unit('4ec2a-102', 'Jeden', 'One')}`,
      '',
    );
    const { text } = translate(crlf, '4ec2a-101', 'Pierwszy\n  wiersz');
    assert.equal(text, crlf.replace('Pierwszy wiersz', 'Pierwszy\r\n  wiersz'));
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF was written');
    // And back: the grid shows \n, writing what it shows changes nothing.
    const found = parseSxs(text).units[0];
    const shown = displayTranslation(text.slice(found.target.start, found.target.end));
    assert.equal(shown, 'Pierwszy\n  wiersz');
    assert.deepEqual(computeTranslationEdit(text, found, shown), { kind: 'unchanged' });
  });

  it('never splits a CRLF or a surrogate pair', () => {
    const crlf = joinCrlfLines(`${unit('4ec2a-101', 'a\r\nb 😀 c', 'a b c')}`, '');
    const doc1 = parseSxs(crlf);
    const edit = computeTranslationEdit(crlf, doc1.units[0], 'a\nb 😃 c');
    assert.equal(edit.kind, 'edit');
    if (edit.kind === 'edit') {
      assert.equal(edit.newText, '😃', 'the whole pair is replaced');
      const changed = crlf.slice(0, edit.range.start) + edit.newText + crlf.slice(edit.range.end);
      assert.equal(changed, crlf.replace('😀', '😃'));
    }
  });

  it('refuses a raw </span> or <span with a message, and writes nothing', () => {
    for (const typed of ['Tekst</span> dalej', 'Tekst </SPAN > dalej', 'Tekst <span class="x">', 'Tekst <span', 'a </span']) {
      const { text, result } = translate(doc, '9d2bc-102', typed);
      assert.equal(result.kind, 'refused', typed);
      if (result.kind === 'refused') assert.match(result.message, /span/, typed);
      assert.equal(text, doc);
    }
  });

  it('accepts span tags that are text: escaped, as character references or inside a code span', () => {
    for (const typed of ['Znacznik `<span>` i `</span>`', 'Znacznik \\<span> i \\</span>', 'Znacznik &lt;span&gt;', '<spanner> nie jest spanem']) {
      assert.equal(refuseTranslation(typed), undefined, typed);
      const { text, result } = translate(doc, '9d2bc-102', typed);
      assert.equal(result.kind, 'edit', typed);
      const units = parseSxs(text).units;
      assert.equal(units.length, 3, typed);
      assert.ok(units.every(u => !u.broken), typed);
    }
  });

  it('refuses a closing backslash, a blank line, and a line break in a heading or table row', () => {
    assert.match(refuseTranslation('Koniec\\') ?? '', /backslash/);
    assert.equal(refuseTranslation('Koniec\\\\'), undefined, 'an escaped backslash is fine');
    assert.match(refuseTranslation('Akapit\n\nDrugi') ?? '', /blank line/);
    assert.match(refuseTranslation('Akapit\r\n  \r\nDrugi') ?? '', /blank line/);
    assert.match(refuseTranslation('Tytuł\ndalej', { block: 'heading' }) ?? '', /heading/);
    assert.match(refuseTranslation('Komórka\ndalej', { block: 'tableRow' }) ?? '', /table row/);
    assert.equal(refuseTranslation('Akapit\ndalej', { block: 'paragraph' }), undefined);
    assert.equal(translate(doc, '9d2bc-101', 'Tytuł\ndrugi', 'heading').result.kind, 'refused');
  });

  it('edits every unit of a real file without touching anything else (preview units as input)', () => {
    const original = readCorpusFile('pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md');
    const data = computePreviewData(parseSxs(original), { uri: 'file:///routing.md' });
    let text = original;
    // Write every tenth unit, last first, so earlier offsets stay valid; then compare with a model-free splice.
    let expected = original;
    const picked = data.units.filter(u => u.index % 10 === 0).reverse();
    for (const preview of picked) {
      const translation = `${displayTranslation(preview.targetText)} [zmienione ${preview.index}]`;
      const result = computeTranslationEdit(text, preview, translation);
      if (result.kind === 'refused') continue; // headings or table rows with line breaks are not touched here
      assert.equal(result.kind, 'edit');
      if (result.kind !== 'edit') continue;
      text = text.slice(0, result.range.start) + result.newText + text.slice(result.range.end);
      const eol = /\r\n/.test(preview.targetText) ? '\r\n' : '\n';
      expected = expected.slice(0, preview.target.end) + ` [zmienione ${preview.index}]`.replace(/\n/g, eol) + expected.slice(preview.target.end);
    }
    assert.equal(text, expected);
    const after = parseSxs(text);
    assert.equal(after.units.length, data.units.length);
    assert.equal(after.problems.length, parseSxs(original).problems.length, 'no new structural problems');
  });
});
