/**
 * The status bar item for markdown files with units ("42 units, 3 problems, pl-PL"), whose problem icon is the
 * worst severity's (error, warning, info, or a check mark), which opens the preview; beside it "N stale" when the
 * file has units whose English changed since the hand-off (only when an English repository was found and compared),
 * which goes to the next stale unit; and the `sxs.activeEditorHasUnits` context key behind the editor title button.
 */
import * as vscode from 'vscode';
import { hasUnits, isMarkdown, type SxsDataProvider } from './sxsData';

export const hasUnitsContextKey = 'sxs.activeEditorHasUnits';

export class SxsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sxs.status', vscode.StatusBarAlignment.Right, 100);
  private readonly staleItem = vscode.window.createStatusBarItem('sxs.stale', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastHasUnits: boolean | undefined;

  constructor(private readonly data: SxsDataProvider) {
    this.item.name = 'SxS';
    this.item.command = 'sxs.openPreviewToSide';
    this.staleItem.name = 'SxS Stale Units';
    this.staleItem.command = 'sxs.nextStaleUnit';
    this.subscriptions.push(
      this.item,
      this.staleItem,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics(event => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some(uri => uri.toString() === active)) this.schedule();
      }),
      this.data.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 250);
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const mayHaveUnits = document !== undefined && isMarkdown(document) && hasUnits(document.getText());
    const data = document === undefined || !mayHaveUnits ? undefined : this.data.peek(document) ?? this.data.latest(document.uri);
    if (document !== undefined && mayHaveUnits && !this.data.peek(document)) void this.data.get(document);
    // The server has the last word: unit-like text in code is not a unit, and a plain file gets no sxs item.
    const withUnits = mayHaveUnits && data?.units.length !== 0;
    if (withUnits !== this.lastHasUnits) {
      this.lastHasUnits = withUnits;
      void vscode.commands.executeCommand('setContext', hasUnitsContextKey, withUnits);
    }
    if (!document || !withUnits) {
      this.item.hide();
      this.staleItem.hide();
      return;
    }
    const own = vscode.languages.getDiagnostics(document.uri).filter(diagnostic => /sxs/i.test(diagnostic.source ?? ''));
    this.showStale(own);
    const problems = own.length;
    const units = data?.units.length;
    const parts = [
      units === undefined ? '$(book) sxs' : `$(book) ${units} ${units === 1 ? 'unit' : 'units'}`,
      problemSummary(own),
    ];
    if (data?.locale) parts.push(data.locale);
    this.item.text = parts.join('  ');
    this.item.tooltip = [
      units === undefined ? 'sxs units' : `${units} sxs ${units === 1 ? 'unit' : 'units'}`,
      `${problems} ${problems === 1 ? 'problem' : 'problems'}`,
      data?.locale ? `locale ${data.locale}` : undefined,
      'Click to open the bilingual preview to the side',
    ].filter(Boolean).join('\n');
    this.item.show();
  }

  /** "N stale": the server publishes SX901 only when it found the English and compared the file with it. */
  private showStale(own: readonly vscode.Diagnostic[]): void {
    const stale = own.filter(diagnostic => codeOf(diagnostic) === STALE_ENGLISH).length;
    if (stale === 0) {
      this.staleItem.hide();
      return;
    }
    this.staleItem.text = `$(history) ${stale} stale`;
    this.staleItem.tooltip = `${stale} ${stale === 1 ? 'unit whose' : 'units whose'} English changed since the hand-off\nClick to go to the next stale unit`;
    this.staleItem.accessibilityInformation = { label: `${stale} stale ${stale === 1 ? 'unit' : 'units'}: go to the next`, role: 'button' };
    this.staleItem.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The server's code for a unit whose English changed since the hand-off. */
const STALE_ENGLISH = 'SX901';

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The problems as VS Code's own status bar shows them: a count per severity present, worst first. */
export function problemSummary(diagnostics: readonly Pick<vscode.Diagnostic, 'severity'>[]): string {
  const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter(d => d.severity === severity).length;
  const errors = count(vscode.DiagnosticSeverity.Error);
  const warnings = count(vscode.DiagnosticSeverity.Warning);
  const infos = diagnostics.length - errors - warnings;
  const parts: string[] = [];
  if (errors > 0) parts.push(`$(error) ${errors}`);
  if (warnings > 0) parts.push(`$(warning) ${warnings}`);
  if (infos > 0) parts.push(`$(info) ${infos}`);
  return parts.length > 0 ? parts.join(' ') : '$(check)';
}
