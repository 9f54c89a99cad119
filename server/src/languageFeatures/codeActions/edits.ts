/**
 * Combining fixes into one edit list: LSP needs the edits of one document not to overlap, so a fix whose edits
 * would touch an edit already taken is left out whole (a later run of "fix all" picks it up).
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DiagnosticFix } from '../diagnostics';

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function overlaps(a: Range, b: Range): boolean {
  // Touching ranges do not overlap, except two insertions at the same place (their order would be undefined).
  if (comparePositions(a.start, a.end) === 0 && comparePositions(b.start, b.end) === 0) {
    return comparePositions(a.start, b.start) === 0;
  }
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** The edits of as many fixes as can be applied together, in document order. */
export function combineFixes(fixes: readonly DiagnosticFix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.some(edit => taken.some(other => overlaps(edit.range, other.range)))) {
      continue;
    }
    for (const edit of fix.edits) taken.push(edit);
  }
  return taken.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

export function workspaceEdit(uri: string, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: [...edits] } };
}
