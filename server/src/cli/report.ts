/**
 * Output of `sxs-lint`, with 1-based positions (columns in UTF-16 code units, as in the editor):
 * - text: `path:line:col severity CODE message` lines;
 * - json: an array of findings;
 * - sarif: SARIF 2.1.0 with the check registry as rules;
 * - junit: JUnit XML with one test case per checked file;
 * - github: GitHub Actions workflow commands (`::error file=…::message`).
 *
 * A file compared with its English (`--english`) carries a summary (`3 stale units (hand-off …)`): on stderr in
 * every format, and in the output itself where the format has a place for a note on a file: a SARIF tool
 * notification, a line of the JUnit test case's system-out, a GitHub notice. Text and JSON stay lists of findings.
 */
import type { RunFinding } from '../checks/run';
import { englishCodes } from '../english/findings';
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
  /** The English comparison of the file, when it was compared: `3 stale units (hand-off …)`, or why it could not be. */
  readonly englishSummary?: string;
}

export const RULES_URL = 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md';

/** SX901–SX904 are not registered checks (they need git): their rule entries and aliases for the reports. */
const englishRules = englishCodes.map(code => ({
  id: code.id,
  name: code.alias,
  shortDescription: { text: code.description },
  helpUri: `${RULES_URL}#${code.id.toLowerCase()}`,
  defaultConfiguration: { level: 'note' as const, enabled: true },
  properties: { tags: ['english'] },
}));

/** The title of a file's English summary where a format shows one. */
const ENGLISH_SUMMARY_TITLE = 'English since the hand-off';

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

/**
 * Every format is written as a sequence of pieces (one per finding, roughly), never built as one string: a large
 * file can have hundreds of thousands of findings, and one string of all of them can pass the longest string
 * JavaScript allows. `formatX` joins the pieces of `xChunks` for callers that want the whole text.
 */
export type Chunks = Iterable<string>;

function* allFindings(files: readonly CheckedFile[]): Iterable<CliFinding> {
  for (const file of files) {
    yield* file.findings;
  }
}

function join(chunks: Chunks): string {
  let text = '';
  for (const chunk of chunks) {
    text += chunk;
  }
  return text;
}

/** `JSON.stringify(value, null, 2)` for a value whose line starts with `indent` in a pretty-printed document. */
function nestedJson(value: unknown, indent: string): string {
  return `${indent}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;
}

/** The pretty-printed JSON of `items` as the array that sits at `indent`, as JSON.stringify(…, null, 2) prints it. */
function* jsonArrayChunks<T>(items: Iterable<T>, indent: string, toJson: (item: T) => unknown = item => item): Chunks {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${nestedJson(toJson(item), `${indent}  `)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

export function* textChunks(files: readonly CheckedFile[]): Chunks {
  for (const f of allFindings(files)) {
    yield `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`;
  }
}

export function formatText(files: readonly CheckedFile[]): string {
  return join(textChunks(files));
}

export function* jsonChunks(files: readonly CheckedFile[]): Chunks {
  yield* jsonArrayChunks(allFindings(files), '');
  yield '\n';
}

export function formatJson(files: readonly CheckedFile[]): string {
  return join(jsonChunks(files));
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'info' ? 'note' : severity;
}

const RESULTS_MARKER = '\u0000sxs-lint results\u0000';

export function* sarifChunks(files: readonly CheckedFile[], cwd: string, checks: readonly Check[] = allChecks): Chunks {
  const rules = [
    ...checks.map(check => ({
      id: check.id,
      name: check.alias,
      shortDescription: { text: check.description },
      helpUri: `${RULES_URL}#${check.id.toLowerCase()}`,
      defaultConfiguration: { level: sarifLevel(check.defaultSeverity), enabled: check.defaultOff !== true },
      properties: { tags: [...check.tags] },
    })),
    ...englishRules.filter(rule => !checks.some(check => check.id === rule.id)),
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifact = (file: string) => ({ uri: encodeURI(portable(file)), uriBaseId: '%SRCROOT%' });
  // One notification per file compared with its English: its summary.
  const notifications = files.filter(file => file.englishSummary !== undefined).map(file => ({
    level: 'note',
    descriptor: { id: 'english-summary' },
    message: { text: `${ENGLISH_SUMMARY_TITLE}: ${file.englishSummary}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(file.file) } }],
  }));
  const toResult = (finding: CliFinding) => ({
    ruleId: finding.code,
    ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(finding.file),
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
      },
    }],
    ...(finding.unitId === undefined ? {} : { properties: { unitId: finding.unitId } }),
  });
  const root = portable(cwd).replace(/\/?$/, '/');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'sxs-lint', informationUri: 'https://github.com/sxs-tools/sxs', rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: encodeURI(`file://${root.startsWith('/') ? '' : '/'}${root}`) } },
      columnKind: 'utf16CodeUnits',
      ...(notifications.length === 0 ? {} : { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] }),
      results: RESULTS_MARKER,
    }],
  };
  // The document around the results is small; the results go out one by one where the marker stands.
  const text = JSON.stringify(sarif, null, 2);
  const quoted = JSON.stringify(RESULTS_MARKER);
  const marker = text.indexOf(quoted);
  const indent = /^ */.exec(text.slice(text.lastIndexOf('\n', marker) + 1, marker))?.[0] ?? '';
  yield text.slice(0, marker);
  yield* jsonArrayChunks(allFindings(files), indent, toResult);
  yield `${text.slice(marker + quoted.length)}\n`;
}

export function formatSarif(files: readonly CheckedFile[], cwd: string, checks: readonly Check[] = allChecks): string {
  return join(sarifChunks(files, cwd, checks));
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

/** The finding lines of one file whose severity is wanted, escaped, separated by newlines. */
function* junitLines(findings: readonly CliFinding[], wanted: (severity: Severity) => boolean): Chunks {
  let first = true;
  for (const f of findings) {
    if (wanted(f.severity)) {
      yield `${first ? '' : '\n'}${xmlEscape(`${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`)}`;
      first = false;
    }
  }
}

/** One test case per file; a file with errors or warnings fails, listing them; information goes to system-out. */
export function* junitChunks(files: readonly CheckedFile[]): Chunks {
  const failing = (severity: Severity): boolean => severity !== 'info';
  const isInfo = (severity: Severity): boolean => severity === 'info';
  const failures = files.filter(file => file.findings.some(f => failing(f.severity))).length;
  const counts = `tests="${files.length}" failures="${failures}" errors="0"`;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="sxs-lint" ${counts}>\n`;
  yield `  <testsuite name="sxs-lint" ${counts} skipped="0">\n`;
  for (const file of files) {
    const name = xmlEscape(portable(file.file));
    yield `    <testcase classname="sxs-lint" name="${name}" file="${name}">`;
    let failingCount = 0;
    let infoCount = 0;
    let hasError = false;
    for (const f of file.findings) {
      if (failing(f.severity)) {
        failingCount++;
        hasError ||= f.severity === 'error';
      } else {
        infoCount++;
      }
    }
    if (failingCount > 0) {
      const summary = `${failingCount} problem${failingCount === 1 ? '' : 's'}`;
      yield `\n      <failure message="${summary}" type="${hasError ? 'error' : 'warning'}">`;
      yield* junitLines(file.findings, failing);
      yield '</failure>';
    }
    const english = file.englishSummary === undefined ? undefined : xmlEscape(`${ENGLISH_SUMMARY_TITLE}: ${file.englishSummary}`);
    if (infoCount > 0 || english !== undefined) {
      yield '\n      <system-out>';
      if (english !== undefined) yield `${english}${infoCount > 0 ? '\n' : ''}`;
      yield* junitLines(file.findings, isInfo);
      yield '</system-out>';
    }
    yield `${failingCount + infoCount === 0 && english === undefined ? '' : '\n    '}</testcase>\n`;
  }
  yield '  </testsuite>\n</testsuites>\n';
}

export function formatJunit(files: readonly CheckedFile[]): string {
  return join(junitChunks(files));
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const githubCommand: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function* githubChunks(files: readonly CheckedFile[], checks: readonly Check[] = allChecks): Chunks {
  const aliases = new Map<string, string>([...englishCodes.map(code => [code.id, code.alias] as const), ...checks.map(check => [check.id, check.alias] as const)]);
  for (const file of files) {
    if (file.englishSummary === undefined) continue;
    yield `::notice file=${escapeProperty(portable(file.file))},title=${escapeProperty(ENGLISH_SUMMARY_TITLE)}::${escapeData(file.englishSummary)}\n`;
  }
  for (const f of allFindings(files)) {
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
    yield `::${githubCommand[f.severity]} ${properties}::${escapeData(f.message)}\n`;
  }
}

export function formatGithub(files: readonly CheckedFile[], checks: readonly Check[] = allChecks): string {
  return join(githubChunks(files, checks));
}
