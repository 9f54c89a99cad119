/**
 * Quick fixes that keep a finding out of the way instead of fixing it, the same way `sxs-lint` honours them:
 *
 * - "Disable SXnnn for this line": `<!-- sxs-disable-next-line SXnnn -->` on a line of its own above the unit's line,
 *   in the file's line endings, where such a line starts a block of its own without changing the page (above a
 *   paragraph or heading that starts there). Inside a table row, a list item, a blockquote or a paragraph's later
 *   line, a line of its own would split the table, list or paragraph, so `<!-- sxs-disable-line SXnnn -->` goes at the
 *   end of the line instead (an HTML comment shows nothing), unless the line ends inside a unit.
 * - "Disable SXnnn for this file": `<!-- sxs-disable-file SXnnn -->` after the front matter.
 * - "Add this finding to the baseline": a command the server runs, when a baseline applies to the file.
 */
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { lineAt, lineContentEnd, positionAt } from '../../sxs/lineIndex';
import type { SxsDocument } from '../../sxs/types';
import type { SxsDiagnostic } from '../diagnostics';
import { QUICK_FIX } from './kinds';

/** The command that adds a finding to the file's baseline (run by the server). */
export const ADD_TO_BASELINE_COMMAND = 'sxs.addToBaseline';

/** The arguments of `ADD_TO_BASELINE_COMMAND`. */
export interface AddToBaselineArguments {
  readonly uri: string;
  readonly code: string;
  /** The unit's ID, or '' for a finding about no unit. */
  readonly unitId: string;
}

function insertAt(doc: SxsDocument, offset: number, text: string): TextEdit {
  const position = positionAt(doc.lineStarts, offset);
  return { range: { start: position, end: position }, newText: text };
}

/** Whether `offset` lies inside a unit (not at its edges). */
function insideUnit(doc: SxsDocument, offset: number): boolean {
  return doc.units.some(unit => unit.range.start < offset && offset < unit.range.end);
}

/** The edit that disables `code` for the line of the finding, or undefined when no place is safe. */
export function disableForLine(doc: SxsDocument, diagnostic: SxsDiagnostic): TextEdit | undefined {
  const unit = diagnostic.data.unit === undefined ? undefined : doc.units[diagnostic.data.unit];
  const line = unit === undefined ? diagnostic.range.start.line : lineAt(doc.lineStarts, unit.range.start);
  if (line >= doc.lineStarts.length) return undefined;
  const lineStart = doc.lineStarts[line];
  const block = doc.blocks.find(candidate => candidate.startLine <= line && line < candidate.endLine);
  const context = unit?.context;
  const startsBlock = block !== undefined && block.startLine === line && (block.kind === 'paragraph' || block.kind === 'heading')
    && context?.listItem !== true && context?.blockquote !== true && context?.tableCell === undefined && context?.inFrontMatter !== true;
  if (startsBlock) {
    const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, lineContentEnd(doc.text, doc.lineStarts, line)))![0];
    return insertAt(doc, lineStart, `${indent}<!-- sxs-disable-next-line ${diagnostic.code} -->${doc.eol}`);
  }
  const end = lineContentEnd(doc.text, doc.lineStarts, line);
  if (insideUnit(doc, end) || (unit !== undefined && unit.range.end > end)) return undefined;
  return insertAt(doc, end, ` <!-- sxs-disable-line ${diagnostic.code} -->`);
}

/** The edit that disables `code` for the whole file: a comment line after the front matter (or at the top). */
export function disableForFile(doc: SxsDocument, code: string): TextEdit {
  let offset = 0;
  if (doc.frontMatter !== undefined) {
    const line = lineAt(doc.lineStarts, doc.frontMatter.range.end);
    offset = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
    if (offset === doc.text.length && !/[\r\n]$/.test(doc.text)) {
      return insertAt(doc, offset, `${doc.eol}<!-- sxs-disable-file ${code} -->${doc.eol}`);
    }
  }
  return insertAt(doc, offset, `<!-- sxs-disable-file ${code} -->${doc.eol}`);
}

/** The suppression quick fixes for one diagnostic. */
export function suppressionActions(uri: string, doc: SxsDocument, diagnostic: SxsDiagnostic, baselineAvailable: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const line = disableForLine(doc, diagnostic);
  if (line !== undefined) {
    actions.push({ title: `Disable ${diagnostic.code} for this line`, kind: QUICK_FIX, diagnostics: [diagnostic], edit: { changes: { [uri]: [line] } } });
  }
  actions.push({
    title: `Disable ${diagnostic.code} for this file`, kind: QUICK_FIX, diagnostics: [diagnostic],
    edit: { changes: { [uri]: [disableForFile(doc, diagnostic.code)] } },
  });
  if (baselineAvailable) {
    const unit = diagnostic.data.unit === undefined ? undefined : doc.units[diagnostic.data.unit];
    const args: AddToBaselineArguments = { uri, code: diagnostic.code, unitId: unit?.id ?? '' };
    actions.push({
      title: 'Add this finding to the baseline', kind: QUICK_FIX, diagnostics: [diagnostic],
      command: { title: 'Add this finding to the baseline', command: ADD_TO_BASELINE_COMMAND, arguments: [args] },
    });
  }
  return actions;
}
