/**
 * "Fix all <code> problems in this file": the preferred fix of every diagnostic with the same code, offered
 * next to a diagnostic when the file has more than one of its kind.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { SxsDiagnostic } from '../diagnostics';
import { combineFixes, workspaceEdit } from './edits';
import { QUICK_FIX } from './kinds';

export function fixAllOfKind(uri: string, code: string, fileDiagnostics: readonly SxsDiagnostic[]): CodeAction | undefined {
  const same = fileDiagnostics.filter(diagnostic => diagnostic.code === code);
  const fixes = same.flatMap(diagnostic => diagnostic.data.fixes.filter(fix => fix.preferred).slice(0, 1));
  if (fixes.length < 2) {
    return undefined;
  }
  return {
    title: `Fix all ${code} problems in this file`,
    kind: QUICK_FIX,
    diagnostics: same,
    edit: workspaceEdit(uri, combineFixes(fixes)),
  };
}
