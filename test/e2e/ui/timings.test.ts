/**
 * UI: how long the first file's lenses and the preview's first paint take in the real workbench, for the long
 * corpus file (routing.md, 487 KB). A measurement, run only with SXS_E2E_TIMINGS=1. Run it first in a fresh
 * workbench (SXS_E2E_TIMINGS=1 SXS_E2E_GREP='Open timings') for the
 * first-file figure; the figures go to test-results/e2e/timings-<flavour>.json and the log. No thresholds: a busy
 * machine decides the figures, the benchmark reports them.
 *
 * The parts come from the logs the workbench writes: the extension host's (when VS Code began activating the
 * extension) and the SxS output channel's (activation, the language server's start, the first check, the first
 * lens request, and the preview's first paint, which the extension and its server log with their durations).
 */
import * as fs from 'fs';
import * as path from 'path';
import { workbench } from './fixture';

/** The session log folder of the throwaway profile: <profile>/user-data/logs/<session>/ (the workspace is <profile>/ws/workspace). */
function sessionLogs(workspaceFolder: string): string | undefined {
  const logs = path.resolve(workspaceFolder, '..', '..', 'user-data', 'logs');
  if (!fs.existsSync(logs)) return undefined;
  const sessions = fs.readdirSync(logs).sort();
  return sessions.length > 0 ? path.join(logs, sessions[sessions.length - 1]) : undefined;
}

interface LogLine {
  readonly time: number;
  readonly text: string;
}

/** The lines of a VS Code log file ("2026-01-31 12:34:56.789 [info] text"), with their times in ms since the epoch. */
function readLog(file: string): LogLine[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').flatMap(line => {
    const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[\w+\] (.*)$/.exec(line);
    return match ? [{ time: new Date(`${match[1]}T${match[2]}`).getTime(), text: match[3] }] : [];
  });
}

/** Polls the SxS log (200 ms apart) until `done` holds: the extension writes some figures after the DOM shows them. */
async function sxsLog(folder: string | undefined, done: (lines: LogLine[]) => boolean, timeout = 60_000): Promise<LogLine[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const lines = folder ? readLog(path.join(folder, 'exthost1', 'sxs-tools.sxs', 'SxS.log')) : [];
    if (done(lines) || Date.now() > deadline) return lines;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

/** The numbers of the first line that matches, or undefined. */
function figuresOf(lines: readonly LogLine[], pattern: RegExp): { time: number; values: number[] } | undefined {
  for (const line of lines) {
    const match = pattern.exec(line.text);
    if (match) return { time: line.time, values: match.slice(1).map(Number) };
  }
  return undefined;
}

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
    // The lenses may come from the parse first ("checking…"); the server asks for them again once the file is checked.
    await wb.activeEditor().locator('.codelens-decoration:visible', { hasText: /\b(\d+ problems?|no problems)\b/ }).first().waitFor({ timeout: 120_000 });
    const countsShown = Date.now();

    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('>SxS: Open Bilingual Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Open Bilingual Preview to the Side' }).first().waitFor({ timeout: 15_000 });
    const previewAsked = Date.now();
    await page.keyboard.press('Enter');
    await wb.preview().locator('.sxs-unit').first().waitFor({ timeout: 60_000 });
    const firstPaint = Date.now();

    // The parts, from the logs (their clock is this machine's, to the millisecond).
    const logs = sessionLogs(wb.manifest.folder);
    const previewLine = /^Preview of [^:]+: webview ready (\d+) ms, data (\d+) ms, first screen \((\d+) of (\d+) rows\) sent (\d+) ms and shown (\d+) ms, all rows sent (\d+) ms and shown (\d+) ms/;
    const lines = await sxsLog(logs, all => figuresOf(all, previewLine) !== undefined);
    const activating = logs ? readLog(path.join(logs, 'exthost1', 'remoteexthost.log')).find(line => line.text.includes('_doActivateExtension sxs-tools.sxs')) : undefined;
    const activated = figuresOf(lines, /^Activated \(the code loaded in (\d+) ms\); starting the language server\.$/);
    const started = figuresOf(lines, /^The language server started in (\d+) ms\./);
    const initialized = figuresOf(lines, /^\[sxs\] initialized (\d+) ms after the server process started \(its code loaded in (\d+) ms\)/);
    const check = figuresOf(lines, new RegExp(`^\\[sxs\\] ${name.replace(/\./g, '\\.')}: first check (\\d+) ms \\((\\d+) units; parsing (\\d+) ms`));
    const lens = figuresOf(lines, new RegExp(`^\\[sxs\\] ${name.replace(/\./g, '\\.')}: first lenses asked (\\d+) ms after opening, answered (?:from the parse|with the checks) in (\\d+) ms`));
    const preview = figuresOf(lines, previewLine);
    const parts = {
      openToActivationEventMs: activating ? activating.time - opened : null,
      activationMs: activating && activated ? activated.time - activating.time : null,
      clientCodeLoadMs: activated?.values[0] ?? null,
      languageServerStartMs: started?.values[0] ?? null,
      serverProcessToInitializedMs: initialized?.values[0] ?? null,
      serverCodeLoadMs: initialized?.values[1] ?? null,
      firstCheckMs: check?.values[0] ?? null,
      parseInCheckMs: check?.values[2] ?? null,
      lensAskedAfterServerOpenMs: lens?.values[0] ?? null,
      lensAnswerMs: lens?.values[1] ?? null,
      lensAnsweredToShownMs: lens ? lensShown - lens.time : null,
      previewWebviewReadyMs: preview?.values[0] ?? null,
      previewDataMs: preview?.values[1] ?? null,
      previewFirstScreenRows: preview?.values[2] ?? null,
      previewRows: preview?.values[3] ?? null,
      previewFirstScreenSentMs: preview?.values[4] ?? null,
      previewFirstScreenShownMs: preview?.values[5] ?? null,
      previewAllRowsSentMs: preview?.values[6] ?? null,
      previewAllRowsShownMs: preview?.values[7] ?? null,
    };
    const figures = {
      file: long.path,
      bytes: fs.statSync(long.file).size,
      units: long.unitCount,
      editorMs: editorShown - opened,
      firstLensMs: lensShown - opened,
      lensWithProblemCountsMs: countsShown - opened,
      previewFirstPaintMs: firstPaint - previewAsked,
      parts,
    };
    console.log(`      ${JSON.stringify(figures)}`);
    const out = path.join(process.cwd(), 'test-results', 'e2e', `timings-${process.env.SXS_E2E_VSCODE ?? 'default'}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
    await wb.screenshot('timings-routing-preview');
  });
});
