/**
 * `source.fixAll.sxs`: the preferred fix of every sxs diagnostic in the file (used by "fix all" and by
 * `editor.codeActionsOnSave`).
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { SxsDiagnostic } from '../diagnostics';
import { combineFixes, workspaceEdit } from './edits';
import { FIX_ALL } from './kinds';

export function fixAll(uri: string, fileDiagnostics: readonly SxsDiagnostic[]): CodeAction | undefined {
  const fixes = fileDiagnostics.flatMap(diagnostic => diagnostic.data.fixes.filter(fix => fix.preferred).slice(0, 1));
  if (fixes.length === 0) {
    return undefined;
  }
  return {
    title: 'Fix all sxs problems that have a certain fix',
    kind: FIX_ALL,
    edit: workspaceEdit(uri, combineFixes(fixes)),
  };
}
