/**
 * A minimal LSP client over stdio for timing the built server: Content-Length framing, requests with ids,
 * notifications, and waiting for `textDocument/publishDiagnostics` of a given document version.
 * The server's own requests (configuration, registration) get empty answers at once.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface DiagnosticsWaiter {
  readonly uri: string;
  readonly version: number | undefined;
  resolve(params: PublishDiagnosticsParams): void;
}

export interface PublishDiagnosticsParams {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: readonly unknown[];
}

export class ResponseError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: DiagnosticsWaiter[] = [];
  private exited = false;
  readonly stderr: string[] = [];

  /** `nodeArgs`: flags for the server's node process, such as `--cpu-prof`. */
  constructor(serverScript: string, args: readonly string[] = ['--stdio'], nodeArgs: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, serverScript, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    this.child.on('exit', () => {
      this.exited = true;
      for (const pending of this.pending.values()) {
        pending.reject(new Error(`the server exited: ${this.stderr.join('').slice(-2000)}`));
      }
      this.pending.clear();
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    if (this.exited) {
      return Promise.reject(new Error('the server has exited'));
    }
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the next diagnostics published for `uri` (at `version`, when given). Register before the change. */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise(resolve => {
      this.waiters.push({ uri, version, resolve });
    });
  }

  async initialize(): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
          codeLens: {},
        },
      },
    });
    this.notify('initialized', {});
  }

  async shutdown(): Promise<void> {
    if (this.exited) {
      return;
    }
    const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }

  private write(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        return;
      }
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length: *(\d+)/i.exec(header);
      if (!match) {
        throw new Error(`bad LSP header: ${header}`);
      }
      const length = Number(match[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) {
        return;
      }
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.dispatch(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private dispatch(message: Record<string, unknown>): void {
    if (typeof message.method === 'string') {
      if (message.id !== undefined) {
        this.answerServerRequest(message.id, message.method, message.params);
      } else if (message.method === 'textDocument/publishDiagnostics') {
        const params = message.params as PublishDiagnosticsParams;
        const index = this.waiters.findIndex(waiter => waiter.uri === params.uri
          && (waiter.version === undefined || waiter.version === params.version));
        if (index >= 0) {
          const [waiter] = this.waiters.splice(index, 1);
          waiter.resolve(params);
        }
      }
      return;
    }
    const pending = this.pending.get(message.id as number);
    if (pending === undefined) {
      return;
    }
    this.pending.delete(message.id as number);
    const error = message.error as { code: number; message: string } | undefined;
    if (error) {
      pending.reject(new ResponseError(error.code, error.message));
    } else {
      pending.resolve(message.result);
    }
  }

  private answerServerRequest(id: unknown, method: string, params: unknown): void {
    let result: unknown = null;
    if (method === 'workspace/configuration') {
      const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
      result = items.map(() => ({}));
    }
    this.write({ jsonrpc: '2.0', id, result });
  }
}
