/**
 * Next/previous unit, next/previous problem and next stale unit (English changed since the hand-off, SX901) in the
 * active editor; all wrap around the file. Next/previous problem also shows the problem's message, in the hover
 * at the new cursor position (where VS Code lists the diagnostics under the cursor).
 */
import * as vscode from 'vscode';
import type { SxsDataProvider } from '../sxsData';
import { isMarkdown } from '../sxsData';

export function registerNavigationCommands(data: SxsDataProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sxs.nextUnit', () => goToUnit(data, 1)),
    vscode.commands.registerCommand('sxs.previousUnit', () => goToUnit(data, -1)),
    vscode.commands.registerCommand('sxs.nextProblem', () => goToProblem(1)),
    vscode.commands.registerCommand('sxs.previousProblem', () => goToProblem(-1)),
    vscode.commands.registerCommand(FIRST_PROBLEM_COMMAND, (uri?: unknown, from?: unknown) => goToFirstProblem(uri, from)),
    vscode.commands.registerCommand('sxs.nextStaleUnit', () => goToStaleUnit(1)),
  ];
}

async function goToUnit(data: SxsDataProvider, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isMarkdown(editor.document)) return;
  const document = editor.document;
  const preview = await data.get(document);
  if (!preview || preview.units.length === 0 || preview.version !== document.version) {
    vscode.window.setStatusBarMessage('No sxs units in this file.', 3000);
    return;
  }
  // Land on the start of the translated text, where a translator edits.
  const offsets = preview.units.map(unit => unit.targetOpen.end);
  const cursor = document.offsetAt(editor.selection.active);
  const target = pick(offsets, cursor, direction);
  reveal(editor, document.positionAt(target));
}

/** The "N problems" lens: the first problem of the file (its URI is the argument), with its message. */
export const FIRST_PROBLEM_COMMAND = 'sxs.goToFirstProblem';

/** The file's own (sxs) diagnostics, or all of them when it has none of ours. */
function problemsOf(document: vscode.TextDocument): vscode.Diagnostic[] {
  const all = vscode.languages.getDiagnostics(document.uri);
  const own = all.filter(diagnostic => /sxs/i.test(diagnostic.source ?? ''));
  return own.length > 0 ? own : all;
}

async function goToProblem(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  if (goToDiagnostic(editor, problemsOf(editor.document), direction, 'No problems in this file.')) await showMessageAtCursor();
}

/**
 * Moves the cursor of `editor` to the start of the next (or previous) of `diagnostics`, wrapping around; with none,
 * says `none` in the status bar. True when the cursor moved.
 */
function goToDiagnostic(editor: vscode.TextEditor, diagnostics: readonly vscode.Diagnostic[], direction: 1 | -1, none: string): boolean {
  if (diagnostics.length === 0) {
    vscode.window.setStatusBarMessage(none, 3000);
    return false;
  }
  const document = editor.document;
  const offsets = [...new Set(diagnostics.map(diagnostic => document.offsetAt(diagnostic.range.start)))];
  reveal(editor, document.positionAt(pick(offsets, document.offsetAt(editor.selection.active), direction)));
  return true;
}

/** The lens's arguments: the document URI (a string from the server, or a Uri) and where its section starts. */
async function goToFirstProblem(uriArgument: unknown, from: unknown): Promise<void> {
  const uri = typeof uriArgument === 'string' ? vscode.Uri.parse(uriArgument, true)
    : uriArgument instanceof vscode.Uri ? uriArgument : undefined;
  const editor = uri
    ? vscode.window.visibleTextEditors.find(candidate => candidate.document.uri.toString() === uri.toString())
      ?? await vscode.window.showTextDocument(uri)
    : vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const diagnostics = problemsOf(document);
  if (diagnostics.length === 0) {
    vscode.window.setStatusBarMessage('No problems in this file.', 3000);
    return;
  }
  const start = isPosition(from) ? document.offsetAt(new vscode.Position(from.line, from.character)) : 0;
  const offsets = diagnostics.map(diagnostic => document.offsetAt(diagnostic.range.start));
  const after = offsets.filter(offset => offset >= start);
  const first = Math.min(...(after.length > 0 ? after : offsets));
  if (vscode.window.activeTextEditor !== editor) {
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  }
  reveal(editor, document.positionAt(first));
  await showMessageAtCursor();
}

function isPosition(value: unknown): value is { line: number; character: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as Record<string, unknown>;
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}

/**
 * Shows the diagnostics under the cursor the way the editor's hover does. (F8's peek widget is not used: it walks
 * its own list of every marker, ordered by severity, so from a given position it may open another problem.)
 */
async function showMessageAtCursor(): Promise<void> {
  await vscode.commands.executeCommand('editor.action.showHover').then(undefined, () => undefined);
}

/** The server's code for a unit whose English changed since the hand-off. */
const STALE_ENGLISH = 'SX901';

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Stale units are published as SX901 diagnostics once the server has read the English through git. */
async function goToStaleUnit(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const stale = vscode.languages.getDiagnostics(editor.document.uri)
    .filter(diagnostic => /sxs/i.test(diagnostic.source ?? '') && codeOf(diagnostic) === STALE_ENGLISH);
  goToDiagnostic(editor, stale, direction, 'No units whose English changed since the hand-off in this file.');
}

/** The first offset after `cursor` (or last before it), wrapping around. */
export function pick(offsets: readonly number[], cursor: number, direction: 1 | -1): number {
  const sorted = [...offsets].sort((a, b) => a - b);
  if (direction === 1) return sorted.find(offset => offset > cursor) ?? sorted[0];
  return [...sorted].reverse().find(offset => offset < cursor) ?? sorted[sorted.length - 1];
}

function reveal(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
