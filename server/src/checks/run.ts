/**
 * Runs the checks over one parsed document, applying the configuration: a severity per check, `off`, or
 * `{ severity, ...options }`, keyed by ID or alias. Unknown keys and values are ignored, never fatal.
 */
import type { SxsDocument } from '../sxs/types';
import { allChecks } from './registry';
import { withFallbackLocale } from './locale/detect';
import { hasDocumentState, releaseDocumentState } from './qa/pair';
import { withSafeFixes } from './fixSafety';
import type { Check, ConfiguredSeverity, Finding, Severity } from './types';

/** One check's configuration: a severity, `off`, or an object with an optional severity and the check's options. */
export type CheckSetting = ConfiguredSeverity | { readonly severity?: ConfiguredSeverity; readonly [option: string]: unknown };

/** Check settings keyed by ID (`SX101`, any case) or alias (`id-pair-mismatch`). */
export type ChecksConfig = Readonly<Record<string, CheckSetting>>;

/** A finding with its final severity. */
export interface RunFinding extends Finding {
  readonly severity: Severity;
}

export interface RunOptions {
  /** The checks to run; all by default. */
  readonly checks?: readonly Check[];
  /** Called when a check throws; the other checks still run. */
  readonly onCheckError?: (check: Check, error: unknown) => void;
  /**
   * The document's locale when its front matter has no `ms.contentlocale`: from its path or the `sxs.locale`
   * setting (see `checks/locale/detect.ts`). The checks read it as `doc.locale`.
   */
  readonly locale?: string;
}

export interface ResolvedCheck {
  readonly check: Check;
  /** The configured severity, or undefined to use the finding's own or the check's default. */
  readonly severity: Severity | undefined;
  readonly off: boolean;
  readonly options: Readonly<Record<string, unknown>>;
}

const severities: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'off']);

function asConfiguredSeverity(value: unknown): ConfiguredSeverity | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const lower = value.trim().toLowerCase();
  if (lower === 'information') {
    return 'info';
  }
  return severities.has(lower) ? (lower as ConfiguredSeverity) : undefined;
}

/** Turns the configuration into one entry per check; unknown keys and bad values fall back to the defaults. */
export function resolveChecks(config: ChecksConfig | undefined, checks: readonly Check[] = allChecks): ResolvedCheck[] {
  return checks.map(check => {
    let configured: ConfiguredSeverity | undefined;
    let options: Record<string, unknown> = { ...(check.defaultOptions ?? {}) };
    for (const key of [check.alias, check.id, check.id.toLowerCase()]) {
      // The ID wins over the alias when both are given.
      const setting: unknown = config && Object.prototype.hasOwnProperty.call(config, key) ? config[key] : undefined;
      if (setting === undefined || setting === null) {
        continue;
      }
      if (typeof setting === 'object') {
        const { severity, ...rest } = setting as Record<string, unknown>;
        configured = asConfiguredSeverity(severity) ?? configured;
        options = { ...options, ...rest };
      } else {
        configured = asConfiguredSeverity(setting) ?? configured;
      }
    }
    const off = configured === 'off' || (configured === undefined && check.defaultOff === true);
    return { check, off, severity: configured === 'off' ? undefined : configured, options };
  });
}

/** Document order: by start, then end, then code; the sort is stable, so equal keys keep the order of reporting. */
export function compareFindings(a: RunFinding, b: RunFinding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * A check's report as a finding of the run: its code, its final severity, and its fixes, with any preferred fix that
 * would change a word of a translation turned into a suggestion (see `fixSafety.ts`).
 */
export function runFinding(doc: SxsDocument, check: Check, configured: Severity | undefined, finding: Omit<Finding, 'code'>): RunFinding {
  return withSafeFixes(doc, { ...finding, code: check.id, severity: configured ?? finding.severity ?? check.defaultSeverity });
}

/** Runs every enabled check over the document. A document with no units has no findings. */
export function runChecks(document: SxsDocument, config?: ChecksConfig, runOptions: RunOptions = {}): RunFinding[] {
  if (document.units.length === 0) {
    return [];
  }
  const doc = withFallbackLocale(document, runOptions.locale);
  // The tokenized halves the QA checks share are made for this run and dropped after it, unless the caller made them.
  const ownsState = !hasDocumentState(doc);
  const findings: RunFinding[] = [];
  for (const { check, off, severity, options } of resolveChecks(config, runOptions.checks ?? allChecks)) {
    if (off) {
      continue;
    }
    const ctx = {
      doc,
      options,
      report(finding: Omit<Finding, 'code'>): void {
        findings.push(runFinding(doc, check, severity, finding));
      },
    };
    const before = findings.length;
    try {
      check.checkDocument?.(ctx);
      if (check.checkUnit) {
        for (const unit of doc.units) {
          check.checkUnit(unit, ctx);
        }
      }
    } catch (error) {
      // A check that fails reports nothing rather than half its findings.
      findings.length = before;
      runOptions.onCheckError?.(check, error);
    }
  }
  if (ownsState) {
    releaseDocumentState(doc);
  }
  return findings.sort(compareFindings);
}
