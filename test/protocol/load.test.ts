/**
 * The built server under load: a large real document, 2,000 random incremental edits streamed while hovering,
 * then hovers compared with the language service run in-process on the same text, and bad input of every kind.
 * The server must stay up, log a failing request once and answer it with an empty result.
 */
import * as assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  type Hover,
  type MarkupContent,
  type MessageConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { createLanguageService } from '../../server/src/languageService';
import { parseSxs } from '../../server/src/sxs/parser';
import { Random } from '../fuzz/fuzzLib';
import { corpusDir } from '../helpers/files';
import { spawnServer } from '../helpers/lspServer';
import { HANG_MS } from '../helpers/deadlines';

const uri = 'file:///load/routing.md';

/** The largest corpus file (the edits are to a real, large document). */
function largestCorpusFile(): string {
  let best = { file: '', size: 0 };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (name.endsWith('.md') && stat.size > best.size) best = { file: full, size: stat.size };
    }
  };
  walk(corpusDir);
  return best.file;
}

const pieces = ['x', ' ', '\n', '\r\n', '<span', '</span>', '"', '`', '<span data-ttu-id="abcde-1">', '</span></span>', '\\', '|', '# ', 'ą'];

function hoverText(hover: Hover | null): string | undefined {
  return hover === null ? undefined : (hover.contents as MarkupContent).value;
}

describe('language server under load', function () {
  this.timeout(HANG_MS);
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  const logs: string[] = [];
  let original = '';
  let local: TextDocument;

  before(async () => {
    original = (await import('node:fs')).readFileSync(largestCorpusFile(), 'utf8');
    ({ server, connection } = spawnServer());
    server.stderr.resume();
    connection.onNotification(LogMessageNotification.type, params => {
      logs.push(params.message);
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    local = TextDocument.create(uri, 'markdown', 1, original);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: original } });
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
  });

  it('takes 2,000 random incremental edits with hovers in between and ends with the same text as the editor', async () => {
    const random = new Random(4242);
    const hovers: Promise<Hover | null>[] = [];
    for (let version = 2; version <= 2001; version++) {
      const text = local.getText();
      const start = random.int(text.length + 1);
      const end = Math.min(text.length, start + (random.chance(0.5) ? 0 : random.int(30)));
      const change: TextDocumentContentChangeEvent = {
        range: { start: local.positionAt(start), end: local.positionAt(end) },
        text: random.chance(0.3) ? '' : random.pick(pieces),
      };
      local = TextDocument.update(local, [change], version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      if (version % 40 === 0) {
        hovers.push(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: local.positionAt(random.int(local.getText().length + 1)) }));
      }
    }
    const answered = await Promise.all(hovers);
    assert.equal(answered.length, 50);
    assert.equal(server.exitCode, null, 'the server is still running');

    // The server's text is the editor's: hovers on the final text match the language service run here.
    const service = createLanguageService();
    const model = parseSxs(local.getText());
    assert.ok(model.units.length > 50, 'most units survive the edits');
    const probe = new Random(7);
    for (let i = 0; i < 30; i++) {
      const unit = probe.pick(model.units);
      const position = local.positionAt(unit.target.start + probe.int(unit.target.end - unit.target.start + 1));
      const remote = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      const expected = service.getHover(local, position);
      // Compare the halves and the range; the problem list depends on the checks the bundle was built with.
      assert.deepEqual(remote?.range, expected?.range, `hover range at ${position.line}:${position.character}`);
      assert.equal(hoverText(remote)?.split('\n\n---\n\n')[0], hoverText(expected)?.split('\n\n---\n\n')[0], `hover at ${position.line}:${position.character}`);
    }
  });

  it('answers a hover on a known unit with its English after the document is restored', async () => {
    const restore: TextDocumentContentChangeEvent = {
      range: { start: { line: 0, character: 0 }, end: local.positionAt(local.getText().length) },
      text: original,
    };
    local = TextDocument.update(local, [restore], 2002);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2002 }, contentChanges: [restore] });
    const unit = parseSxs(original).units.find(u => u.source !== undefined && !u.broken && original.slice(u.source.start, u.source.end).length > 20);
    assert.ok(unit?.source);
    const english = original.slice(unit.source.start, unit.source.end).trim();
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: local.positionAt(unit.target.start + 1) });
    assert.ok(hoverText(hover)?.includes(english), `hover: ${hoverText(hover)?.slice(0, 200)}`);
  });

  it('survives garbage params: logs a failing request once, answers it empty, and keeps serving', async () => {
    const bad: [string, unknown][] = [
      [HoverRequest.method, { textDocument: { uri }, position: null }],
      [HoverRequest.method, { textDocument: { uri }, position: null }],
      [HoverRequest.method, { textDocument: { uri }, position: { line: 'x', character: {} } }],
      [HoverRequest.method, { textDocument: { uri }, position: { line: -5, character: 1e12 } }],
      [HoverRequest.method, { textDocument: null }],
      [HoverRequest.method, null],
      [HoverRequest.method, { textDocument: { uri: 'file:///not/open.md' }, position: { line: 0, character: 0 } }],
      [CodeActionRequest.method, { textDocument: { uri }, range: null, context: null }],
      [CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ code: 'SX101', data: 'nonsense', range: null }], only: 'quickfix' } }],
      [CodeLensRequest.method, { textDocument: { uri: 42 } }],
      [DocumentSymbolRequest.method, {}],
    ];
    const logsBefore = logs.length;
    for (const [method, params] of bad) {
      let answer: unknown;
      try {
        answer = await connection.sendRequest(method, params);
      } catch (error) {
        // A protocol-level rejection (invalid params) is an answer too; the server must not die.
        answer = { rejected: String(error) };
      }
      assert.ok(answer === null || (Array.isArray(answer) && answer.length === 0) || (typeof answer === 'object' && answer !== null && 'rejected' in answer),
        `${method} ${JSON.stringify(params)} answered ${JSON.stringify(answer)}`);
    }
    // Notifications with garbage: changes to unknown documents, ranges past the end, nonsense text.
    await connection.sendNotification(DidChangeTextDocumentNotification.method, { textDocument: { uri: 'file:///nope.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    await connection.sendNotification(DidChangeTextDocumentNotification.method, { textDocument: { uri }, contentChanges: null });
    await connection.sendNotification(DidOpenTextDocumentNotification.method, { textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: 12 } });
    await connection.sendNotification(DidCloseTextDocumentNotification.method, { textDocument: { uri: 'file:///never-opened.md' } });
    await connection.sendNotification('sxs/unknownNotification', { anything: true });

    const hoverFailures = logs.slice(logsBefore).filter(message => message.includes('hover failed') && message.includes("reading 'line'"));
    assert.equal(hoverFailures.length, 1, `the same failure was logged ${hoverFailures.length} times:\n${hoverFailures.join('\n')}`);
    assert.equal(server.exitCode, null, 'the server is still running');
    if (process.env.SXS_LOAD_LOGS) console.log(logs.slice(logsBefore).map(m => m.split('\n')[0]).join('\n'));

    // And it still answers correctly.
    const unit = parseSxs(original).units.find(u => u.source !== undefined && !u.broken);
    assert.ok(unit?.source);
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: local.positionAt(unit.target.start + 1) });
    assert.ok(hoverText(hover)?.includes(original.slice(unit.source.start, unit.source.end).trim().slice(0, 30)));
  });
});
