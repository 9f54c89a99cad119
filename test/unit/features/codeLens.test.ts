/**
 * Code lenses: the file summary and one per heading section with units.
 */
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/languageService';
import { CHECKING_TITLE, FIRST_PROBLEM_COMMAND, getCodeLenses, OPEN_PREVIEW_COMMAND } from '../../../server/src/languageFeatures/codeLens';
import { defaultSettings } from '../../../server/src/languageFeatures/settings';
import { textDocument } from '../../helpers/documents';
import { joinLines, unit } from '../../helpers/text';

const text = joinLines(
  '---',
  'title: T',
  '---',
  `# <a name="a"></a>${unit('abcde-103', 'Tytuł', 'Title')}`,
  '',
  unit('abcde-104', 'A.', 'A.'),
  '',
  `## ${unit('abcde-105', 'Sekcja', 'Section')}`,
  '',
  `${unit('abcde-106', 'B.', 'B.', 'abcde-100')} ${unit('abcde-107', 'C.', 'C.')}`,
  '',
  '## Bez jednostek',
  '',
  'Tekst.',
  '',
  `### ${unit('abcde-108', 'Pod', 'Sub')}`,
);

function titlesByLine(lenses: ReturnType<ReturnType<typeof createLanguageService>['getCodeLenses']>) {
  const byLine = new Map<number, string[]>();
  for (const lens of lenses) {
    byLine.set(lens.range.start.line, [...(byLine.get(lens.range.start.line) ?? []), lens.command?.title ?? '']);
  }
  return Object.fromEntries(byLine);
}

describe('code lenses', () => {
  it('summarises the file on the first line and each heading section that has units, except the whole-file title', () => {
    const service = createLanguageService();
    const lenses = service.getCodeLenses(textDocument(text));
    // The title's section (line 3) holds the whole file: the file summary already says it.
    assert.deepEqual(titlesByLine(lenses), {
      0: ['6 units', '1 problem', 'Open Bilingual Preview'],
      7: ['3 units', '1 problem'],
      11: ['1 unit', 'no problems'],
      15: ['1 unit', 'no problems'],
    });
  });

  it('opens the preview for this document', () => {
    const lens = createLanguageService().getCodeLenses(textDocument(text, 'file:///x/y.md'))
      .find(l => l.command?.command === OPEN_PREVIEW_COMMAND);
    assert.deepEqual(lens?.command?.arguments, ['file:///x/y.md']);
  });

  it('makes "N units" open the preview and "N problems" go to the first problem (of the file, or of the section)', () => {
    const lenses = createLanguageService().getCodeLenses(textDocument(text, 'file:///x/y.md'));
    const commands = lenses.map(l => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]);
    assert.deepEqual(commands.filter(([, title]) => /^\d+ (units?|problems?)$/.test(String(title))), [
      [0, '6 units', OPEN_PREVIEW_COMMAND, ['file:///x/y.md']],
      [0, '1 problem', FIRST_PROBLEM_COMMAND, ['file:///x/y.md']],
      [7, '3 units', OPEN_PREVIEW_COMMAND, ['file:///x/y.md']],
      [7, '1 problem', FIRST_PROBLEM_COMMAND, ['file:///x/y.md', { line: 7, character: 0 }]],
      [11, '1 unit', OPEN_PREVIEW_COMMAND, ['file:///x/y.md']],
      [15, '1 unit', OPEN_PREVIEW_COMMAND, ['file:///x/y.md']],
    ]);
    const none = lenses.find(l => l.command?.title === 'no problems');
    assert.equal(none?.command?.command, '', '"no problems" is not clickable');
  });

  it('from the parse alone (before the checks), counts the units and shows the problem counts as pending', () => {
    const service = createLanguageService();
    const document = textDocument(text, 'file:///x/y.md');
    const lenses = getCodeLenses(service.getModel(document), undefined, { uri: 'file:///x/y.md' });
    assert.deepEqual(titlesByLine(lenses), {
      0: ['6 units', CHECKING_TITLE, 'Open Bilingual Preview'],
      7: ['3 units', CHECKING_TITLE],
      11: ['1 unit', CHECKING_TITLE],
      15: ['1 unit', CHECKING_TITLE],
    });
    assert.ok(lenses.filter(l => l.command?.title === CHECKING_TITLE).every(l => l.command?.command === ''), 'a pending count is not clickable');
    // Once checked, the same places get the counts.
    const checked = service.getCodeLenses(document);
    assert.deepEqual(checked.map(l => l.range.start.line), lenses.map(l => l.range.start.line));
    assert.ok(!checked.some(l => l.command?.title === CHECKING_TITLE));
  });

  it('has no lenses for a file without units, or when turned off', () => {
    const service = createLanguageService();
    assert.deepEqual(service.getCodeLenses(textDocument(joinLines('# Tytuł', '', 'Tekst.'))), []);
    const off = { ...defaultSettings, codeLens: { enabled: false } };
    assert.deepEqual(service.getCodeLenses(textDocument(text), off), []);
  });
});
