/**
 * UI: the translation editor (the grid) in the real workbench. A translation typed in a row reaches the file
 * (and nothing else does), undo restores it, the "with problems" filter shows the injected fault and the row's
 * quick fix clears it, Hebrew is edited right to left, and routing.md (1,556 units) opens and types quickly.
 *
 * Each test opens a copy of its own (manifest.grid): quick open offers a file in the editor it was last shown in,
 * so no other test may open a file the grid has shown, and another test fixes the shared faulty file.
 * The workbench's command palette is used only while a text editor has the focus: focus comes back to a webview
 * asynchronously (the webview reports it by polling), and a palette opened meanwhile loses the focus and closes.
 * Keys meant for VS Code while the grid has the focus (Ctrl+S, Ctrl+Z) are the ones the webview forwards, and the
 * clean-up closes the editors with the mouse.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Locator } from 'playwright-core';
import type { Sample } from '../shared/manifest';
import { workbench } from './fixture';
import { uniqueWord } from './text';

const OPEN_GRID = 'SxS: Open Translation Editor';

function grid(): FrameLocator {
  return workbench().page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

function row(id: string): Locator {
  return grid().locator(`.grid-row[data-id="${id}"]`);
}

const dirtyTab = () => workbench().page.locator('.tabs-container .tab.active.dirty');

/**
 * Opens `file` in a text editor, then the grid from `how` (the command palette, the lens on the first line or the
 * editor title button), and waits until the grid shows `unit` with its translation: the rows have arrived.
 */
async function openGrid(file: Sample, how: 'palette' | 'lens' | 'title' = 'palette'): Promise<Locator> {
  const wb = workbench();
  const editor = await wb.openFile(file.path);
  if (how === 'palette') {
    await wb.runCommand(OPEN_GRID);
  } else if (how === 'lens') {
    const lens = editor.locator('.codelens-decoration a', { hasText: /^\s*Open Translation Editor\s*$/ });
    await lens.first().waitFor({ state: 'visible', timeout: 60_000 });
    await lens.first().click();
  } else {
    // The button shows once the server has read units in the file (the sxs.activeEditorHasUnits context).
    const button = wb.page.locator('.editor-group-container.active .editor-actions .action-label[aria-label*="Open Translation Editor"]');
    await button.first().waitFor({ state: 'visible', timeout: 60_000 });
    await button.first().click();
  }
  const target = row(file.unit.id).locator('textarea');
  await target.waitFor({ timeout: 60_000 });
  assert.strictEqual(await target.inputValue(), file.unit.target, 'the row shows the raw translation');
  return target;
}

/** Waits until every row's text is in the document (or refused): nothing typed is still on its way. */
async function writesSettled(): Promise<void> {
  await grid().locator('#grid-app[data-pending-writes="0"]').waitFor({ timeout: 30_000 });
}

/** Polls the file on disk (VS Code writes it on save) until `predicate` holds. */
async function waitForFile(file: string, predicate: (text: string) => boolean, what: string, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (predicate(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await workbench().page.waitForTimeout(100);
  }
}

async function waitForValue(textarea: Locator, expected: string, what: string): Promise<void> {
  await waitUntil(async () => (await textarea.inputValue()) === expected,
    `${what}: the row to show ${JSON.stringify(expected)}`);
}

/** Ctrl+S from a row: the webview forwards it to VS Code, which saves the document. */
async function saveFromGrid(): Promise<void> {
  await workbench().page.keyboard.press('Control+S');
  await dirtyTab().waitFor({ state: 'detached', timeout: 30_000 });
}

/**
 * Closes every editor with the mouse, answering "Don't Save" when VS Code asks: what a test typed and did not
 * save is dropped. The grid's pending writes go first (a row sends its text when it loses the focus), so none
 * lands after the revert.
 */
async function closeEditors(): Promise<void> {
  const wb = workbench();
  const page = wb.page;
  if (await page.locator('iframe.webview.ready').count() > 0) {
    await grid().locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur()).catch(() => undefined);
    await writesSettled().catch(error => console.log(`      (pending writes: ${error})`));
  }
  const tabs = page.locator('.tabs-container .tab');
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^\s*Don't Save\s*$/ });
  for (let step = 0; step < 10; step++) {
    if (await dontSave.isVisible()) {
      await dontSave.click();
      await dontSave.waitFor({ state: 'detached', timeout: 10_000 });
      continue;
    }
    const count = await tabs.count();
    if (count === 0) return;
    await tabs.last().hover();
    await tabs.last().locator('.tab-actions .action-label').click();
    // Either the tab goes or VS Code asks about the unsaved changes.
    await waitUntil(async () => (await tabs.count()) < count || await dontSave.isVisible(), 'the tab to close or VS Code to ask');
  }
  throw new Error('the editors did not close');
}

describe('Translation editor', function () {
  afterEach(async function () {
    // The clean-up changes the screen: keep the failure's own first (the root hook's screenshot comes after).
    if (this.currentTest?.state === 'failed') {
      await workbench().screenshot(`FAILED-before-clean-up-${this.currentTest.title}`).catch(() => undefined);
    }
    await closeEditors();
  });

  it('writes a typed translation into the file and nothing else; Ctrl+Enter moves on; undo restores it', async function () {
    const wb = workbench();
    const { typing } = wb.manifest.grid;
    const { unit } = typing;
    const original = fs.readFileSync(typing.file, 'utf8');
    const target = await openGrid(typing);
    const source = (await row(unit.id).locator('.grid-source').innerText()).replace(/\s+/g, ' ').trim();
    assert.strictEqual(source, unit.sourceText, 'the English is rendered beside it');
    await wb.screenshot('grid-polish-open');

    const translation = 'Przetłumaczone w siatce: **nowy** tekst';
    await target.click();
    await target.fill(translation);
    await wb.page.keyboard.press('Control+Enter');
    // The next row has the focus.
    const active = grid().locator('.grid-row.grid-active');
    await waitUntil(async () => (await active.getAttribute('data-id')) !== unit.id, 'Ctrl+Enter to move to the next row');
    assert.ok(await active.locator('textarea').evaluate(el => el === document.activeElement), 'the next row\'s text box has the focus');
    await writesSettled();
    await wb.screenshot('grid-typed-and-moved');

    await saveFromGrid();
    const start = unit.offset + `<span data-ttu-id="${unit.id}">`.length;
    const expected = original.slice(0, start) + translation + original.slice(start + unit.target.length);
    await waitForFile(typing.file, text => text !== original, 'the save');
    assert.strictEqual(fs.readFileSync(typing.file, 'utf8'), expected, 'the file differs from the original only in that translation');

    // Undo in the grid (Ctrl+Z reaches the document's undo stack) restores the translation.
    await target.click();
    await wb.page.keyboard.press('Control+Z');
    await waitForValue(target, unit.target, 'undo');
    await saveFromGrid();
    await waitForFile(typing.file, text => text === original, 'the undone file to be saved');
    assert.ok(fs.readFileSync(typing.file).equals(Buffer.from(original, 'utf8')), 'the saved bytes equal the original');
    await wb.screenshot('grid-undone');
  });

  it('refuses a raw </span> or <span with a message and writes nothing', async function () {
    const wb = workbench();
    const { refused } = wb.manifest.grid;
    const target = await openGrid(refused);
    const status = row(refused.unit.id).locator('.grid-status');
    for (const [bad, name] of [['</span>', 'close'], ['<span', 'open']] as const) {
      await target.click();
      await target.fill(`${refused.unit.target} ${bad} x`);
      await status.filter({ hasText: bad }).waitFor({ timeout: 30_000 });
      assert.strictEqual(await target.inputValue(), `${refused.unit.target} ${bad} x`, 'the row keeps the text to correct');
      await wb.screenshot(`grid-refused-${name}`);
      // Esc puts the row back as it was when it got the focus, and the message goes.
      await wb.page.keyboard.press('Escape');
      await waitForValue(target, refused.unit.target, 'Esc');
      await waitUntil(async () => (await status.innerText()).trim() === '', 'the message to go');
      await writesSettled();
      assert.strictEqual(await dirtyTab().count(), 0, 'the document was never changed');
    }
    assert.strictEqual(fs.readFileSync(refused.file, 'utf8'), fs.readFileSync(wb.manifest.samples.polish.file, 'utf8'), 'the file is untouched');
  });

  it('the "with problems" filter shows the injected fault, and the row\'s quick fix clears it', async function () {
    const wb = workbench();
    const mismatch = wb.manifest.grid.faulty;
    const faultyText = fs.readFileSync(mismatch.file, 'utf8');
    assert.ok(faultyText.includes(`data-stu-id="${mismatch.injected}"`), 'the copy holds the injected fault');
    const unit = { id: mismatch.unit, target: '' };
    await wb.openFile(mismatch.path);
    await wb.runCommand(OPEN_GRID);
    const faulty = row(unit.id);
    await faulty.locator('textarea').waitFor({ timeout: 60_000 });

    // The diagnostics arrive after the rows; choose the filter before they do: the list follows them. A hover that
    // the mouse left on a tab (the previous test closes its editors with the mouse) can cover the grid's filters:
    // the mouse goes out of the way first, and the hover must be gone.
    const problems = grid().locator('.grid-filter[data-filter="problems"]');
    await wb.page.mouse.move(5, 5);
    await wb.page.locator('.context-view .hover-contents').waitFor({ state: 'hidden', timeout: 15_000 });
    await problems.click();
    const finding = faulty.locator('.grid-finding', { hasText: 'SX101' });
    await finding.waitFor({ timeout: 60_000 });
    const shown = await grid().locator('.grid-row').evaluateAll(els => els.map(el => ({
      id: (el as HTMLElement).dataset.id, problem: el.classList.contains('grid-has-problem'),
    })));
    assert.ok(shown.some(r => r.id === unit.id), `the faulty unit is listed: ${shown.map(r => r.id).join(', ')}`);
    assert.deepStrictEqual(shown.filter(r => !r.problem).map(r => r.id), [], 'every row listed has a problem');
    const count = Number(await problems.locator('.grid-count').innerText());
    assert.strictEqual(count, shown.length, 'the count is the number of rows listed');
    assert.match(await grid().locator('.grid-shown').innerText(), new RegExp(`^${count} of \\d+ units$`));

    await faulty.locator('textarea').click();
    const fix = faulty.locator('.grid-fix-preferred');
    await fix.waitFor({ timeout: 30_000 });
    assert.match(await fix.innerText(), new RegExp(mismatch.original));
    await wb.screenshot('grid-problems-filter');
    await fix.click();
    await finding.waitFor({ state: 'detached', timeout: 30_000 });
    await wb.screenshot('grid-quick-fix-applied');
    // The fix put back the English ID and changed nothing else: saved, the copy is the corpus file again.
    await faulty.locator('textarea').click();
    await saveFromGrid();
    await waitForFile(mismatch.file, text => text !== faultyText, 'the fixed file to be saved');
    assert.ok(fs.readFileSync(mismatch.file).equals(fs.readFileSync(mismatch.originalFile)), 'the saved bytes equal the corpus file');
  });

  it('filters by a search in either language, counts what each filter leaves, and moves with Alt+Down/Alt+Up', async function () {
    const wb = workbench();
    const { filters } = wb.manifest.grid;
    const { unit } = filters;
    const target = await openGrid(filters);
    const all = grid().locator('.grid-filter[data-filter="all"] .grid-count');
    const untranslated = grid().locator('.grid-filter[data-filter="untranslated"]');
    assert.strictEqual(Number(await all.innerText()), filters.unitCount, 'All counts every unit');
    const search = grid().locator('.grid-search');
    const listed = () => grid().locator('.grid-row').evaluateAll(els => els.map(el => (el as HTMLElement).dataset.id ?? ''));
    // A word of this unit's English, then of its translation, found nowhere else in the file (in any case): each
    // search lists this row alone, and All counts one.
    const fileText = fs.readFileSync(filters.file, 'utf8').toLowerCase();
    for (const word of [uniqueWord(fileText, unit.sourceText.toLowerCase()), uniqueWord(fileText, unit.targetText.toLowerCase())]) {
      await search.fill(word);
      await waitUntil(async () => Number(await all.innerText()) === 1, `the search for "${word}" to count one row`);
      assert.deepStrictEqual(await listed(), [unit.id], `the search for "${word}" lists the unit alone`);
    }
    await wb.screenshot('grid-search');
    await search.fill('');
    await waitUntil(async () => Number(await all.innerText()) === filters.unitCount, 'the search to clear');

    // Copy the English into the row (Ctrl+Insert): the row counts as untranslated.
    const before = Number(await untranslated.locator('.grid-count').innerText());
    await target.click();
    await wb.page.keyboard.press('Control+Insert');
    await writesSettled();
    assert.strictEqual(await target.inputValue(), unit.source, 'the row holds the English');
    await waitUntil(async () => Number(await untranslated.locator('.grid-count').innerText()) === before + 1, 'the untranslated count to go up by one');
    await untranslated.click();
    const untranslatedRows = await listed();
    assert.ok(untranslatedRows.includes(unit.id), `the untranslated filter lists the row: ${untranslatedRows.join(', ')}`);
    assert.strictEqual(untranslatedRows.length, before + 1, 'and as many rows as it counts');

    // Alt+Down and Alt+Up move between the rows of the list (All again).
    await grid().locator('.grid-filter[data-filter="all"]').click();
    await target.click();
    const active = grid().locator('.grid-row.grid-active');
    await wb.page.keyboard.press('Alt+ArrowDown');
    await waitUntil(async () => (await active.getAttribute('data-id')) !== unit.id, 'Alt+Down to move to the next row');
    await wb.page.keyboard.press('Alt+ArrowUp');
    await waitUntil(async () => (await active.getAttribute('data-id')) === unit.id, 'Alt+Up to come back');
    assert.ok(await target.evaluate(el => el === document.activeElement), 'the row\'s text box has the focus');
  });

  it('opens from the lens and edits a Hebrew row right to left', async function () {
    const wb = workbench();
    const { hebrew } = wb.manifest.grid;
    const target = await openGrid(hebrew, 'lens');
    assert.strictEqual(await target.getAttribute('dir'), 'rtl');
    assert.strictEqual(await target.evaluate(el => getComputedStyle(el).direction), 'rtl', 'laid out right to left');
    assert.strictEqual(await row(hebrew.unit.id).locator('.grid-source').getAttribute('dir'), 'ltr', 'the English stays left to right');
    await target.click();
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.type(' שלום');
    await waitForValue(target, `${hebrew.unit.target} שלום`, 'typing Hebrew');
    // Right to left: the text ends at the left edge of the box. A mirror of the text box shows where its last
    // letter sits, left of its first.
    const edges = await target.evaluate(el => {
      const area = el as HTMLTextAreaElement;
      const mirror = document.createElement('div');
      const style = getComputedStyle(area);
      for (const name of ['font', 'direction', 'padding', 'border', 'width', 'boxSizing', 'whiteSpace', 'wordWrap', 'textAlign'] as const) {
        mirror.style[name] = style[name];
      }
      mirror.style.position = 'absolute';
      mirror.style.visibility = 'hidden';
      const first = document.createElement('span');
      first.textContent = area.value.slice(0, 1);
      const last = document.createElement('span');
      last.textContent = area.value.slice(-1);
      mirror.append(first, document.createTextNode(area.value.slice(1, -1)), last);
      document.body.append(mirror);
      const result = { first: first.getBoundingClientRect().right, last: last.getBoundingClientRect().left, box: mirror.getBoundingClientRect() };
      mirror.remove();
      return { firstRight: result.first - result.box.left, lastLeft: result.last - result.box.left, width: result.box.width, caret: area.selectionStart, length: area.value.length };
    });
    assert.strictEqual(edges.caret, edges.length, 'the caret is after the typed word');
    assert.ok(edges.firstRight > edges.width * 0.8, `the first letter sits at the right: ${JSON.stringify(edges)}`);
    await wb.screenshot('grid-hebrew-rtl');
    await writesSettled();
    assert.ok(fs.readFileSync(hebrew.file, 'utf8').includes(hebrew.unit.target), 'nothing is saved');
  });

  it('takes Japanese from an input method: nothing is written while composing, the committed text is', async function () {
    const wb = workbench();
    const { japanese } = wb.manifest.grid;
    const target = await openGrid(japanese, 'title');
    await target.click();
    await wb.page.keyboard.press('End');
    // The input method's own events, as chromium's IME support sends them to the focused text box.
    const cdp = await wb.page.context().newCDPSession(wb.page);
    try {
      await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
      await waitForValue(target, `${japanese.unit.target}にほん`, 'the composition in the row');
      await wb.screenshot('grid-japanese-composing');
      assert.strictEqual(await grid().locator('#grid-app').getAttribute('data-pending-writes'), '0', 'nothing is on its way while composing');
      assert.strictEqual(await dirtyTab().count(), 0, 'nothing is written while composing');
      await cdp.send('Input.insertText', { text: '日本' });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    await waitForValue(target, `${japanese.unit.target}日本`, 'the committed text');
    await dirtyTab().waitFor({ timeout: 30_000 });
    await writesSettled();
    await wb.screenshot('grid-japanese-committed');
  });

  it('takes its colours from a high contrast theme', async function () {
    const wb = workbench();
    const { theme } = wb.manifest.grid;
    // The theme is chosen while the text editor has the focus (see the top of this file); the grid opens in it.
    await wb.openFile(theme.path);
    const original = await wb.chooseTheme('Dark High Contrast');
    try {
      const target = await openGrid(theme);
      await grid().locator('body.vscode-high-contrast').waitFor({ timeout: 30_000 });
      const colours = await target.evaluate(el => {
        const style = getComputedStyle(el);
        const probe = document.createElement('div');
        probe.style.color = 'var(--vscode-contrastBorder)';
        document.body.append(probe);
        const contrast = getComputedStyle(probe).color;
        probe.remove();
        return { border: style.borderTopColor, contrast, background: getComputedStyle(document.body).backgroundColor };
      });
      assert.strictEqual(colours.border, colours.contrast, 'the text box is outlined in the theme\'s contrast border colour');
      assert.strictEqual(colours.background, 'rgb(0, 0, 0)', 'the background is the high contrast theme\'s');
      await wb.screenshot('grid-high-contrast');
    } finally {
      await closeEditors();
      if (original) {
        // Not theme.md: quick open would show it in the grid again, the editor it was last shown in.
        await wb.openFile(wb.manifest.plain.path);
        await wb.chooseTheme(original);
      }
    }
  });

  it('opens routing.md (1,556 units) and types without re-rendering the grid', async function () {
    this.timeout(240_000);
    const wb = workbench();
    const { long } = wb.manifest.grid;
    await wb.openFile(long.path);
    const started = Date.now();
    await wb.runCommand(OPEN_GRID);
    await grid().locator('.grid-row textarea').first().waitFor({ timeout: 120_000 });
    const openMs = Date.now() - started; // from the command palette to the first row in the DOM
    const counts = await grid().locator('body').evaluate(body => ({
      rows: body.querySelectorAll('.grid-row').length,
      all: Number(body.querySelector('.grid-filter[data-filter="all"] .grid-count')?.textContent),
    }));
    assert.strictEqual(counts.all, long.unitCount, 'all units are in the model');
    assert.ok(counts.rows < 200, `only the rows near the viewport are in the DOM: ${counts.rows}`);
    await wb.screenshot('grid-routing-open');

    // Mark the rows on screen: typing must rebuild none of them (the virtual list may only add or drop rows in the
    // margin it keeps outside the viewport).
    const onScreen = (mark: boolean) => grid().locator('body').evaluate((body, setMark) => {
      const view = body.querySelector('.grid-scroll')!.getBoundingClientRect();
      return Array.from(body.querySelectorAll<HTMLElement>('.grid-row')).filter(el => {
        const box = el.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      }).map(el => {
        if (setMark) el.setAttribute('data-mark', '1');
        return { id: el.dataset.id ?? '', marked: el.hasAttribute('data-mark') };
      });
    }, mark);
    const before = await onScreen(true);
    assert.ok(before.length >= 5, `rows on screen: ${before.length}`);
    const textarea = grid().locator('.grid-row textarea').nth(3);
    await textarea.click();
    await wb.page.keyboard.press('End');
    // Fast typing (one write when the typist pauses), then slow typing (a write per key).
    await wb.page.keyboard.type(' abcdefghij klmnopqrst uvwxyz', { delay: 40 });
    await wb.page.keyboard.type(' slow', { delay: 400 });
    await writesSettled();
    const stats = await grid().locator('body').evaluate(() =>
      (window as unknown as { sxsGridStats: GridStats }).sxsGridStats);
    assert.ok(stats.writes.length >= 2, `the writes were answered: ${stats.writes.length}`);
    const after = await onScreen(false);
    const rebuilt = after.filter(r => before.some(old => old.id === r.id) && !r.marked).map(r => r.id);
    assert.deepStrictEqual(rebuilt, [], 'no row on screen was rebuilt while typing');
    await wb.screenshot('grid-routing-typed');
    const report = {
      file: wb.manifest.long.path,
      bytes: fs.statSync(long.file).size,
      units: long.unitCount,
      openMs,
      open: stats.open,
      keystrokes: summary(stats.keystrokes),
      writes: summary(stats.writes),
    };
    console.log(`      routing.md: ${JSON.stringify(report)}`);
    fs.mkdirSync(path.join(process.cwd(), 'test-results', 'e2e'), { recursive: true });
    fs.writeFileSync(path.join(process.cwd(), 'test-results', 'e2e', 'grid-routing-timings.json'), JSON.stringify(report, null, 2));
  });
});

interface GridStats {
  keystrokes: number[];
  writes: number[];
  open: Record<string, number>;
}

function summary(samples: readonly number[]): { n: number; median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: at(1) };
}

async function waitUntil(condition: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await workbench().page.waitForTimeout(100);
  }
}
