/**
 * "English changed since hand-off" over the protocol: the built server (`dist/server.js --stdio`) with a localized
 * repository beside the English one rebuilt with the real git: the stale units come as SX901 diagnostics after the
 * checks' diagnostics, the hover on a stale unit shows old English → new English as a word diff, the file lens
 * counts them, `sxs/staleUnits` lists them, and Check Workspace (`sxs/checkFiles`) summarises each file it compared.
 */
import * as assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRequest,
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type MarkupContent,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { englishFixture, manifest } from '../helpers/englishSource';
import type { CheckFilesResult, StaleUnitsResult } from '../../server/src/workspace/protocol';
import { spawnServer } from '../helpers/lspServer';
import { HANG_MS, WAIT_MS } from '../helpers/deadlines';

describe('language server: English changed since hand-off', function () {
  this.timeout(HANG_MS);
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  const file = manifest.localized_files.find(f => f.key === 'whitespace-only')!;
  let uri: string;
  let text: string;

  function diagnosticsWith(code: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${code} diagnostics; got ${JSON.stringify(published.map(p => p.diagnostics.length))}`)), WAIT_MS);
      const waiter = (): void => {
        const found = published.find(p => p.uri === uri && p.diagnostics.some(d => d.code === code));
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else {
          waiters.push(waiter);
        }
      };
      waiter();
    });
  }

  before(async () => {
    const fixture = englishFixture();
    const copy = fixture.copies.get(file.key)!;
    uri = pathToFileURL(copy).toString();
    text = readFileSync(copy, 'utf8');
    ({ server, connection } = spawnServer());
    server.stderr.on('data', () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
      published.push(params);
      for (const waiter of waiters.splice(0)) waiter();
    });
    // The English repository is found beside the localized one; the ref comes from the settings.
    connection.onRequest(ConfigurationRequest.type, params =>
      params.items.map(item => (item.section === 'sxs' ? { english: { ref: 'live' } } : null)));
    connection.listen();
    const root = pathToFileURL(fixture.localizedRoot(file.locale)).toString();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'pl-pl' }], capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
  });

  it('publishes an information diagnostic on each stale unit', async () => {
    const params = await diagnosticsWith('SX901');
    const stale = params.diagnostics.filter(d => d.code === 'SX901');
    assert.equal(stale.length, file.expected.stale_ids.length);
    assert.ok(stale.every(d => d.severity === 3 && d.source === 'sxs'));
    assert.equal(stale[0].codeDescription?.href, 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md#sx901');
    assert.match(String(stale[0].message), /^The English of ddc9a-103 changed since the hand-off \([0-9a-f]{7}\): live \([0-9a-f]{7}\) no longer says it/);
  });

  it('hovers a stale unit with old English → new English as a word diff', async () => {
    // ddc9a-141: "You are now ready…" became "You're now ready…".
    const line = text.split('\n').findIndex(l => l.includes('data-ttu-id="ddc9a-141"'));
    const character = text.split('\n')[line].indexOf('data-ttu-id="ddc9a-141"') + 'data-ttu-id="ddc9a-141">'.length + 2;
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*English changed since the hand-off\*\* \(`[0-9a-f]{7}` → live \([0-9a-f]{7}\)\)/);
    // "You are now" → "You're now": the removed word struck through, the added ones in bold, the rest as written.
    assert.match(value, /\nYou ~~are~~\*\*'re\*\* now ready to publish the package to NuGet\\\.org\\\./);
    assert.match(value, /New English:\n\nYou're now ready to publish the package to NuGet\.org\./);
  });

  it('counts the stale units in the file lens', async () => {
    const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.ok(lenses?.some(lens => lens.command?.title === `${file.expected.stale_ids.length} stale units` && lens.command.command === 'sxs.nextStaleUnit'));
  });

  it('lists the stale units with sxs/staleUnits', async () => {
    const result = await connection.sendRequest<StaleUnitsResult>('sxs/staleUnits', { textDocument: { uri } });
    assert.equal(result.status, 'compared');
    assert.equal(result.staleCount, file.expected.stale_ids.length);
    assert.deepEqual(result.units.filter(u => u.kind === 'stale').map(u => u.id), file.expected.stale_ids);
    assert.equal(result.englishPath, file.english_path);
    const edited = result.units.find(u => u.id === 'ddc9a-141');
    assert.match(edited?.newEnglish ?? '', /^You're now ready/);
  });

  it('summarises each compared file in Check Workspace, open or not', async () => {
    const fixture = englishFixture();
    const others = manifest.localized_files.filter(f => f.locale === file.locale && f.key !== file.key);
    const uris = [uri, ...others.map(f => pathToFileURL(fixture.copies.get(f.key)!).toString())];
    const result = await connection.sendRequest<CheckFilesResult>('sxs/checkFiles', { uris });
    assert.equal(result.files.length, uris.length);
    for (const [index, expected] of [file, ...others].entries()) {
      const summary = result.files[index];
      if (!expected.expected.english_exists_on_live) {
        assert.match(summary.english ?? '', /was deleted since the hand-off/, expected.key);
        assert.equal(summary.stale, undefined, expected.key);
        continue;
      }
      const count = expected.expected.stale_ids.length;
      assert.equal(summary.stale, count, `${expected.key}: ${JSON.stringify(summary)}`);
      assert.match(summary.english ?? '', new RegExp(`^${count} stale units?(, [^(]+)? \\(hand-off [0-9a-f]{7}, English live \\([0-9a-f]{7}\\)\\)$`), `${expected.key}: ${summary.english}`);
    }
  });
});
