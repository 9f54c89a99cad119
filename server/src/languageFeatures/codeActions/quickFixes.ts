/**
 * One quick fix per fix carried by an sxs diagnostic in the request, the preferred one marked `isPreferred`.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { SxsDiagnostic } from '../diagnostics';
import { workspaceEdit } from './edits';
import { QUICK_FIX } from './kinds';

export function quickFixes(uri: string, diagnostic: SxsDiagnostic): CodeAction[] {
  return diagnostic.data.fixes.map(fix => ({
    title: fix.title,
    kind: QUICK_FIX,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred,
    edit: workspaceEdit(uri, fix.edits),
  }));
}
