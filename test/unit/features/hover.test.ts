/**
 * Hover over the two halves of a unit, positions given with a cursor marker.
 */
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { runChecks } from '../../../server/src/checks/run';
import { getHover } from '../../../server/src/languageFeatures/hover';
import { parseSxs } from '../../../server/src/sxs/parser';
import { assertRange } from '../../helpers/assertions';
import { CURSOR, joinLines, lineCharAt, unit, withCursor } from '../../helpers/text';

function hoverAt(marked: string) {
  const { text, offset } = withCursor(marked);
  const doc = parseSxs(text);
  return { text, hover: getHover(doc, lineCharAt(text, offset), runChecks(doc)) };
}

function value(hover: ReturnType<typeof getHover>): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}

describe('hover', () => {
  const line = `1. ${unit('096f7-128', `Wybierz kartę **Zain${CURSOR}stalowano**.`, 'Select the **Installed** tab.')}`;

  it('on the translation shows the English as markdown, the ID, and covers the translated half', () => {
    const { hover } = hoverAt(joinLines('# Tytuł', '', line));
    const text = value(hover);
    assert.match(text, /Select the \*\*Installed\*\* tab\./);
    assert.match(text, /`096f7-128`/);
    assert.equal((hover!.contents as MarkupContent).kind, 'markdown');
    const start = '1. <span data-ttu-id="096f7-128">'.length;
    assertRange(hover!.range, {
      start: { line: 2, character: start },
      end: { line: 2, character: start + 'Wybierz kartę **Zainstalowano**.'.length },
    });
  });

  it('works on the first and last characters of the translated half, not on the markup', () => {
    const first = `${unit('abcde-101', `${CURSOR}Ab.`, 'En.')}`;
    assert.match(value(hoverAt(first).hover), /En\./);
    const last = `<span data-ttu-id="abcde-101">Ab${CURSOR}.</span><span class="sxs-lookup"><span data-stu-id="abcde-101">En.</span></span>`;
    assert.match(value(hoverAt(last).hover), /En\./);
    const onClose = `<span data-ttu-id="abcde-101">Ab.${CURSOR}</span><span class="sxs-lookup"><span data-stu-id="abcde-101">En.</span></span>`;
    assert.equal(hoverAt(onClose).hover, null);
    assert.equal(hoverAt(`Zwykły ${CURSOR}tekst.`).hover, null);
  });

  it('on the English half shows the translation under a plain label', () => {
    const marked = unit('abcde-101', 'Wybierz kartę.', `Select the ${CURSOR}tab.`);
    const { hover } = hoverAt(marked);
    const text = value(hover);
    assert.match(text, /^\*\*Translation\*\* · `abcde-101`/);
    assert.match(text, /Wybierz kartę\./);
    const start = withCursor(marked).text.indexOf('Select the tab.');
    assertRange(hover!.range, { start: { line: 0, character: start }, end: { line: 0, character: start + 'Select the tab.'.length } });
  });

  it('lists the problems found on the unit', () => {
    const marked = unit('abcde-101', `Je${CURSOR}den.`, 'One.', 'abcde-109');
    const text = value(hoverAt(marked).hover);
    assert.match(text, /SX101/);
    assert.match(text, /abcde-109/);
  });

  it('lists no problems for a clean unit', () => {
    assert.doesNotMatch(value(hoverAt(unit('abcde-101', `Je${CURSOR}den.`, 'One.')).hover), /SX\d{3}/);
  });

  it('works on a unit that spans lines', () => {
    const marked = unit('abcde-101', '[Poprzednie](a.md)\n[da${CURSOR}lej](b.md)'.replace('${CURSOR}', CURSOR), '[Previous](a.md)\n[Next](b.md)');
    const { hover } = hoverAt(marked);
    assert.match(value(hover), /\[Next\]\(b\.md\)/);
    assert.equal(hover!.range!.start.line, 0);
    assert.equal(hover!.range!.end.line, 1);
  });

  it('isolates right-to-left translations so that they read in their own direction', () => {
    const text = value(hoverAt(unit('abcde-101', 'בחר את הכרטיסייה.', `Select the ${CURSOR}tab.`)).hover);
    assert.ok(text.includes('\u2068בחר את הכרטיסייה.\u2069'), JSON.stringify(text));
    // Left-to-right translations (Polish, Japanese) are left as written.
    assert.ok(!value(hoverAt(unit('abcde-101', 'タブを選択します。', `Select the ${CURSOR}tab.`)).hover).includes('\u2068'));
  });

  it('lists each problem once, and not those VS Code shows for the hovered position', () => {
    const { text, offset } = withCursor(unit('abcde-101', `Je${CURSOR}den.`, 'One.', 'abcde-109'));
    const doc = parseSxs(text);
    const findings = runChecks(doc);
    assert.ok(findings.length > 0);
    const twice = [...findings, ...findings];
    const shown = value(getHover(doc, lineCharAt(text, offset), twice));
    for (const finding of findings) {
      const count = shown.split(`${finding.code}: ${finding.message}`).length - 1;
      const covers = finding.range.start <= offset && offset <= finding.range.end;
      assert.equal(count, covers ? 0 : 1, `${finding.code} listed ${count} times`);
    }
  });
});
