/**
 * `sxs/checkFiles` ("SxS: Check Workspace") against the built server over stdio: closed files are read from
 * disk and their diagnostics published, open documents are checked as the editor has them, unreadable URIs are
 * reported, and a cancelled request stops early.
 */
import * as assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { CheckFilesRequestMethod, type CheckFilesParams, type CheckFilesResult } from '../../server/src/workspace/protocol';
import { batches, createExcludeMatcher } from '../../server/src/workspace/exclude';
import { joinLines, unit } from '../helpers/text';
import { spawnServer } from '../helpers/lspServer';

describe('sxs/checkFiles over stdio', function () {
  let dir: string;
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];
  const uriOf = (name: string): string => pathToFileURL(path.join(dir, name)).toString();

  function check(uris: string[], token?: CancellationTokenSource): Promise<CheckFilesResult> {
    return connection.sendRequest<CheckFilesResult>(CheckFilesRequestMethod, { uris } satisfies CheckFilesParams, token?.token);
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-check-files-'));
    writeFileSync(path.join(dir, 'broken.md'), joinLines('# Tytuł', '', unit('abcde-102', 'Dwa.', 'Two.', 'abcde-103'), ''));
    writeFileSync(path.join(dir, 'clean.md'), joinLines(`# ${unit('abcde-101', 'Tytuł', 'Title')}`, ''));
    writeFileSync(path.join(dir, 'plain.md'), '# Just markdown\n');
    writeFileSync(path.join(dir, 'open.md'), 'on disk: nothing\n');
    for (let i = 0; i < 200; i++) {
      writeFileSync(path.join(dir, `many-${i}.md`), unit('abcde-102', 'A.', 'B.', 'abcde-109'));
    }
    ({ server, connection } = spawnServer());
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
      published.push(params);
    });
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ checks: {}, codeLens: { enabled: true } })));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) {
      server.kill();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads closed files, publishes their diagnostics and answers with counts in request order', async () => {
    const uris = [uriOf('broken.md'), uriOf('clean.md'), uriOf('plain.md')];
    const result = await check(uris);
    assert.deepEqual(result.files.map(f => [f.uri, f.errors, f.problem]), [
      [uris[0], 1, undefined],
      [uris[1], 0, undefined],
      [uris[2], 0, undefined],
    ]);
    const broken = published.filter(p => p.uri === uris[0]).at(-1);
    assert.ok(broken, 'diagnostics were published for the closed file');
    assert.deepEqual(broken.diagnostics.map(d => [d.code, d.range.start.line, d.severity]), [['SX101', 2, 1]]);
    assert.deepEqual(published.filter(p => p.uri === uris[1]).at(-1)?.diagnostics, [], 'a clean file gets an empty list');
  });

  it('checks an open document as the editor has it, not as it is on disk', async () => {
    const uri = uriOf('open.md');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: unit('abcde-102', 'A.', 'B.', 'abcde-109') },
    });
    const result = await check([uri]);
    assert.equal(result.files[0].errors, 1);
  });

  it('reports files it cannot read and URIs that are not files, and goes on', async () => {
    const result = await check([uriOf('missing.md'), 'untitled:Untitled-1', uriOf('clean.md')]);
    assert.match(result.files[0].problem ?? '', /cannot read the file: ENOENT/);
    assert.equal(result.files[1].problem, 'not a file URI');
    assert.equal(result.files[2].problem, undefined);
  });

  it('ignores malformed parameters', async () => {
    const result = await connection.sendRequest<CheckFilesResult>(CheckFilesRequestMethod, { uris: 'nope' });
    assert.deepEqual(result, { files: [] });
  });

  it('stops early when the request is cancelled', async () => {
    const uris = Array.from({ length: 200 }, (_, i) => uriOf(`many-${i}.md`));
    const source = new CancellationTokenSource();
    const pending = check(uris, source);
    source.cancel();
    const outcome = await pending.then(result => result.files.length, () => 'cancelled');
    // Either the server answered with what it had done, or the request was rejected as cancelled.
    assert.ok(outcome === 'cancelled' || (typeof outcome === 'number' && outcome < uris.length), String(outcome));
    // The server is still fine afterwards.
    const after = await check([uriOf('broken.md')]);
    assert.equal(after.files[0].errors, 1);
  });
});

describe('workspace file selection', () => {
  it('excludes paths whose own path or a folder matches an enabled pattern', () => {
    const excluded = createExcludeMatcher({ '**/node_modules': true, '**/.git': true, 'drafts/': true, '**/*.tmp.md': true, 'kept/**': false }, { '**/{out,dist}': true, 'x': { when: '$(basename).ts' } });
    assert.equal(excluded('docs/a.md'), false);
    assert.equal(excluded('docs/node_modules/pkg/readme.md'), true);
    assert.equal(excluded('drafts/a.md'), true);
    assert.equal(excluded('docs/drafts/a.md'), false, 'a pattern with a slash is anchored');
    assert.equal(excluded('a/b.tmp.md'), true);
    assert.equal(excluded('kept/a.md'), false, 'false entries are not applied');
    assert.equal(excluded('x/a.md'), false, 'when-clauses are not applied');
    assert.equal(excluded('pkg/dist/a.md'), true);
    assert.equal(createExcludeMatcher(undefined)('anything.md'), false);
  });

  it('splits lists into batches', () => {
    assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    assert.deepEqual(batches([], 2), []);
  });
});
