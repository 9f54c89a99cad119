/**
 * Baselines: the findings a team has accepted for now, so CI reports only new ones. An entry is keyed by the
 * file's path relative to the baseline's folder, the unit ID and the check ID (with a count), not by line, so
 * edits elsewhere in the file and regenerated IDs of other units do not matter. Pure apart from the paths.
 */
import * as path from 'node:path';
import type { CliFinding } from './report';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, `/`-separated. */
  readonly file: string;
  /** The unit ID, or `""` for findings not about one unit. */
  readonly unit: string;
  readonly check: string;
  readonly count: number;
}

export interface Baseline {
  readonly version: number;
  readonly findings: readonly BaselineEntry[];
}

function keyOf(file: string, unit: string, check: string): string {
  return JSON.stringify([file, unit, check]);
}

function relativeFile(baselineFile: string, file: string): string {
  return path.relative(path.dirname(path.resolve(baselineFile)), path.resolve(file)).split(path.sep).join('/');
}

export function createBaseline(baselineFile: string, findings: readonly CliFinding[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const file = relativeFile(baselineFile, finding.file);
    const unit = finding.unitId ?? '';
    const key = keyOf(file, unit, finding.code);
    const entry = counts.get(key);
    counts.set(key, { file, unit, check: finding.code, count: (entry?.count ?? 0) + 1 });
  }
  const entries = [...counts.values()].sort((a, b) =>
    a.file.localeCompare(b.file, 'en') || a.unit.localeCompare(b.unit, 'en') || a.check.localeCompare(b.check, 'en'));
  return { version: BASELINE_VERSION, findings: entries };
}

export function serializeBaseline(baseline: Baseline): string {
  const lines = baseline.findings.map(entry => `    ${JSON.stringify(entry)}`);
  return `{\n  "version": ${baseline.version},\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

/** Reads a baseline file's text; throws an Error with a readable message when it is not one. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const record = value as { version?: unknown; findings?: unknown };
  if (typeof value !== 'object' || value === null || !Array.isArray(record.findings)) {
    throw new Error('not a baseline: expected an object with a "findings" list');
  }
  if (record.version !== BASELINE_VERSION) {
    throw new Error(`unsupported baseline version ${JSON.stringify(record.version)}`);
  }
  const findings: BaselineEntry[] = [];
  for (const item of record.findings as unknown[]) {
    const entry = item as Partial<BaselineEntry>;
    if (typeof entry?.file !== 'string' || typeof entry.unit !== 'string' || typeof entry.check !== 'string') {
      throw new Error('not a baseline: every finding needs "file", "unit" and "check"');
    }
    findings.push({ file: entry.file, unit: entry.unit, check: entry.check, count: typeof entry.count === 'number' ? entry.count : 1 });
  }
  return { version: BASELINE_VERSION, findings };
}

/** The findings the baseline does not cover (each entry covers up to `count` findings of its key). */
export function applyBaseline<T extends CliFinding>(baselineFile: string, baseline: Baseline, findings: readonly T[]): { kept: T[]; suppressed: number } {
  const budget = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = keyOf(entry.file, entry.unit, entry.check);
    budget.set(key, (budget.get(key) ?? 0) + entry.count);
  }
  const kept: T[] = [];
  let suppressed = 0;
  for (const finding of findings) {
    const key = keyOf(relativeFile(baselineFile, finding.file), finding.unitId ?? '', finding.code);
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      suppressed++;
    } else {
      kept.push(finding);
    }
  }
  return { kept, suppressed };
}
