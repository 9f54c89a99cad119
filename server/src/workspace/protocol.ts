/**
 * The `sxs/checkFiles` request of "SxS: Check Workspace": the client sends batches of file URIs, the server
 * checks each (reading the files that are not open) and publishes their diagnostics, then answers with counts.
 *
 * Plain data only: this module imports nothing, so the client and the server can both use it.
 */

export const CheckFilesRequestMethod = 'sxs/checkFiles';

export interface CheckFilesParams {
  /** `file:` URIs of markdown files. */
  readonly uris: readonly string[];
  /**
   * One "Check Workspace" run sends all its batches with the same `run`; the batch with `last: true` ends it, and
   * the diagnostics an earlier run published for files this run did not check (deleted, renamed, now ignored or
   * excluded) are cleared.
   */
  readonly run?: string;
  readonly last?: boolean;
}

export interface CheckedFileSummary {
  readonly uri: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Why the file could not be checked (unreadable, not a file URI), if so. */
  readonly problem?: string;
  /** True when the file's `.sxslint.jsonc` ignores it: it was not checked. */
  readonly ignored?: boolean;
  /**
   * When the file was compared with its English: a summary (`3 stale units (hand-off 1a2b3c4, English live (89b4f6a))`,
   * or why it could not be compared) and the number of stale units.
   */
  readonly english?: string;
  readonly stale?: number;
}

export interface CheckFilesResult {
  /** One summary per URI that was handled, in request order; fewer than asked when the request was cancelled. */
  readonly files: readonly CheckedFileSummary[];
}

/**
 * `sxs/staleUnits`: the units of one open document whose English changed since the hand-off, for the status bar,
 * "Go to Next Stale Unit" and the preview. Answered once the English was read (asynchronously, through git).
 */
export const StaleUnitsRequestMethod = 'sxs/staleUnits';

export interface StaleUnitsParams {
  readonly textDocument: { readonly uri: string };
}

export interface StaleUnit {
  /** Index in the document's units (as in the preview data). */
  readonly index: number;
  readonly id: string;
  /** `stale`: the English changed since the hand-off; `notFromHandoff`: the English half is not in the hand-off English. */
  readonly kind: 'stale' | 'notFromHandoff';
  /** 0-based position of the start of the translated half. */
  readonly line: number;
  readonly character: number;
  /** The English half as the unit has it (the hand-off English). */
  readonly oldEnglish: string;
  /** The sentence of the current English that most likely replaced it (similarity ≥ 0.6), if any. */
  readonly newEnglish?: string;
  readonly similarity?: number;
}

export interface StaleUnitsResult {
  readonly uri: string;
  readonly version: number;
  /**
   * `compared`: the lists below are meaningful; `problem`: the English could not be compared (`message` says why:
   * a commit missing from a shallow clone, a deleted file…); `none`: nothing to compare (no hand-off, no English
   * repository found).
   */
  readonly status: 'compared' | 'problem' | 'none';
  readonly message?: string;
  /** The hand-off commit (`ms.sourcegitcommit`), the current English (`live (89b4f6a)`) and the English file's path. */
  readonly handoff?: string;
  readonly english?: string;
  readonly englishPath?: string;
  readonly staleCount?: number;
  /** Stale and not-from-the-hand-off units, in document order. */
  readonly units: readonly StaleUnit[];
  /** Paragraphs of the current English that no unit translates, with the unit they follow (none: the top). */
  readonly newEnglish: readonly { readonly text: string; readonly afterUnit?: number; readonly afterId?: string }[];
}
