/**
 * UI: one preview that follows the active sxs editor (and stays when locked), and scroll sync both ways between
 * the editor and the preview. Every wait polls a state or a selector, never a fixed time.
 */
import * as assert from 'assert';
import type { Locator } from 'playwright-core';
import { workbench } from './fixture';
import type { Workbench } from './workbench';

const PREVIEW_TO_SIDE = 'SxS: Open Bilingual Preview to the Side';

/** The 1-based numbers of the editor lines shown at the top and bottom of the first editor group's editor. */
async function editorLines(wb: Workbench): Promise<{ top: number; bottom: number }> {
  const editor = wb.page.locator('.editor-group-container').first().locator('.editor-instance .monaco-editor').first();
  return editor.evaluate(element => {
    const box = element.getBoundingClientRect();
    const numbers = Array.from(element.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers'))
      .filter(node => {
        const rect = node.getBoundingClientRect();
        return rect.bottom > box.top + 2 && rect.top < box.bottom - 2 && /^\d+$/.test((node.textContent ?? '').trim());
      })
      .map(node => Number((node.textContent ?? '').trim()));
    return { top: Math.min(...numbers), bottom: Math.max(...numbers) };
  });
}

/** The preview's scroll offset and the 0-based line of the first unit at its top. */
async function previewTop(body: Locator): Promise<{ scrollY: number; line: number }> {
  return body.evaluate(() => {
    const units = Array.from(document.querySelectorAll<HTMLElement>('.sxs-unit[data-unit]'));
    const first = units.find(unit => unit.getBoundingClientRect().bottom > 1);
    return { scrollY: window.scrollY, line: Number(first?.dataset.line ?? -1) };
  });
}

async function poll<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: last seen ${JSON.stringify(value)}`);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('Preview follows and scrolls with the editor', function () {
  it('one preview follows the active sxs editor; a locked one keeps its file', async function () {
    const wb = workbench();
    const { polish, japanese, hebrew } = wb.manifest.samples;
    await wb.openFile(polish.path);
    await wb.runCommand(PREVIEW_TO_SIDE);
    await wb.preview().locator(`.sxs-unit[data-id="${polish.unit.id}"]`).waitFor({ timeout: 30_000 });
    const previewTabs = wb.page.locator('.tabs-container .tab', { hasText: /Preview / });
    assert.strictEqual(await previewTabs.count(), 1, 'one preview tab');

    // Another sxs file in the editor: the same preview shows it.
    await wb.openFile(japanese.path);
    await wb.preview().locator(`.sxs-unit[data-id="${japanese.unit.id}"]`).waitFor({ timeout: 30_000 });
    await wb.page.locator('.tabs-container .tab', { hasText: 'Preview NU1101.md' }).waitFor({ timeout: 10_000 });
    assert.strictEqual(await previewTabs.count(), 1, 'still one preview tab');
    await wb.screenshot('preview-follows-editor');

    // Locked, it keeps its file: opening the preview of a third file opens a second, following preview.
    await wb.runCommand('SxS: Toggle Preview Lock');
    await wb.page.locator('.tabs-container .tab', { hasText: '[Preview] NU1101.md' }).waitFor({ timeout: 10_000 });
    await wb.openFile(hebrew.path);
    await wb.runCommand(PREVIEW_TO_SIDE);
    await wb.page.locator('.tabs-container .tab', { hasText: 'Preview service-limits.md' }).waitFor({ timeout: 30_000 });
    assert.strictEqual(await wb.page.locator('.tabs-container .tab', { hasText: '[Preview] NU1101.md' }).count(), 1, 'the locked preview stays');
    await wb.screenshot('preview-locked-and-following');
  });

  it('scrolling the editor scrolls the preview, and scrolling the preview reveals in the editor', async function () {
    const wb = workbench();
    const { page } = wb;
    const { long } = wb.manifest;
    await wb.openFile(long.path);
    await wb.goTo(1, 1);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const body = wb.preview().locator('body');
    await wb.preview().locator('.sxs-unit[data-unit="0"]').waitFor({ timeout: 60_000 });
    await poll('the preview rendered every unit', () => body.evaluate(() => document.querySelectorAll('.sxs-unit[data-unit]').length),
      count => count >= long.unitCount * 0.9, 60_000);

    // Editor -> preview: the mouse wheel over the editor (the cursor stays on line 1).
    const editorBox = await page.locator('.editor-group-container').first().boundingBox();
    assert.ok(editorBox, 'the editor group has a box');
    await page.mouse.move(editorBox.x + editorBox.width / 2, editorBox.y + editorBox.height / 2);
    // One wheel event scrolls the editor a few lines: turn the wheel until it has gone well down.
    const lines = await poll('the editor scrolled', async () => {
      await page.mouse.wheel(0, 400);
      return editorLines(wb);
    }, seen => seen.top > 60);
    const synced = await poll('the preview follows the editor\'s scroll', async () => ({ editor: await editorLines(wb), preview: await previewTop(body) }),
      seen => seen.preview.scrollY > 0 && seen.preview.line + 1 >= seen.editor.top - 1 && seen.preview.line + 1 <= seen.editor.bottom);
    await wb.screenshot('scroll-sync-editor-to-preview');
    console.log(`      editor top line ${lines.top} -> preview top unit at line ${synced.preview.line + 1}`);

    // Preview -> editor: the mouse wheel over the preview.
    const frame = await page.locator('iframe.webview.ready').first().boundingBox();
    assert.ok(frame, 'the preview has a box');
    const before = synced.editor.top;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await poll('the preview scrolled', async () => {
      await page.mouse.wheel(0, 400);
      return previewTop(body);
    }, seen => seen.scrollY > synced.preview.scrollY + 2000);
    const back = await poll('the editor reveals the preview\'s top unit', async () => ({ editor: await editorLines(wb), preview: await previewTop(body) }),
      seen => seen.editor.top > before + 5 && Math.abs(seen.editor.top - (seen.preview.line + 1)) <= 1);
    await wb.screenshot('scroll-sync-preview-to-editor');
    console.log(`      preview top unit at line ${back.preview.line + 1} -> editor top line ${back.editor.top}`);
    await wb.waitForCursor(1, 1);
  });
});
