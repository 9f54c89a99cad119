/**
 * The server's side of the file policy (`config/policy.ts`): reads `.sxslint.jsonc`, the files it extends and
 * baselines from disk, answers the policy of a document, shows a broken configuration as one diagnostic at the line
 * of the error on that file, and forgets what changed when the client reports created, changed or deleted files.
 *
 * Untitled documents and files outside every workspace folder get the default policy (the editor's settings).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { findCheck, allChecks } from '../checks/registry';
import { qaChecks } from '../checks/qa';
import { defaultPolicy, PolicyResolver, type Policy } from '../config/policy';
import type { ConfigError } from '../config/configFile';
import { DIAGNOSTIC_SOURCE } from '../languageFeatures/diagnostics';
import type { SxsSettings } from '../languageFeatures/settings';

const knownChecks = [...allChecks, ...qaChecks.filter(check => !allChecks.some(known => known.id === check.id))];

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The path of a `file:` URI, or undefined for any other scheme. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class PolicyFiles {
  readonly resolver = new PolicyResolver({ readFile: readText }, { isKnownCheck: idOrAlias => findCheck(idOrAlias, knownChecks) !== undefined });
  private folders: string[] = [];
  /** Policies whose problems were published, so each is published once. */
  private readonly shown = new WeakSet<Policy>();
  /** Configuration and baseline files that have problem diagnostics now. */
  private readonly withProblems = new Set<string>();

  constructor(private readonly connection: Connection, private readonly logOnce: (what: string, error: unknown) => void) {}

  /** The workspace folders (URIs); files outside them get the default policy. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.map(filePathOf).filter((folder): folder is string => folder !== undefined);
  }

  /** The innermost workspace folder holding a file, if any. */
  folderOf(file: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      if (!relative.startsWith('..') && !path.isAbsolute(relative) && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The policy of a document: its file's, with the `sxs.baseline` setting as the fallback baseline. */
  policyOf(uri: string, settings: SxsSettings): Policy {
    const file = filePathOf(uri);
    const folder = file === undefined ? undefined : this.folderOf(file);
    if (file === undefined || folder === undefined) return defaultPolicy;
    const baseline = settings.baseline === '' ? undefined : path.resolve(folder, settings.baseline);
    const policy = this.resolver.forFile(file, baseline);
    if (!this.shown.has(policy)) {
      this.shown.add(policy);
      this.publishProblems(policy);
    }
    return policy;
  }

  /** Whether a policy file is involved in a change of this file (a configuration, something it extends, a baseline). */
  isPolicyFile(file: string): boolean {
    return path.basename(file) === '.sxslint.jsonc' || this.resolver.filesRead().includes(path.resolve(file));
  }

  /** Forgets a changed policy file; the caller re-checks the open documents, which publishes problems again. */
  changed(file: string): void {
    this.resolver.invalidate(file);
    if (this.withProblems.has(file) && readText(file) === undefined) {
      // A deleted configuration has no problems left to show.
      this.withProblems.delete(file);
      this.send(file, []);
    }
  }

  private publishProblems(policy: Policy): void {
    const byFile = new Map<string, ConfigError[]>();
    for (const problem of policy.problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(problem);
      byFile.set(problem.file, list);
    }
    for (const file of [policy.configFile, policy.baselineFile]) {
      if (file !== undefined && !byFile.has(file) && this.withProblems.has(file)) {
        this.withProblems.delete(file);
        this.send(file, []);
      }
    }
    for (const [file, problems] of byFile) {
      this.withProblems.add(file);
      this.send(file, problems.map(problem => toDiagnostic(problem)));
    }
  }

  private send(file: string, diagnostics: Diagnostic[]): void {
    this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics })
      .catch(error => this.logOnce('configuration diagnostics', error));
  }
}

function toDiagnostic(problem: ConfigError): Diagnostic {
  const line = Math.max(0, problem.line - 1);
  return {
    range: { start: { line, character: 0 }, end: { line, character: problem.line === 0 ? 0 : 1000 } },
    severity: 1,
    source: DIAGNOSTIC_SOURCE,
    code: 'config',
    message: problem.message,
  };
}
