/**
 * With `sxs.dimEnglish` on, the English halves and the unit markup of visible markdown editors are shown at
 * reduced opacity, so the translation stands out. Ranges come from the server's preview data.
 */
import * as vscode from 'vscode';
import type { PreviewData } from '../../server/src/protocol';
import { isMarkdown, type SxsDataProvider } from './sxsData';

export class DimDecorations implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    opacity: '0.45',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly data: SxsDataProvider) {
    this.subscriptions.push(
      this.decoration,
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeTextDocument(event => this.schedule(event.document)),
      this.data.onDidChange(uri => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() === uri.toString()) this.apply(editor);
        }
      }),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('sxs.dimEnglish')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document === document) this.apply(editor);
      }
    }, 200));
  }

  private apply(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!isMarkdown(document) || !enabled(document.uri)) {
      editor.setDecorations(this.decoration, []);
      return;
    }
    const data = this.data.peek(document);
    if (!data) {
      // Ask for this version; onDidChange comes back here when it arrives.
      void this.data.get(document);
      return;
    }
    editor.setDecorations(this.decoration, dimRanges(data).map(([start, end]) =>
      new vscode.Range(document.positionAt(start), document.positionAt(end))));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The opener tag, and everything from the end of the translation to the end of the unit. */
export function dimRanges(data: PreviewData): [number, number][] {
  const ranges: [number, number][] = [];
  for (const unit of data.units) {
    ranges.push([unit.targetOpen.start, unit.targetOpen.end]);
    if (unit.range.end > unit.target.end) ranges.push([unit.target.end, unit.range.end]);
  }
  return ranges;
}

function enabled(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('sxs', uri).get<boolean>('dimEnglish', false);
}
