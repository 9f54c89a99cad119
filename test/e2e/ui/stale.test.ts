/**
 * UI: English changed since the hand-off. The workspace holds a localized file whose English repository (rebuilt
 * with the real git from test/data/english-source) sits beside the workspace folder; its stale unit shows the new
 * English in the hover and, under the old English, in the bilingual preview; "N stale" in the status bar goes to it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { squash } from '../shared/manifest';
import { workbench } from './fixture';
import { uniqueWord } from './text';

const PREVIEW_TO_SIDE = 'SxS: Open Bilingual Preview to the Side';

describe('English changed since the hand-off', function () {
  it('shows the new English of a stale unit on hover', async function () {
    const wb = workbench();
    const { english } = wb.manifest;
    const { unit } = english;
    await wb.openFile(english.path);
    await wb.waitForCodeLens();
    await wb.goTo(unit.line + 1, unit.character + 1);
    const word = uniqueWord(fs.readFileSync(english.file, 'utf8'), unit.target);
    // The English is read through git after the file opens: the hover waits for its heading.
    const hover = await wb.hover(word, 'English changed since the hand-off');
    await wb.screenshot('stale-hover');
    assert.ok(hover.includes(`New English: ${squash(english.newEnglishText)}`), `the new English in the hover; got: ${hover}`);
    const removed = await wb.page.locator('.monaco-hover:not(.hidden) del, .monaco-hover:not(.hidden) s').allInnerTexts();
    assert.deepStrictEqual(removed.map(squash), removedWords(english.oldEnglish, english.newEnglish), 'the word diff strikes the removed words');
  });

  it('marks the stale unit in the preview with its new English under the old', async function () {
    const wb = workbench();
    const { english } = wb.manifest;
    const { unit } = english;
    await wb.openFile(english.path);
    await wb.goTo(unit.line + 1, unit.character + 1);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const preview = wb.preview();
    const stale = preview.locator(`.sxs-unit.sxs-stale[data-id="${unit.id}"]`);
    const block = stale.locator('.sxs-source .sxs-new-english:not(.sxs-new-english-pending)');
    await block.waitFor({ timeout: 60_000 });
    await block.scrollIntoViewIfNeeded();
    await wb.screenshot('stale-preview');
    assert.strictEqual(await preview.locator('.sxs-unit.sxs-stale').count(), english.staleCount, 'only the stale units are marked');
    // The old English stays as the unit has it; the new English is the diff without its removed words.
    const oldColumn = await stale.locator('.sxs-source').evaluate(el => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelector('.sxs-new-english')?.remove();
      return copy.textContent ?? '';
    });
    assert.strictEqual(squash(oldColumn), squash(unit.sourceText), 'the old English');
    const text = block.locator('.sxs-new-english-text');
    const newText = await text.evaluate(el => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const removed of Array.from(copy.querySelectorAll('del'))) removed.remove();
      return copy.textContent ?? '';
    });
    assert.strictEqual(squash(newText), squash(english.newEnglish), 'the new English (markdown as written)');
    assert.deepStrictEqual((await text.locator('del').allInnerTexts()).map(squash), removedWords(english.oldEnglish, english.newEnglish));
    // Readable: the removed words are struck through, not only coloured.
    assert.match(await text.locator('del').first().evaluate(el => getComputedStyle(el).textDecorationLine), /line-through/);
    await wb.screenshotOf(block, 'stale-new-english');
  });

  it('keeps the removed and added words apart in a high contrast theme', async function () {
    const wb = workbench();
    const { english } = wb.manifest;
    const { unit } = english;
    await wb.openFile(english.path);
    await wb.goTo(unit.line + 1, unit.character + 1);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const preview = wb.preview();
    const text = preview.locator(`.sxs-unit.sxs-stale[data-id="${unit.id}"] .sxs-new-english:not(.sxs-new-english-pending) .sxs-new-english-text`);
    await text.waitFor({ timeout: 60_000 });
    const original = await wb.chooseTheme('Dark High Contrast');
    try {
      await preview.locator('body.vscode-high-contrast').waitFor({ timeout: 30_000 });
      await text.scrollIntoViewIfNeeded();
      const style = await text.evaluate(el => {
        const colour = (value: string) => {
          const probe = document.createElement('span');
          probe.style.color = value;
          document.body.append(probe);
          const computed = getComputedStyle(probe).color;
          probe.remove();
          return computed;
        };
        const del = getComputedStyle(el.querySelector('del')!);
        return {
          outline: `${del.outlineStyle} ${del.outlineColor}`,
          decoration: del.textDecorationLine,
          contrast: colour('var(--vscode-contrastActiveBorder)'),
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      assert.strictEqual(style.background, 'rgb(0, 0, 0)', 'the high contrast theme\'s background');
      assert.strictEqual(style.outline, `dashed ${style.contrast}`, 'removed words are outlined in the theme\'s contrast colour');
      assert.match(style.decoration, /line-through/);
      // Inline code (the unit's `.nuspec`) keeps a text colour its background does not swallow.
      const code = await preview.locator(`.sxs-unit.sxs-stale[data-id="${unit.id}"] .sxs-target code`).first().evaluate(el => {
        const computed = getComputedStyle(el);
        const background = computed.backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : computed.backgroundColor;
        return { color: computed.color, background };
      });
      assert.notStrictEqual(code.color, code.background, `inline code is readable in high contrast: ${JSON.stringify(code)}`);
      await wb.screenshot('stale-preview-high-contrast');
      await wb.screenshotOf(text, 'stale-new-english-high-contrast');
    } finally {
      if (original) await wb.chooseTheme(original);
    }
  });

  it('"N stale" in the status bar goes to the next stale unit', async function () {
    const wb = workbench();
    const { english } = wb.manifest;
    const { unit } = english;
    await wb.openFile(english.path);
    await wb.goTo(1, 1);
    const item = wb.page.locator('.statusbar-item', { hasText: `${english.staleCount} stale` });
    await item.waitFor({ timeout: 60_000 });
    await wb.screenshot('stale-status-bar');
    await item.click();
    // The cursor lands at the start of the unit's translation, after its opener.
    await wb.waitForCursor(unit.line + 1, unit.character + `<span data-ttu-id="${unit.id}">`.length + 1);
  });
});

/** The words of the old English that the new one lacks, in order (this data has one removed run per word). */
function removedWords(oldEnglish: string, newEnglish: string): string[] {
  const kept = new Set(newEnglish.split(/[^\p{L}\p{N}]+/u));
  return oldEnglish.split(/[^\p{L}\p{N}]+/u).filter(word => word !== '' && !kept.has(word));
}
