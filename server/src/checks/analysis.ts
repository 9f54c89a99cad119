/**
 * What the checks of one run share about one document, made by the engine (`engine.ts`) and handed to every check
 * through `CheckContext.analysis`: the document as the checks see it (with the fallback locale), its locale facts, its
 * link reference definitions, the tokenized halves of its units (made on first use, once for all checks) and
 * document-wide facts that single checks compute once (`memo`).
 *
 * An analysis belongs to one document version and lives as long as whoever made it keeps it: `runChecks` makes one
 * per call and drops it with the run; a caller that wants the halves to outlive a run makes its own and passes it
 * (`RunOptions.analysis`); the incremental checker makes one per version, giving it the halves and reference
 * definitions it carries over from the previous version. Nothing here is kept anywhere else.
 */
import { referenceDefinitions, tokenizeInline, type ReferenceDefinitions } from '../sxs/inline';
import type { SxsDocument, SxsUnit } from '../sxs/types';
import { conventionsFor, documentLanguage, withFallbackLocale, type LocaleConventions } from './locale';
import { Half, hasPair, type UnitPair } from './qa/pair';

/** The two halves of a readable unit, tokenized (or to be tokenized) with the document's reference definitions. */
export interface Halves {
  readonly t: Half;
  readonly s: Half;
}

export interface AnalysisOptions {
  /**
   * The document's locale when its front matter has no `ms.contentlocale` (see `checks/locale/detect.ts`); the
   * analysis's `doc` then carries it as `locale`.
   */
  readonly locale?: string;
  /** The document's link reference definitions, when the caller knows them (they must be the document's). */
  readonly references?: ReferenceDefinitions;
  /**
   * Halves the caller already has for a unit: `Halves` (of the unit's text, tokenized with this document's reference
   * definitions), `null` when the unit has none (it is not readable), or undefined to make them on first use.
   */
  readonly halves?: (unit: SxsUnit) => Halves | null | undefined;
  /**
   * True for an analysis made for one run and dropped after it (`runChecks` without an analysis of the caller's):
   * `release` then lets the halves it made drop their tokens (`Half.dropTokens`); they answer as before and tokenize
   * again if asked.
   */
  readonly transient?: boolean;
  /** Facts of units known from an earlier version of the document (see `DocumentAnalysis.unitFact`). */
  readonly facts?: UnitFacts;
}

/**
 * Where `unitFact` keeps its values beyond one run: the incremental checker gives one that carries a unit's facts to
 * the next version while the unit, and the document-wide inputs of unit findings, do not change.
 */
export interface UnitFacts {
  /** The fact `name` of `unit`, when known. */
  get(name: string, unit: SxsUnit): number | undefined;
  set(name: string, unit: SxsUnit, value: number): void;
}

export interface DocumentAnalysis {
  /** The document as the checks see it: with the fallback locale when its front matter names none. */
  readonly doc: SxsDocument;
  /** `doc.locale`. */
  readonly locale: string | undefined;
  /** The language subtag of the locale, lower case (`pl`, `zh`), or undefined. */
  readonly language: string | undefined;
  /** The locale's conventions (`checks/locale/conventions.ts`). */
  readonly conventions: LocaleConventions;
  /** The document's link reference definitions, read on first use. */
  readonly references: ReferenceDefinitions;
  /**
   * The tokenized halves of a unit of `doc`, or undefined when the unit is broken or has no English half (the
   * structure checks report those; comparing their halves would only add noise). Made once, for all checks.
   */
  pair(unit: SxsUnit): UnitPair | undefined;
  /** True when `pair` gives the unit a pair: it has an English half and its halves' extent is certain. */
  readable(unit: SxsUnit): boolean;
  /**
   * A document-wide value computed once per analysis. `name` must be unique to the caller, and the value must depend
   * on the document only (not on a check's options: see `CheckContext.memo`).
   */
  memo<T>(name: string, compute: (doc: SxsDocument) => T): T;
  /**
   * A number about one unit that a document-wide check reads on every unit (whether the unit can take part at all,
   * a hash of its English): `compute()` when not known. It may depend only on what a `scope: 'unit'` check's findings
   * depend on (the unit, its halves, the check's options, the front matter and reference definitions), so that it
   * can be kept for a unit an edit did not touch. `name` must be unique to the check.
   */
  unitFact(name: string, unit: SxsUnit, compute: () => number): number;
  /**
   * Called by the engine when the unit-scope checks are done with `unit`: a transient analysis lets the unit's halves
   * drop their tokens (see `AnalysisOptions.transient`); any other keeps them.
   */
  release?(unit: SxsUnit): void;
}

class Analysis implements DocumentAnalysis {
  readonly doc: SxsDocument;
  /** By unit index: undefined before the first request, null for a unit whose halves are not compared. */
  private readonly pairs: (UnitPair | null | undefined)[];
  private readonly given: ((unit: SxsUnit) => Halves | null | undefined) | undefined;
  private readonly facts: UnitFacts | undefined;
  private refs: ReferenceDefinitions | undefined;
  private languageValue: string | null | undefined = undefined;
  private conventionsValue: LocaleConventions | undefined = undefined;
  private memos: Map<string, unknown> | undefined = undefined;
  private readonly transient: boolean;

  constructor(doc: SxsDocument, options: AnalysisOptions) {
    this.doc = withFallbackLocale(doc, options.locale);
    this.pairs = new Array<UnitPair | null | undefined>(doc.units.length);
    this.refs = options.references;
    this.given = options.halves;
    this.facts = options.facts;
    this.transient = options.transient === true;
  }

  release(unit: SxsUnit): void {
    // Only halves this analysis made: given ones belong to the caller, which slims them itself.
    if (!this.transient || this.given !== undefined) return;
    const pair = this.pairs[unit.index];
    if (pair) {
      pair.t.dropTokens();
      pair.s.dropTokens();
    }
  }

  get locale(): string | undefined {
    return this.doc.locale;
  }

  get language(): string | undefined {
    if (this.languageValue === undefined) this.languageValue = documentLanguage(this.doc) ?? null;
    return this.languageValue ?? undefined;
  }

  get conventions(): LocaleConventions {
    return (this.conventionsValue ??= conventionsFor(this.doc.locale));
  }

  get references(): ReferenceDefinitions {
    // The reference definitions of the document, so `[a][b]` is a link only where `[b]:` is defined.
    return (this.refs ??= referenceDefinitions(this.doc.text));
  }

  readable(unit: SxsUnit): boolean {
    return hasPair(this.doc, unit);
  }

  pair(unit: SxsUnit): UnitPair | undefined {
    let pair = this.pairs[unit.index];
    if (pair === undefined) {
      const given = this.given?.(unit);
      if (given === null) {
        pair = null;
      } else if (given !== undefined) {
        pair = { unit, t: given.t, s: given.s, tStart: unit.target.start, sStart: unit.source!.start };
      } else if (hasPair(this.doc, unit)) {
        const references = this.references;
        const source = unit.source!;
        const text = this.doc.text;
        const tText = text.slice(unit.target.start, unit.target.end);
        const sText = text.slice(source.start, source.end);
        pair = {
          unit,
          t: new Half(tText, references, tokenizeInline(tText, { references })),
          s: new Half(sText, references, tokenizeInline(sText, { references })),
          tStart: unit.target.start,
          sStart: source.start,
        };
      } else {
        pair = null;
      }
      this.pairs[unit.index] = pair;
    }
    return pair ?? undefined;
  }

  memo<T>(name: string, compute: (doc: SxsDocument) => T): T {
    const memos = (this.memos ??= new Map());
    const known = memos.get(name);
    if (known !== undefined || memos.has(name)) return known as T;
    const value = compute(this.doc);
    memos.set(name, value);
    return value;
  }

  unitFact(name: string, unit: SxsUnit, compute: () => number): number {
    // Without a place to keep it, each check asks for its own facts once per unit and run: nothing to remember.
    const facts = this.facts;
    if (facts === undefined) return compute();
    const known = facts.get(name, unit);
    if (known !== undefined) return known;
    const value = compute();
    facts.set(name, unit, value);
    return value;
  }
}

/** A new analysis of `doc`; see the module comment. */
export function createAnalysis(doc: SxsDocument, options: AnalysisOptions = {}): DocumentAnalysis {
  return new Analysis(doc, options);
}
