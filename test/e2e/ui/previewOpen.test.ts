/**
 * UI: the preview of a long file opens at the unit under the cursor. Its first paint shows the rows around that
 * unit before the others arrive; when they do, the unit stays where it is on the screen. Every wait polls a state or
 * a selector, never a fixed time.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { workbench } from './fixture';

const PREVIEW_TO_SIDE = 'SxS: Open Bilingual Preview to the Side';

async function poll<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 60_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: last seen ${JSON.stringify(value)}`);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('Preview opens at the cursor', function () {
  it('a long file\'s preview opens at the unit under the cursor and keeps it in view when the other rows arrive', async function () {
    const wb = workbench();
    const { long } = wb.manifest;
    // A unit two thirds into the file: its row is far from both ends of the preview.
    const text = fs.readFileSync(long.file, 'utf8');
    const openers = [...text.matchAll(/<span data-ttu-id="([^"]+)">/g)];
    assert.ok(openers.length > 300, `a long file: ${openers.length} units`);
    const opener = openers[Math.floor(openers.length * 2 / 3)];
    const before = text.slice(0, opener.index);
    const line = before.split('\n').length;
    const column = opener.index! - before.lastIndexOf('\n') + opener[0].length + 1;
    const id = opener[1];

    await wb.openFile(long.path);
    await wb.goTo(line, column);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const body = wb.preview().locator('body');
    await wb.preview().locator(`.sxs-unit.sxs-active[data-id="${id}"]`).first().waitFor({ timeout: 60_000 });
    // The 1-based line of the first unit at the preview's top, and how many units it holds. (Scrolling the editor
    // also scrolls the preview, to the editor's first visible unit: the top is near the cursor's line, not at it.)
    const top = () => body.evaluate(() => {
      const units = Array.from(document.querySelectorAll<HTMLElement>('.sxs-unit[data-unit]'));
      const first = units.find(unit => unit.getBoundingClientRect().bottom > 1);
      return { line: Number(first?.dataset.line ?? -2) + 1, units: units.length };
    });
    const near = (seen: { line: number }) => seen.line > line - 150 && seen.line <= line;
    const first = await poll('the preview shows the unit under the cursor', top, near);

    // The other rows arrive: the preview then holds every unit and still shows the same place.
    const after = await poll('the preview rendered every unit', top, seen => seen.units >= long.unitCount * 0.9);
    await wb.screenshot('preview-opens-at-cursor');
    console.log(`      unit ${id} at line ${line}: preview top at line ${first.line} with ${first.units} units, at line ${after.line} with ${after.units}`);
    assert.ok(near(after), `the preview still shows the cursor's place: ${JSON.stringify(after)}`);
  });
});
