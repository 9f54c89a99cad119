/**
 * Checks one document version after version, reusing what an edit did not touch: the tokenized halves of every unit
 * whose text is unchanged, and the findings of the `scope: 'unit'` checks for every unit whose text, context and
 * readability are unchanged (shifted to the unit's new offset). The document-wide checks run in full every time,
 * reading the reused halves and, for those units, the facts they keep about each unit (`DocumentAnalysis.unitFact`:
 * whether the unit can take part, a hash of its English), so that a document-wide pass does not read the halves of
 * every unit again. The findings are the same, in the same order, as `runChecks` on the same text.
 *
 * This module only decides what carries over from one version to the next; the checks run in the engine
 * (`engine.ts`), as in `runChecks`, over an analysis given the reused halves and reference definitions, with a
 * `reuse` that gives the kept findings of the unchanged units.
 *
 * What is kept between versions is one version's worth, in arrays by unit index (`Kept`): the last version's units
 * (which the caller holds anyway) to compare the next version's with, and for each unit its unit findings and what its
 * halves held when slimmed (`SlimHalf`; nothing at all for most halves, whose visible and normalized text are their
 * text, and the visible text alone for most others). Each run makes the halves anew from the current text and that
 * state, and a check that asks for more tokenizes again; and the units' facts, numbers by unit index. Nothing kept
 * refers to an earlier version's text, so earlier versions can be collected.
 */
import type { SxsDocument, SxsUnit, UnitContext } from '../sxs/types';
import { referenceDefinitions, type LinkToken, type ReferenceDefinitions } from '../sxs/inline';
import { createAnalysis, type Halves } from './analysis';
import { runEngine, type UnitResult, type UnitReuse } from './engine';
import { Half, hasPair, isJsSpace, type SlimHalf } from './qa/pair';
import { allChecks } from './registry';
import { resolveChecks, type ChecksConfig, type RunFinding, type RunOptions } from './run';
import type { Check, Fix } from './types';
import { commonPrefix, commonSuffix } from '../sxs/affixes';

/** Keeps what one document's checks need from one version to the next. */
export interface IncrementalChecker {
  /** `runChecks(doc, config, options)`, reusing the work of the previous call wherever the units are the same. */
  run(doc: SxsDocument, config?: ChecksConfig, options?: RunOptions): RunFinding[];
  /** Drops everything kept. */
  clear(): void;
}

/** The unit findings of a unit that has some (or where a check threw), kept with where they were computed. */
interface KeptResult {
  /** The unit-scope checks' findings for the unit at `base`, index `index`, in the order they were reported. */
  findings: readonly RunFinding[];
  /** Unit-scope checks that threw on this unit, with the error. */
  readonly errors: readonly { readonly check: Check; readonly error: unknown }[] | undefined;
  base: number;
  index: number;
}

/**
 * What is kept of one version's units, by unit index, in arrays rather than an object per unit (a document has
 * thousands of units). Where a unit's halves are and its context are those of `units`.
 */
interface Kept {
  readonly units: readonly SxsUnit[];
  /** 1 when `hasPair` gives the unit a pair. */
  readonly readable: Uint8Array;
  /** What the halves held when last slimmed (see `keptHalf`); undefined before they are first tokenized. */
  readonly t: (SlimHalf | string | undefined)[];
  readonly s: (SlimHalf | string | undefined)[];
  /** Which findings signature the unit's findings were computed under; -1 before they are. */
  readonly generation: Float64Array;
  /** The unit's findings, when it has any or a check threw on it. */
  readonly results: (KeptResult | undefined)[];
  /**
   * The document-wide checks' facts of units (`DocumentAnalysis.unitFact`), by name, each by unit index (NaN where not
   * known), under the findings signature `factsGeneration`: they depend on what the unit findings depend on.
   */
  readonly facts: Map<string, Float64Array>;
  readonly factsGeneration: number;
}

const NO_UNITS: Kept = {
  units: [], readable: new Uint8Array(0), t: [], s: [], generation: new Float64Array(0), results: [], facts: new Map(), factsGeneration: -1,
};

const NO_FINDINGS: readonly RunFinding[] = Object.freeze([]);
const NO_RESULT: UnitResult = Object.freeze({ findings: NO_FINDINGS });

/**
 * What to keep of a slimmed half: its visible text alone when that is all it holds besides its text (the commonest
 * case after a plain half: no object for it), else the state.
 */
function keptHalf(state: SlimHalf | undefined): SlimHalf | string | undefined {
  return state !== undefined && state.visible !== undefined && state.normalized === undefined && state.links.length === 0
    && (state.empty === 0 || (state.empty === 2 && showsText(state.visible))) ? state.visible : state;
}

/** True when `visible` holds a character other than white space and zero-width marks: then the half is not empty. */
function showsText(visible: string): boolean {
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i);
    if (!isJsSpace(c) && !(c >= 0x200b && c <= 0x200f)) return true;
  }
  return false;
}

/** The state `keptHalf` kept. Emptiness is not kept with a visible text alone: it is read from that text again. */
function slimState(kept: SlimHalf | string | undefined): SlimHalf | undefined {
  return typeof kept === 'string' ? { visible: kept, normalized: undefined, links: NO_LINKS, empty: 0 } : kept;
}

const NO_LINKS: readonly LinkToken[] = Object.freeze([]);

/** Up to this many changed units between the ones matched from the start and the end are not looked up by text. */
const MATCH_BY_POSITION_ONLY = 8;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const SURROGATE = /[\uD800-\uDFFF]/;

/** Copies strings; see `detacher`. */
type Detach = (s: string) => string;

/**
 * A function that copies a string so that the copy does not share memory with the string it came from: a slice of a
 * document's text keeps the whole text alive, and what is kept must not keep earlier versions. Made through UTF-8,
 * the copy takes one byte per character when every character allows (English halves of a document whose text needs
 * two); a string that does not survive the round trip (a lone surrogate) is copied by slicing a concatenation, which
 * makes the JavaScript engine build the concatenation as one new string and slice that. One is made per run, with a
 * scratch buffer that goes with it.
 */
function detacher(): Detach {
  let buffer: Uint8Array | undefined;
  return s => {
    if (s.length < 13) return s;
    if (SURROGATE.test(s)) return (' ' + s).slice(1);
    // At most three bytes per UTF-16 code unit.
    if (buffer === undefined || buffer.length < s.length * 3) buffer = new Uint8Array(Math.max(1 << 16, s.length * 3));
    return decoder.decode(buffer.subarray(0, encoder.encodeInto(s, buffer).written));
  };
}

/** Every field of a unit's context (this does not compile when one is missing); `sameContext` compares each. */
const CONTEXT_FIELDS: Readonly<Record<keyof UnitContext, true>> = {
  block: true, headingLevel: true, blockquote: true, alert: true, listItem: true, tableCell: true, linkText: true,
  imageAlt: true, htmlBlock: true, inCode: true, inFrontMatter: true,
};

void CONTEXT_FIELDS;

function sameContext(a: UnitContext, b: UnitContext): boolean {
  // One comparison per field of CONTEXT_FIELDS, written out: a loop over the names is several times slower.
  return a.block === b.block && a.headingLevel === b.headingLevel && a.blockquote === b.blockquote && a.alert === b.alert
    && a.listItem === b.listItem && a.tableCell === b.tableCell && a.linkText === b.linkText && a.imageAlt === b.imageAlt
    && a.htmlBlock === b.htmlBlock && a.inCode === b.inCode && a.inFrontMatter === b.inFrontMatter;
}

/**
 * False when `after` has the same link reference definitions as `before` for certain: every definition lies within
 * one line and holds `]:`, and no line that changed holds `]:` before or after the change. `prefix` and `suffix`
 * are the lengths of the texts' common prefix and (not overlapping it) common suffix.
 */
function mayChangeReferences(before: string, after: string, prefix: number, suffix: number): boolean {
  if (prefix === before.length && prefix === after.length) return false;
  const lineStart = prefix === 0 ? 0 : before.lastIndexOf('\n', prefix - 1) + 1;
  const changedLines = (text: string): string => {
    const end = text.indexOf('\n', text.length - suffix);
    return text.slice(lineStart, end < 0 ? text.length : end);
  };
  return changedLines(before).includes(']:') || changedLines(after).includes(']:');
}

/** True when `unit` has its halves where `old` had them (relative to the unit's start) and the same context. */
function sameShape(old: SxsUnit, unit: SxsUnit): boolean {
  const oldBase = old.range.start;
  const base = unit.range.start;
  const oldSource = old.source;
  const source = unit.source;
  return old.target.start - oldBase === unit.target.start - base && old.target.end - oldBase === unit.target.end - base
    && (oldSource === undefined ? source === undefined
      : source !== undefined && oldSource.start - oldBase === source.start - base && oldSource.end - oldBase === source.end - base)
    && (old.context === unit.context || sameContext(old.context, unit.context));
}



/** A finding moved by `delta` and given the unit index `index`; the same object when nothing changes. */
function shifted(finding: RunFinding, delta: number, index: number): RunFinding {
  if (delta === 0 && (finding.unit === undefined || finding.unit === index)) return finding;
  const out: { -readonly [K in keyof RunFinding]: RunFinding[K] } = { ...finding };
  out.range = { start: finding.range.start + delta, end: finding.range.end + delta };
  if (finding.unit !== undefined) out.unit = index;
  if (finding.fixes !== undefined) {
    out.fixes = finding.fixes.map(fix => ({
      ...fix,
      edits: fix.edits.map(edit => ({ ...edit, range: { start: edit.range.start + delta, end: edit.range.end + delta } })),
    }));
  }
  return out;
}

/** The finding with its strings copied (see `detach`), to be kept. */
function detachedFinding(finding: RunFinding, detach: Detach): RunFinding {
  const out: { -readonly [K in keyof RunFinding]: RunFinding[K] } = { ...finding };
  out.message = detach(finding.message);
  out.range = { start: finding.range.start, end: finding.range.end };
  if (finding.fixes !== undefined) {
    out.fixes = finding.fixes.map((fix): Fix => ({
      ...fix,
      title: detach(fix.title),
      edits: fix.edits.map(edit => ({ range: { start: edit.range.start, end: edit.range.end }, newText: detach(edit.newText) })),
    }));
  }
  return out;
}

function sameChecks(a: readonly Check[], b: readonly Check[] | undefined): boolean {
  if (a === b) return true;
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function configSignature(config: ChecksConfig | undefined): string | undefined {
  try {
    return JSON.stringify(config ?? null);
  } catch {
    return undefined;
  }
}

/** The definitions with their strings copied (see `detacher`), to be kept. */
function detachedReferences(references: ReferenceDefinitions, detach: Detach): ReferenceDefinitions {
  if (references.size === 0) return references;
  const out = new Map<string, string>();
  for (const [label, destination] of references) out.set(detach(label), detach(destination));
  return out;
}

function referencesSignature(references: ReferenceDefinitions): string {
  // Destinations too: a definition that points elsewhere changes the findings of the links that use it.
  return references.size === 0 ? '' : [...references].map(([label, destination]) => `${label} ${destination}`).sort().join('\n');
}

export function createIncrementalChecker(): IncrementalChecker {
  // What is kept of the last version's units.
  let previous: Kept = NO_UNITS;
  let references = '';
  // The last version's text and reference definitions.
  let previousText: string | undefined;
  let previousReferences: ReferenceDefinitions | undefined;
  let generation = 0;
  let lastChecks: readonly Check[] | undefined;
  let lastConfigSignature: string | undefined;
  let lastFrontMatter: string | undefined;
  let lastLocale: string | undefined;

  function clear(): void {
    previousText = undefined;
    previousReferences = undefined;
    previous = NO_UNITS;
    references = '';
    generation++;
    lastChecks = undefined;
    lastConfigSignature = undefined;
    lastFrontMatter = undefined;
    lastLocale = undefined;
  }

  function run(doc: SxsDocument, config?: ChecksConfig, runOptions: RunOptions = {}): RunFinding[] {
    if (doc.units.length === 0) {
      clear();
      return [];
    }
    const detach = detacher();
    const text = doc.text;
    const checks = runOptions.checks ?? allChecks;
    const resolved = resolveChecks(config, checks);

    // The document-wide inputs of unit findings: reference definitions (for the tokens too), front matter, locale,
    // config. What did not change since the last version: its first `prefix` and last `suffix` characters.
    const before = previousText;
    let prefix = 0;
    let suffix = 0;
    if (before !== undefined) {
      prefix = commonPrefix(before, text);
      suffix = commonSuffix(before, text, Math.min(before.length, text.length) - prefix);
    }
    let documentReferences: ReferenceDefinitions;
    let referenceKey: string;
    if (before !== undefined && previousReferences !== undefined && !mayChangeReferences(before, text, prefix, suffix)) {
      documentReferences = previousReferences;
      referenceKey = references;
    } else {
      // Copied: they are kept while they do not change, and must not keep this version's text alive.
      documentReferences = detachedReferences(referenceDefinitions(text), detach);
      referenceKey = referencesSignature(documentReferences);
    }
    previousText = text;
    previousReferences = documentReferences;
    if (referenceKey !== references) {
      previous = NO_UNITS;
      references = referenceKey;
      generation++;
    }
    // The units' halves are made for the analysis from what is kept (`kept`, below, once it is known), for this run only.
    let kept: Kept = NO_UNITS;
    const made = new Array<Halves | undefined>(doc.units.length);
    const analysis = createAnalysis(doc, {
      locale: runOptions.locale,
      references: documentReferences,
      facts: {
        get(name, unit) {
          const value = kept.facts.get(name)?.[unit.index];
          return value === undefined || Number.isNaN(value) ? undefined : value;
        },
        set(name, unit, value) {
          let values = kept.facts.get(name);
          if (values === undefined) kept.facts.set(name, values = new Float64Array(kept.units.length).fill(NaN));
          values[unit.index] = value;
        },
      },
      halves: unit => {
        const i = unit.index;
        if (kept.readable[i] === 0) return null;
        let halves = made[i];
        if (halves === undefined) {
          const source = unit.source!;
          halves = {
            t: new Half(text.slice(unit.target.start, unit.target.end), documentReferences, undefined, slimState(kept.t[i])),
            s: new Half(text.slice(source.start, source.end), documentReferences, undefined, slimState(kept.s[i])),
          };
          made[i] = halves;
        }
        return halves;
      },
    });
    const frontMatter = doc.frontMatter ? text.slice(doc.frontMatter.range.start, doc.frontMatter.range.end) : '';
    const configKey = configSignature(config);
    const locale = analysis.locale;
    if (!sameChecks(checks, lastChecks) || frontMatter !== lastFrontMatter || locale !== lastLocale
      || configKey === undefined || configKey !== lastConfigSignature) {
      generation++;
      lastChecks = [...checks];
      lastFrontMatter = detach(frontMatter);
      lastLocale = locale === undefined ? undefined : detach(locale);
      lastConfigSignature = configKey;
    }

    // Each unit gets the entry of the last version's unit with the same text, half offsets, readability and
    // context: in order from the start while the units lie in the unchanged start of the text at the same offsets,
    // from the end while they lie in its unchanged end at the same distance from the end, then by text in between
    // (an edit changes a few units in one place, so most units are matched without reading their text).
    const units = doc.units;
    const n = units.length;
    const m = previous.units.length;
    const old = previous.units;
    const readable = new Uint8Array(n);
    for (let i = 0; i < n; i++) readable[i] = hasPair(doc, units[i]) ? 1 : 0;
    const matches = (j: number, i: number): boolean => previous.readable[j] === readable[i] && sameShape(old[j], units[i]);
    // The index of the last version's unit whose keeping each unit takes, or -1.
    const from = new Int32Array(n).fill(-1);
    let front = 0;
    while (front < n && front < m) {
      const range = units[front].range;
      const oldRange = old[front].range;
      if (range.end > prefix || range.start !== oldRange.start || range.end !== oldRange.end || !matches(front, front)) break;
      from[front] = front;
      front++;
    }
    let back = 0;
    if (before !== undefined) {
      const delta = text.length - before.length;
      const unchangedFrom = text.length - suffix;
      while (back < n - front && back < m - front) {
        const i = n - 1 - back;
        const j = m - 1 - back;
        const range = units[i].range;
        const oldRange = old[j].range;
        if (range.start < unchangedFrom || range.start !== oldRange.start + delta || range.end !== oldRange.end + delta
          || !matches(j, i)) break;
        from[i] = j;
        back++;
      }
      if (n - back - front > MATCH_BY_POSITION_ONLY && m - back - front > 0) {
        const byText = new Map<string, number[]>();
        for (let j = front; j < m - back; j++) {
          const key = before.slice(old[j].range.start, old[j].range.end);
          const list = byText.get(key);
          if (list === undefined) byText.set(key, [j]);
          else list.push(j);
        }
        for (let i = front; i < n - back; i++) {
          const list = byText.get(text.slice(units[i].range.start, units[i].range.end));
          if (list === undefined) continue;
          const at = list.findIndex(j => matches(j, i));
          if (at >= 0) from[i] = list.splice(at, 1)[0];
        }
      }
    }
    // The units that matched none start with nothing kept: their halves are tokenized when a check asks for them.
    const next: Kept = {
      units,
      readable,
      t: new Array<SlimHalf | string | undefined>(n),
      s: new Array<SlimHalf | string | undefined>(n),
      generation: new Float64Array(n).fill(-1),
      results: new Array<KeptResult | undefined>(n),
      facts: new Map(),
      factsGeneration: generation,
    };
    for (let i = 0; i < n; i++) {
      const j = from[i];
      if (j < 0) continue;
      next.t[i] = previous.t[j];
      next.s[i] = previous.s[j];
      next.generation[i] = previous.generation[j];
      next.results[i] = previous.results[j];
    }
    if (previous.factsGeneration === generation) {
      for (const [name, values] of previous.facts) {
        const carried = new Float64Array(n).fill(NaN);
        for (let i = 0; i < n; i++) if (from[i] >= 0) carried[i] = values[from[i]];
        next.facts.set(name, carried);
      }
    }
    kept = next;
    previous = next;

    // The unit findings of a unit checked under this generation are reused, moved to where the unit is now.
    const reuse: UnitReuse = {
      known(unit) {
        const i = unit.index;
        if (kept.generation[i] !== generation) return undefined;
        const result = kept.results[i];
        if (result === undefined) return NO_RESULT;
        if (result.findings.length > 0 && (result.base !== unit.range.start || result.index !== i)) {
          const delta = unit.range.start - result.base;
          result.findings = result.findings.map(f => shifted(f, delta, i));
        }
        result.base = unit.range.start;
        result.index = i;
        return result;
      },
      keep(unit, result) {
        const i = unit.index;
        kept.generation[i] = generation;
        kept.results[i] = result.findings.length === 0 && result.errors === undefined ? undefined : {
          findings: result.findings.map(f => detachedFinding(f, detach)),
          errors: result.errors,
          base: unit.range.start,
          index: i,
        };
      },
    };
    const findings = runEngine(analysis, resolved, { onCheckError: runOptions.onCheckError, reuse });

    // The halves are not kept, only what they hold when slimmed, with nothing that refers to this version's text.
    for (let i = 0; i < n; i++) {
      const halves = made[i];
      if (halves === undefined) continue;
      if (halves.t.tokenized || next.t[i] === undefined) next.t[i] = keptHalf(halves.t.slim(detach));
      if (halves.s.tokenized || next.s[i] === undefined) next.s[i] = keptHalf(halves.s.slim(detach));
    }
    return findings;
  }

  return { run, clear };
}
