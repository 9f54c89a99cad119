/**
 * Mocha root hooks for the UI tests (loaded with `--require`): one workspace, one code-server with the
 * extension installed, one chromium page for all UI tests. A failing test leaves a screenshot in
 * test-results/e2e/; everything started here is stopped in afterAll (and by the harness on exit).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import type { WorkspaceManifest } from '../shared/manifest';
import { Workbench } from './workbench';

/** The parts of scripts/e2e/harness.js and workspace.js used here. */
interface Profile {
  readonly root: string;
  readonly env: Record<string, string>;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  dispose(): void;
}
interface CodeServer {
  readonly origin: string;
  readonly logFile: string;
  folderUrl(folder: string): string;
  stop(): Promise<void>;
}
interface Harness {
  readonly RESULTS: string;
  flavour(): { name: string; vscode: string };
  createProfile(label: string): Profile;
  linkExtension(extensionsDir: string): string;
  startCodeServer(options: { profile: Profile; logName: string }): Promise<CodeServer>;
  launchChromium(profile: Profile): Promise<Browser>;
  tail(file: string, lines?: number): string;
}
interface WorkspaceLib {
  createWorkspace(root: string): WorkspaceManifest;
}

function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'e2e', 'harness.js'))) return dir;
  }
  throw new Error('scripts/e2e/harness.js not found above ' + __dirname);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const harness = require(path.join(repoRoot(), 'scripts', 'e2e', 'harness.js')) as Harness;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workspaceLib = require(path.join(repoRoot(), 'scripts', 'e2e', 'workspace.js')) as WorkspaceLib;

interface State {
  profile: Profile;
  server?: CodeServer;
  browser?: Browser;
  workbench?: Workbench;
}
let state: State | undefined;

/** The workbench shared by the UI tests. */
export function workbench(): Workbench {
  if (!state?.workbench) throw new Error('the workbench did not start (see the beforeAll hook)');
  return state.workbench;
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    this.timeout(300_000);
    const flavour = harness.flavour();
    const profile = harness.createProfile('ui');
    state = { profile };
    const manifest = workspaceLib.createWorkspace(path.join(profile.root, 'ws'));
    harness.linkExtension(profile.extensionsDir);
    state.server = await harness.startCodeServer({ profile, logName: 'code-server-ui' });
    state.browser = await harness.launchChromium(profile);
    const page = await state.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(30_000);
    state.workbench = new Workbench(page, manifest, harness.RESULTS, `vscode-${flavour.name}-`);
    // The page's 'load' waits for every script of the workbench: on a busy machine that took more than the default
    // 30 s once. The workbench's own DOM below is the state that matters.
    await page.goto(state.server.folderUrl(manifest.folder), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // The explorer lists the workspace once the remote extension host is connected.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
  },

  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    const wb = state?.workbench;
    if (!wb || !test) return;
    if (test.state === 'failed') {
      const file = await wb.screenshot(`FAILED-${test.fullTitle()}`).catch(() => undefined);
      if (file) console.log(`      screenshot: ${path.relative(process.cwd(), file)}`);
    }
    await wb.closeAllEditors().catch(error => console.log(`      (could not close editors: ${error})`));
  },

  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(30_000);
    if (!state) return;
    const { profile, server, browser } = state;
    state = undefined;
    if (browser) await browser.close().catch(() => undefined);
    if (server) {
      fs.mkdirSync(harness.RESULTS, { recursive: true });
      fs.copyFileSync(server.logFile, path.join(harness.RESULTS, `code-server-ui-${harness.flavour().name}.log`));
      await server.stop();
    }
    profile.dispose();
  },
};
