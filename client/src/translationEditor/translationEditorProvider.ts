/**
 * The translation editor: a custom text editor for sxs files that shows one row per unit, English on the left
 * and the translation on the right. The text document stays the model: every write is a workspace edit of one
 * unit's translation bytes (the pure mapping in `translationEdit.ts`), so undo, redo, the dirty state and save
 * are the document's, and a text editor open on the same file stays in step. Units and findings come from the
 * language server (`sxs/previewData`) and VS Code's diagnostics, the same model everything else reads.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { computeTranslationEdit } from '../../../server/src/languageFeatures/translationEdit';
import type {
  ExtensionToGridMessage, GridCommand, GridFinding, GridInit, GridToExtensionMessage, PreviewData, PreviewUnit,
} from '../../../server/src/protocol';
import { createNonce, webviewShell } from '../preview/html';
import type { SxsDataProvider } from '../sxsData';
import { buildGrid, changedUnits, findingsByUnit, shiftUnits, type DiagnosticLike } from './gridModel';
import { TranslationEditorLensProvider } from './translationEditorLens';

export const translationEditorViewType = 'sxs.translationEditor';

/** What the tests (and only they) read from an open translation editor. */
export interface TranslationEditorInfo {
  readonly uri: vscode.Uri;
  readonly panel: vscode.WebviewPanel;
  /** Every message the webview sent, oldest first (at most the last 500). */
  readonly messages: readonly GridToExtensionMessage[];
  /** Milliseconds from opening the editor to its first rows on screen, once they are. */
  readonly openMs: number | undefined;
  /** Writes a unit's translation the way a row does; resolves with the result the row would get. */
  write(unit: number, text: string): Promise<ExtensionToGridMessage & { type: 'edited' }>;
}

const refreshDelayMs = 120;
const maxKeptMessages = 500;

export class TranslationEditorProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  private readonly sessions = new Set<GridSession>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly data: SxsDataProvider) {
    this.subscriptions.push(
      vscode.window.registerCustomEditorProvider(translationEditorViewType, this, {
        webviewOptions: { retainContextWhenHidden: true, enableFindWidget: true },
        supportsMultipleEditorsPerDocument: false,
      }),
      vscode.commands.registerCommand('sxs.openTranslationEditor', (uri?: unknown) => this.open(uri)),
      vscode.languages.registerCodeLensProvider({ language: 'markdown' }, new TranslationEditorLensProvider(data)),
      vscode.commands.registerCommand('sxs.translationEditor.showSource', () => this.showSource()),
      ...(['commitAndNext', 'nextRow', 'previousRow', 'copySource', 'revertRow'] as const).map(command =>
        vscode.commands.registerCommand(`sxs.translationEditor.${command}`, () => this.active()?.command(command))),
    );
  }

  async resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
    const session = new GridSession(document, panel, this.data, this.extensionUri);
    this.sessions.add(session);
    session.onDidDispose(() => this.sessions.delete(session));
  }

  /** Open translation editors (for tests). */
  getEditors(): readonly TranslationEditorInfo[] {
    return [...this.sessions];
  }

  private async open(argument: unknown): Promise<void> {
    const uri = argument instanceof vscode.Uri ? argument : vscode.window.activeTextEditor?.document.uri ?? activeTabUri();
    if (!uri) {
      void vscode.window.showInformationMessage('Open a localized markdown file to translate it in the translation editor.');
      return;
    }
    await vscode.commands.executeCommand('vscode.openWith', uri, translationEditorViewType);
  }

  private async showSource(): Promise<void> {
    const session = this.active();
    if (!session) return;
    await vscode.window.showTextDocument(session.document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  }

  private active(): GridSession | undefined {
    return [...this.sessions].find(session => session.panel.active);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const session of [...this.sessions]) session.dispose();
  }
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}

interface PendingWrite {
  readonly unit: number;
  readonly id: string;
  readonly text: string;
  readonly seq: number;
  readonly resolve?: (message: ExtensionToGridMessage & { type: 'edited' }) => void;
}

class GridSession implements TranslationEditorInfo, vscode.Disposable {
  readonly messages: GridToExtensionMessage[] = [];
  openMs: number | undefined;
  private readonly openedAt = Date.now();
  private grid: GridInit | undefined;
  private preview: PreviewData | undefined;
  /** Units as our own last write left them, for writing again before the server has answered. */
  private local: { readonly version: number; readonly units: readonly PreviewUnit[] } | undefined;
  private ready = false;
  private disposed = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  /** Writes waiting for the one in progress, latest per unit. */
  private readonly queue = new Map<number, PendingWrite>();
  private writing = false;
  private fixes = new Map<number, (vscode.CodeAction | vscode.Command)[]>();
  /** English HTML by English text: a refresh renders only English that changed. */
  private readonly htmlCache = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly data: SxsDataProvider,
    private readonly extensionUri: vscode.Uri,
  ) {
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    };
    panel.webview.html = this.html();
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: GridToExtensionMessage) => this.onMessage(message)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.document === this.document && event.contentChanges.length > 0) {
          this.fixes.clear();
          this.scheduleRefresh();
        }
      }),
      vscode.languages.onDidChangeDiagnostics(event => {
        if (event.uris.some(uri => uri.toString() === this.document.uri.toString())) this.postFindings();
      }),
    );
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  command(command: GridCommand): void {
    this.post({ type: 'command', command });
  }

  write(unit: number, text: string): Promise<ExtensionToGridMessage & { type: 'edited' }> {
    const id = this.preview?.units[unit]?.id ?? '';
    return new Promise(resolve => this.enqueue({ unit, id, text, seq: -1, resolve }));
  }

  private html(): string {
    const webview = this.panel.webview;
    return webviewShell({
      cspSource: webview.cspSource,
      nonce: createNonce(size => randomBytes(size)),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'grid.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'grid.css')).toString(),
      title: basename(this.document.uri),
    }, '', `
<div id="grid-app" class="grid-loading" aria-busy="true">Loading units…</div>`);
  }

  private onMessage(message: GridToExtensionMessage): void {
    this.messages.push(message);
    if (this.messages.length > maxKeptMessages) this.messages.splice(0, this.messages.length - maxKeptMessages);
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.grid = undefined;
        this.scheduleRefresh(0);
        break;
      case 'rendered':
        this.openMs ??= Date.now() - this.openedAt;
        this.post({ type: 'opened', ms: this.openMs });
        break;
      case 'edit':
        this.enqueue(message);
        break;
      case 'requestFixes':
        this.computeFixes(message.unit).catch(() => undefined);
        break;
      case 'applyFix':
        this.applyFix(message.unit, message.index).catch(() => undefined);
        break;
      case 'reveal':
        this.reveal(message.unit).catch(() => undefined);
        break;
      case 'typing':
        break;
    }
  }

  private post(message: ExtensionToGridMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  /** The server's data for the document's current version (asks again while the document moves on). */
  private async currentData(): Promise<PreviewData | undefined> {
    for (let attempt = 0; attempt < 20 && !this.disposed; attempt++) {
      const version = this.document.version;
      const data = await this.data.get(this.document);
      if (!data) return undefined;
      if (data.version === null || data.version === this.document.version) return data;
      if (version === this.document.version) return undefined; // the server answered for another version
    }
    return undefined;
  }

  private scheduleRefresh(delay = refreshDelayMs): void {
    if (this.disposed) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refreshing = this.refreshing.then(() => this.refresh()).catch(() => undefined);
    }, delay);
  }

  /** Sends the rows: all of them the first time or when units came or went, else only the rows that changed. */
  private async refresh(): Promise<void> {
    if (!this.ready || this.disposed) return;
    const started = Date.now();
    const data = await this.currentData();
    if (!data || this.disposed) return;
    const fetched = Date.now();
    const next = buildGrid(data, {
      uri: this.document.uri.toString(),
      title: basename(this.document.uri),
      version: this.document.version,
    }, { resolveImage: () => undefined }, this.htmlCache);
    const previous = this.grid;
    this.grid = next;
    this.preview = data;
    const changed = previous && changedUnits(previous, next);
    if (changed) {
      if (changed.length > 0) this.post({ type: 'patch', version: next.version, units: changed });
      this.postFindings();
    } else {
      const findings = this.findings();
      this.post({ type: 'init', grid: next, findings, timing: { dataMs: fetched - started, buildMs: Date.now() - fetched } });
    }
  }

  private findings(): Record<number, GridFinding[]> {
    const data = this.preview;
    if (!data) return {};
    const diagnostics: DiagnosticLike[] = vscode.languages.getDiagnostics(this.document.uri).map(diagnostic => ({
      offset: this.document.offsetAt(diagnostic.range.start),
      code: codeOf(diagnostic),
      message: diagnostic.message,
      severity: severityName(diagnostic.severity),
    }));
    return findingsByUnit(data.units, diagnostics);
  }

  private postFindings(): void {
    if (this.ready && this.grid) this.post({ type: 'findings', findings: this.findings() });
  }

  private enqueue(write: PendingWrite): void {
    const replaced = this.queue.get(write.unit);
    // A newer text for the same unit replaces one that has not been written yet.
    if (replaced) {
      const answer: ExtensionToGridMessage & { type: 'edited' } = { type: 'edited', unit: write.unit, seq: replaced.seq, result: 'unchanged', ms: 0 };
      if (replaced.seq >= 0) this.post(answer);
      replaced.resolve?.(answer);
    }
    this.queue.set(write.unit, write);
    if (!this.writing) this.drain().catch(() => undefined);
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.size > 0 && !this.disposed) {
        const [unit, write] = this.queue.entries().next().value as [number, PendingWrite];
        this.queue.delete(unit);
        const started = Date.now();
        const answer = await this.apply(write).catch(error => ({
          result: 'failed' as const, message: `The translation was not written: ${error instanceof Error ? error.message : String(error)}`,
        }));
        const message: ExtensionToGridMessage & { type: 'edited' } = {
          type: 'edited', unit, seq: write.seq, ...answer, ms: Date.now() - started,
        };
        if (write.seq >= 0) this.post(message);
        write.resolve?.(message);
      }
    } finally {
      this.writing = false;
    }
  }

  private async apply(write: PendingWrite): Promise<{ result: 'written' | 'unchanged' | 'refused' | 'failed'; message?: string }> {
    const text = this.document.getText();
    // Our own last write tells where every unit is now; otherwise ask the server for this version.
    const local = this.local?.version === this.document.version ? this.local.units : undefined;
    let units = local && holdsUnit(text, local[write.unit], write.id) ? local : undefined;
    if (!units) {
      const data = await this.currentData();
      units = data?.units;
    }
    const unit = units?.[write.unit];
    if (!units || !unit || unit.id !== write.id) {
      return { result: 'failed', message: 'The unit changed in the text editor; the row shows the document again.' };
    }
    const current = units === local ? text : this.document.getText();
    const block = this.grid?.units[write.unit]?.block;
    const result = computeTranslationEdit(current, unit, write.text, { block });
    if (result.kind === 'unchanged') return { result: 'unchanged' };
    if (result.kind === 'refused') return { result: 'refused', message: result.message };
    const version = this.document.version;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(this.document.uri, new vscode.Range(this.document.positionAt(result.range.start), this.document.positionAt(result.range.end)), result.newText);
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) return { result: 'failed', message: 'VS Code did not apply the edit (is the file read-only?).' };
    // Only our edit happened: the units after it moved by the length it added.
    if (this.document.version === version + 1) {
      this.local = { version: this.document.version, units: shiftUnits(units, write.unit, result.range, result.newText) };
    }
    return { result: 'written' };
  }

  private unitRange(unit: number): vscode.Range | undefined {
    const preview = this.preview?.units[unit];
    if (!preview || this.preview?.version !== this.document.version) return undefined;
    return new vscode.Range(this.document.positionAt(preview.range.start), this.document.positionAt(preview.range.end));
  }

  private async computeFixes(unit: number): Promise<void> {
    await this.refreshing;
    const range = this.unitRange(unit);
    if (!range) return;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', this.document.uri, range, vscode.CodeActionKind.QuickFix.value) ?? [];
    const usable = actions
      .filter(action => isCodeAction(action) ? action.edit !== undefined || action.command !== undefined : true)
      .filter(action => !isCodeAction(action) || !action.disabled)
      .sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)));
    this.fixes.set(unit, usable);
    this.post({
      type: 'fixes', unit,
      fixes: usable.map((action, index) => ({ title: action.title, preferred: isPreferred(action), index })),
    });
  }

  private async applyFix(unit: number, index: number): Promise<void> {
    const action = this.fixes.get(unit)?.[index];
    if (!action) return;
    this.fixes.delete(unit);
    if (isCodeAction(action)) {
      if (action.edit) await vscode.workspace.applyEdit(action.edit);
      if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    } else {
      await vscode.commands.executeCommand(action.command, ...(action.arguments ?? []));
    }
  }

  private async reveal(unit: number): Promise<void> {
    const preview = this.preview?.units[unit];
    if (!preview || this.preview?.version !== this.document.version) return;
    const position = this.document.positionAt(preview.target.start);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.refreshTimer);
    for (const write of this.queue.values()) write.resolve?.({ type: 'edited', unit: write.unit, seq: write.seq, result: 'failed', ms: 0 });
    this.queue.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
  }
}

/** True when `unit`'s opener in `text` is still the opener of the unit `id` (cheap guard against stale offsets). */
function holdsUnit(text: string, unit: PreviewUnit | undefined, id: string): boolean {
  return unit !== undefined && unit.id === id
    && text.slice(unit.targetOpen.start, unit.targetOpen.end).includes(`"${id}"`)
    && unit.targetOpen.end === unit.target.start;
}

function isCodeAction(action: vscode.CodeAction | vscode.Command): action is vscode.CodeAction {
  return typeof (action as vscode.Command).command !== 'string';
}

function isPreferred(action: vscode.CodeAction | vscode.Command): boolean {
  return isCodeAction(action) && action.isPreferred === true;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function severityName(severity: vscode.DiagnosticSeverity): GridFinding['severity'] {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error: return 'error';
    case vscode.DiagnosticSeverity.Warning: return 'warning';
    case vscode.DiagnosticSeverity.Information: return 'info';
    default: return 'hint';
  }
}

function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
