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
}

export interface CheckedFileSummary {
  readonly uri: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Why the file could not be checked (unreadable, not a file URI), if so. */
  readonly problem?: string;
}

export interface CheckFilesResult {
  /** One summary per URI that was handled, in request order; fewer than asked when the request was cancelled. */
  readonly files: readonly CheckedFileSummary[];
}
