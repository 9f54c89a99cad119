/**
 * The compact preview answer (`sxs/previewData` with `compact`): expanded with the document's text, it must be the
 * full answer exactly, on every corpus file and on the broken markup that bends the unit ranges.
 */
import * as assert from 'node:assert/strict';
import { computeCompactPreviewData, computePreviewData, expandPreviewData } from '../../../server/src/languageFeatures/preview';
import type { CompactPreviewData } from '../../../server/src/protocol';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusMarkdownFiles, readCorpusFile } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';

/** The compact answer as the client gets it (through JSON), expanded; and the full answer. */
function bothForms(text: string): { expanded: unknown; full: unknown; compactJson: string } {
  const doc = parseSxs(text);
  const options = { uri: 'file:///doc.md', version: 7 };
  const compactJson = JSON.stringify(computeCompactPreviewData(doc, options));
  return {
    expanded: expandPreviewData(JSON.parse(compactJson) as CompactPreviewData, text),
    full: computePreviewData(doc, options),
    compactJson,
  };
}

describe('compact preview data', () => {
  it('expands to the full answer on every corpus file', function () {
    this.timeout(120_000);
    const files = corpusMarkdownFiles();
    assert.ok(files.length > 100);
    for (const file of files) {
      const { expanded, full } = bothForms(readCorpusFile(file));
      assert.deepStrictEqual(expanded, full, file);
    }
  });

  it('expands to the full answer on broken units, tables, links, code and a file without a locale', () => {
    const texts = [
      // No English wrapper, an unclosed target, a lookup without its inner span, overlapping openers.
      joinLines(
        '# <span data-ttu-id="a-1">Nagłówek</span>',
        '',
        `${unit('a-2', 'jeden', 'one')} <span data-ttu-id="a-3">bez końca`,
        '',
        '<span data-ttu-id="a-4">cel</span><span class="sxs-lookup">English only</span>',
        '',
        `<span data-ttu-id="a-5">x ${unit('a-6', 'wewnątrz', 'inside')}</span>`,
      ),
      joinLines(
        '| a | b |',
        '| :-- | --: |',
        `| ${unit('t-1', 'komórka | z kreską', 'cell | with pipe')} | \`${unit('t-2', 'kod', 'code')}\` |`,
        `| [${unit('t-3', 'łącze', 'link')}](https://example.com/a(b)) | x |`,
        '',
        '```',
        unit('c-1', 'w kodzie', 'in code'),
        '```',
        unit('c-2', 'po kodzie', 'after code'),
        '',
        '> [!NOTE]',
        `> ${unit('n-1', 'uwaga', 'note')}`,
      ),
      // No locale: the direction comes from the halves' text, which the compact answer does not carry.
      `${unit('h-1', 'שלום עולם', 'Hello world')}\r\n\r\n${unit('h-2', 'עוד', 'More')}\r\n`,
      '',
      'Plain markdown without units.\n\n    indented code\n',
    ];
    for (const text of texts) {
      const { expanded, full } = bothForms(text);
      assert.deepStrictEqual(expanded, full, JSON.stringify(text));
    }
  });

  it('is a fraction of the full answer on a long file', () => {
    const text = readCorpusFile('pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md');
    const { compactJson, full } = bothForms(text);
    const fullJson = JSON.stringify(full);
    assert.ok(compactJson.length * 4 < fullJson.length, `compact ${compactJson.length} chars, full ${fullJson.length}`);
  });
});
