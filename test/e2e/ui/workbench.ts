/**
 * The VS Code workbench as the UI tests see it: a chromium page on code-server, with helpers for what a user
 * does (quick open, command palette, go to line, hover) and for reading what only the DOM shows.
 * Every wait has a timeout and waits for a selector or a state, never for a fixed time (a short pause between two
 * polls of a state at most). Nothing is read from the status bar, which VS Code cuts off when the window is narrow.
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

  /** A screenshot of one element (a part of the page to look at closely). */
  async screenshotOf(locator: Locator, name: string): Promise<string> {
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    const file = path.join(this.screenshotDir, `${this.screenshotPrefix}${name.replace(/[^\w.-]+/g, '-')}.png`);
    await locator.screenshot({ path: file });
    return file;
  }

  /**
   * The text box of quick open / the command palette. Only the box's own input: VS Code 1.93 also keeps a
   * (hidden) "toggle all" checkbox input in the widget's header.
   */
  quickInput(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /**
   * Runs a command from the command palette by its title. The row whose label is exactly `title` is chosen with
   * the keyboard: the palette also lists longer titles that contain it (`View: Close All Editors in Group`) and may
   * put a recently used one first.
   */
  async runCommand(title: string): Promise<void> {
    const input = this.quickInput();
    await this.openQuickInput('F1');
    await input.fill(`>${title}`);
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    const exact = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }) });
    await exact.first().waitFor({ timeout: 15_000 });
    await this.focusRow(exact, title);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /**
   * Opens quick open / the command palette / go to line with `key` and waits for its text box. A key press that
   * arrives while focus moves (an editor or webview taking it) can be lost on a busy machine: press it again.
   */
  private async openQuickInput(key: string): Promise<void> {
    const input = this.quickInput();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(key);
      const shown = await input.waitFor({ state: 'visible', timeout: 8_000 }).then(() => true, () => false);
      if (shown) return;
      if (attempt >= 4) throw new Error(`${key} did not open the quick input after ${attempt} tries`);
    }
  }

  /** Moves the quick input's focus with the arrow keys to the first of `rows`. */
  private async focusRow(rows: Locator, what: string): Promise<void> {
    const focused = rows.and(this.page.locator('.focused'));
    for (let step = 0; !(await focused.count()); step++) {
      if (step >= 20) throw new Error(`the quick input never focused ${what}`);
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /** Opens a workspace file through quick open (Ctrl+P) and waits for its editor tab. */
  async openFile(relativePath: string): Promise<Locator> {
    const name = path.posix.basename(relativePath);
    await this.openQuickInput('Control+P');
    const input = this.quickInput();
    await input.fill(relativePath);
    // Fuzzy matching also offers `<name>.faulty.md` for `<name>.md`: pick the row whose label is exact.
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    const exact = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
    // Quick open can answer from the file list cached by an earlier quick open while its new one loads:
    // a file created since then was once missing ("No matching results") for 20 s. Type the query again
    // until the row shows up. The first quick open of a session, on a machine with a load of 26, was still
    // searching after 20 s: up to 60 s in all.
    for (let attempt = 1; ; attempt++) {
      try {
        await exact.first().waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 12) throw error;
        await input.fill('');
        await input.fill(relativePath);
      }
    }
    // Choose with the keyboard: a tooltip over the list can swallow a mouse click.
    await this.focusRow(exact, relativePath);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    // The active tab of the active group, named exactly (every group has an active tab, and a preview's tab
    // "Preview <name>" holds the name too).
    const tab = this.page.locator('.editor-group-container.active .tabs-container .tab.active')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
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
    const input = this.quickInput();
    await this.openQuickInput('Control+G');
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await this.waitForCursor(line, column);
  }

  /**
   * The active text editor's cursor, 1-based, as VS Code itself reports it: the row "Current Line: 24,
   * Character: 31. …" that Go to Line (Ctrl+G) shows while its box is empty. Unlike the status bar item, which
   * VS Code hides or cuts off when the window is narrow or the bar is full, this row always shows (and its
   * text is read from the DOM, so an ellipsis does not shorten it). Undefined when there is no text editor to
   * ask (for example while a webview has the focus). Leaves the cursor and the focus where they were.
   */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const input = this.quickInput();
    await this.openQuickInput('Control+G');
    try {
      const readout = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row')
        .filter({ hasText: CURRENT_POSITION });
      const text = await readout.first().waitFor({ state: 'visible', timeout: 5_000 })
        .then(() => readout.first().textContent(), () => undefined);
      const match = CURRENT_POSITION.exec(text ?? '');
      return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    } finally {
      await this.page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }

  /** Waits until `cursor()` reports `line` (and `column`, when given); the error names the last position seen. */
  async waitForCursor(line: number, column?: number, timeout = 30_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let seen: { line: number; column: number } | undefined;
    for (;;) {
      seen = await this.cursor();
      if (seen && seen.line === line && (column === undefined || seen.column === column)) return;
      if (Date.now() > deadline) {
        throw new Error(`the cursor is not at line ${line}${column === undefined ? '' : `, column ${column}`}: ` +
          (seen ? `VS Code reports line ${seen.line}, column ${seen.column}` : 'no text editor reports a position'));
      }
      await this.page.waitForTimeout(250);
    }
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
      if (!box) {
        // The editor re-renders its lines when code lenses arrive or it scrolls: look again until the deadline.
        if (Date.now() > deadline) throw new Error(`"${text}" is not rendered in the editor`);
        await this.page.waitForTimeout(250);
        continue;
      }
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

  /**
   * Picks a colour theme with *Preferences: Color Theme* from the command palette, as a user does; answers the theme
   * that was current, or undefined when it already was `label`.
   */
  async chooseTheme(label: string): Promise<string | undefined> {
    const input = this.quickInput();
    for (let attempt = 1; !(await input.isVisible()); attempt++) {
      await this.page.keyboard.press('F1');
      if (await input.waitFor({ state: 'visible', timeout: 8_000 }).then(() => true, () => false)) break;
      if (attempt >= 4) throw new Error('F1 did not open the command palette');
    }
    await input.fill('>Preferences: Color Theme');
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    // The exact row: another command ("…Browse Color Themes in Marketplace") may come first.
    await rows.filter({ has: this.page.locator('.label-name', { hasText: /^\s*Preferences: Color Theme\s*$/ }) }).first().click();
    // The theme list replaces the command list in the same box (its text no longer starts with ">"), with the
    // current theme focused.
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused .label-name').first();
    const deadline = Date.now() + 30_000;
    while ((await input.inputValue()).startsWith('>')) {
      if (Date.now() > deadline) throw new Error('the theme list did not open');
      await this.page.waitForTimeout(100);
    }
    await focused.waitFor({ timeout: 15_000 });
    const current = (await focused.innerText()).trim();
    await input.fill(label);
    const exact = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) });
    await exact.first().click({ timeout: 15_000 });
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    return current === label ? undefined : current;
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

/** Go to Line's readout of the cursor while its box is empty (VS Code 1.93 to 1.139 say "Character"). */
const CURRENT_POSITION = /Current Line: (\d+), (?:Character|Column|Col): (\d+)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
