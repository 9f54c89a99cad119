/**
 * `source.fixAll.sxs`: the preferred fix of every sxs diagnostic in the file (used by "fix all" and by
 * `editor.codeActionsOnSave`).
 */
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import type { SxsDiagnostic } from '../diagnostics';
import { combineFixes, workspaceEdit } from './edits';
import { FIX_ALL } from './kinds';

const TITLE = 'Fix all sxs problems that have a certain fix';

/** One pass over the diagnostics' own fixes (when the caller cannot re-check the text). */
export function fixAll(uri: string, fileDiagnostics: readonly SxsDiagnostic[]): CodeAction | undefined {
  const fixes = fileDiagnostics.flatMap(diagnostic => diagnostic.data.fixes.filter(fix => fix.preferred).slice(0, 1));
  if (fixes.length === 0) {
    return undefined;
  }
  return fixAllAction(uri, combineFixes(fixes));
}

/** The action for edits that the caller settled by fixing and re-checking until nothing changes. */
export function fixAllAction(uri: string, edits: readonly TextEdit[]): CodeAction | undefined {
  return edits.length === 0 ? undefined : { title: TITLE, kind: FIX_ALL, edit: workspaceEdit(uri, edits) };
}
