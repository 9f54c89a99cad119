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
}

export interface CheckFilesResult {
  /** One summary per URI that was handled, in request order; fewer than asked when the request was cancelled. */
  readonly files: readonly CheckedFileSummary[];
}
