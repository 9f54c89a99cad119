/** UI: hovering the translated half of a unit shows its English in the hover widget. */
import * as assert from 'assert';
import * as fs from 'fs';
import { squash } from '../shared/manifest';
import { workbench } from './fixture';
import { uniqueWord } from './text';

describe('Hover in the workbench', function () {
  it('shows the English sentence when the mouse rests on Polish text', async function () {
    const wb = workbench();
    const { polish } = wb.manifest.samples;
    const { unit } = polish;
    await wb.openFile(polish.path);
    await wb.waitForCodeLens();
    await wb.goTo(unit.line + 1, unit.character + 1);
    const word = uniqueWord(fs.readFileSync(polish.file, 'utf8'), unit.target);
    const hover = await wb.hover(word, unit.sourceText.slice(0, 30));
    await wb.screenshot('hover-polish');
    assert.ok(hover.includes(squash(unit.sourceText)), `hover over "${word}" shows "${unit.sourceText}"; got: ${hover}`);
  });
});
