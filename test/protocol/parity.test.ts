/**
 * One policy everywhere: `sxs-lint` and the language server (over the protocol, as "Check Workspace" asks it) give
 * identical findings on a copy of real corpus files that has a configuration with `extends`, `ignores`, a baseline
 * named by the configuration, and an inline suppression comment.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { writeBaseline } from '../../server/src/config/baseline';
import { CheckFilesRequestMethod, type CheckFilesParams, type CheckFilesResult } from '../../server/src/workspace/protocol';
import { corpusDir, repoRoot } from '../helpers/files';
import { spawnServer } from '../helpers/lspServer';
import { HANG_MS } from '../helpers/deadlines';

interface CliJson {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly unitId?: string;
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

function lint(dir: string): CliJson[] {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'sxs-lint.js'), '-f', 'json', '--concurrency', '0', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.ok(run.status === 0 || run.status === 1, `sxs-lint exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliJson[];
}

function markdownFiles(dir: string, base = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, base, out);
    else if (entry.name.endsWith('.md')) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

describe('the same findings from sxs-lint and the language server', function () {
  this.timeout(HANG_MS);
  let dir: string;
  let server: ChildProcessWithoutNullStreams | undefined;
  let connection: MessageConnection | undefined;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-parity-'));
    // Two files with units from each locale, and two more that the configuration ignores.
    const locales = readdirSync(corpusDir).filter(name => /^[a-z]{2}-[a-z]{2}$/.test(name)).sort();
    for (const [n, locale] of locales.entries()) {
      const files = markdownFiles(path.join(corpusDir, locale)).filter(file => readFileSync(path.join(corpusDir, locale, file), 'utf8').includes('data-ttu-id'));
      // The first two locales give a third file, to the folder the configuration ignores.
      for (const [index, file] of files.slice(0, n < 2 ? 3 : 2).entries()) {
        const target = index === 2 ? path.join(dir, 'docs', 'ignored', `${locale}-${path.basename(file)}`) : path.join(dir, 'docs', locale, path.basename(file));
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(path.join(corpusDir, locale, file), target);
      }
    }
    writeFileSync(path.join(dir, 'base.sxslint.jsonc'), '{\n  // shared by the repositories of a team\n  "checks": { "SX503": "off", "SX601": "warning" }\n}\n');
    writeFileSync(path.join(dir, '.sxslint.jsonc'), JSON.stringify({
      extends: './base.sxslint.jsonc', checks: { SX502: 'warning' }, ignores: ['docs/ignored/**'], baseline: 'known-findings.json',
    }, null, 2));
  });

  after(() => {
    connection?.dispose();
    if (server && server.exitCode === null) server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('agrees file by file, finding by finding', async () => {
    // Findings before the baseline and the suppression, to choose some for each.
    const first = lint(dir);
    assert.ok(first.length > 20, `findings to work with: ${first.length}`);
    assert.ok(!first.some(finding => finding.file.includes('ignored')), 'ignored files are not checked');
    const byFile = new Map<string, CliJson[]>();
    for (const finding of first) byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
    const [baselined, suppressed] = [...byFile.keys()].sort((a, b) => byFile.get(b)!.length - byFile.get(a)!.length);
    const known = byFile.get(baselined)!.filter(finding => finding.unitId !== undefined).slice(0, 3);
    writeFileSync(path.join(dir, 'known-findings.json'), writeBaseline(known.map(finding => ({ file: finding.file, unitId: finding.unitId!, code: finding.code }))));
    const hidden = byFile.get(suppressed)![0];
    const suppressedPath = path.join(dir, suppressed);
    const text = readFileSync(suppressedPath, 'utf8');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(eol);
    lines.splice(hidden.line - 1, 0, `<!-- sxs-disable-next-line ${hidden.code} -->`);
    writeFileSync(suppressedPath, lines.join(eol));

    const cli = lint(dir);
    assert.ok(cli.length < first.length, 'the baseline and the comment hide findings');
    assert.ok(!cli.some(finding => finding.file === baselined && known.some(k => k.unitId === finding.unitId && k.code === finding.code)), 'baselined findings are gone');

    ({ server, connection } = spawnServer());
    const published = new Map<string, PublishDiagnosticsParams>();
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
      published.set(params.uri, params);
    });
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({})));
    connection.listen();
    const folder = pathToFileURL(dir).toString();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'parity' }], capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const files = markdownFiles(dir);
    const result = await connection.sendRequest<CheckFilesResult>(CheckFilesRequestMethod, {
      uris: files.map(file => pathToFileURL(path.join(dir, file)).toString()), run: 'parity', last: true,
    } satisfies CheckFilesParams);
    assert.deepEqual(result.files.filter(file => file.ignored).map(file => path.basename(file.uri)).length, 2, 'two files ignored');

    const fromServer: string[] = [];
    for (const file of files) {
      const diagnostics = published.get(pathToFileURL(path.join(dir, file)).toString())?.diagnostics ?? [];
      for (const d of diagnostics) fromServer.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${d.code} ${d.message}`);
    }
    const fromCli = cli.map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
    assert.deepEqual(fromServer.sort(), fromCli.sort());
  });
});
