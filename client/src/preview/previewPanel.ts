/**
 * One bilingual preview panel for one document: sets the webview's HTML shell, renders rows from the
 * server's preview data, and translates the webview's messages into editor actions.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type {
  ExtensionToWebviewMessage,
  PreviewData,
  PreviewMode,
  WebviewToExtensionMessage,
} from '../../../server/src/protocol';
import { previewModes } from '../../../server/src/protocol';
import { unitAtOffset, type SxsDataProvider } from '../sxsData';
import { buildPreviewHtml, createNonce } from './html';
import { isSafeUrl, renderPreviewRows } from './renderer';

export const previewViewType = 'sxs.preview';

/** What the tests (and only they) read from a panel. */
export interface PreviewPanelInfo {
  readonly uri: vscode.Uri;
  readonly panel: vscode.WebviewPanel;
  /** Every message the webview sent, oldest first. */
  readonly messages: readonly WebviewToExtensionMessage[];
}

const updateDelayMs = 150;
const maxKeptMessages = 500;

export class PreviewPanel implements PreviewPanelInfo, vscode.Disposable {
  readonly messages: WebviewToExtensionMessage[] = [];
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly data: SxsDataProvider,
    private readonly extensionUri: vscode.Uri,
    private mode: PreviewMode,
  ) {
    this.configureWebview();
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: WebviewToExtensionMessage) => this.onMessage(message)),
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(event => {
        if (event.webviewPanel.visible) this.scheduleUpdate(0);
      }),
    );
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  /** Points the panel at another document (a reopened file, a restored panel). */
  setDocument(document: vscode.TextDocument): void {
    this.document = document;
    this.configureWebview();
  }

  setMode(mode: PreviewMode): void {
    this.mode = mode;
    this.post({ type: 'setMode', mode });
  }

  scheduleUpdate(delay = updateDelayMs): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update().catch(() => undefined);
    }, delay);
  }

  /** Highlights the unit under the editor's cursor; scrolls to it when `reveal` is set. */
  highlightSelection(editor: vscode.TextEditor, reveal: boolean): void {
    const data = this.data.peek(editor.document);
    if (!data) return;
    const unit = unitForPosition(data, editor.document, editor.selection.active);
    this.post({ type: 'highlight', unit, reveal });
  }

  private configureWebview(): void {
    const folder = this.documentFolder();
    this.panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [
        vscode.Uri.joinPath(this.extensionUri, 'media'),
        vscode.Uri.joinPath(this.extensionUri, 'dist'),
        ...(folder ? [folder] : []),
      ],
    };
    this.panel.title = `Preview ${basename(this.document.uri)}`;
    this.panel.iconPath = {
      light: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-dark.svg'),
    };
    this.ready = false;
    this.panel.webview.html = buildPreviewHtml({
      cspSource: this.panel.webview.cspSource,
      nonce: createNonce(size => randomBytes(size)),
      scriptUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      title: this.panel.title,
      uri: this.document.uri.toString(),
      mode: this.mode,
    });
  }

  private async update(): Promise<void> {
    if (this.disposed || !this.ready) return;
    if (this.document.isClosed) {
      // The file was closed and opened again: follow the new document object.
      const key = this.document.uri.toString();
      const reopened = vscode.workspace.textDocuments.find(candidate => candidate.uri.toString() === key);
      if (reopened) this.document = reopened;
    }
    const document = this.document;
    const data = await this.data.get(document);
    if (this.disposed || !data || document !== this.document) return;
    const rows = renderPreviewRows(data, {
      resolveImage: src => this.resolveImage(src),
      problems: problemsByUnit(document, data),
    });
    const editor = vscode.window.activeTextEditor;
    const activeUnit = editor?.document === document && data.version === document.version
      ? unitForPosition(data, document, editor.selection.active)
      : undefined;
    this.post({
      type: 'update',
      uri: document.uri.toString(),
      title: this.panel.title,
      rows,
      unitCount: data.units.length,
      activeUnit,
    });
  }

  private onMessage(message: WebviewToExtensionMessage): void {
    this.messages.push(message);
    if (this.messages.length > maxKeptMessages) this.messages.splice(0, this.messages.length - maxKeptMessages);
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.scheduleUpdate(0);
        break;
      case 'selectUnit':
        this.revealUnitInEditor(message.unit, message.line).catch(() => undefined);
        break;
      case 'openLink':
        this.openLink(message.href).catch(() => undefined);
        break;
      case 'modeChanged':
        if (previewModes.includes(message.mode)) this.mode = message.mode;
        break;
      case 'rendered':
        break;
    }
  }

  private async revealUnitInEditor(unitIndex: number, line: number): Promise<void> {
    const document = this.document;
    const data = this.data.latest(document.uri);
    const unit = data?.units[unitIndex];
    const position = unit && data?.version === document.version
      ? document.positionAt(unit.targetOpen.end)
      : new vscode.Position(Math.max(0, Math.min(line, document.lineCount - 1)), 0);
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async openLink(href: string): Promise<void> {
    if (!isSafeUrl(href) || href.startsWith('#')) return;
    if (/^(https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return; // xref: and other document-only schemes go nowhere
    const folder = this.documentFolder();
    const path = safeDecode(href.split(/[?#]/)[0]);
    if (!folder || path === '' || path.startsWith('/')) return;
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.joinPath(folder, path));
  }

  /** Relative images inside the document's folder become webview URIs; anything else shows its alt text. */
  private resolveImage(src: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) return undefined;
    const folder = this.documentFolder();
    const path = safeDecode(src.split(/[?#]/)[0]);
    if (!folder || path === '') return undefined;
    const target = vscode.Uri.joinPath(folder, path);
    if (!target.path.startsWith(folder.path.endsWith('/') ? folder.path : `${folder.path}/`)) return undefined;
    return this.panel.webview.asWebviewUri(target).toString();
  }

  private documentFolder(): vscode.Uri | undefined {
    return this.document.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(this.document.uri, '..');
  }

  private post(message: ExtensionToWebviewMessage): void {
    if (this.disposed || !this.ready) return;
    this.panel.webview.postMessage(message).then(undefined, () => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
  }
}

/** The unit under a position: the one whose range holds it, else none. */
function unitForPosition(data: PreviewData, document: vscode.TextDocument, position: vscode.Position): number | undefined {
  if (data.version !== null && data.version !== document.version) return undefined;
  return unitAtOffset(data.units, document.offsetAt(position))?.index;
}

/** Diagnostics VS Code holds for the document, as messages per unit. */
function problemsByUnit(document: vscode.TextDocument, data: PreviewData): Map<number, string[]> {
  const result = new Map<number, string[]>();
  if (data.version !== null && data.version !== document.version) return result;
  for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
    const unit = unitAtOffset(data.units, document.offsetAt(diagnostic.range.start));
    if (!unit) continue;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    const message = code !== undefined ? `${code}: ${diagnostic.message}` : diagnostic.message;
    const list = result.get(unit.index) ?? [];
    if (!list.includes(message)) list.push(message);
    result.set(unit.index, list);
  }
  return result;
}

function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
