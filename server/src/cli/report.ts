/**
 * Output of `sxs-lint`, with 1-based positions (columns in UTF-16 code units, as in the editor):
 * - text: `path:line:col severity CODE message` lines;
 * - json: an array of findings;
 * - sarif: SARIF 2.1.0 with the check registry as rules;
 * - junit: JUnit XML with one test case per checked file;
 * - github: GitHub Actions workflow commands (`::error file=…::message`).
 */
import type { RunFinding } from '../checks/run';
import { allChecks } from '../checks/registry';
import type { Check, Severity } from '../checks/types';
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
  /** The ID of the unit the finding is about, if any. */
  readonly unitId?: string;
}

/** What every format needs: the checked files in order, with their findings. */
export interface CheckedFile {
  readonly file: string;
  readonly findings: readonly CliFinding[];
}

export const RULES_URL = 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md';

export function toCliFindings(file: string, model: SxsDocument, findings: readonly RunFinding[]): CliFinding[] {
  return findings.map(finding => {
    const start = positionAt(model, finding.range.start);
    const end = positionAt(model, finding.range.end);
    const unitId = finding.unit === undefined ? undefined : model.units[finding.unit]?.id;
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      ...(unitId === undefined ? {} : { unitId }),
    };
  });
}

/** Paths in reports use `/` on every platform. */
function portable(file: string): string {
  return file.replace(/\\/g, '/');
}

export function formatText(files: readonly CheckedFile[]): string {
  return files.flatMap(f => f.findings).map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`).join('');
}

export function formatJson(files: readonly CheckedFile[]): string {
  return `${JSON.stringify(files.flatMap(f => f.findings), null, 2)}\n`;
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

export function formatSarif(files: readonly CheckedFile[], cwd: string, checks: readonly Check[] = allChecks): string {
  const ruleIndex = new Map(checks.map((check, index) => [check.id, index]));
  const rules = checks.map(check => ({
    id: check.id,
    name: check.alias,
    shortDescription: { text: check.description },
    helpUri: `${RULES_URL}#${check.id.toLowerCase()}`,
    defaultConfiguration: { level: sarifLevel(check.defaultSeverity), enabled: check.defaultOff !== true },
    properties: { tags: [...check.tags] },
  }));
  const results = files.flatMap(file => file.findings.map(finding => ({
    ruleId: finding.code,
    ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: encodeURI(portable(finding.file)), uriBaseId: '%SRCROOT%' },
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
      },
    }],
    ...(finding.unitId === undefined ? {} : { properties: { unitId: finding.unitId } }),
  })));
  const root = portable(cwd).replace(/\/?$/, '/');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'sxs-lint', informationUri: 'https://github.com/sxs-tools/sxs', rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: encodeURI(`file://${root.startsWith('/') ? '' : '/'}${root}`) } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function xmlEscape(text: string): string {
  return text
    // Characters XML 1.0 cannot hold at all.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One test case per file; a file with errors or warnings fails, listing them; information goes to system-out. */
export function formatJunit(files: readonly CheckedFile[]): string {
  const cases: string[] = [];
  let failures = 0;
  for (const file of files) {
    const name = xmlEscape(portable(file.file));
    const lines = (wanted: (severity: Severity) => boolean) => file.findings.filter(f => wanted(f.severity))
      .map(f => `${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
    const failing = lines(severity => severity !== 'info');
    const info = lines(severity => severity === 'info');
    let body = '';
    if (failing.length > 0) {
      failures++;
      const type = file.findings.some(f => f.severity === 'error') ? 'error' : 'warning';
      const summary = `${failing.length} problem${failing.length === 1 ? '' : 's'}`;
      body += `\n      <failure message="${summary}" type="${type}">${xmlEscape(failing.join('\n'))}</failure>`;
    }
    if (info.length > 0) {
      body += `\n      <system-out>${xmlEscape(info.join('\n'))}</system-out>`;
    }
    cases.push(`    <testcase classname="sxs-lint" name="${name}" file="${name}">${body}${body === '' ? '' : '\n    '}</testcase>`);
  }
  const counts = `tests="${files.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sxs-lint" ${counts}>`,
    `  <testsuite name="sxs-lint" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const githubCommand: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(files: readonly CheckedFile[], checks: readonly Check[] = allChecks): string {
  const aliases = new Map(checks.map(check => [check.id, check.alias]));
  return files.flatMap(f => f.findings).map(f => {
    const alias = aliases.get(f.code);
    const title = alias === undefined ? f.code : `${f.code} ${alias}`;
    const properties = [
      `file=${escapeProperty(portable(f.file))}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(title)}`,
    ].join(',');
    return `::${githubCommand[f.severity]} ${properties}::${escapeData(f.message)}\n`;
  }).join('');
}
