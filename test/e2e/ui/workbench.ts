/**
 * The VS Code workbench as the UI tests see it: a chromium page on code-server, with helpers for what a user
 * does (quick open, command palette, go to line, hover) and for reading what only the DOM shows.
 * Every wait has a timeout and waits for a selector or a state, never for a fixed time.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { squash, type WorkspaceManifest } from '../shared/manifest';

export class Workbench {
  constructor(
    readonly page: Page,
    readonly manifest: WorkspaceManifest,
    private readonly screenshotDir: string,
    private readonly screenshotPrefix: string,
  ) {}

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    const file = path.join(this.screenshotDir, `${this.screenshotPrefix}${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * The text box of quick open / the command palette. Only the box's own input: VS Code 1.93 also keeps a
   * (hidden) "toggle all" checkbox input in the widget's header.
   */
  quickInput(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /** Runs a command from the command palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.quickInput();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** Opens a workspace file through quick open (Ctrl+P) and waits for its editor tab. */
  async openFile(relativePath: string): Promise<Locator> {
    const name = path.posix.basename(relativePath);
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(relativePath);
    // Fuzzy matching also offers `<name>.faulty.md` for `<name>.md`: pick the row whose label is exact.
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    const exact = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
    // Quick open can answer from the file list cached by an earlier quick open while its new one loads:
    // a file created since then was once missing ("No matching results") for 20 s. Type the query again
    // until the row shows up.
    for (let attempt = 1; ; attempt++) {
      try {
        await exact.first().waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 4) throw error;
        await input.fill('');
        await input.fill(relativePath);
      }
    }
    // Choose with the keyboard: a tooltip over the list can swallow a mouse click.
    const focusedExact = exact.and(this.page.locator('.focused'));
    for (let step = 0; !(await focusedExact.count()); step++) {
      if (step >= 20) throw new Error(`quick open never focused ${relativePath}`);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    const tab = this.page.locator('.tabs-container .tab.active', { hasText: name });
    await tab.waitFor({ timeout: 15_000 });
    const editor = this.activeEditor();
    await editor.locator('.view-lines').waitFor({ timeout: 15_000 });
    return editor;
  }

  /** The text editor that has (or last had) focus. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Moves the cursor with "Go to Line/Column" (Ctrl+G); 1-based like the status bar. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.quickInput();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await this.waitForCursor(line, column);
  }

  /** The status bar's cursor position, e.g. `{ line: 24, column: 1 }`, or undefined when it is hidden. */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const item = this.page.locator('[id="status.editor.selection"]');
    if (!(await item.isVisible())) return undefined;
    const match = /Ln (\d+), Col (\d+)/.exec(await item.innerText());
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  }

  async waitForCursor(line: number, column?: number, timeout = 15_000): Promise<void> {
    const text = column === undefined ? `Ln ${line},` : `Ln ${line}, Col ${column}`;
    await this.page.locator('[id="status.editor.selection"]', { hasText: text }).waitFor({ timeout });
  }

  /** The text of the editor lines now rendered (Monaco renders only the visible ones), no-break spaces as spaces. */
  async visibleEditorText(): Promise<string> {
    const lines = await this.activeEditor().locator('.view-line').allInnerTexts();
    return lines.join('').replace(/\u00a0/g, ' ');
  }

  /** The screen box of the first rendered occurrence of `text` inside the active editor. */
  async boxOf(text: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    return this.page.evaluate(needle => {
      const editors = document.querySelectorAll('.editor-group-container.active .editor-instance .view-line');
      for (const line of Array.from(editors)) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = (node.textContent ?? '').replace(/\u00a0/g, ' ');
          const at = value.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const box = range.getBoundingClientRect();
          return { x: box.x, y: box.y, width: box.width, height: box.height };
        }
      }
      return undefined;
    }, text);
  }

  /**
   * Waits until the language server has decorated the active editor with a code lens. The lens lines push the
   * text down, so pointing at text before they arrive can miss it. Best effort: returns false after `timeout`.
   */
  async waitForCodeLens(timeout = 15_000): Promise<boolean> {
    return this.activeEditor().locator('.codelens-decoration').first().waitFor({ timeout })
      .then(() => true, () => false);
  }

  /** Hovers `text` in the active editor until a hover containing `expected` shows; returns the hover's text. */
  async hover(text: string, expected: string, timeout = 45_000): Promise<string> {
    const widget = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected }).first();
    const deadline = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      const box = await this.boxOf(text);
      if (!box) throw new Error(`"${text}" is not rendered in the editor`);
      await this.page.mouse.move(box.x + box.width / 2 + (attempt % 3), box.y + box.height / 2);
      try {
        await widget.waitFor({ timeout: 4_000 });
        return squash(await widget.innerText());
      } catch (error) {
        if (Date.now() > deadline) throw error;
        // Move away so the next move starts a fresh hover (the first one can race the language server start).
        await this.page.mouse.move(5, 5);
      }
    }
  }

  /** The document inside the bilingual preview's webview (VS Code nests it in two iframes). */
  preview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /** Closes every editor without saving prompts (tests save what they change). */
  async closeAllEditors(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10_000 });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
