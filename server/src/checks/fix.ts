/**
 * Fixing a whole text ("fix all" in the editor, `sxs-lint --fix`): the preferred fix of each finding, as many as do
 * not overlap, applied pass after pass (fixing one thing can reveal or settle another, for example an ID mismatch
 * and a foreign prefix on the same unit) until nothing changes or the pass limit is reached. Pure.
 */
import type { ChecksConfig, RunFinding } from './run';
import type { OffsetEdit } from './types';
import type { SxsDocument } from '../sxs/types';

/** Passes before giving up on a text whose fixes keep changing it. */
export const MAX_FIX_PASSES = 10;

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  const aEmpty = a.range.start === a.range.end;
  const bEmpty = b.range.start === b.range.end;
  if (aEmpty && bEmpty) {
    // Two insertions at one place would have no defined order.
    return a.range.start === b.range.start;
  }
  return a.range.start < b.range.end && b.range.start < a.range.end;
}

/** The edits of the preferred fixes that can be applied together, and the codes of the findings they fix. */
export function selectFixes(findings: readonly RunFinding[]): { edits: OffsetEdit[]; codes: string[] } {
  const edits: OffsetEdit[] = [];
  const codes: string[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find(candidate => candidate.preferred);
    if (fix === undefined || fix.edits.length === 0) {
      continue;
    }
    if (fix.edits.some(edit => edits.some(taken => overlaps(edit, taken)))) {
      continue;
    }
    for (const edit of fix.edits) edits.push(edit);
    codes.push(finding.code);
  }
  return { edits, codes };
}

export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return out + text.slice(at);
}

export type Lint = (text: string, config: ChecksConfig | undefined) => { model: SxsDocument; findings: RunFinding[] };

export interface FixResult {
  readonly text: string;
  readonly model: SxsDocument;
  /** The findings that remain in the fixed text. */
  readonly findings: RunFinding[];
  /** How many findings were fixed, per check ID. */
  readonly fixed: ReadonlyMap<string, number>;
  /** True when the last pass still had fixes to apply. */
  readonly unstable: boolean;
}

export function fixText(text: string, config: ChecksConfig | undefined, lint: Lint): FixResult {
  let current = text;
  let result = lint(current, config);
  const fixed = new Map<string, number>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { edits, codes } = selectFixes(result.findings);
    if (edits.length === 0) {
      return { text: current, model: result.model, findings: result.findings, fixed, unstable: false };
    }
    const next = applyEdits(current, edits);
    if (next === current) {
      return { text: current, model: result.model, findings: result.findings, fixed, unstable: false };
    }
    for (const code of codes) {
      fixed.set(code, (fixed.get(code) ?? 0) + 1);
    }
    current = next;
    result = lint(current, config);
  }
  return { text: current, model: result.model, findings: result.findings, fixed, unstable: selectFixes(result.findings).edits.length > 0 };
}

/**
 * The smallest edits that turn `original` into `fixed`: one edit per changed line, trimmed to the characters that
 * differ, so an edit never names bytes it does not change. When the fixes changed the number of lines, one edit
 * from the first to the last difference.
 */
export function minimalEdits(original: string, fixed: string): OffsetEdit[] {
  if (original === fixed) {
    return [];
  }
  const before = splitKeepingEnds(original);
  const after = splitKeepingEnds(fixed);
  if (before.length !== after.length) {
    return [trimmedEdit(original, fixed, 0)];
  }
  const edits: OffsetEdit[] = [];
  let offset = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== after[i]) {
      edits.push(trimmedEdit(before[i], after[i], offset));
    }
    offset += before[i].length;
  }
  return edits;
}

function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

function trimmedEdit(before: string, after: string, offset: number): OffsetEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
    prefix++;
  }
  let suffix = 0;
  while (suffix < shorter - prefix
    && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return {
    range: { start: offset + prefix, end: offset + before.length - suffix },
    newText: after.slice(prefix, after.length - suffix),
  };
}
