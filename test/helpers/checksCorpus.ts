/**
 * The calibration of the checks over the real corpus: findings per check (every QA check on) and, with the default
 * configuration a user gets, findings per locale by severity and the default-on warnings that fire on more than 2 %
 * of a locale's units. `scripts/checks-corpus.mjs` writes the tables into docs/checks-corpus.md, and
 * `test/unit/checks/qaCorpus.test.ts` fails when the file differs from what the checks produce.
 */
import { allChecks } from '../../server/src/checks/registry';
import { qaChecks } from '../../server/src/checks/qa';
import { runChecks, type ChecksConfig } from '../../server/src/checks/run';
import type { Check } from '../../server/src/checks/types';
import { parseSxs } from '../../server/src/sxs/parser';

export interface CorpusFile {
  /** Corpus path, `<locale>/<source>/<path>`. */
  readonly name: string;
  readonly text: string;
}

export interface LocaleTally {
  units: number;
  files: number;
  error: number;
  warning: number;
  info: number;
  /** Units flagged, per check, with the default configuration. */
  readonly unitsByCheck: Map<string, number>;
}

export interface CorpusTally {
  units: number;
  /** Every QA check on: reports and distinct units per check. */
  readonly findings: Map<string, number>;
  readonly unitsFlagged: Map<string, number>;
  /** `file#unitId` → codes (every QA check on). */
  readonly byUnit: Map<string, Set<string>>;
  readonly locales: Map<string, LocaleTally>;
  /** Every error with the default configuration: `file line CODE message`. */
  readonly errors: string[];
}

/** Every QA check on, at its default severity. */
export const allQaOn: ChecksConfig = Object.fromEntries(qaChecks.map(c => [c.id, c.defaultSeverity]));

/** Share of a locale's units above which a default-on warning must be justified in docs/checks-corpus.md. */
export const LOUD_SHARE = 0.02;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function tallyCorpus(files: readonly CorpusFile[], onCheckError?: (check: Check, error: unknown, file: string) => void): CorpusTally {
  const t: CorpusTally = { units: 0, findings: new Map(), unitsFlagged: new Map(), byUnit: new Map(), locales: new Map(), errors: [] };
  for (const file of files) {
    const doc = parseSxs(file.text);
    const localeName = file.name.split('/')[0];
    let locale = t.locales.get(localeName);
    if (!locale) {
      locale = { units: 0, files: 0, error: 0, warning: 0, info: 0, unitsByCheck: new Map() };
      t.locales.set(localeName, locale);
    }
    locale.files++;
    locale.units += doc.units.length;
    t.units += doc.units.length;

    const seen = new Set<string>();
    for (const f of runChecks(doc, allQaOn, { checks: qaChecks, onCheckError: (c, e) => onCheckError?.(c, e, file.name) })) {
      t.findings.set(f.code, (t.findings.get(f.code) ?? 0) + 1);
      const key = `${file.name}#${f.unit === undefined ? '' : doc.units[f.unit].id}`;
      let codes = t.byUnit.get(key);
      if (!codes) t.byUnit.set(key, codes = new Set());
      codes.add(f.code);
      if (f.unit !== undefined && !seen.has(f.code + key)) {
        seen.add(f.code + key);
        t.unitsFlagged.set(f.code, (t.unitsFlagged.get(f.code) ?? 0) + 1);
      }
    }

    const flagged = new Set<string>();
    for (const f of runChecks(doc, undefined, { checks: allChecks, onCheckError: (c, e) => onCheckError?.(c, e, file.name) })) {
      locale[f.severity]++;
      if (f.severity === 'error') {
        t.errors.push(`${file.name}:${lineOf(doc.text, f.range.start)} ${f.code} ${f.message}`);
      }
      if (f.unit !== undefined && !flagged.has(`${f.code}#${f.unit}`)) {
        flagged.add(`${f.code}#${f.unit}`);
        locale.unitsByCheck.set(f.code, (locale.unitsByCheck.get(f.code) ?? 0) + 1);
      }
    }
  }
  return t;
}

/** Default-on warnings above LOUD_SHARE of one locale's units: `CODE locale share`. */
export function loudWarnings(t: CorpusTally): { code: string; locale: string; share: number }[] {
  const loud: { code: string; locale: string; share: number }[] = [];
  for (const check of allChecks) {
    if (check.defaultOff || check.defaultSeverity !== 'warning') continue;
    for (const [locale, tally] of t.locales) {
      const share = (tally.unitsByCheck.get(check.id) ?? 0) / Math.max(1, tally.units);
      if (share > LOUD_SHARE) loud.push({ code: check.id, locale, share });
    }
  }
  return loud;
}

const percent = (part: number, whole: number): string => `${(100 * part / Math.max(1, whole)).toFixed(2)} %`;
const count = (n: number): string => n.toLocaleString('en-US');

/** The generated part of docs/checks-corpus.md. */
export function renderTables(t: CorpusTally, fileCount: number): string {
  const out: string[] = [];
  out.push(`The corpus: ${count(fileCount)} files, ${count(t.units)} units as this parser reads them.`, '');
  out.push('### Per check, every QA check on', '');
  out.push('| ID | alias | default | findings | units | % of units |', '|---|---|---|---|---|---|');
  for (const c of qaChecks) {
    const units = t.unitsFlagged.get(c.id) ?? 0;
    out.push(`| ${c.id} | \`${c.alias}\` | ${c.defaultOff ? 'off' : c.defaultSeverity} | ${t.findings.get(c.id) ?? 0} | ${units} | ${percent(units, t.units)} |`);
  }
  out.push('', '### Per locale, default configuration (every check, structure included)', '');
  out.push('| locale | files | units | errors | warnings | infos | loudest check (units) |', '|---|---|---|---|---|---|---|');
  for (const [locale, l] of [...t.locales].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const loudest = [...l.unitsByCheck].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const loudestText = loudest ? `${loudest[0]} (${loudest[1]}, ${percent(loudest[1], l.units)})` : '—';
    out.push(`| ${locale} | ${l.files} | ${count(l.units)} | ${l.error} | ${l.warning} | ${l.info} | ${loudestText} |`);
  }
  const loud = loudWarnings(t);
  out.push('', `Default-on warnings above ${LOUD_SHARE * 100} % of one locale's units: ${loud.length === 0 ? 'none.' : loud.map(l => `${l.code} in ${l.locale} (${percent(l.share, 1)})`).join(', ') + '.'}`);
  return out.join('\n');
}

export const GENERATED_START = '<!-- generated by scripts/checks-corpus.mjs: start -->';
export const GENERATED_END = '<!-- generated by scripts/checks-corpus.mjs: end -->';

/** The document with its generated part replaced. */
export function withTables(document: string, tables: string): string {
  const start = document.indexOf(GENERATED_START);
  const end = document.indexOf(GENERATED_END);
  if (start < 0 || end < start) {
    throw new Error(`docs/checks-corpus.md has no ${GENERATED_START} … ${GENERATED_END} section`);
  }
  return `${document.slice(0, start + GENERATED_START.length)}\n${tables}\n${document.slice(end)}`;
}
