/**
 * UI: how long the first file's lenses and the preview's first paint take in the real workbench, for the long
 * corpus file (routing.md, 487 KB). A measurement, run only with SXS_E2E_TIMINGS=1. Run it first in a fresh
 * workbench (SXS_E2E_TIMINGS=1 SXS_E2E_GREP='Open timings') for the
 * first-file figure; the figures go to test-results/e2e/timings-<flavour>.json and the log. No thresholds: a busy
 * machine decides the figures, the benchmark reports them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { workbench } from './fixture';

describe('Open timings', function () {
  it('measures the first lens after opening a file and the preview\'s first paint', async function () {
    const wb = workbench();
    const { page } = wb;
    const { long } = wb.manifest;
    const name = path.posix.basename(long.path);

    // Quick open, with the row chosen; the clock starts at Enter.
    await page.keyboard.press('Control+P');
    const input = wb.quickInput();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(long.path);
    const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name });
    await row.first().waitFor({ timeout: 30_000 });
    const opened = Date.now();
    await page.keyboard.press('Enter');
    await wb.activeEditor().locator('.view-lines').waitFor({ timeout: 30_000 });
    const editorShown = Date.now();
    // Lenses of lines out of view stay in the DOM, hidden (the editor may reopen scrolled): the first one that shows.
    await wb.activeEditor().locator('.codelens-decoration:visible').first().waitFor({ timeout: 60_000 });
    const lensShown = Date.now();

    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('>SxS: Open Bilingual Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Open Bilingual Preview to the Side' }).first().waitFor({ timeout: 15_000 });
    const previewAsked = Date.now();
    await page.keyboard.press('Enter');
    await wb.preview().locator('.sxs-unit').first().waitFor({ timeout: 60_000 });
    const firstPaint = Date.now();

    const figures = {
      file: long.path,
      bytes: fs.statSync(long.file).size,
      units: long.unitCount,
      editorMs: editorShown - opened,
      firstLensMs: lensShown - opened,
      previewFirstPaintMs: firstPaint - previewAsked,
    };
    console.log(`      ${JSON.stringify(figures)}`);
    const out = path.join(process.cwd(), 'test-results', 'e2e', `timings-${process.env.SXS_E2E_VSCODE ?? 'default'}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
    await wb.screenshot('timings-routing-preview');
  });
});
