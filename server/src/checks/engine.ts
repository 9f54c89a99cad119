/**
 * The engine: runs resolved checks over one document's analysis and reports what they find. It is the only loop over
 * checks and units: `runChecks` (`run.ts`) calls it with a fresh analysis, the incremental checker
 * (`incremental.ts`) with an analysis that carries the halves of the previous version and a `reuse` that gives the
 * findings of the units that did not change. It keeps nothing between calls.
 *
 * The `scope: 'unit'` checks run first (each unit's findings are one piece, which `reuse` may give or keep, reported
 * unit by unit in the order of the checks); the other checks then run one after the other, `checkDocument` first and `checkUnit` over every unit. A check that
 * throws reports nothing for the document, and `onCheckError` hears of it once, with its first error, after the run
 * and in the order of the checks. The findings come back sorted by `compareFindings`.
 */
import { lineAt, lineContentEnd } from '../sxs/lineIndex';
import type { SxsDocument, SxsUnit } from '../sxs/types';
import type { DocumentAnalysis } from './analysis';
import { withSafeFixes } from './fixSafety';
import type { ResolvedCheck, RunFinding } from './run';
import type { Check, CheckContext, Finding, Severity } from './types';

/** What the unit-scope checks found on one unit. */
export interface UnitResult {
  /** In the order they were reported. */
  readonly findings: readonly RunFinding[];
  /** The unit-scope checks that threw on this unit, with their errors. */
  readonly errors?: readonly { readonly check: Check; readonly error: unknown }[];
}

/** How a caller gives the engine the unit findings it already knows, and learns those the engine computes. */
export interface UnitReuse {
  /**
   * What the enabled unit-scope checks found on `unit` when it was checked before (under the same checks, options,
   * front matter and reference definitions), moved to where the unit is now; undefined to run them.
   */
  known(unit: SxsUnit): UnitResult | undefined;
  /** What the unit-scope checks just found on `unit`. */
  keep(unit: SxsUnit, result: UnitResult): void;
}

export interface EngineOptions {
  /** Called after the run for each check that threw, with its first error; the other checks still report. */
  readonly onCheckError?: (check: Check, error: unknown) => void;
  /** Unit findings known from an earlier version of the document. */
  readonly reuse?: UnitReuse;
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

/** True for a check whose findings on a unit depend on the unit alone (see `Check.scope`). */
export function isUnitScoped(check: Check): boolean {
  return check.scope === 'unit' && check.checkDocument === undefined;
}

/**
 * What one check sees of a run: the document, its options, the analysis, its own memos, and `report`, which adds a
 * finding to the run's. One per enabled check and run; methods rather than closures, so that making one allocates
 * only the object.
 */
class RunContext implements CheckContext {
  private memos: Map<string, unknown> | undefined = undefined;

  constructor(
    readonly doc: SxsDocument,
    readonly options: Readonly<Record<string, unknown>>,
    readonly analysis: DocumentAnalysis,
    private readonly check: Check,
    private readonly severity: Severity | undefined,
    private readonly findings: RunFinding[],
  ) {}

  memo<T>(name: string, compute: () => T): T {
    const memos = (this.memos ??= new Map());
    // One lookup for a value that is there; `has` only tells an undefined value from a missing one.
    const known = memos.get(name);
    if (known !== undefined || memos.has(name)) return known as T;
    const value = compute();
    memos.set(name, value);
    return value;
  }

  report(finding: Omit<Finding, 'code'>): void {
    this.findings.push(runFinding(this.doc, this.check, this.severity, finding));
  }
}

/** Runs the enabled checks of `resolved` over the analysed document; see the module comment. */
export function runEngine(analysis: DocumentAnalysis, resolved: readonly ResolvedCheck[], options: EngineOptions = {}): RunFinding[] {
  const doc = analysis.doc;
  // Where the contexts report to: the findings of the run.
  const findings: RunFinding[] = [];
  // The unit-scope checks and their contexts side by side. Their contexts report to `reported`, which is emptied
  // into the unit's list after each call.
  const unitChecks: Check[] = [];
  const unitContexts: RunContext[] = [];
  const reported: RunFinding[] = [];
  const documentChecks: { readonly check: Check; readonly ctx: CheckContext }[] = [];
  for (const { check, off, severity, options: checkOptions } of resolved) {
    if (off) continue;
    if (isUnitScoped(check)) {
      unitChecks.push(check);
      unitContexts.push(new RunContext(doc, checkOptions, analysis, check, severity, reported));
    } else {
      documentChecks.push({ check, ctx: new RunContext(doc, checkOptions, analysis, check, severity, findings) });
    }
  }

  // The unit-scope checks. Each unit's findings are one piece, given by `reuse` or computed (and then kept). They are
  // computed unit by unit, every check on a unit in turn, into one list per unit in the order of the checks, and then
  // reported unit by unit. Once a unit is done the analysis may let its halves drop their tokens (`release`): the
  // tokens then die young instead of being copied by every collection while the other units are checked, which cost
  // more than turning through all the checks on each unit.
  const failed = new Map<Check, unknown>();
  const count = unitChecks.length;
  if (count > 0) {
    const reuse = options.reuse;
    const units = doc.units;
    const known: (UnitResult | undefined)[] = new Array(units.length);
    const pending: SxsUnit[] = [];
    for (const unit of units) {
      const result = reuse?.known(unit);
      if (result === undefined) pending.push(unit);
      else known[unit.index] = result;
    }
    /** By unit index: what the checks found on the unit, and the checks that threw on it. */
    const found: (RunFinding[] | undefined)[] = new Array(units.length);
    const thrown: ({ check: Check; error: unknown }[] | undefined)[] = new Array(units.length);
    for (let u = 0; u < pending.length; u++) {
      const unit = pending[u];
      for (let k = 0; k < count; k++) {
        const check = unitChecks[k];
        try {
          check.checkUnit!(unit, unitContexts[k]);
        } catch (error) {
          // Its findings on this unit go; the rest of them go below.
          reported.length = 0;
          (thrown[unit.index] ??= []).push({ check, error });
        }
        if (reported.length > 0) {
          const list = (found[unit.index] ??= []);
          for (const f of reported) list.push(f);
          reported.length = 0;
        }
      }
      analysis.release?.(unit);
    }
    for (const unit of units) {
      const given = known[unit.index];
      let errors: UnitResult['errors'];
      if (given !== undefined) {
        for (const f of given.findings) findings.push(f);
        errors = given.errors;
      } else {
        const list = found[unit.index];
        if (list !== undefined) for (const f of list) findings.push(f);
        errors = thrown[unit.index];
        reuse?.keep(unit, { findings: list ?? [], errors });
      }
      if (errors !== undefined) {
        for (const { check, error } of errors) if (!failed.has(check)) failed.set(check, error);
      }
    }
  }

  // A unit-scope check that threw on any unit reports nothing.
  if (failed.size > 0) {
    const codes = new Set([...failed.keys()].map(check => check.id));
    let kept = 0;
    for (const f of findings) if (!codes.has(f.code)) findings[kept++] = f;
    findings.length = kept;
  }

  // The other checks, one after the other.
  for (const { check, ctx } of documentChecks) {
    const before = findings.length;
    try {
      check.checkDocument?.(ctx);
      if (check.checkUnit) {
        for (const unit of doc.units) check.checkUnit(unit, ctx);
      }
    } catch (error) {
      // A check that fails reports nothing rather than half its findings.
      findings.length = before;
      failed.set(check, error);
    }
  }

  if (options.onCheckError && failed.size > 0) {
    for (const { check } of resolved) if (failed.has(check)) options.onCheckError(check, failed.get(check));
  }
  return foldConsequences(doc, findings).sort(compareFindings);
}

/** The indexes of the units whose range meets `[start, end)`. */
function unitsIn(doc: SxsDocument, start: number, end: number): number[] {
  let low = 0;
  let high = doc.units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.units[mid].range.end <= start) low = mid + 1;
    else high = mid;
  }
  const out: number[] = [];
  for (let i = low; i < doc.units.length && doc.units[i].range.start < Math.max(end, start + 1); i++) out.push(i);
  return out;
}

/**
 * One fault, one finding: a finding that names the checks its fault also sets off (`absorbs`) takes their findings on
 * its unit (or the units its range covers) as `related`, and they are not reported apart. A consequence that is
 * itself a cause brings its own consequences along.
 */
function foldConsequences(doc: SxsDocument, findings: RunFinding[]): RunFinding[] {
  if (!findings.some(f => f.absorbs !== undefined && f.absorbs.length > 0)) return findings;
  const byUnit = new Map<number, RunFinding[]>();
  for (const f of findings) {
    if (f.unit === undefined) continue;
    let list = byUnit.get(f.unit);
    if (list === undefined) byUnit.set(f.unit, list = []);
    list.push(f);
  }
  const causeOf = new Map<RunFinding, RunFinding>();
  const unitless = findings.filter(f => f.unit === undefined);
  for (const cause of findings) {
    if (cause.absorbs === undefined || cause.absorbs.length === 0 || causeOf.has(cause)) continue;
    const candidates: RunFinding[] = [];
    if (cause.unit !== undefined) {
      for (const f of byUnit.get(cause.unit) ?? []) candidates.push(f);
    } else {
      // A fault of no unit: the findings of the units on its lines, and findings of no unit that start on them.
      const first = doc.lineStarts[lineAt(doc.lineStarts, cause.range.start)];
      const last = lineContentEnd(doc.text, doc.lineStarts, lineAt(doc.lineStarts, cause.range.end));
      for (const unit of unitsIn(doc, first, last)) for (const f of byUnit.get(unit) ?? []) candidates.push(f);
      for (const f of unitless) if (f.range.start >= first && f.range.start <= last) candidates.push(f);
    }
    for (const f of candidates) {
      if (f !== cause && !causeOf.has(f) && cause.absorbs.includes(f.code)) causeOf.set(f, cause);
    }
  }
  if (causeOf.size === 0) return findings;
  /** The finding a consequence is finally reported with (its cause's cause, and so on). */
  const rootOf = (f: RunFinding): RunFinding => {
    let root = f;
    for (let steps = 0; causeOf.has(root) && steps < 16; steps++) root = causeOf.get(root)!;
    return root;
  };
  const related = new Map<RunFinding, RunFinding[]>();
  for (const f of causeOf.keys()) {
    const root = rootOf(f);
    let list = related.get(root);
    if (list === undefined) related.set(root, list = []);
    list.push(f);
  }
  const out: RunFinding[] = [];
  for (const f of findings) {
    if (causeOf.has(f)) continue;
    const consequences = related.get(f);
    out.push(consequences === undefined ? f : {
      ...f,
      related: [...f.related ?? [], ...consequences.sort(compareFindings).map(c => ({ code: c.code, range: c.range, message: c.message }))],
    });
  }
  return out;
}
