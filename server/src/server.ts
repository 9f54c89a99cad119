/**
 * The language server: a thin adapter from the LSP connection to the language service. Each handler finds the
 * document, reads its cached model through the service, calls one feature and returns the result. Every handler
 * is wrapped so that an exception is logged once and an empty result returned: bad input never stops the server.
 */
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { performance } from 'node:perf_hooks';
import { createLanguageService } from './languageService';
import { FIX_ALL, QUICK_FIX } from './languageFeatures/codeActions';
import { getCodeLenses } from './languageFeatures/codeLens';
import { defaultSettings, isAboveSizeLimit, toSettings, type SxsSettings } from './languageFeatures/settings';
import { PreviewDataRequestMethod, type CompactPreviewData, type PreviewData, type PreviewDataParams } from './protocol';
import { forgetDeletedFile, registerCheckFilesRequest } from './workspace/checkFiles';
import { filePathOf, PolicyFiles } from './workspace/policyFiles';
import { ADD_TO_BASELINE_COMMAND, registerBaselineCommand } from './workspace/baselineCommand';
import { EnglishStaleness, englishChangeOf, staleUnitsResult } from './workspace/englishStaleness';
import { StaleUnitsRequestMethod, type StaleUnitsParams, type StaleUnitsResult } from './workspace/protocol';
import type { EnglishOutcome } from './english/findings';
import type { ServerContext } from './workspace/serverContext';

export type { ServerContext } from './workspace/serverContext';

/**
 * Checks after a change are throttled, not debounced: a change to a document that is not being checked starts a
 * check at once, so one edit is answered as fast as the analysis runs; while changes keep coming, the next check
 * waits as long as the last one took (at most this long), so typing in a large file leaves the server free half
 * the time, and a pending check always reads the latest version.
 */
const DIAGNOSTICS_MAX_DELAY_MS = 150;

/**
 * A document that has just opened is checked when the editor has asked for its lenses, or after this long if it
 * does not: the lenses come from the parse at once and get their problem counts when the check is done, instead of
 * waiting behind a check that takes seconds on a long file. Only for clients that can refresh lenses.
 */
const FIRST_CHECK_WAITS_FOR_LENS_MS = 400;

/** When this module was evaluated, in ms since the process started: how long loading the server's code took. */
const codeLoadedAt = performance.now();

/** The file name of a URI, for the log. */
function nameOf(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const logged = new Set<string>();

  function logOnce(what: string, error: unknown): void {
    const text = errorText(error);
    const key = `${what}\n${error instanceof Error ? error.message : text}`;
    if (logged.has(key)) {
      return;
    }
    logged.add(key);
    connection.console.error(`[sxs] ${what} failed: ${text}`);
  }

  const policy = new PolicyFiles(connection, logOnce);
  const service = createLanguageService({
    onCheckError: (check, error) => logOnce(`check ${check.id}`, error),
    policyOf: (uri, settings) => policy.policyOf(uri, settings),
  });

  // Units whose English changed since the hand-off: compared through git, asynchronously, once per document version.
  const english = new EnglishStaleness({
    connection, logOnce, folderOf: file => policy.folderOf(file), policyOf: (uri, settings) => policy.policyOf(uri, settings),
  });

  let supportsConfiguration = false;
  let supportsConfigurationRegistration = false;
  let supportsCodeLensRefresh = false;
  /** The client asks for code lenses (its capabilities say so). */
  let asksForLenses = false;
  let supportsWorkspaceFolders = false;
  /** Settings pushed with `workspace/didChangeConfiguration`, for clients without `workspace/configuration`. */
  let pushedSettings: SxsSettings = defaultSettings;
  const settingsCache = new Map<string, Promise<SxsSettings>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  function safe<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        if (token?.isCancellationRequested) {
          return fallback;
        }
        const result = await handler(params, token);
        return token?.isCancellationRequested ? fallback : result;
      } catch (error) {
        logOnce(name, error);
        return fallback;
      }
    };
  }

  function isSxsCandidate(document: TextDocument): boolean {
    return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);
  }

  function getSettings(uri: string): Promise<SxsSettings> {
    if (!supportsConfiguration) {
      return Promise.resolve(pushedSettings);
    }
    let settings = settingsCache.get(uri);
    if (settings === undefined) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'sxs' })
        .then(toSettings, error => {
          logOnce('workspace/configuration', error);
          return defaultSettings;
        });
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  /** Checks one document and publishes its diagnostics, if it is still at the version that was checked. */
  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (document === undefined || !isSxsCandidate(document)) {
      return;
    }
    const version = document.version;
    const asked = getSettings(uri);
    // The parse needs no settings: it runs while the client is asked for them (a document's first check).
    const started = performance.now();
    service.getModel(document);
    const parseTook = performance.now() - started;
    const settings = await asked;
    // One turn of the event loop between the parse and the checks: requests that came with the change and need only
    // the model (the preview, symbols, lenses from the parse) are answered before the checks, not after them.
    await new Promise(resolve => setImmediate(resolve));
    const current = documents.get(uri);
    if (current === undefined || current.version !== version) {
      return;
    }
    warnIfAboveSizeLimit(current, settings);
    const parsed = performance.now();
    const model = service.getModel(current);
    const diagnostics = service.getDiagnostics(current, settings);
    const finished = performance.now();
    if (!checkedVersions.has(uri)) {
      connection.console.info(`[sxs] ${nameOf(uri)}: first check ${Math.round(finished - parsed)} ms`
        + ` (${model.units.length} units; parsing ${Math.round(parseTook)} ms, 0 when parsed before).`);
    }
    lastChecks.set(uri, { finished, took: parseTook + finished - parsed });
    checkedVersions.set(uri, version);
    // The English comparison needs git: when it is not ready, the checks' diagnostics go out now and the English
    // ones join them when git has answered, if the document is still at this version.
    const outcome = english.ready(uri, version, current.getText(), model, settings);
    if (outcome === null) {
      english.outcome(uri, version, current.getText(), model, settings)
        .then(ready => publishWithEnglish(uri, version, settings, ready))
        .catch(error => logOnce('english diagnostics', error));
    }
    const extra = outcome === null ? [] : english.diagnosticsOf(uri, version, model, outcome, settings);
    await connection.sendDiagnostics({ uri, version, diagnostics: extra.length === 0 ? diagnostics : [...diagnostics, ...extra] });
    if (lensesBeforeCheck.delete(uri)) refreshLenses();
  }

  async function publishWithEnglish(uri: string, version: number, settings: SxsSettings, outcome: EnglishOutcome | undefined): Promise<void> {
    const document = documents.get(uri);
    if (document === undefined || document.version !== version || outcome === undefined || outcome.kind === 'none') return;
    const model = service.getModel(document);
    const diagnostics = [...service.getDiagnostics(document, settings), ...english.diagnosticsOf(uri, version, model, outcome, settings)];
    await connection.sendDiagnostics({ uri, version, diagnostics });
    if (supportsCodeLensRefresh && outcome.kind === 'compared' && outcome.comparison.stale.length > 0) {
      connection.sendRequest(CodeLensRefreshRequest.type).catch(error => logOnce('codeLens/refresh', error));
    }
  }

  /**
   * What the requests that show the English comparison need (hover, lenses, `sxs/staleUnits`): the open sxs document,
   * its settings, and its English outcome, read at one version; undefined when there is no such document or it
   * changed while git was read (the client asks again for the new version).
   */
  async function withEnglish(uri: string): Promise<{ document: TextDocument; settings: SxsSettings; outcome: EnglishOutcome | undefined } | undefined> {
    const document = documents.get(uri);
    if (document === undefined || !isSxsCandidate(document)) return undefined;
    const settings = await getSettings(document.uri);
    const version = document.version;
    const outcome = await english.outcome(document.uri, version, document.getText(), service.getModel(document), settings);
    return documents.get(uri) === document && document.version === version ? { document, settings, outcome } : undefined;
  }

  /** Documents already told about the size limit (once per document while it is open). */
  const warnedAboutSize = new Set<string>();

  function warnIfAboveSizeLimit(document: TextDocument, settings: SxsSettings): void {
    if (warnedAboutSize.has(document.uri) || !isAboveSizeLimit(document.getText().length, settings)) {
      return;
    }
    warnedAboutSize.add(document.uri);
    const megabytes = (document.getText().length / (1024 * 1024)).toFixed(1);
    const name = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
    connection.window.showInformationMessage(
      `sxs: ${name} is ${megabytes} MB, above the sxs.maxFileSize limit of ${settings.maxFileSize} MB. Only the unit markup and IDs are checked; hover, the outline and the preview still work.`,
    );
  }

  /** When the last check of each document finished and how long it took, for the throttle. */
  const lastChecks = new Map<string, { readonly finished: number; readonly took: number }>();
  /** The version each document was last checked at: its lenses can count its problems. */
  const checkedVersions = new Map<string, number>();
  /** Documents whose lenses went out before their check: they are asked for again when it is done. */
  const lensesBeforeCheck = new Set<string>();
  /** When each document opened, until its first lenses are logged. */
  const openedAt = new Map<string, number>();
  /** Documents just opened whose first check waits for the editor's first lens request (or a short while). */
  const awaitingFirstLens = new Set<string>();

  function refreshLenses(): void {
    connection.sendRequest(CodeLensRefreshRequest.type).catch(error => logOnce('codeLens/refresh', error));
  }

  function scheduleAfterChange(uri: string): void {
    if (timers.has(uri)) {
      // A check is already pending; it reads the document's latest version when it runs.
      return;
    }
    if (awaitingFirstLens.has(uri)) {
      schedule(uri, FIRST_CHECK_WAITS_FOR_LENS_MS);
      return;
    }
    const last = lastChecks.get(uri);
    const pause = last === undefined ? 0 : Math.min(DIAGNOSTICS_MAX_DELAY_MS, last.took);
    const since = last === undefined ? Infinity : performance.now() - last.finished;
    schedule(uri, Math.max(0, pause - since));
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      awaitingFirstLens.delete(uri);
      validate(uri).catch(error => logOnce('diagnostics', error));
    }, delay));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    supportsConfiguration = capabilities.workspace?.configuration === true;
    supportsConfigurationRegistration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    supportsCodeLensRefresh = capabilities.workspace?.codeLens?.refreshSupport === true;
    asksForLenses = capabilities.textDocument?.codeLens !== undefined;
    supportsWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
    policy.setWorkspaceFolders(params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [QUICK_FIX, FIX_ALL], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'sxs' },
        executeCommandProvider: { commands: [ADD_TO_BASELINE_COMMAND] },
        workspace: supportsWorkspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'sxs-language-server' },
    };
  });

  connection.onInitialized(() => {
    connection.console.info(`[sxs] initialized ${Math.round(performance.now())} ms after the server process started`
      + ` (its code loaded in ${Math.round(codeLoadedAt)} ms).`);
    if (supportsConfiguration && supportsConfigurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'sxs' })
        .catch(error => logOnce('register didChangeConfiguration', error));
    }
    if (supportsWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        connection.workspace.getWorkspaceFolders().then(folders => {
          policy.setWorkspaceFolders((folders ?? []).map(folder => folder.uri));
          revalidateAll();
        }, error => logOnce('workspace/workspaceFolders', error));
      });
    }
  });

  /** Checks every open document again and asks the client for new lenses. */
  function revalidateAll(): void {
    english.clear();
    for (const document of documents.all()) {
      schedule(document.uri, 0);
    }
    if (supportsCodeLensRefresh) refreshLenses();
  }

  connection.onDidChangeConfiguration(change => {
    try {
      const previous = new Map(settingsCache);
      settingsCache.clear();
      if (!supportsConfiguration) {
        const settings: unknown = change.settings;
        pushedSettings = toSettings(typeof settings === 'object' && settings !== null ? (settings as { sxs?: unknown }).sxs : undefined);
        revalidateAll();
        return;
      }
      // VS Code sends a change as soon as the server registers for changes, just after the start: the settings are
      // read again, and when none changed for any document, the documents keep their checks and English comparisons.
      const uris = [...previous.keys()];
      Promise.all(uris.map(async uri => JSON.stringify(await getSettings(uri)) === JSON.stringify(await previous.get(uri))))
        .then(same => {
          if (!same.every(Boolean)) {
            revalidateAll();
            return;
          }
          // The same objects as before, so the cached findings (keyed by them) stay valid.
          for (const [uri, settings] of previous) settingsCache.set(uri, settings);
        })
        .catch(error => {
          logOnce('didChangeConfiguration', error);
          revalidateAll();
        });
    } catch (error) {
      logOnce('didChangeConfiguration', error);
    }
  });

  // Created, changed and deleted files the client watches (configuration, baselines, markdown): a policy file that
  // changed re-checks the open documents; a deleted markdown file loses the diagnostics a workspace check gave it.
  connection.onDidChangeWatchedFiles(params => {
    try {
      let policyChanged = false;
      for (const change of params.changes) {
        const file = filePathOf(change.uri);
        if (file === undefined) continue;
        if (policy.isPolicyFile(file)) {
          policy.changed(file);
          policyChanged = true;
        }
        if (change.type === FileChangeType.Deleted && documents.get(change.uri) === undefined) {
          forgetDeletedFile(context, change.uri);
        }
      }
      if (policyChanged) revalidateAll();
    } catch (error) {
      logOnce('didChangeWatchedFiles', error);
    }
  });

  // Opening fires onDidOpen, then onDidChangeContent (which schedules the check).
  documents.onDidOpen(event => {
    openedAt.set(event.document.uri, performance.now());
    if (asksForLenses && supportsCodeLensRefresh) awaitingFirstLens.add(event.document.uri);
  });
  documents.onDidChangeContent(change => scheduleAfterChange(change.document.uri));
  documents.onDidClose(event => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    lastChecks.delete(uri);
    checkedVersions.delete(uri);
    lensesBeforeCheck.delete(uri);
    awaitingFirstLens.delete(uri);
    openedAt.delete(uri);
    warnedAboutSize.delete(uri);
    settingsCache.delete(uri);
    service.forget(uri);
    english.forget(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] }).catch(error => logOnce('diagnostics', error));
  });

  connection.onHover(safe('hover', null, async (params) => {
    const found = await withEnglish(params.textDocument.uri);
    if (found === undefined) return null;
    const { document, settings, outcome } = found;
    return service.getHover(document, params.position, settings, englishChangeOf(service.getModel(document), outcome));
  }));

  connection.onCodeAction(safe('codeAction', [], async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined || !isSxsCandidate(document)) {
      return [];
    }
    const settings = await getSettings(document.uri);
    return service.getCodeActions(document, params.range, params.context, settings);
  }));

  // Lenses never wait for the checks or the English comparison when the client can refresh them: they come from
  // the parse (problem counts "checking…") and the English known so far, and the client is asked for them again
  // when the check is done, or when the English turns out to have stale units (publishWithEnglish).
  connection.onCodeLens(safe('codeLens', [], async (params) => {
    const asked = performance.now();
    const document = documents.get(params.textDocument.uri);
    if (document === undefined || !isSxsCandidate(document)) {
      return [];
    }
    const uri = document.uri;
    try {
      const lenses = await codeLensesOf(document);
      const opened = openedAt.get(uri);
      if (opened !== undefined) {
        openedAt.delete(uri);
        connection.console.info(`[sxs] ${nameOf(uri)}: first lenses asked ${Math.round(asked - opened)} ms after opening, answered `
          + `${lensesBeforeCheck.has(uri) ? 'from the parse' : 'with the checks'} in ${Math.round(performance.now() - asked)} ms.`);
      }
      return lenses;
    } finally {
      if (awaitingFirstLens.delete(uri)) {
        // The document's first check starts once this answer is out (setImmediate runs after it is sent).
        setImmediate(() => {
          if (timers.has(uri)) schedule(uri, 0);
        });
      }
    }
  }));

  async function codeLensesOf(document: TextDocument) {
    const uri = document.uri;
    if (!supportsCodeLensRefresh) {
      // A client that cannot be asked again gets the lenses once, with the checks and the English comparison.
      const found = await withEnglish(uri);
      if (found === undefined) return [];
      const { outcome } = found;
      return service.getCodeLenses(found.document, found.settings, outcome?.kind === 'compared' ? outcome.comparison.stale : undefined);
    }
    const settings = await getSettings(uri);
    const version = document.version;
    if (documents.get(uri)?.version !== version || !settings.codeLens.enabled) return [];
    const model = service.getModel(document);
    const outcome = english.ready(uri, version, document.getText(), model, settings);
    const stale = outcome?.kind === 'compared' ? outcome.comparison.stale : undefined;
    if (checkedVersions.get(uri) === version) {
      return service.getCodeLenses(document, settings, stale);
    }
    lensesBeforeCheck.add(uri);
    return getCodeLenses(model, undefined, { uri, staleUnits: stale });
  }

  connection.onDocumentSymbol(safe('documentSymbol', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined || !isSxsCandidate(document)) {
      return [];
    }
    return service.getDocumentSymbols(document);
  }));

  connection.onShutdown(() => {
    for (const timer of timers.values()) {
      clearTimeout(timer);
    }
    timers.clear();
    english.dispose();
  });

  const context: ServerContext = { connection, documents, service, policy, english, getSettings, isSxsCandidate, revalidateAll, safe, logOnce };

  // ==== Custom requests =========================================================================================
  // Register `sxs/...` requests here. Method names and payload types live in `server/src/protocol.ts`; wrap each
  // handler with `context.safe(name, fallback, handler)` and read models through `context.service.getModel(document)`.
  connection.onRequest(PreviewDataRequestMethod, safe<PreviewDataParams, PreviewData | CompactPreviewData | null>('previewData', null, params => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined || !isSxsCandidate(document)) {
      return null;
    }
    return service.getPreviewData(document, params.compact === true);
  }));
  connection.onRequest(StaleUnitsRequestMethod, safe<StaleUnitsParams, StaleUnitsResult | null>('staleUnits', null, async params => {
    const found = await withEnglish(params.textDocument.uri);
    if (found === undefined) return null;
    const { document, outcome } = found;
    return staleUnitsResult(document.uri, document.version, service.getModel(document), outcome);
  }));
  registerCheckFilesRequest(context);
  registerBaselineCommand(context);
  // ==== End of custom requests ==================================================================================

  documents.listen(connection);
  connection.listen();
  return context;
}
