/**
 * Files the client watches, against the built server over stdio: a configuration that is created, changed or
 * broken re-checks the open documents with the new policy (a broken one shows a diagnostic at its line, and the
 * defaults apply); a deleted file, or its folder, loses the diagnostics a workspace check gave it; a new workspace
 * check replaces what the last one published.
 */
import * as assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { CheckFilesRequestMethod, type CheckFilesParams, type CheckFilesResult } from '../../server/src/workspace/protocol';
import { joinLines, unit } from '../helpers/text';
import { spawnServer } from '../helpers/lspServer';
import { HANG_MS, WAIT_MS } from '../helpers/deadlines';

describe('watched files over stdio', function () {
  this.timeout(HANG_MS);
  let dir: string;
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  const latest = new Map<string, Diagnostic[]>();
  const waiters: (() => void)[] = [];
  const uriOf = (name: string): string => pathToFileURL(path.join(dir, name)).toString();
  /** A unit whose English half's ID differs: SX101, an error by default. */
  const faulty = joinLines('# Tytuł', '', unit('abcde-102', 'Dwa.', 'Two.', 'abcde-103'), '');

  /** Waits until the diagnostics of `uri` satisfy `test`. */
  function until(uri: string, test: (diagnostics: Diagnostic[] | undefined) => boolean, what: string): Promise<Diagnostic[] | undefined> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}: ${JSON.stringify(latest.get(uri))}`)), WAIT_MS);
      const poll = (): void => {
        if (test(latest.get(uri))) {
          clearTimeout(timer);
          resolve(latest.get(uri));
        } else {
          waiters.push(poll);
        }
      };
      poll();
    });
  }

  function changed(name: string, type: FileChangeType): Promise<void> {
    return connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(name), type }] });
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-watch-'));
    writeFileSync(path.join(dir, 'open.md'), faulty);
    mkdirSync(path.join(dir, 'old'));
    writeFileSync(path.join(dir, 'old', 'a.md'), faulty);
    writeFileSync(path.join(dir, 'closed.md'), faulty);
    ({ server, connection } = spawnServer());
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
      latest.set(params.uri, params.diagnostics);
      for (const waiter of waiters.splice(0)) waiter();
    });
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({})));
    connection.listen();
    const folder = pathToFileURL(dir).toString();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'watch' }], capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-checks an open document when its configuration is created, changed or broken', async () => {
    const uri = uriOf('open.md');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: faulty } });
    const severityOf = (ds: Diagnostic[] | undefined) => ds?.find(d => d.code === 'SX101')?.severity;
    await until(uri, ds => severityOf(ds) === 1, 'SX101 as an error');

    writeFileSync(path.join(dir, '.sxslint.jsonc'), '{ "checks": { "SX101": "warning" } }');
    await changed('.sxslint.jsonc', FileChangeType.Created);
    await until(uri, ds => severityOf(ds) === 2, 'SX101 as a warning after the configuration was created');

    writeFileSync(path.join(dir, '.sxslint.jsonc'), '{ "checks": { "SX101": "off" } }');
    await changed('.sxslint.jsonc', FileChangeType.Changed);
    await until(uri, ds => ds !== undefined && severityOf(ds) === undefined, 'SX101 gone after the configuration turned it off');

    writeFileSync(path.join(dir, '.sxslint.jsonc'), '{\n  "checks": {\n    "SX101": "off"\n  \n');
    await changed('.sxslint.jsonc', FileChangeType.Changed);
    await until(uri, ds => severityOf(ds) === 1, 'the defaults again after the configuration broke');
    const config = await until(uriOf('.sxslint.jsonc'), ds => (ds?.length ?? 0) > 0, 'a diagnostic on the broken configuration');
    assert.equal(config?.[0].range.start.line, 4, 'at the line of the error (0-based)');

    unlinkSync(path.join(dir, '.sxslint.jsonc'));
    await changed('.sxslint.jsonc', FileChangeType.Deleted);
    await until(uriOf('.sxslint.jsonc'), ds => ds !== undefined && ds.length === 0, 'the deleted configuration\'s diagnostics cleared');
  });

  it('clears the diagnostics of deleted files and folders, and of files a new workspace check no longer covers', async () => {
    const check = (names: string[], run: string): Promise<CheckFilesResult> => connection.sendRequest<CheckFilesResult>(CheckFilesRequestMethod,
      { uris: names.map(uriOf), run, last: true } satisfies CheckFilesParams);
    await check(['old/a.md', 'closed.md'], 'first');
    await until(uriOf('old/a.md'), ds => (ds?.length ?? 0) > 0, 'diagnostics for old/a.md');
    await until(uriOf('closed.md'), ds => (ds?.length ?? 0) > 0, 'diagnostics for closed.md');

    rmSync(path.join(dir, 'old'), { recursive: true });
    await changed('old', FileChangeType.Deleted);
    await until(uriOf('old/a.md'), ds => ds !== undefined && ds.length === 0, 'the deleted folder\'s file cleared');

    // A second run that does not cover closed.md (say it was renamed) replaces the first run's results.
    writeFileSync(path.join(dir, 'renamed.md'), faulty);
    await check(['renamed.md'], 'second');
    await until(uriOf('closed.md'), ds => ds !== undefined && ds.length === 0, 'closed.md cleared by the next run');
    assert.ok((latest.get(uriOf('renamed.md'))?.length ?? 0) > 0);
  });
});
