/**
 * UI: the keyboard flow. Ctrl+Shift+Alt+] goes to the next problem and shows its message in the hover, and the
 * lenses are clickable ("N units" opens the preview).
 */
import * as assert from 'assert';
import { fault, squash } from '../shared/manifest';
import { workbench } from './fixture';

describe('Keyboard flow', function () {
  it('Ctrl+Shift+Alt+] goes to the next problem and shows its message', async function () {
    const wb = workbench();
    const { page } = wb;
    const mismatch = fault(wb.manifest, 'id-mismatch');
    await wb.openFile(mismatch.path);
    // The problem is published once the server has checked the file: wait for its lens, then for the squiggle.
    // (Lenses of lines scrolled out of view stay in the DOM, hidden: wait for one that shows.)
    await wb.activeEditor().locator('.codelens-decoration:visible').first().waitFor({ timeout: 60_000 });
    await wb.activeEditor().locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
    // From the line above the unit, the next problem is the injected ID mismatch.
    await wb.goTo(mismatch.line, 1);

    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: mismatch.injected }).first();
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+Shift+Alt+BracketRight');
      const shown = await hover.waitFor({ timeout: 8_000 }).then(() => true, () => false);
      if (shown) break;
      // A key press that arrives while the editor takes the focus can be lost on a busy machine.
      if (attempt >= 3) throw new Error('the next-problem key showed no hover with the problem');
      await wb.goTo(mismatch.line, 1);
    }
    const text = squash(await hover.innerText());
    assert.ok(text.includes(`"${mismatch.injected}"`) && text.includes('differ') && text.includes('SX101'), `the hover shows the SX101 message: ${text}`);
    await wb.screenshot('keyboard-next-problem-message');
    await page.keyboard.press('Escape');
    await wb.waitForCursor(mismatch.line + 1);
    // Nothing else ran: no peek widget, no quick input, no other editor.
    assert.strictEqual(await page.locator('.quick-input-widget:visible').count(), 0, 'no quick input opened');
    assert.strictEqual(await page.locator('.tabs-container .tab').count(), 1, 'one editor tab');
  });

  it('Ctrl+Alt+] goes to the next unit, and the "N units" lens opens the preview', async function () {
    const wb = workbench();
    const { page } = wb;
    const { polish } = wb.manifest.samples;
    await wb.openFile(polish.path);
    const column = polish.unit.character + `<span data-ttu-id="${polish.unit.id}">`.length + 1;
    for (let attempt = 1; ; attempt++) {
      await wb.goTo(polish.unit.line + 1, 1);
      await page.keyboard.press('Control+Alt+BracketRight');
      // A key press that arrives while the editor takes the focus can be lost on a busy machine: press it again.
      const moved = await wb.waitForCursor(polish.unit.line + 1, column, 10_000).then(() => true, error => {
        if (attempt >= 3) throw error;
        return false;
      });
      if (moved) break;
    }

    // The file summary's lenses sit above line 1: scroll to the very top.
    await wb.goTo(1, 1);
    const box = await wb.activeEditor().boundingBox();
    assert.ok(box, 'the editor has a box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -20_000);
    const lens = wb.activeEditor().locator('.codelens-decoration a', { hasText: `${polish.unitCount} units` }).first();
    await lens.waitFor({ state: 'visible', timeout: 15_000 });
    await lens.click();
    await wb.preview().locator(`.sxs-unit[data-id="${polish.unit.id}"]`).waitFor({ timeout: 30_000 });
    await wb.screenshot('keyboard-units-lens-opens-preview');
  });
});
