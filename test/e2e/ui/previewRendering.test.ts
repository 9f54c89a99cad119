/**
 * UI: the preview renders what the docs site renders (a code block, a table, an alert, an include) and opens a
 * clicked link once, through VS Code: an external link with VS Code's prompt and no second tab, a relative link
 * in the editor.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { workbench } from './fixture';

const PREVIEW_TO_SIDE = 'SxS: Open Bilingual Preview to the Side';

function unit(id: string, target: string, source: string): string {
  return `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
}

const DOCUMENT = [
  '---',
  'ms.contentlocale: pl-pl',
  '---',
  `# ${unit('d0cf0-101', 'Przykład wielojęzycznych pakietów DocFX', 'DocFX multilingual package sample')}`,
  '',
  `${unit('d0cf0-102', 'Zobacz [przykładową witrynę](https://example.com/docs) lub [stronę drugą](other.md#druga-sekcja).', 'See [the example site](https://example.com/docs) or [the second page](other.md#second-section).')}`,
  '',
  '```csharp',
  `var text = "${unit('d0cf0-900', 'nie jednostka', 'not a unit')}";`,
  '```',
  '',
  `| ${unit('d0cf0-103', 'Nazwa', 'Name')} | ${unit('d0cf0-104', 'Opis', 'Description')} |`,
  '|---|---|',
  `| \`id\` | ${unit('d0cf0-105', 'Identyfikator elementu', 'The item identifier')} |`,
  '',
  '> [!NOTE]',
  `> ${unit('d0cf0-106', 'To jest uwaga.', 'This is a note.')}`,
  '',
  '[!INCLUDE [stopka](includes/footer.md)]',
  '',
].join('\n');

const FOOTER = `${unit('f00f0-101', 'Treść stopki.', 'Footer text.')}\n`;
const OTHER = ['# Druga', '', 'Tekst.', '', ...Array.from({ length: 60 }, (_, i) => `Wiersz ${i}.\n`), `## ${unit('0e4e0-101', 'Druga sekcja', 'Second section')}`, ''].join('\n');

describe('Preview rendering and links', function () {
  let relative: string;

  before(function () {
    const { folder } = workbench().manifest;
    relative = 'docfx-sample/docfx.md';
    fs.mkdirSync(path.join(folder, 'docfx-sample', 'includes'), { recursive: true });
    fs.writeFileSync(path.join(folder, relative), DOCUMENT);
    fs.writeFileSync(path.join(folder, 'docfx-sample', 'includes', 'footer.md'), FOOTER);
    fs.writeFileSync(path.join(folder, 'docfx-sample', 'other.md'), OTHER);
  });

  it('renders a code block, a table, an alert and an include in both columns', async function () {
    const wb = workbench();
    await wb.openFile(relative);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const preview = wb.preview();
    await preview.locator('.sxs-unit[data-id="d0cf0-106"]').waitFor({ timeout: 30_000 });

    const code = preview.locator('.sxs-row-code .sxs-target pre code');
    assert.match(await code.innerText(), /var text = "<span data-ttu-id="d0cf0-900">/, 'the code block shows its text as code');
    assert.strictEqual(await preview.locator('.sxs-row-code .sxs-source pre code').count(), 1, 'and in the English column');
    assert.strictEqual(await preview.locator('[data-id="d0cf0-900"]').count(), 0, 'no unit row for unit-like text in code');

    const tableLines = preview.locator('.sxs-row-table .sxs-table-row');
    assert.strictEqual(await tableLines.count(), 2, 'two table lines');
    assert.strictEqual(await preview.locator('.sxs-row-table .sxs-target th').first().innerText(), 'Nazwa');
    assert.strictEqual(await preview.locator('.sxs-row-table .sxs-source th').first().innerText(), 'Name');
    // Rows aligned: the translation and English tables of a line start at the same height.
    const left = await tableLines.nth(1).locator('.sxs-target table').boundingBox();
    const right = await tableLines.nth(1).locator('.sxs-source table').boundingBox();
    assert.ok(left && right && Math.abs(left.y - right.y) < 1 && right.x > left.x, `aligned: ${JSON.stringify({ left, right })}`);

    const alert = preview.locator('.sxs-alert-note');
    assert.strictEqual(await alert.locator('.sxs-alert-title').first().innerText(), 'Note');
    // The note's info icon is drawn (a circled "i"), not a character that few fonts have: it takes room and has a ring.
    const icon = await alert.locator('.sxs-alert-title').first().evaluate(el => {
      const style = getComputedStyle(el, '::before');
      return { content: style.content, width: parseFloat(style.width), ring: style.borderTopStyle, radius: style.borderTopLeftRadius };
    });
    assert.ok(icon.content === '"i"' && icon.width > 4 && icon.ring === 'solid' && icon.radius === '50%', `info icon: ${JSON.stringify(icon)}`);

    // A narrow preview column: table cells wrap at word boundaries (a cell's unit once took half its cell), and a
    // heading's long word stays whole (a large heading once broke it inside the word).
    const cases = [
      { selector: '.sxs-row-table td', word: 'Identyfikator' },
      { selector: '.sxs-row-table td', word: 'identifier' },
      { selector: '.sxs-row-heading .sxs-target', word: 'wielojęzycznych' },
      { selector: '.sxs-row-heading .sxs-source', word: 'multilingual' },
    ];
    for (const { selector, word } of cases) {
      const lines = await preview.locator(selector, { hasText: word }).first().evaluate((cell, needle) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          return new Set(Array.from(range.getClientRects()).map(rect => Math.round(rect.top))).size;
        }
        return 0;
      }, word);
      assert.strictEqual(lines, 1, `"${word}" on one line of its ${selector}`);
    }
    const include = preview.locator('details.sxs-include').first();
    await include.locator('summary').click();
    await include.locator('[data-id="f00f0-101"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await include.innerText(), /Treść stopki\./);
    await wb.screenshot('preview-docfx-rendered');
  });

  it('opens an external link once, with VS Code\'s prompt, and a relative link in the editor at its anchor', async function () {
    const wb = workbench();
    await wb.openFile(relative);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const preview = wb.preview();
    const link = preview.locator('.sxs-unit[data-id="d0cf0-102"] .sxs-target a', { hasText: 'przykładową witrynę' });
    await link.waitFor({ timeout: 30_000 });
    const pagesBefore = wb.page.context().pages().length;
    await link.click();
    const dialog = wb.page.locator('.monaco-dialog-box').filter({ hasText: 'example.com' });
    await dialog.waitFor({ timeout: 15_000 });
    await wb.screenshot('preview-link-prompt');
    assert.strictEqual(await wb.page.locator('.monaco-dialog-box').count(), 1, 'one prompt');
    assert.strictEqual(wb.page.context().pages().length, pagesBefore, 'no tab opened behind the prompt');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
    assert.strictEqual(wb.page.context().pages().length, pagesBefore, 'cancelled: nothing opened');

    await preview.locator('.sxs-unit[data-id="d0cf0-102"] .sxs-target a', { hasText: 'stronę drugą' }).click();
    await wb.page.locator('.tabs-container .tab.active', { hasText: 'other.md' }).waitFor({ timeout: 15_000 });
    await wb.waitForCursor(125); // the "## Druga sekcja" heading: 4 lines, 60 two-line rows, then the heading
    assert.strictEqual(wb.page.context().pages().length, pagesBefore, 'no "Not found" tab');
    await wb.screenshot('preview-relative-link');
  });
});
