/**
 * Runs the checks over one parsed document, applying the configuration: a severity per check, `off`, or
 * `{ severity, ...options }`, keyed by ID or alias. Unknown keys and values are ignored, never fatal.
 */
import type { SxsDocument } from '../sxs/types';
import { allChecks } from './registry';
import { createAnalysis, type DocumentAnalysis } from './analysis';
import { runEngine } from './engine';
import type { Check, ConfiguredSeverity, Finding, Severity } from './types';

export { compareFindings, runFinding } from './engine';

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
  /** Called (after the run, once per check, with its first error) when a check throws; the other checks still run. */
  readonly onCheckError?: (check: Check, error: unknown) => void;
  /**
   * The document's locale when its front matter has no `ms.contentlocale`: from its path or the `sxs.locale`
   * setting (see `checks/locale/detect.ts`). The checks read it as `doc.locale`. Ignored when `analysis` is given.
   */
  readonly locale?: string;
  /**
   * The document's analysis (`createAnalysis(document, { locale })`), for a caller that keeps the tokenized halves
   * across runs; by default one is made for the run and dropped after it.
   */
  readonly analysis?: DocumentAnalysis;
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
  if (config === undefined) {
    // No configuration (the command line without a configuration file): the defaults, without looking up any key.
    return checks.map(check => ({ check, off: check.defaultOff === true, severity: undefined, options: { ...check.defaultOptions } }));
  }
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

/**
 * Runs every enabled check over the document. A document with no units has no findings. The analysis (tokenized
 * halves and all) is made for the run and dropped after it, unless the caller gives its own (`options.analysis`).
 */
export function runChecks(document: SxsDocument, config?: ChecksConfig, runOptions: RunOptions = {}): RunFinding[] {
  if (document.units.length === 0) {
    return [];
  }
  const analysis = runOptions.analysis ?? createAnalysis(document, { locale: runOptions.locale, transient: true });
  return runEngine(analysis, resolveChecks(config, runOptions.checks ?? allChecks), { onCheckError: runOptions.onCheckError });
}
