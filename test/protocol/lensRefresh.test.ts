/**
 * The built language server with an editor that can refresh code lenses: the lenses of a document that has just
 * opened come from the parse at once (problem counts pending), the server asks for them again when the check is
 * done, and then they count the problems.
 */
import * as assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  CodeLensRefreshRequest,
  CodeLensRequest,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type CodeLens,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { CHECKING_TITLE } from '../../server/src/languageFeatures/codeLens';
import { joinLines, unit } from '../helpers/text';
import { spawnServer } from '../helpers/lspServer';

const uri = 'file:///work/refresh.md';
// One unit whose English ID differs from its translation's: one problem.
const text = joinLines(
  `# ${unit('abcde-103', 'Tytuł', 'Title')}`,
  '',
  `${unit('abcde-104', 'A.', 'A.')} ${unit('abcde-105', 'B.', 'B.', 'abcde-100')}`,
  '',
);

describe('language server: code lenses before the check, refreshed after it', function () {
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  let refreshes = 0;
  let onRefresh: (() => void) | undefined;
  const published: number[] = [];

  before(async function () {
    ({ server, connection } = spawnServer());
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ codeLens: { enabled: true } })));
    connection.onRequest(CodeLensRefreshRequest.method, () => {
      refreshes++;
      onRefresh?.();
      return null;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
      if (params.uri === uri) published.push(params.diagnostics.length);
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true } }, textDocument: { codeLens: {} } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
  });

  const summary = (lenses: CodeLens[] | null) => (lenses ?? []).filter(l => l.range.start.line === 0).map(l => l.command?.title);

  it('answers the first lens request from the parse, then asks for the lenses again once the file is checked', async () => {
    const refreshed = new Promise<void>(resolve => (onRefresh = resolve));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    // The editor asks for lenses right after opening; the check waits for that request.
    const first = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(summary(first), ['3 units', CHECKING_TITLE, 'Open Bilingual Preview']);
    await refreshed;
    assert.deepEqual(published, [1], 'the check published its one problem before asking for the lenses again');
    const second = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(summary(second), ['3 units', '1 problem', 'Open Bilingual Preview']);
    // A checked version's lenses need no refresh.
    await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.equal(refreshes, 1);
  });
});
