/**
 * Keeps one preview that follows the active sxs editor, and the locked previews (each keeps its document, like
 * VS Code's locked Markdown preview): opens and reveals panels, restores them after a reload, and routes edits,
 * cursor moves, editor scrolling, diagnostics and setting changes to the panels they concern.
 */
import * as vscode from 'vscode';
import { previewModes, type PreviewMode, type PreviewWebviewState } from '../../../server/src/protocol';
import { isMarkdown, type SxsDataProvider } from '../sxsData';
import { PreviewPanel, previewViewType, type PreviewPanelInfo } from './previewPanel';

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly data: SxsDataProvider,
    /** Where the panels write how long a first paint took (the SxS output channel). */
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(previewViewType, {
        deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state),
      }),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.contentChanges.length > 0) this.forDocument(event.document.uri, panel => panel.scheduleUpdate());
      }),
      vscode.languages.onDidChangeDiagnostics(event => {
        for (const uri of event.uris) this.forDocument(uri, panel => panel.scheduleUpdate());
      }),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (editor) this.follow(editor.document).catch(() => undefined);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(event => {
        this.forDocument(event.textEditor.document.uri, panel => panel.syncToEditor(event.textEditor));
      }),
      vscode.commands.registerCommand('sxs.togglePreviewLock', () => this.toggleLock()),
      vscode.window.onDidChangeTextEditorSelection(event => {
        const reveal = followCursor(event.textEditor.document.uri);
        this.forDocument(event.textEditor.document.uri, panel => panel.highlightSelection(event.textEditor, reveal));
      }),
      this.data.onDidChange(uri => {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.uri.toString() === uri.toString()) {
          this.forDocument(uri, panel => panel.highlightSelection(editor, false));
        }
      }),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (!event.affectsConfiguration('sxs.preview.mode')) return;
        for (const panel of this.panels) panel.setMode(configuredMode(panel.uri));
      }),
    );
  }

  /** Opens (or reveals) the preview of a document: the following preview, pointed at it, unless one shows it. */
  async open(document: vscode.TextDocument, toSide: boolean): Promise<PreviewPanelInfo> {
    const existing = [...this.panels].find(panel => panel.uri.toString() === document.uri.toString());
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return existing;
    }
    const following = this.following();
    if (following) {
      following.setDocument(document);
      following.panel.reveal(following.panel.viewColumn, toSide);
      return following;
    }
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      'Preview',
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    return this.track(new PreviewPanel(panel, document, this.data, this.extensionUri, configuredMode(document.uri), this.log));
  }

  /** The unlocked preview, which follows the active sxs editor. */
  private following(): PreviewPanel | undefined {
    return [...this.panels].find(panel => !panel.locked);
  }

  /** The active editor changed: the unlocked preview shows its document, if it is an sxs file no preview shows. */
  private async follow(document: vscode.TextDocument): Promise<void> {
    const following = this.following();
    if (!following || !isMarkdown(document) || following.uri.toString() === document.uri.toString()) return;
    if ([...this.panels].some(panel => panel.uri.toString() === document.uri.toString())) return;
    const data = await this.data.get(document);
    if (!data || data.units.length === 0) return;
    if (vscode.window.activeTextEditor?.document !== document || this.following() !== following) return;
    following.setDocument(document);
  }

  /** "SxS: Toggle Preview Lock": the active preview (or the one of the active editor's document). */
  private toggleLock(): void {
    const panels = [...this.panels];
    const key = vscode.window.activeTextEditor?.document.uri.toString();
    const panel = panels.find(candidate => candidate.panel.active)
      ?? panels.find(candidate => candidate.uri.toString() === key)
      ?? (panels.length === 1 ? panels[0] : undefined);
    if (!panel) return;
    if (panel.locked) {
      // One preview follows: unlocking this one closes the one that followed until now.
      for (const other of panels) if (other !== panel && !other.locked) other.dispose();
      panel.setLocked(false);
      const active = vscode.window.activeTextEditor;
      if (active) this.follow(active.document).catch(() => undefined);
    } else {
      panel.setLocked(true);
    }
  }

  /** All open preview panels (for tests). */
  getPanels(): readonly PreviewPanelInfo[] {
    return [...this.panels];
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = isState(state) ? state : undefined;
    if (!saved) {
      panel.dispose();
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.uri, true));
      const restored = this.track(new PreviewPanel(panel, document, this.data, this.extensionUri, saved.mode, this.log));
      // One restored preview follows again; the others keep their documents.
      if (this.following() !== restored) restored.setLocked(true);
    } catch {
      panel.dispose(); // the file is gone
    }
  }

  private track(panel: PreviewPanel): PreviewPanel {
    this.panels.add(panel);
    panel.onDidDispose(() => this.panels.delete(panel));
    return panel;
  }

  private forDocument(uri: vscode.Uri, action: (panel: PreviewPanel) => void): void {
    const key = uri.toString();
    for (const panel of this.panels) {
      if (panel.uri.toString() === key) action(panel);
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const panel of [...this.panels]) panel.dispose();
    this.panels.clear();
  }
}

function configuredMode(uri: vscode.Uri): PreviewMode {
  const mode = vscode.workspace.getConfiguration('sxs.preview', uri).get<string>('mode');
  return previewModes.find(known => known === mode) ?? 'sideBySide';
}

function followCursor(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('sxs.preview', uri).get<boolean>('followCursor', true);
}

function isState(value: unknown): value is PreviewWebviewState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return typeof state.uri === 'string' && previewModes.some(mode => mode === state.mode);
}
