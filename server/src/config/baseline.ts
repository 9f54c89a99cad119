/**
 * A baseline: findings accepted as they are, keyed by file path, unit ID and check ID, so a repository can adopt the
 * checks without fixing old findings first. Unit IDs survive edits of the text around them (not a new handoff, which
 * renumbers prefixes; then regenerate the baseline). Document-level findings use the empty unit ID.
 *
 * ```json
 * { "version": 1, "findings": { "docs/a.md": { "9d2bc-103": ["SX301"], "": ["SX801"] } } }
 * ```
 */
import { parseJsonc } from './jsonc';
import type { ConfigError } from './configFile';

export interface BaselineEntry {
  /** Workspace-relative path with forward slashes. */
  readonly file: string;
  /** The unit ID, or '' for a finding not about one unit. */
  readonly unitId: string;
  readonly code: string;
}

export interface Baseline {
  has(entry: BaselineEntry): boolean;
  readonly size: number;
  /** The entries as read, in file order. */
  readonly entries: readonly BaselineEntry[];
}

function key(e: BaselineEntry): string {
  return `${e.file.replace(/\\/g, '/')}\u0000${e.unitId}\u0000${e.code.toUpperCase()}`;
}

export function createBaseline(entries: readonly BaselineEntry[]): Baseline {
  const keys = new Set(entries.map(key));
  return { has: e => keys.has(key(e)), size: keys.size, entries };
}

/** Serializes entries as a stable, sorted baseline file. */
export function writeBaseline(entries: readonly BaselineEntry[]): string {
  const files: Record<string, Record<string, string[]>> = {};
  for (const e of entries) {
    const file = (files[e.file.replace(/\\/g, '/')] ??= {});
    const codes = (file[e.unitId] ??= []);
    if (!codes.includes(e.code)) codes.push(e.code);
  }
  const sorted: Record<string, Record<string, string[]>> = {};
  for (const f of Object.keys(files).sort()) {
    sorted[f] = {};
    for (const u of Object.keys(files[f]).sort()) sorted[f][u] = files[f][u].sort();
  }
  return JSON.stringify({ version: 1, findings: sorted }, null, 2) + '\n';
}

/** Reads a baseline file; a bad one yields an error and an empty baseline. */
export function readBaseline(file: string, text: string): { baseline: Baseline; errors: ConfigError[] } {
  const parsed = parseJsonc(text);
  const empty = createBaseline([]);
  if (parsed.error) return { baseline: empty, errors: [{ file, line: parsed.error.line, message: `${parsed.error.message}; the baseline is ignored.` }] };
  const root = parsed.value as { version?: unknown; findings?: unknown } | null;
  if (!root || typeof root !== 'object' || typeof root.findings !== 'object' || root.findings === null) {
    return { baseline: empty, errors: [{ file, line: 1, message: 'A baseline is an object with "findings": { file: { unitId: [codes] } }; the baseline is ignored.' }] };
  }
  const entries: BaselineEntry[] = [];
  const errors: ConfigError[] = [];
  for (const [f, units] of Object.entries(root.findings as Record<string, unknown>)) {
    if (!units || typeof units !== 'object') {
      errors.push({ file, line: 0, message: `The entry for "${f}" is not an object; skipped.` });
      continue;
    }
    for (const [unitId, codes] of Object.entries(units as Record<string, unknown>)) {
      if (!Array.isArray(codes)) {
        errors.push({ file, line: 0, message: `The entry for "${f}" unit "${unitId}" is not a list of check IDs; skipped.` });
        continue;
      }
      for (const code of codes) if (typeof code === 'string') entries.push({ file: f, unitId, code });
    }
  }
  return { baseline: createBaseline(entries), errors };
}

/** Keeps the findings the baseline does not hold. */
export function filterByBaseline<T extends BaselineEntry>(findings: readonly T[], baseline: Baseline): T[] {
  return findings.filter(f => !baseline.has(f));
}
