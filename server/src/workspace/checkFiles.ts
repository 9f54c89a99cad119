/**
 * The server side of "SxS: Check Workspace": `sxs/checkFiles` checks files that may not be open. An open
 * document is checked as it is in the editor; any other file is read from disk, analysed by the same language
 * service with the same settings and policy (configuration, ignores, suppressions, baseline), and its diagnostics
 * published, so it shows in the Problems panel. Closed files are not kept in the model cache.
 *
 * The diagnostics of closed files belong to the run that published them: the next run replaces them (files it no
 * longer checks lose theirs), and a deleted file or folder loses them at once.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import { englishSummary, type EnglishOutcome } from '../english/findings';
import type { SxsDiagnostic } from '../languageFeatures/diagnostics';
import type { ServerContext } from './serverContext';
import { CheckFilesRequestMethod, type CheckFilesParams, type CheckFilesResult, type CheckedFileSummary } from './protocol';

/** Files read for one check get versions of their own, below any editor version, so the cache never mixes them up. */
let diskVersion = 0;

/** The closed files that have diagnostics from a workspace check, with the run that published them. */
const published = new Map<string, string | undefined>();

function clear(context: ServerContext, uri: string): void {
  published.delete(uri);
  context.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(error => context.logOnce('diagnostics', error));
}

/** A file or folder was deleted: the closed files at or below it lose the diagnostics a workspace check gave them. */
export function forgetDeletedFile(context: ServerContext, uri: string): void {
  const folder = uri.endsWith('/') ? uri : `${uri}/`;
  for (const known of [...published.keys()]) {
    if ((known === uri || known.startsWith(folder)) && context.documents.get(known) === undefined) clear(context, known);
  }
}

/** The English comparison of a file, for its summary: `3 stale units (hand-off …)` and the count of stale units. */
function englishOf(outcome: EnglishOutcome | undefined): Pick<CheckedFileSummary, 'english' | 'stale'> {
  const text = outcome === undefined ? undefined : englishSummary(outcome);
  if (text === undefined) return {};
  return { english: text, ...(outcome?.kind === 'compared' ? { stale: outcome.comparison.stale.length } : {}) };
}

function summary(uri: string, diagnostics: readonly SxsDiagnostic[], outcome?: EnglishOutcome): CheckedFileSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 1) {
      errors++;
    } else if (diagnostic.severity === 2) {
      warnings++;
    } else {
      infos++;
    }
  }
  return { uri, errors, warnings, infos, ...englishOf(outcome) };
}

async function checkFile(context: ServerContext, uri: string, run: string | undefined): Promise<CheckedFileSummary> {
  const open = context.documents.get(uri);
  if (open !== undefined) {
    // The editor's text wins over the disk; its diagnostics are published as the user types.
    const settings = await context.getSettings(uri);
    if (!context.isSxsCandidate(open)) return summary(uri, []);
    const version = open.version;
    const model = context.service.getModel(open);
    const outcome = await context.english?.outcome(uri, version, open.getText(), model, settings);
    const english = open.version === version ? context.english?.diagnosticsOf(uri, version, model, outcome, settings) ?? [] : [];
    return summary(uri, [...context.service.getDiagnostics(open, settings), ...english], open.version === version ? outcome : undefined);
  }
  let text: string;
  try {
    if (!uri.startsWith('file:')) {
      return { uri, errors: 0, warnings: 0, infos: 0, problem: 'not a file URI' };
    }
    text = await fs.readFile(fileURLToPath(uri), 'utf8');
  } catch (error) {
    return { uri, errors: 0, warnings: 0, infos: 0, problem: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const settings = await context.getSettings(uri);
  if (context.policy.policyOf(uri, settings).ignored) {
    if (published.has(uri)) clear(context, uri);
    return { uri, errors: 0, warnings: 0, infos: 0, ignored: true };
  }
  const document = { uri, version: --diskVersion, getText: () => text };
  let diagnostics: SxsDiagnostic[];
  let outcome: EnglishOutcome | undefined;
  try {
    diagnostics = context.service.getDiagnostics(document, settings);
    // Units whose English changed since the hand-off, when the file names one and its English repository is found.
    const model = context.service.getModel(document);
    outcome = await context.english?.outcome(uri, document.version, text, model, settings);
    diagnostics = [...diagnostics, ...context.english?.diagnosticsOf(uri, document.version, model, outcome, settings) ?? []];
  } finally {
    context.service.forget(uri);
    context.english?.forget(uri);
  }
  // The file may have been opened while it was read: then the editor's diagnostics stand.
  if (context.documents.get(uri) === undefined) {
    published.set(uri, run);
    await context.connection.sendDiagnostics({ uri, diagnostics });
  }
  return summary(uri, diagnostics, outcome);
}

export async function checkFiles(context: ServerContext, params: CheckFilesParams, token?: CancellationToken): Promise<CheckFilesResult> {
  const files: CheckedFileSummary[] = [];
  for (const uri of Array.isArray(params?.uris) ? params.uris : []) {
    if (token?.isCancellationRequested) {
      break;
    }
    if (typeof uri === 'string') {
      files.push(await checkFile(context, uri, params.run));
    }
  }
  if (params?.last === true && params.run !== undefined && !token?.isCancellationRequested) {
    // The run is over: what an earlier run published for files this one did not check is stale.
    for (const [uri, run] of [...published]) {
      if (run !== params.run && context.documents.get(uri) === undefined) clear(context, uri);
    }
  }
  return { files };
}

/** Registers `sxs/checkFiles` on the connection. */
export function registerCheckFilesRequest(context: ServerContext): void {
  // Not through `context.safe`: a cancelled batch still answers with the files it checked.
  context.connection.onRequest(CheckFilesRequestMethod, async (params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> => {
    try {
      return await checkFiles(context, params, token);
    } catch (error) {
      context.connection.console.error(`[sxs] checkFiles failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return { files: [] };
    }
  });
}
