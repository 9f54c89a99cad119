/** UI: an injected ID mismatch shows in the Problems panel, and Ctrl+. / Enter fixes it in the editor. */
import * as assert from 'assert';
import * as fs from 'fs';
import { fault } from '../shared/manifest';
import { workbench } from './fixture';

describe('Problems panel and quick fix', function () {
  it('lists the ID mismatch at its line and the preferred quick fix corrects the ID', async function () {
    const wb = workbench();
    const { page } = wb;
    const mismatch = fault(wb.manifest, 'id-mismatch');
    await wb.openFile(mismatch.path);

    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: mismatch.injected });
    await problem.first().waitFor({ timeout: 60_000 });
    assert.strictEqual(await problem.count(), 1, 'one problem names the injected ID');
    const row = (await problem.innerText()).replace(/\s+/g, ' ');
    const at = /\[Ln (\d+), Col (\d+)\]/.exec(row);
    assert.ok(at, `the problem row shows its position: ${row}`);
    assert.strictEqual(Number(at[1]), mismatch.line + 1, `line of the problem (${row})`);
    await wb.screenshot('problems-id-mismatch');

    // Put the cursor on the problem and open the quick fix menu; the preferred fix comes first.
    await wb.goTo(Number(at[1]), Number(at[2]));
    // The first Ctrl+. can arrive while the editor is still taking focus or computing its code actions (seen on
    // VS Code 1.139 under load): press it again if the menu has not appeared.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+Period');
      const shown = await focused.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt >= 4) throw new Error('Ctrl+. did not open the quick fix menu after 4 tries');
      await wb.activeEditor().click({ position: { x: 1, y: 1 }, trial: true }).catch(() => undefined);
    }
    const title = await focused.innerText();
    assert.ok(title.includes(mismatch.original), `the first quick fix keeps ${mismatch.original}: ${title}`);
    await wb.screenshot('quick-fix-menu');
    await page.keyboard.press('Enter');

    await problem.first().waitFor({ state: 'detached', timeout: 30_000 });
    const text = await wb.visibleEditorText();
    assert.ok(text.includes(`data-stu-id="${mismatch.original}"`), 'the English half has the target ID again');
    assert.ok(!text.includes(mismatch.injected), 'the injected ID is gone from the editor');
    await wb.screenshot('quick-fix-applied');

    // Saved, the file is byte for byte the corpus file again.
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
    assert.ok(fs.readFileSync(mismatch.file).equals(fs.readFileSync(mismatch.originalFile)), 'saved bytes equal the corpus file');
  });
});
