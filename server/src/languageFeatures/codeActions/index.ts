/**
 * Code actions from diagnostics: the fixes travel in each diagnostic's `data`, so nothing is re-analysed here.
 * Diagnostics made for another version of the document are ignored (their edits would land in the wrong place).
 */
import type { CodeAction, CodeActionContext, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { isSxsDiagnostic, type SxsDiagnostic } from '../diagnostics';
import { fixAll, fixAllAction } from './fixAll';
import { fixAllOfKind } from './fixAllOfKind';
import { FIX_ALL, QUICK_FIX, isExplicitlyRequested, isRequested } from './kinds';
import { quickFixes } from './quickFixes';
import { suppressionActions } from './suppress';
import type { SxsDocument } from '../../sxs/types';

export { FIX_ALL, QUICK_FIX } from './kinds';
export { ADD_TO_BASELINE_COMMAND, type AddToBaselineArguments } from './suppress';

export interface CodeActionRequest {
  readonly uri: string;
  /** The current version of the document, if known. */
  readonly version?: number;
  readonly context: CodeActionContext;
  /** The current sxs diagnostics of the whole file (for the "fix all" actions). */
  readonly fileDiagnostics: readonly SxsDiagnostic[];
  /**
   * The settled edits of "fix all" (fixes applied and the text re-checked until nothing changes), computed only
   * when "fix all" is asked for; without it, one pass over the diagnostics' fixes.
   */
  readonly fixAllEdits?: () => TextEdit[];
  /** The document's model, for the suppression quick fixes (left out without it). */
  readonly model?: SxsDocument;
  /** Whether a baseline applies to the file, so "Add this finding to the baseline" can be offered. */
  readonly baselineAvailable?: boolean;
}

function isCurrent(diagnostic: SxsDiagnostic, version: number | undefined): boolean {
  return version === undefined || diagnostic.data.version === undefined || diagnostic.data.version === version;
}

export function getCodeActions(request: CodeActionRequest): CodeAction[] {
  const { uri, version, context, fileDiagnostics } = request;
  const only = context.only;
  const actions: CodeAction[] = [];
  if (isRequested(only, QUICK_FIX)) {
    const codes = new Set<string>();
    // Suppressing comes after fixing: offered last, once per check and line.
    const suppressions: CodeAction[] = [];
    const suppressed = new Set<string>();
    for (const diagnostic of context.diagnostics as readonly Diagnostic[]) {
      if (!isSxsDiagnostic(diagnostic) || !isCurrent(diagnostic, version)) {
        continue;
      }
      for (const action of quickFixes(uri, diagnostic)) actions.push(action);
      if (diagnostic.data.fixes.some(fix => fix.preferred)) {
        codes.add(diagnostic.code);
      }
      const key = `${diagnostic.code} ${diagnostic.range.start.line}`;
      if (request.model !== undefined && !suppressed.has(key)) {
        suppressed.add(key);
        for (const action of suppressionActions(uri, request.model, diagnostic, request.baselineAvailable === true)) suppressions.push(action);
      }
    }
    for (const code of codes) {
      const action = fixAllOfKind(uri, code, fileDiagnostics);
      if (action) {
        actions.push(action);
      }
    }
    for (const action of suppressions) actions.push(action);
  }
  if (isExplicitlyRequested(only, FIX_ALL)) {
    const action = request.fixAllEdits ? fixAllAction(uri, request.fixAllEdits()) : fixAll(uri, fileDiagnostics);
    if (action) {
      actions.push(action);
    }
  }
  return actions;
}
