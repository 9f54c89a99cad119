/**
 * The npm package as a user gets it: `npm pack` of the built bundles holds exactly the intended files, and the
 * tarball installed with `npm install -g` into a temporary prefix gives a working `sxs-lint` and
 * `sxs-language-server --stdio`, even with the package's node_modules removed (the bundles carry their code).
 *
 * Packs the dist/ that is already built (`--ignore-scripts` skips the production build of `prepack`); run
 * `npm run build` first.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { corpusDir, repoRoot } from '../../helpers/files';
import { HANG_MS, WAIT_MS } from '../../helpers/deadlines';

/** Everything the package holds: the bins, the bundles, the extension's grammar and media, and the documents. */
const expectedFiles = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'bin/sxs-language-server.js',
  'bin/sxs-lint.js',
  'dist/cli.js',
  'dist/client.js',
  'dist/grid.js',
  'dist/server.js',
  'dist/sxslint.schema.json',
  'dist/webview.js',
  'docs/rules.md',
  'media/grid.css',
  'media/icon.png',
  'media/markdownPreview.css',
  'media/preview-dark.svg',
  'media/preview-light.svg',
  'media/preview.css',
  'package.json',
  'syntaxes/sxs.injection.tmLanguage.json',
];

const bundles = ['dist/cli.js', 'dist/server.js', 'dist/client.js', 'dist/webview.js', 'dist/grid.js'];

const windows = process.platform === 'win32';

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: WAIT_MS, shell: windows, ...options });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), error: result.error };
}

/** One LSP message with Content-Length framing. */
function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** Reads framed LSP messages from a byte stream, one callback per message. */
function messageReader(onMessage: (message: { id?: number; result?: unknown; error?: unknown; method?: string }) => void): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  return chunk => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        return;
      }
      const length = /Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
      assert.ok(length, `an LSP header without Content-Length: ${buffer.subarray(0, headerEnd).toString('ascii')}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (buffer.length < end) {
        return;
      }
      onMessage(JSON.parse(buffer.subarray(start, end).toString('utf8')));
      buffer = buffer.subarray(end);
    }
  };
}

describe('the npm package', function () {
  this.timeout(HANG_MS);
  let dir: string;
  let tarball: string;
  let binDir: string;
  let packedFiles: string[];

  before(function () {
    const missing = bundles.filter(file => !existsSync(path.join(repoRoot, file)));
    if (missing.length > 0) {
      throw new Error(`The bundles are not built (missing ${missing.join(', ')}): run \`npm run build\` before this test.`);
    }
    dir = mkdtempSync(path.join(tmpdir(), 'sxs-package-'));
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repoRoot });
    assert.equal(packed.status, 0, `npm pack failed: ${packed.stderr}${packed.error ?? ''}`);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(info.filename, `sxs-${version}.tgz`);
    tarball = path.join(dir, info.filename);
    packedFiles = info.files.map(file => file.path.split(path.sep).join('/')).sort();

    // From the npm cache when it has the dependencies listed in package.json, else from the registry. Nothing
    // installed from there is used: the bundles are self-contained (checked below by deleting them).
    const prefix = path.join(dir, 'prefix');
    const install = (mode: string) => run('npm', ['install', '-g', '--prefix', prefix, tarball, '--no-audit', '--no-fund', '--ignore-scripts', mode], { cwd: dir });
    let installed = install('--offline');
    if (installed.status !== 0) {
      installed = install('--prefer-offline');
    }
    assert.equal(installed.status, 0, `npm install -g of the tarball failed: ${installed.stderr}${installed.error ?? ''}`);
    binDir = windows ? prefix : path.join(prefix, 'bin');
    const packageDir = windows ? path.join(prefix, 'node_modules', 'sxs') : path.join(prefix, 'lib', 'node_modules', 'sxs');
    assert.ok(existsSync(path.join(packageDir, 'package.json')), `the package is not at ${packageDir}`);
    rmSync(path.join(packageDir, 'node_modules'), { recursive: true, force: true });
  });

  after(() => {
    if (dir !== undefined) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const bin = (name: string): string => path.join(binDir, windows ? `${name}.cmd` : name);

  it('holds exactly the bins, the bundles, the grammar, the media and the documents', () => {
    assert.deepEqual(packedFiles, expectedFiles);
  });

  it('installs a sxs-lint that prints its version', () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const result = run(bin('sxs-lint'), ['--version'], { cwd: dir });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, `${version}\n`);
    assert.equal(result.status, 0);
  });

  it('installs a sxs-lint that checks a real corpus file and prints JSON findings', () => {
    const file = path.join(dir, 'mailbox-full-error.md');
    copyFileSync(path.join(corpusDir, 'pl-pl', 'alchemyinsights', 'AlchemyInsights', 'mailbox-full-error.md'), file);
    const result = run(bin('sxs-lint'), ['--format', 'json', path.basename(file)], { cwd: dir });
    assert.ok(result.status === 0 || result.status === 1, `exit status ${result.status}: ${result.stderr}`);
    const findings = JSON.parse(result.stdout) as { file: string; line: number; code: string; severity: string }[];
    assert.ok(Array.isArray(findings) && findings.length > 0, result.stdout);
    for (const finding of findings) {
      assert.equal(finding.file, 'mailbox-full-error.md');
      assert.match(finding.code, /^SX\d{3}$/);
      assert.ok(finding.line >= 1);
    }
    assert.equal(result.status, findings.some(finding => finding.severity === 'error') ? 1 : 0);
  });

  it('installs a sxs-language-server that answers initialize and shutdown over stdio, and exits on exit', async () => {
    const server = spawn(bin('sxs-language-server'), ['--stdio'], { cwd: dir, shell: windows, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
    const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
    server.stdout.on('data', messageReader(message => {
      if (message.id !== undefined && message.method === undefined) {
        waiting.get(message.id)?.(message);
      }
    }));
    const request = (id: number, method: string, params: unknown) => new Promise<{ result?: unknown; error?: unknown }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${WAIT_MS / 1000} s; stderr: ${stderr}`)), WAIT_MS);
      waiting.set(id, message => {
        clearTimeout(timer);
        resolve(message);
      });
      server.stdin.write(frame({ jsonrpc: '2.0', id, method, params }));
    });
    try {
      const initialized = await request(1, 'initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.equal(initialized.error, undefined);
      const { capabilities } = initialized.result as { capabilities: Record<string, unknown> };
      assert.ok(capabilities && typeof capabilities === 'object', JSON.stringify(initialized));
      assert.ok(capabilities.hoverProvider, JSON.stringify(capabilities));
      server.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      const shutdown = await request(2, 'shutdown', null);
      assert.equal(shutdown.error, undefined);
      server.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exited, new Promise(resolve => (timer = setTimeout(() => resolve('still running'), WAIT_MS)))]);
      clearTimeout(timer);
      assert.equal(code, 0, `the server did not exit cleanly; stderr: ${stderr}`);
    } finally {
      server.kill();
    }
  });
});
