/**
 * Document symbols: headings named by their translation, English as detail, nested by level.
 */
import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { getDocumentSymbols } from '../../../server/src/languageFeatures/symbols';
import { parseSxs } from '../../../server/src/sxs/parser';
import { assertRange } from '../../helpers/assertions';
import { joinLines, unit } from '../../helpers/text';

function outline(symbols: readonly DocumentSymbol[]): unknown[] {
  return symbols.map(s => [s.name, s.detail, outline(s.children ?? [])]);
}

describe('document symbols', () => {
  const text = joinLines(
    `# <a name="install"></a>${unit('abcde-103', 'Instalowanie pakietów', 'Installing packages')}`,
    '',
    `## <a name="find"></a>${unit('abcde-104', 'Znajdowanie', 'Finding')} ${unit('abcde-105', 'pakietu', 'a package')}`,
    '',
    'Tekst.',
    '',
    `### ${unit('abcde-106', 'Szczegóły', 'Details')} ##`,
    '',
    '## [Visual Studio](#tab/vs)',
    '',
    `${unit('abcde-107', 'Ustawienia', 'Settings')}`,
    '-----',
  );

  it('names headings by their translation, with the English as detail, nested by level', () => {
    const symbols = getDocumentSymbols(parseSxs(text));
    assert.deepEqual(outline(symbols), [
      ['Instalowanie pakietów', 'Installing packages', [
        ['Znajdowanie pakietu', 'Finding a package', [
          ['Szczegóły', 'Details', []],
        ]],
        ['[Visual Studio](#tab/vs)', undefined, []],
        ['Ustawienia', 'Settings', []],
      ]],
    ]);
  });

  it('covers the section with the range and the heading with the selection range', () => {
    const [top] = getDocumentSymbols(parseSxs(text));
    assertRange(top.range, { start: { line: 0, character: 0 }, end: { line: 11, character: 5 } });
    assert.equal(top.selectionRange.start.line, 0);
    assert.equal(top.selectionRange.end.line, 0);
    const second = top.children![0];
    assertRange(second.range, { start: { line: 2, character: 0 }, end: { line: 8, character: 0 } });
  });
});
