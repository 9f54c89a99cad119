/**
 * One bilingual preview panel for one document: sets the webview's HTML shell, renders rows from the
 * server's preview data, and translates the webview's messages into editor actions. A long document's first
 * paint shows the rows around the unit under the cursor first; the others follow, rendered a slice at a time so
 * the extension host stays free meanwhile.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type {
  ExtensionToWebviewMessage,
  PreviewData,
  PreviewMode,
  RenderedRow,
  WebviewToExtensionMessage,
} from '../../../server/src/protocol';
import { previewModes } from '../../../server/src/protocol';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { unitAtOffset, type SxsDataProvider } from '../sxsData';
import { buildPreviewHtml, createNonce } from './html';
import { isSafeUrl, renderPreviewRows, type ProblemSeverity, type StaleMark, type UnitProblem } from './renderer';

export const previewViewType = 'sxs.preview';

/** What the tests (and only they) read from a panel. */
export interface PreviewPanelInfo {
  readonly uri: vscode.Uri;
  readonly panel: vscode.WebviewPanel;
  /** Every message the webview sent, oldest first. */
  readonly messages: readonly WebviewToExtensionMessage[];
}

const updateDelayMs = 150;
/** How often the editor's scrolling moves the preview, at most (as VS Code's Markdown preview does). */
const scrollSyncThrottleMs = 50;
const maxKeptMessages = 500;
/** The rows a long document's first paint shows first: a screen or two around the unit under the cursor. */
const firstScreenRows = 60;
/** Rows rendered per turn of the extension host's event loop after the first screen. */
const renderSliceRows = 100;

export class PreviewPanel implements PreviewPanelInfo, vscode.Disposable {
  readonly messages: WebviewToExtensionMessage[] = [];
  /** A locked preview keeps its document; an unlocked one follows the active sxs editor. */
  locked = false;
  private ready = false;
  /** The next update scrolls to the unit under the cursor (the first paint of a document). */
  private revealOnNextUpdate = true;
  /** Until when the editor's scrolling is the echo of a reveal this panel asked for (not reported back). */
  private editorScrollFromPreviewUntil = 0;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSync: vscode.TextEditor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts updates: an update that is still rendering slices stops when a newer one has started. */
  private generation = 0;
  /** When the panel was pointed at its document, and when the webview said it was ready (for the log). */
  private openedAt = Date.now();
  private readyAt: number | undefined;
  /** A long document's first paint in progress: what the log line reports once the webview placed every row. */
  private firstPaint: {
    readonly name: string;
    readonly rows: number;
    readonly screen: number;
    readonly started: number;
    readonly screenSent: number;
    allSent?: number;
    /** When the webview said it placed the first screen, then all rows. */
    readonly shown: number[];
  } | undefined;
  private disposed = false;
  /** The document's rendered halves by their markdown (see `RenderOptions.halfCache`); emptied with a new document. */
  private readonly halfCache = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly data: SxsDataProvider,
    private readonly extensionUri: vscode.Uri,
    private mode: PreviewMode,
    private readonly log: (message: string) => void = () => undefined,
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

  /** Points the panel at another document (the active editor's, when it follows). */
  setDocument(document: vscode.TextDocument): void {
    this.document = document;
    this.configureWebview();
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.panel.title = this.title();
  }

  /**
   * The editor scrolled: bring its first visible unit to the top of the preview, at most every 50 ms, unless the
   * scroll is the echo of a reveal the preview asked for.
   */
  syncToEditor(editor: vscode.TextEditor): void {
    if (Date.now() < this.editorScrollFromPreviewUntil) return;
    this.pendingSync = editor;
    if (this.syncTimer !== undefined) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      const pending = this.pendingSync;
      this.pendingSync = undefined;
      if (!pending || Date.now() < this.editorScrollFromPreviewUntil) return;
      const unit = firstVisibleUnit(this.data.peek(pending.document), pending);
      if (unit !== undefined) this.post({ type: 'scrollToUnit', unit });
    }, scrollSyncThrottleMs);
  }

  private title(): string {
    return this.locked ? `[Preview] ${basename(this.document.uri)}` : `Preview ${basename(this.document.uri)}`;
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
    this.panel.title = this.title();
    this.revealOnNextUpdate = true;
    // Images resolve against the document's folder: another document renders its halves afresh.
    this.halfCache.clear();
    this.panel.iconPath = {
      light: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-dark.svg'),
    };
    this.ready = false;
    this.openedAt = Date.now();
    this.readyAt = undefined;
    // The data is asked for while the webview loads (it is usually there already: the status bar asked for it).
    void this.data.get(this.document);
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
    const generation = ++this.generation;
    this.firstPaint = undefined;
    const document = this.document;
    const data = await this.data.get(document);
    if (this.disposed || !data || document !== this.document) return;
    const includes = await this.resolveIncludes(data);
    if (this.disposed || document !== this.document || generation !== this.generation) return;
    const options = {
      resolveImage: (src: string) => this.resolveImage(src),
      problems: problemsByUnit(document, data),
      resolveInclude: (path: string) => includes.get(path),
      stale: this.staleMarks(document, data),
      halfCache: this.halfCache,
    };
    const active = vscode.window.activeTextEditor;
    const editor = active?.document === document ? active : vscode.window.visibleTextEditors.find(e => e.document === document);
    const activeUnit = editor && data.version === document.version
      ? unitForPosition(data, document, editor.selection.active)
      : undefined;
    const revealActive = this.revealOnNextUpdate;
    this.revealOnNextUpdate = false;
    const post = (rows: readonly RenderedRow[], reveal: boolean) => this.post({
      type: 'update',
      uri: document.uri.toString(),
      title: this.panel.title,
      rows,
      unitCount: data.units.length,
      activeUnit,
      revealActive: reveal,
    });
    const activeRow = activeUnit === undefined ? -1 : data.rows.findIndex(row => row.units.includes(activeUnit));
    if (!revealActive || data.rows.length <= 2 * firstScreenRows || (activeUnit !== undefined && activeRow < 0)) {
      post(renderPreviewRows(data, options), revealActive);
      return;
    }
    // A long document's first paint: the rows around the unit under the cursor (or the top), then all of them.
    const started = Date.now();
    const first = Math.max(0, Math.min(activeRow - firstScreenRows / 3, data.rows.length - firstScreenRows));
    const screen = renderPreviewRows({ ...data, rows: data.rows.slice(first, first + firstScreenRows) }, options);
    post(screen, true);
    this.firstPaint = { name: basename(document.uri), rows: data.rows.length, screen: screen.length, started, screenSent: Date.now(), shown: [] };
    const rows: RenderedRow[] = [];
    for (let start = 0; start < data.rows.length; start += renderSliceRows) {
      await new Promise(resolve => setImmediate(resolve));
      if (this.disposed || document !== this.document || generation !== this.generation) return;
      rows.push(...renderPreviewRows({ ...data, rows: data.rows.slice(start, start + renderSliceRows) }, options));
    }
    post(rows, false);
    if (this.firstPaint) this.firstPaint.allSent = Date.now();
  }

  /**
   * The webview placed the rows of an update: the first paint of a long document is logged once it placed all
   * of them (times from the moment the panel was pointed at the document).
   */
  private rendered(): void {
    const paint = this.firstPaint;
    if (!paint) return;
    paint.shown.push(Date.now());
    if (paint.allSent === undefined || paint.shown.length < 2) return;
    this.firstPaint = undefined;
    const since = (time: number) => `${time - this.openedAt} ms`;
    const ready = this.readyAt === undefined ? '' : `webview ready ${since(this.readyAt)}, `;
    this.log(`Preview of ${paint.name}: ${ready}data ${since(paint.started)}, first screen (${paint.screen} of ${paint.rows} rows) `
      + `sent ${since(paint.screenSent)} and shown ${since(paint.shown[0])}, all rows sent ${since(paint.allSent)} and shown ${since(paint.shown[1])} after opening.`);
  }

  /**
   * The units with a stale-English diagnostic (SX901), with their new English from `sxs/staleUnits`. The diagnostics
   * say which units are stale; the request, asked without waiting, brings the text: when it arrives the preview is
   * rendered again. A stale unit shows its mark at once, and its new English when the server has answered.
   */
  private staleMarks(document: vscode.TextDocument, data: PreviewData): Map<number, StaleMark> | undefined {
    const indexes = staleUnitIndexes(document, data);
    if (indexes.length === 0) return undefined;
    const request = this.data.staleUnits(document, indexes.join(','));
    if (request.result === undefined) {
      request.promise.then(result => {
        if (result && !this.disposed && document === this.document) this.scheduleUpdate(0);
      }, () => undefined);
    }
    const known = request.result ?? request.previous;
    const byIndex = new Map((known?.status === 'compared' ? known.units : []).map(unit => [unit.index, unit]));
    const marks = new Map<number, StaleMark>();
    for (const index of indexes) {
      const answered = byIndex.get(index);
      const oldEnglish = answered?.oldEnglish ?? data.units[index]?.sourceText ?? '';
      marks.set(index, {
        oldEnglish,
        ...(answered?.newEnglish === undefined ? {} : { newEnglish: answered.newEnglish }),
        ...(known?.english === undefined ? {} : { current: known.english }),
        ...(answered === undefined ? { pending: true } : {}),
      });
    }
    return marks;
  }

  private onMessage(message: WebviewToExtensionMessage): void {
    this.messages.push(message);
    if (this.messages.length > maxKeptMessages) this.messages.splice(0, this.messages.length - maxKeptMessages);
    switch (message.type) {
      case 'ready':
        this.readyAt ??= Date.now();
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
      case 'scrolled':
        this.revealFromPreview(message.unit, message.line);
        break;
      case 'rendered':
        this.rendered();
        break;
    }
  }

  /** The user scrolled the preview: show the unit at its top at the top of the editor, without moving the cursor. */
  private revealFromPreview(unitIndex: number, line: number): void {
    const editor = vscode.window.visibleTextEditors.find(candidate => candidate.document === this.document);
    if (!editor) return;
    const data = this.data.latest(this.document.uri);
    const unit = data?.version === this.document.version ? data.units[unitIndex] : undefined;
    const target = Math.max(0, Math.min(unit?.line ?? line, this.document.lineCount - 1));
    const top = editor.visibleRanges[0]?.start.line;
    if (top === target) return;
    this.editorScrollFromPreviewUntil = Date.now() + 300;
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
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

  /**
   * Opens a link the user clicked in the preview, once, through VS Code: web and mail links with VS Code's own
   * confirmation for untrusted sites, relative files in an editor at their `#anchor`. Fragment links never come
   * here (the webview scrolls to them), and `xref:` has no target outside the docs build.
   */
  private async openLink(href: string): Promise<void> {
    if (!isSafeUrl(href) || href.startsWith('#')) return;
    if (/^(https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return; // xref: and other document-only schemes go nowhere
    const folder = this.documentFolder();
    const [pathPart, ...rest] = href.split('#');
    const path = safeDecode(pathPart.split('?')[0]);
    if (!folder || path === '' || path.startsWith('/')) return;
    const target = vscode.Uri.joinPath(folder, path);
    const fragment = safeDecode(rest.join('#')).toLowerCase();
    if (!/\.(md|markdown)$/i.test(target.path)) {
      await vscode.commands.executeCommand('vscode.open', target);
      return;
    }
    const document = await vscode.workspace.openTextDocument(target).then(doc => doc, () => undefined);
    if (!document) {
      void vscode.window.showWarningMessage(`SxS: ${path} was not found.`);
      return;
    }
    const line = fragment === '' ? undefined : anchorLine(document.getText(), fragment);
    const position = new vscode.Position(line ?? 0, 0);
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.window.visibleTextEditors.find(editor => editor.document === this.document)?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
    });
  }

  /**
   * Reads the files the document includes (`[!INCLUDE [title](path)]`) and renders them for the preview. Only
   * files inside the document's workspace folder (its repository) are read, one level deep.
   */
  private async resolveIncludes(data: PreviewData): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    const paths = new Set<string>();
    for (const row of data.rows) {
      if (row.markdown === undefined || !/\[!INCLUDE/i.test(row.markdown)) continue;
      for (const match of row.markdown.matchAll(/\[!INCLUDE\s*\[[^\]\n]*\]\(\s*<?([^()\s<>]+)>?\s*\)\s*\]/gi)) paths.add(match[1]);
    }
    const folder = this.documentFolder();
    const root = vscode.workspace.getWorkspaceFolder(this.document.uri)?.uri;
    if (!folder || !root || paths.size === 0) return result;
    const rootPath = root.path.endsWith('/') ? root.path : `${root.path}/`;
    await Promise.all([...paths].map(async path => {
      const decoded = safeDecode(path.split(/[?#]/)[0]);
      if (decoded === '' || decoded.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return;
      const target = vscode.Uri.joinPath(folder, decoded);
      if (!target.path.startsWith(rootPath)) return;
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        const included = computePreviewData(parseSxs(text), { uri: target.toString(), version: null });
        const includeFolder = vscode.Uri.joinPath(target, '..');
        const html = renderPreviewRows(included, {
          nested: true,
          resolveImage: src => this.resolveImage(src, includeFolder),
        }).map(row => row.html).join('');
        result.set(path, html);
      } catch {
        // Absent or unreadable: the include shows as a link.
      }
    }));
    return result;
  }

  /** Relative images inside the document's folder become webview URIs; anything else shows its alt text. */
  private resolveImage(src: string, base?: vscode.Uri): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) return undefined;
    const folder = base ?? this.documentFolder();
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
    clearTimeout(this.syncTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
  }
}

/** The first unit that reaches into the editor's visible lines (units are in document order). */
function firstVisibleUnit(data: PreviewData | undefined, editor: vscode.TextEditor): number | undefined {
  const visible = editor.visibleRanges[0];
  if (!data || !visible || (data.version !== null && data.version !== editor.document.version)) return undefined;
  const top = visible.start.line;
  const unit = data.units.find(candidate => candidate.endLine >= top);
  return unit && unit.line <= visible.end.line ? unit.index : undefined;
}

/** The unit under a position: the one whose range holds it, else none. */
function unitForPosition(data: PreviewData, document: vscode.TextDocument, position: vscode.Position): number | undefined {
  if (data.version !== null && data.version !== document.version) return undefined;
  return unitAtOffset(data.units, document.offsetAt(position))?.index;
}

/** Diagnostics VS Code holds for the document, as problems per unit with their severity. */
function problemsByUnit(document: vscode.TextDocument, data: PreviewData): Map<number, UnitProblem[]> {
  const result = new Map<number, UnitProblem[]>();
  if (data.version !== null && data.version !== document.version) return result;
  for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
    const unit = unitAtOffset(data.units, document.offsetAt(diagnostic.range.start));
    if (!unit) continue;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    const message = code !== undefined ? `${code}: ${diagnostic.message}` : diagnostic.message;
    const list = result.get(unit.index) ?? [];
    if (!list.some(problem => problem.message === message)) list.push({ severity: severityName(diagnostic.severity), message });
    result.set(unit.index, list);
  }
  return result;
}

/** The server's code for a unit whose English changed since the hand-off. */
const STALE_ENGLISH = 'SX901';

/** The units that VS Code's diagnostics mark as stale (SX901 from the server), in document order. */
function staleUnitIndexes(document: vscode.TextDocument, data: PreviewData): number[] {
  if (data.version !== null && data.version !== document.version) return [];
  const indexes = new Set<number>();
  for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    if (String(code) !== STALE_ENGLISH || !/sxs/i.test(diagnostic.source ?? '')) continue;
    const unit = unitAtOffset(data.units, document.offsetAt(diagnostic.range.start));
    if (unit) indexes.add(unit.index);
  }
  return [...indexes].sort((a, b) => a - b);
}

function severityName(severity: vscode.DiagnosticSeverity): ProblemSeverity {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error: return 'error';
    case vscode.DiagnosticSeverity.Warning: return 'warning';
    default: return 'info';
  }
}

/** The 0-based line of the heading (or `<a name>`/`id`) that a `#fragment` names, if any. */
export function anchorLine(text: string, fragment: string): number | undefined {
  const data = computePreviewData(parseSxs(text), { uri: 'file:///anchor', version: null });
  const heading = data.rows.find(row => row.anchors?.includes(fragment));
  if (heading) return heading.line;
  const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const explicit = new RegExp(`<[a-z][^<>]*\\s(?:name|id)\\s*=\\s*["']${escaped}["']`, 'i').exec(text);
  return explicit ? text.slice(0, explicit.index).split(/\r\n|\r|\n/).length - 1 : undefined;
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
