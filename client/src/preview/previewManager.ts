/**
 * Keeps one preview panel per document: opens and reveals panels, restores them after a reload, and routes
 * edits, cursor moves, diagnostics and setting changes to the panels they concern.
 */
import * as vscode from 'vscode';
import { previewModes, type PreviewMode, type PreviewWebviewState } from '../../../server/src/protocol';
import type { SxsDataProvider } from '../sxsData';
import { PreviewPanel, previewViewType, type PreviewPanelInfo } from './previewPanel';

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly data: SxsDataProvider) {
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

  /** Opens (or reveals) the preview of a document. */
  async open(document: vscode.TextDocument, toSide: boolean): Promise<PreviewPanelInfo> {
    const existing = [...this.panels].find(panel => panel.uri.toString() === document.uri.toString());
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn, toSide);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      previewViewType,
      'Preview',
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    return this.track(new PreviewPanel(panel, document, this.data, this.extensionUri, configuredMode(document.uri)));
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
      this.track(new PreviewPanel(panel, document, this.data, this.extensionUri, saved.mode));
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
