/**
 * Findings -> LSP diagnostics. Each diagnostic carries its check ID as `code`, a link to the rule's
 * documentation, and in `data` the fixes already converted to LSP edits, so code actions need not re-analyse.
 */
import type { Diagnostic, DiagnosticSeverity, TextEdit } from 'vscode-languageserver-types';
import type { RunFinding } from '../checks/run';
import type { Severity } from '../checks/types';
import type { SxsDocument } from '../sxs/types';
import { toRange } from './positions';

export const DIAGNOSTIC_SOURCE = 'sxs';
export const RULES_URL = 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md';

/** One fix as a diagnostic carries it. */
export interface DiagnosticFix {
  readonly title: string;
  readonly preferred: boolean;
  readonly edits: readonly TextEdit[];
}

/** The `data` payload of an sxs diagnostic. */
export interface SxsDiagnosticData {
  /** The document version the diagnostic was computed for, when known. */
  readonly version?: number;
  /** The index of the unit the finding is about. */
  readonly unit?: number;
  readonly fixes: readonly DiagnosticFix[];
}

export type SxsDiagnostic = Omit<Diagnostic, 'code' | 'data'> & { readonly code: string; readonly data: SxsDiagnosticData };

// Numeric values of LSP's DiagnosticSeverity (kept here so this module needs only types).
const lspSeverity: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: 1,
  warning: 2,
  info: 3,
};

export function ruleUrl(code: string): string {
  return `${RULES_URL}#${code.toLowerCase()}`;
}

export function toDiagnostic(doc: SxsDocument, finding: RunFinding, version?: number, uri?: string): SxsDiagnostic {
  const fixes: DiagnosticFix[] = (finding.fixes ?? []).map(fix => ({
    title: fix.title,
    preferred: fix.preferred === true,
    edits: fix.edits.map(edit => ({ range: toRange(doc, edit.range), newText: edit.newText })),
  }));
  const data: SxsDiagnosticData = { version, unit: finding.unit, fixes };
  return {
    range: toRange(doc, finding.range),
    severity: lspSeverity[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleUrl(finding.code) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    // The consequences of the fault, reported with it (one fault, one finding).
    ...(uri !== undefined && finding.related !== undefined && finding.related.length > 0
      ? { relatedInformation: finding.related.map(r => ({ location: { uri, range: toRange(doc, r.range) }, message: `${r.code}: ${r.message}` })) }
      : {}),
    data,
  };
}

export function computeDiagnostics(doc: SxsDocument, findings: readonly RunFinding[], version?: number, uri?: string): SxsDiagnostic[] {
  return findings.map(finding => toDiagnostic(doc, finding, version, uri));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True for a diagnostic this server made (as it comes back from the client in a code action request). */
export function isSxsDiagnostic(diagnostic: Diagnostic): diagnostic is SxsDiagnostic {
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string' &&
    isRecord(diagnostic.data) && Array.isArray(diagnostic.data.fixes);
}
