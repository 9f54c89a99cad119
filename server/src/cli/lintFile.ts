/**
 * The work on one file, the same on the main thread and in a worker: read it, lint it with the core, optionally
 * fix it and write it back atomically, and return plain data (results cross the worker boundary as messages).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { qaChecks } from '../checks/qa';
import { allChecks, findCheck } from '../checks/registry';
import type { ChecksConfig } from '../checks/run';
import { PolicyResolver, type Policy } from '../config/policy';
import { lintText } from '../languageService';
import { fixText } from '../checks/fix';
import { toCliFindings, type CliFinding } from './report';

export interface FileTask {
  readonly file: string;
  /** Checks for files that no configuration file covers (the CLI has no editor settings: the defaults). */
  readonly checks: ChecksConfig | undefined;
  readonly fix: boolean;
  /** `--config`: one configuration file for every file, instead of the nearest one. */
  readonly configFile?: string;
  /** `--baseline`: the baseline for files whose configuration names none. */
  readonly baselineFile?: string;
  /** False with `--write-baseline`: the baseline is being written, so it hides nothing. */
  readonly useBaseline?: boolean;
}

const knownChecks = [...allChecks, ...qaChecks.filter(check => !allChecks.some(known => known.id === check.id))];

/** The policy resolver of this thread, for one `--config` and `--baseline`. */
let resolver: { key: string; value: PolicyResolver } | undefined;

export function policyResolver(configFile: string | undefined, baselineFile: string | undefined): PolicyResolver {
  const key = `${configFile ?? ''}\u0000${baselineFile ?? ''}`;
  if (resolver?.key !== key) {
    resolver = {
      key,
      value: new PolicyResolver({ readFile: readText }, {
        configFile, baselineFile, isKnownCheck: idOrAlias => findCheck(idOrAlias, knownChecks) !== undefined,
      }),
    };
  }
  return resolver.value;
}

function readText(file: string): string | undefined {
  // Most folders have no `.sxslint.jsonc`: asking first costs less than the exception of a failed open.
  if (!existsSync(file)) {
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The policy of a task's file: its configuration, ignores, baseline (unless written) and inline suppressions. */
export function policyOfTask(task: FileTask): Policy {
  const policy = policyResolver(task.configFile, task.baselineFile).forFile(path.resolve(task.file));
  return task.useBaseline === false && policy.baseline !== undefined ? { ...policy, baseline: undefined } : policy;
}

export interface FileResult {
  readonly file: string;
  readonly findings: CliFinding[];
  /** Fixed findings per check ID (with `--fix`), as `[code, count]` pairs. */
  readonly fixed: [string, number][];
  /** Why the file could not be checked or written, if so. */
  readonly error?: string;
  /** Whether the file was checked (false when it could not be read). */
  readonly checked: boolean;
  /** Messages about checks that failed on this file. */
  readonly warnings: string[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Thrown when the file on disk is no longer the one that was read and fixed. */
export class ChangedOnDiskError extends Error {}

/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half a file and a
 * killed process leaves the old file or the new one, never a mix. With `expected`, the write is refused when the
 * file on disk no longer holds those bytes (someone changed it while it was being fixed).
 */
export async function writeAtomically(file: string, text: string, expected?: Buffer): Promise<void> {
  // A new file gets the usual mode; an existing one keeps its own.
  const mode = await fs.stat(file).then(stat => stat.mode & 0o7777, () => 0o666);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, text, { encoding: 'utf8', mode });
    if (expected !== undefined && !(await fs.readFile(file)).equals(expected)) {
      throw new ChangedOnDiskError(`${file} changed while it was being fixed`);
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export async function lintFile(task: FileTask): Promise<FileResult> {
  const warnings: string[] = [];
  let bytes: Buffer | undefined;
  let text: string;
  try {
    // Synchronous on purpose: for many small files one blocking read is cheaper than a trip through the thread
    // pool, and nothing else waits on this thread (workers have their own). The bytes are kept only for a fix,
    // which compares them; reading straight to a string decodes the same way and costs less (about 15% of the
    // reading over the corpus).
    if (task.fix) {
      bytes = readFileSync(task.file);
      text = bytes.toString('utf8');
    } else {
      text = readFileSync(task.file, 'utf8');
    }
  } catch (error) {
    return { file: task.file, findings: [], fixed: [], checked: false, warnings, error: `cannot read ${task.file}: ${errorCode(error)}` };
  }
  // The same policy as in the editor: findings that `<!-- sxs-disable… -->` comments suppress or the baseline holds
  // are neither reported nor fixed.
  const policy = policyOfTask(task);
  const lint = (input: string, checks: ChecksConfig | undefined) => lintText(input, checks, {
    onCheckError: (check, error) => warnings.push(`check ${check.id} failed on ${task.file}: ${String(error)}`),
    // The locale of the file's repository folder (`….de-de`) when its front matter has none.
    path: path.resolve(task.file),
    policy,
  });
  if (bytes === undefined) {
    const { model, findings } = lint(text, task.checks);
    return { file: task.file, findings: toCliFindings(task.file, model, findings), fixed: [], checked: true, warnings };
  }
  const result = fixText(text, task.checks, lint);
  const findings = toCliFindings(task.file, result.model, result.findings);
  if (result.text === text) {
    return { file: task.file, findings, fixed: [], checked: true, warnings };
  }
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    // Writing would change bytes that no fix touched (the file is not valid UTF-8).
    const original = lint(text, task.checks);
    return {
      file: task.file, findings: toCliFindings(task.file, original.model, original.findings), fixed: [], checked: true, warnings,
      error: `not fixing ${task.file}: it is not valid UTF-8`,
    };
  }
  try {
    await writeAtomically(task.file, result.text, bytes);
  } catch (error) {
    const original = lint(text, task.checks);
    return {
      file: task.file, findings: toCliFindings(task.file, original.model, original.findings), fixed: [], checked: true, warnings,
      error: error instanceof ChangedOnDiskError
        ? `not fixing ${task.file}: it changed while it was being fixed; run again`
        : `cannot write ${task.file}: ${errorCode(error)}`,
    };
  }
  if (result.unstable) {
    warnings.push(`fixes in ${task.file} did not settle after several passes; run again to continue`);
  }
  return { file: task.file, findings, fixed: [...result.fixed], checked: true, warnings };
}
