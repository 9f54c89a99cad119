/**
 * Code lenses: a file summary on the first line (units, problems, "Open Bilingual Preview") and, on each
 * heading whose section holds units, the units and problems of that section (subsections included), unless the
 * section is the whole file. Before the checks have run, the lenses come from the parse alone: the problem
 * counts read "checking…" until the server asks the editor for the lenses again.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import type { Finding } from '../checks/types';
import type { SxsDocument } from '../sxs/types';
import { toRange } from './positions';
import { headingSections } from './sections';

/** Opens the bilingual preview beside the editor; the argument is the document URI. */
export const OPEN_PREVIEW_COMMAND = 'sxs.openPreviewToSide';
/**
 * Moves the cursor to the first problem of the file (or, given a position, the first at or after it) and shows its
 * message (a client command); the arguments are the document URI and an optional `{ line, character }`.
 */
export const FIRST_PROBLEM_COMMAND = 'sxs.goToFirstProblem';

export interface CodeLensOptions {
  readonly uri: string;
  /** Indexes of the units whose English changed since the hand-off, when the English was compared. */
  readonly staleUnits?: readonly number[];
}

/** Moves the cursor to the next unit whose English changed since the hand-off (a client command). */
export const NEXT_STALE_UNIT_COMMAND = 'sxs.nextStaleUnit';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A lens that only shows text: an empty command ID is not clickable. */
function label(range: CodeLens['range'], title: string): CodeLens {
  return { range, command: { title, command: '' } };
}

/** The problems lens's text while the checks have not run yet. */
export const CHECKING_TITLE = 'checking…';

/** "N problems": goes to the first of them (from `range`'s start, for a heading's section). */
function problemsLens(range: CodeLens['range'], count: number | undefined, uri: string, fromSection: boolean): CodeLens {
  if (count === undefined) return label(range, CHECKING_TITLE);
  const args: unknown[] = fromSection ? [uri, range.start] : [uri];
  return count === 0
    ? label(range, 'no problems')
    : { range, command: { title: plural(count, 'problem', 'problems'), command: FIRST_PROBLEM_COMMAND, arguments: args } };
}

/** "N units": opens the bilingual preview. */
function unitsLens(range: CodeLens['range'], count: number, uri: string): CodeLens {
  return { range, command: { title: plural(count, 'unit', 'units'), command: OPEN_PREVIEW_COMMAND, arguments: [uri] } };
}

/** The first index whose value is >= `value` in an ascending array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/** How many of the ascending `starts` lie in [start, end): by binary search, so many headings stay linear. */
function countIn(starts: readonly number[], start: number, end: number): number {
  return lowerBound(starts, end) - lowerBound(starts, start);
}

/** `findings` undefined: the checks have not run yet (the lenses from the parse alone). */
export function getCodeLenses(doc: SxsDocument, findings: readonly Finding[] | undefined, options: CodeLensOptions): CodeLens[] {
  if (doc.units.length === 0) {
    return [];
  }
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [
    unitsLens(top, doc.units.length, options.uri),
    problemsLens(top, findings?.length, options.uri, false),
    { range: top, command: { title: 'Open Bilingual Preview', command: OPEN_PREVIEW_COMMAND, arguments: [options.uri] } },
  ];
  const staleStarts = (options.staleUnits ?? []).map(index => doc.units[index]?.range.start).filter(start => start !== undefined).sort((a, b) => a - b);
  if (options.staleUnits !== undefined && staleStarts.length > 0) {
    lenses.splice(2, 0, { range: top, command: { title: plural(staleStarts.length, 'stale unit', 'stale units'), command: NEXT_STALE_UNIT_COMMAND } });
  }
  const unitStarts = doc.units.map(unit => unit.range.start).sort((a, b) => a - b);
  const findingStarts = findings?.map(finding => finding.range.start).sort((a, b) => a - b);
  for (const section of headingSections(doc)) {
    const { start, end } = section.range;
    const units = countIn(unitStarts, start, end);
    if (units === 0) {
      continue;
    }
    const problems = findingStarts === undefined ? undefined : countIn(findingStarts, start, end);
    if (units === doc.units.length && (findings === undefined || problems === findings.length)) {
      // A section that holds the whole file (the title's) would repeat the file summary.
      continue;
    }
    const range = toRange(doc, section.heading.range);
    lenses.push(unitsLens(range, units, options.uri), problemsLens(range, problems, options.uri, true));
    const stale = countIn(staleStarts, start, end);
    if (stale > 0) lenses.push(label(range, plural(stale, 'stale unit', 'stale units')));
  }
  return lenses;
}
