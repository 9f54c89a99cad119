/**
 * What the English comparison of a file means for the user, as findings (the same shape the checks give, so the
 * editor's diagnostics and `sxs-lint`'s outputs take them as they are): SX901 on each stale unit, SX902 on each unit
 * whose English is not from the hand-off, SX903 for each new English paragraph (at the unit it follows, else at the
 * top), SX904 once per file when the English cannot be compared. Information by default. Pure.
 */
import type { RunFinding } from '../checks/run';
import type { SxsDocument } from '../sxs/types';
import type { EnglishComparison } from './compare';

export const STALE_ENGLISH = 'SX901';
export const ENGLISH_NOT_FROM_HANDOFF = 'SX902';
export const NEW_ENGLISH = 'SX903';
export const ENGLISH_UNAVAILABLE = 'SX904';

/** The codes with their aliases and descriptions, for documentation and reports. */
export const englishCodes = [
  { id: STALE_ENGLISH, alias: 'stale-english', description: 'The English of this unit changed since the hand-off: the current English no longer says it.' },
  { id: ENGLISH_NOT_FROM_HANDOFF, alias: 'english-not-from-handoff', description: 'The English half is not in the hand-off English, so no staleness verdict is possible.' },
  { id: NEW_ENGLISH, alias: 'new-english', description: 'A paragraph of the current English that no unit translates and the hand-off did not have.' },
  { id: ENGLISH_UNAVAILABLE, alias: 'english-unavailable', description: 'The English of the file cannot be compared (a commit missing from the English repository, a deleted file, an unknown ref).' },
] as const;

/** The outcome of comparing one localized file with its English. */
export type EnglishOutcome =
  | {
    readonly kind: 'compared';
    readonly comparison: EnglishComparison;
    /** The hand-off commit as the file names it. */
    readonly handoff: string;
    /** The current English, for messages: `live (89b4f6a)` or `the working tree`. */
    readonly currentLabel: string;
    /** The English file's path in the English repository (after a rename, the new one). */
    readonly englishPath: string;
    /** The English at the hand-off and now, without front matter (for the hover's word diff). */
    readonly handoffText: string;
    readonly currentText: string;
  }
  /** The English cannot be compared: one message for the file. */
  | { readonly kind: 'problem'; readonly message: string }
  /** Not applicable (no hand-off commit, no English repository): nothing to say on the file. */
  | { readonly kind: 'none'; readonly reason?: string };

function short(sha: string): string {
  return sha.slice(0, 7);
}

function quote(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

/** The line of `ms.sourcegitcommit`, where file-level messages go (else the start of the file). */
function handoffLine(model: SxsDocument): { start: number; end: number } {
  const fm = model.frontMatter;
  if (fm !== undefined) {
    const at = model.text.slice(fm.contentRange.start, fm.contentRange.end).search(/^ms\.sourcegitcommit\s*:/m);
    if (at >= 0) {
      const start = fm.contentRange.start + at;
      const newline = model.text.slice(start).search(/\r|\n/);
      return { start, end: newline < 0 ? model.text.length : start + newline };
    }
  }
  return { start: 0, end: 0 };
}

export function englishFindings(model: SxsDocument, outcome: EnglishOutcome): RunFinding[] {
  if (outcome.kind === 'none') return [];
  if (outcome.kind === 'problem') {
    return [{ code: ENGLISH_UNAVAILABLE, severity: 'info', range: handoffLine(model), message: outcome.message }];
  }
  const { comparison } = outcome;
  const since = `since the hand-off (${short(outcome.handoff)})`;
  const findings: RunFinding[] = [];
  for (const index of comparison.stale) {
    const unit = model.units[index];
    findings.push({
      code: STALE_ENGLISH, severity: 'info', unit: index, range: unit.target,
      message: `The English of ${unit.id} changed ${since}: ${outcome.currentLabel} no longer says it. Hover to see the new English.`,
    });
  }
  for (const index of comparison.notFromHandoff) {
    const unit = model.units[index];
    findings.push({
      code: ENGLISH_NOT_FROM_HANDOFF, severity: 'info', unit: index, range: unit.target,
      message: `The English of ${unit.id} is not in the hand-off English (${short(outcome.handoff)}), so whether it is stale cannot be told.`,
    });
  }
  for (const paragraph of comparison.newEnglish) {
    const unit = paragraph.afterUnit === undefined ? undefined : model.units[paragraph.afterUnit];
    const where = unit === undefined ? 'before the first unit' : `after ${unit.id}`;
    findings.push({
      code: NEW_ENGLISH, severity: 'info', range: unit?.target ?? handoffLine(model),
      ...(unit === undefined ? {} : { unit: unit.index }),
      message: `New English ${since} at ${outcome.currentLabel}, not yet translated, ${where}: ${quote(paragraph.text)}`,
    });
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}

/** A summary of the outcome for one file: `3 stale units, 1 new English paragraph`, or the problem. */
export function englishSummary(outcome: EnglishOutcome): string | undefined {
  if (outcome.kind === 'none') return undefined;
  if (outcome.kind === 'problem') return outcome.message;
  const { stale, notFromHandoff, newEnglish } = outcome.comparison;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [count(stale.length, 'stale unit', 'stale units')];
  if (notFromHandoff.length > 0) parts.push(`${count(notFromHandoff.length, 'unit', 'units')} not from the hand-off`);
  if (newEnglish.length > 0) parts.push(count(newEnglish.length, 'new English paragraph', 'new English paragraphs'));
  return `${parts.join(', ')} (hand-off ${short(outcome.handoff)}, English ${outcome.currentLabel})`;
}
