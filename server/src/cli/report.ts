/**
 * Output of `sxs-lint`: findings as `path:line:col severity CODE message` lines or as a JSON array, with
 * 1-based positions.
 */
import type { RunFinding } from '../checks/run';
import type { Severity } from '../checks/types';
import { positionAt } from '../languageFeatures/positions';
import type { SxsDocument } from '../sxs/types';

export interface CliFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

export function toCliFindings(file: string, model: SxsDocument, findings: readonly RunFinding[]): CliFinding[] {
  return findings.map(finding => {
    const start = positionAt(model, finding.range.start);
    const end = positionAt(model, finding.range.end);
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
    };
  });
}

export function formatText(findings: readonly CliFinding[]): string {
  return findings.map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`).join('');
}

export function formatJson(findings: readonly CliFinding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}
