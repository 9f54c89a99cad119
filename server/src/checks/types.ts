/**
 * What a check is: data (ID, alias, description, tags, default severity) plus a function over the model.
 * Checks report findings with offsets and, where the answer is certain, fixes as plain text edits.
 */
import type { OffsetRange, SxsDocument, SxsUnit } from '../sxs/types';
import type { DocumentAnalysis } from './analysis';

export type Severity = 'error' | 'warning' | 'info';
/** A configured severity: `off` turns a check off. */
export type ConfiguredSeverity = Severity | 'off';

export interface OffsetEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  /** The obvious fix, offered first and applied by "fix all". */
  readonly preferred?: boolean;
}

/** A consequence of a finding, reported with it. */
export interface RelatedFinding {
  readonly code: string;
  readonly range: OffsetRange;
  readonly message: string;
}

export interface Finding {
  /** The check's ID, for example `SX101`. */
  readonly code: string;
  readonly range: OffsetRange;
  readonly message: string;
  /** The unit the finding is about, if any. */
  readonly unit?: number;
  /** Certain fixes, most obvious first. */
  readonly fixes?: readonly Fix[];
  /** Overrides the check's severity for this finding (for example a duplicate ID whose English is the same). */
  readonly severity?: Severity;
  /**
   * One fault, one finding: the checks whose findings on the same unit (or, for a finding about no unit, on the units
   * its range covers) are consequences of this one. The engine reports them with it, as `related`, not apart.
   */
  readonly absorbs?: readonly string[];
  /** The consequences the engine folded into this finding (see `absorbs`): each check's code and message. */
  readonly related?: readonly RelatedFinding[];
}

export interface CheckContext {
  /** The document, as the checks see it (`analysis.doc`: with the fallback locale when its front matter has none). */
  readonly doc: SxsDocument;
  /** Options for this check from the configuration (already merged with the check's defaults). */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * What the checks of the run share about the document: the units' tokenized halves (`analysis.pair(unit)`), the
   * reference definitions, the locale and its conventions, and document-wide facts (`analysis.memo`).
   */
  readonly analysis: DocumentAnalysis;
  /**
   * A value computed once per run of this check, for example the parsed form of its options; `name` must be unique
   * within the check. It may depend on the options and the document, and is not kept after the run.
   */
  memo<T>(name: string, compute: () => T): T;
  report(finding: Omit<Finding, 'code'>): void;
}

/** One option of a check: its JSON type, its default, and a line for users. */
export type CheckOption =
  | { readonly type: 'boolean'; readonly default: boolean; readonly description: string }
  | { readonly type: 'number'; readonly default: number; readonly minimum?: number; readonly description: string }
  | { readonly type: 'string'; readonly default: string; readonly description: string }
  | { readonly type: 'string[]'; readonly default: readonly string[]; readonly description: string };

export type CheckOptions = Readonly<Record<string, CheckOption>>;

export interface Check {
  /** Stable ID, `SX` and three digits. */
  readonly id: string;
  /** Stable kebab-case alias, usable wherever the ID is. */
  readonly alias: string;
  /** One line for users: what the check finds. */
  readonly description: string;
  readonly tags: readonly string[];
  readonly defaultSeverity: Severity;
  /** Off unless configured on. */
  readonly defaultOff?: boolean;
  /**
   * The options the check takes, each with its type, default and description (the configuration schema and the
   * settings' completion are generated from them). Declared with `declareOptions` (`options.ts`), which derives
   * `defaultOptions`, so each default is written once.
   */
  readonly options?: CheckOptions;
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /**
   * What the findings of `checkUnit` depend on. `unit`: only the unit itself (its text, where its halves are, whether
   * they can be read, its `context`), the check's options, and the document's front matter (locale, no-loc terms)
   * and link reference definitions; every finding lies inside the unit and is about it (`unit` is the unit's index
   * or absent). Such findings are reused for a unit that did not change when the document is checked again after an
   * edit (`checks/incremental.ts`). `document` (the default): anything in the document; the check runs in full on
   * every version. A check with `checkDocument` is a `document` check whatever this says.
   */
  readonly scope?: 'unit' | 'document';
  /** Runs once per document. */
  checkDocument?(ctx: CheckContext): void;
  /** Runs once per unit. */
  checkUnit?(unit: SxsUnit, ctx: CheckContext): void;
}
