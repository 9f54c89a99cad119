/**
 * The built language server (`dist/server.js --stdio`) driven over JSON-RPC as an editor would: initialize,
 * open a document, hover, diagnostics, incremental edits that break an ID and repair it, code actions, code
 * lenses, symbols, a configuration change, bad input, shutdown and exit.
 */
import * as assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  CodeActionRequest,
  CodeLensRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CodeAction,
  type DocumentSymbol,
  type MarkupContent,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { joinLines, unit } from '../helpers/text';
import { spawnServer } from '../helpers/lspServer';
import { HANG_MS, WAIT_MS } from '../helpers/deadlines';

const uri = 'file:///work/doc.md';
const text = joinLines(
  '---',
  'ms.contentlocale: pl-PL',
  '---',
  `# <a name="install"></a>${unit('abcde-103', 'Instalowanie', 'Installing')}`,
  '',
  `${unit('abcde-104', 'Wybierz kartę **Zainstalowano**.', 'Select the **Installed** tab.')} ${unit('abcde-105', 'Gotowe.', 'Done.')}`,
  '',
);
const line5 = text.split('\n')[5];
/** Where the English ID of unit abcde-105 starts on line 5. */
const stuIdAt = line5.lastIndexOf('abcde-105');

describe('language server over stdio', function () {
  this.timeout(HANG_MS);
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  let stderr = '';
  const logs: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  let checksSetting: Record<string, string> = {};

  /** Resolves with the first diagnostics published for `version`. */
  function diagnosticsFor(version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}; got ${JSON.stringify(published.map(p => p.version))}`)), WAIT_MS);
      const check = (): boolean => {
        const found = published.find(p => p.uri === uri && p.version === version);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
        return found !== undefined;
      };
      const waiter = (): void => {
        if (!check()) {
          waiters.push(waiter);
        }
      };
      waiter();
    });
  }

  before(async function () {
    ({ server, connection } = spawnServer());
    server.stderr.on('data', chunk => (stderr += String(chunk)));
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
      published.push(params);
      for (const waiter of waiters.splice(0)) {
        waiter();
      }
    });
    connection.onNotification(LogMessageNotification.type, params => {
      logs.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, params =>
      params.items.map(item => (item.section === 'sxs' ? { checks: checksSetting, codeLens: { enabled: true } } : null)));
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true } },
    });
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual((result.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.sxs']);
    assert.equal(result.capabilities.textDocumentSync && typeof result.capabilities.textDocumentSync === 'object'
      ? result.capabilities.textDocumentSync.change : undefined, 2, 'incremental sync');
    await connection.sendNotification(InitializedNotification.type, {});
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) {
      server.kill();
    }
  });

  it('publishes no diagnostics for a clean document on open', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    assert.deepEqual((await diagnosticsFor(1)).diagnostics, []);
  });

  it('hovers the translation with its English', async () => {
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 30 } });
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /Select the \*\*Installed\*\* tab\./);
    assert.deepEqual(hover.range?.start, { line: 5, character: '<span data-ttu-id="abcde-104">'.length });
  });

  it('reports a broken ID after an incremental edit, offers the fix, and clears it after the repair', async () => {
    // Break: the English ID of abcde-105 becomes abcde-195.
    const digit = { start: { line: 5, character: stuIdAt + 7 }, end: { line: 5, character: stuIdAt + 8 } };
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: digit, text: '9' }],
    });
    const broken = await diagnosticsFor(2);
    assert.deepEqual(broken.diagnostics.map(d => [d.code, d.severity, d.source]), [['SX101', 1, 'sxs']]);
    assert.equal(broken.diagnostics[0].codeDescription?.href, 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md#sx101');

    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: broken.diagnostics[0].range,
      context: { diagnostics: broken.diagnostics },
    }) as CodeAction[];
    const preferred = actions.find(a => a.isPreferred);
    assert.ok(preferred, actions.map(a => a.title).join(' | '));
    const [edit] = preferred.edit!.changes![uri];
    assert.deepEqual(edit, {
      range: { start: { line: 5, character: stuIdAt }, end: { line: 5, character: stuIdAt + 9 } },
      newText: 'abcde-105',
    });

    // Repair by applying the fix's edit as the editor would.
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: edit.range, text: edit.newText }],
    });
    assert.deepEqual((await diagnosticsFor(3)).diagnostics, []);
  });

  it('returns code lenses and document symbols', async () => {
    const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(lenses?.filter(l => l.range.start.line === 0).map(l => l.command?.title), ['3 units', 'no problems', 'Open Bilingual Preview']);
    // The title's section holds the whole file, so it has no lens of its own (the file summary says it).
    assert.ok(!lenses?.some(l => l.range.start.line === 3), 'no lens repeats the file summary on the title');
    const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    assert.deepEqual(symbols.map(s => [s.name, s.detail]), [['Instalowanie', 'Installing']]);
  });

  it('reads sxs.checks again after a configuration change', async () => {
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: 5, character: stuIdAt + 7 }, end: { line: 5, character: stuIdAt + 8 } }, text: '9' }],
    });
    assert.deepEqual((await diagnosticsFor(4)).diagnostics.map(d => d.severity), [1]);
    checksSetting = { 'id-pair-mismatch': 'warning' };
    const before = published.length;
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics after the configuration change')), WAIT_MS);
      const poll = setInterval(() => {
        if (published.length > before) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 20);
    });
    assert.deepEqual(published[published.length - 1].diagnostics.map(d => d.severity), [2]);
  });

  it('answers bad requests with empty results and keeps running', async () => {
    assert.equal(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nope.md' }, position: { line: 0, character: 0 } }), null);
    const far = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9999, character: -5 } });
    assert.equal(far, null);
    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'x', source: 'sxs', code: 'SX101', data: { fixes: 'not a list' } }] },
    });
    assert.deepEqual(actions, []);
    // A request the handler cannot digest: it fails inside, is logged once, and answered with null.
    for (let i = 0; i < 2; i++) {
      const broken = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: null as never });
      assert.equal(broken, null);
    }
    const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(lenses) && lenses.length > 0, 'still answering');
    assert.equal(logs.filter(message => /hover failed/.test(message)).length, 1, logs.join('\n'));
  });

  it('shuts down and exits', async () => {
    const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 0);
    assert.equal(logs.filter(message => /failed/.test(message) && !/hover failed/.test(message)).length, 0, logs.join('\n'));
    assert.doesNotMatch(stderr, /Error/);
  });
});
