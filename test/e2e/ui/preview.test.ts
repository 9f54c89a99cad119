/** UI: the bilingual preview beside the editor: two columns per unit, click to reveal, right-to-left text. */
import * as assert from 'assert';
import { squash } from '../shared/manifest';
import { workbench } from './fixture';

const PREVIEW_TO_SIDE = 'SxS: Open Bilingual Preview to the Side';

describe('Bilingual preview', function () {
  it('shows a unit\'s Polish and English in two columns and clicking it moves the editor cursor there', async function () {
    const wb = workbench();
    const { polish } = wb.manifest.samples;
    const { unit } = polish;
    await wb.openFile(polish.path);
    await wb.goTo(1, 1);
    await wb.runCommand(PREVIEW_TO_SIDE);

    const element = wb.preview().locator(`.sxs-unit[data-id="${unit.id}"]`);
    await element.waitFor({ timeout: 30_000 });
    const target = squash(await element.locator('.sxs-target').innerText());
    const source = squash(await element.locator('.sxs-source').innerText());
    assert.strictEqual(target, squash(unit.targetText), 'the translation column');
    assert.strictEqual(source, squash(unit.sourceText), 'the English column');
    // Side by side: the English column starts to the right of the translation column.
    const [left, right] = [await element.locator('.sxs-target').boundingBox(), await element.locator('.sxs-source').boundingBox()];
    assert.ok(left && right && right.x >= left.x + left.width - 1, `two columns: ${JSON.stringify({ left, right })}`);
    await wb.screenshot('preview-polish');

    // The cursor lands right after the unit's `<span data-ttu-id="…">` opener. The position is read from VS Code
    // (Go to Line's "Current Line" readout), not from the status bar, which a narrow window cuts off.
    const column = unit.character + `<span data-ttu-id="${unit.id}">`.length + 1;
    await element.locator('.sxs-target').click();
    await wb.waitForCursor(unit.line + 1, column);
    await wb.screenshot('preview-click-reveals-unit');
  });

  it('renders Hebrew right to left', async function () {
    const wb = workbench();
    const { hebrew } = wb.manifest.samples;
    await wb.openFile(hebrew.path);
    await wb.runCommand(PREVIEW_TO_SIDE);

    const element = wb.preview().locator(`.sxs-unit[data-id="${hebrew.unit.id}"]`);
    await element.waitFor({ timeout: 30_000 });
    const target = element.locator('.sxs-target');
    assert.strictEqual(await target.getAttribute('dir'), 'rtl', 'the Hebrew half has dir=rtl');
    assert.strictEqual(await target.evaluate(el => getComputedStyle(el).direction), 'rtl', 'and is laid out right to left');
    assert.strictEqual(await element.locator('.sxs-source').getAttribute('dir'), 'ltr', 'the English half stays left to right');
    assert.strictEqual(squash(await target.innerText()), squash(hebrew.unit.targetText));
    await wb.screenshot('preview-hebrew-rtl');
  });
});
