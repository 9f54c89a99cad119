/**
 * Reading an English repository through the real `git`: one long-lived `git cat-file --batch` process per
 * repository answers blobs and commit lookups in order; `git rev-parse` resolves refs and finds a folder's top level;
 * `git diff -M` follows a rename. Every spawn takes an argument array (no shell), every read is asynchronous and
 * cached, and a failing or missing `git` gives `undefined` or an error value, never an exception out of here.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** Runs `git` with arguments in a folder; answers stdout, or undefined when git fails or is missing. */
export function runGit(cwd: string, args: readonly string[], timeoutMs = 30_000): Promise<string | undefined> {
  return new Promise(resolve => {
    try {
      execFile('git', [...args], { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
        (error, stdout) => resolve(error ? undefined : stdout));
    } catch {
      resolve(undefined);
    }
  });
}

const topLevels = new Map<string, Promise<string | undefined>>();

/** The git top level of the repository holding a folder (cached per folder), or undefined. */
export function gitTopLevel(dir: string): Promise<string | undefined> {
  let known = topLevels.get(dir);
  if (known === undefined) {
    known = runGit(dir, ['rev-parse', '--show-toplevel']).then(out => out?.trim() || undefined);
    topLevels.set(dir, known);
  }
  return known;
}

/** Forgets the cached top levels (a repository was created or moved). */
export function forgetTopLevels(): void {
  topLevels.clear();
}

interface Pending {
  readonly resolve: (value: BatchObject | undefined) => void;
  readonly reject: (error: Error) => void;
}

export interface BatchObject {
  readonly oid: string;
  readonly type: string;
  readonly content: Buffer;
}

/** One `git cat-file --batch` process: requests go in one per line, answers come back in the same order. */
class CatFileBatch {
  private process: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(private readonly dir: string) {}

  read(spec: string): Promise<BatchObject | undefined> {
    if (/[\r\n]/.test(spec)) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const child = this.start();
      if (child === undefined) {
        reject(this.failure ?? new Error('git cat-file did not start'));
        return;
      }
      this.queue.push({ resolve, reject });
      child.stdin.write(`${spec}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams | undefined {
    if (this.process !== undefined) return this.process;
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn('git', ['cat-file', '--batch'], { cwd: this.dir, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      return undefined;
    }
    this.process = child;
    this.buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stdin.on('error', () => undefined);
    child.stderr.on('data', () => undefined);
    const fail = (error: Error) => {
      if (this.process !== child) return;
      this.process = undefined;
      // Whatever was asked of this process fails; the next read starts a new one.
      for (const pending of this.queue.splice(0)) pending.reject(error);
    };
    child.on('error', fail);
    child.on('exit', code => fail(new Error(`git cat-file --batch exited (${code ?? 'signal'}) in ${this.dir}`)));
    return child;
  }

  private drain(): void {
    for (;;) {
      const pending = this.queue[0];
      if (pending === undefined) return;
      const newline = this.buffer.indexOf(10);
      if (newline < 0) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      const match = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
      if (match === null) {
        // `<spec> missing`, `<spec> ambiguous` and the like: no object.
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending.resolve(undefined);
        continue;
      }
      const size = Number(match[3]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.queue.shift();
      pending.resolve({ oid: match[1], type: match[2], content });
    }
  }

  dispose(): void {
    const child = this.process;
    this.process = undefined;
    if (child !== undefined) {
      child.stdin.end();
      child.kill();
    }
  }
}

/** How long a resolved ref is trusted before `git rev-parse` is asked again (the English may be pulled). */
const REF_TTL_MS = 3000;

/** An English repository: blobs by (commit, path), commits, refs and renames, each cached. */
export class GitRepository {
  private readonly batch: CatFileBatch;
  private readonly blobs = new Map<string, Promise<string | undefined>>();
  private readonly commits = new Map<string, Promise<boolean>>();
  private readonly renames = new Map<string, Promise<string | undefined>>();
  private readonly refs = new Map<string, { readonly at: number; readonly sha: Promise<string | undefined> }>();
  private shallow: Promise<boolean> | undefined;

  constructor(readonly dir: string, private readonly now: () => number = Date.now) {
    this.batch = new CatFileBatch(dir);
  }

  /** The text of `path` at `commit`, or undefined when the path does not exist there (or is not a file). */
  readFile(commit: string, path: string): Promise<string | undefined> {
    const key = `${commit}\u0000${path}`;
    let known = this.blobs.get(key);
    if (known === undefined) {
      known = this.batch.read(`${commit}:${path}`).then(
        object => (object?.type === 'blob' ? object.content.toString('utf8') : undefined));
      // A failure (git died) is not cached: the next read tries again.
      known.catch(() => this.blobs.delete(key));
      this.blobs.set(key, known);
    }
    return known;
  }

  /** Whether the commit is in the repository (a shallow clone may lack old ones). */
  hasCommit(sha: string): Promise<boolean> {
    let known = this.commits.get(sha);
    if (known === undefined) {
      known = this.batch.read(`${sha}^{commit}`).then(object => object?.type === 'commit');
      known.catch(() => this.commits.delete(sha));
      this.commits.set(sha, known);
    }
    return known;
  }

  /** The commit a ref names now (`HEAD`, `live`, `origin/live`, a SHA), or undefined. */
  resolveRef(ref: string): Promise<string | undefined> {
    const known = this.refs.get(ref);
    if (known !== undefined && this.now() - known.at < REF_TTL_MS) return known.sha;
    const sha = ref.startsWith('-')
      ? Promise.resolve(undefined)
      : runGit(this.dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(out => out?.trim() || undefined);
    this.refs.set(ref, { at: this.now(), sha });
    return sha;
  }

  /** Where `path` went between two commits when git sees a rename, else undefined. */
  renamedPath(from: string, to: string, path: string): Promise<string | undefined> {
    const key = `${from}\u0000${to}\u0000${path}`;
    let known = this.renames.get(key);
    if (known === undefined) {
      known = runGit(this.dir, ['diff', '--name-status', '-z', '-M', '--diff-filter=R', from, to]).then(out => {
        const fields = (out ?? '').split('\u0000');
        for (let i = 0; i + 2 < fields.length; i += 3) {
          if (fields[i].startsWith('R') && fields[i + 1] === path) return fields[i + 2];
        }
        return undefined;
      });
      this.renames.set(key, known);
    }
    return known;
  }

  /** Whether the repository is a shallow clone (for the message about a missing commit). */
  isShallow(): Promise<boolean> {
    this.shallow ??= runGit(this.dir, ['rev-parse', '--is-shallow-repository']).then(out => out?.trim() === 'true');
    return this.shallow;
  }

  dispose(): void {
    this.batch.dispose();
  }
}
