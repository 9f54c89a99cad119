/**
 * What `sxs-lint` does, with its output streams passed in (so tests can call it): find the files, configure and
 * lint each with the same core as the language server (on worker threads for large trees), fix, filter by a
 * baseline, print in the chosen format, and answer the exit status: 0 when no errors, 1 when errors (or more
 * warnings than `--max-warnings`), 2 on a usage problem or when nothing could be checked.
 */
import { promises as fs, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { formatConfigError, readBaseline, writeBaseline, type Baseline } from '../config';
import { findFiles } from './files';
import { lintFile, policyOfTask, writeAtomically, type FileResult, type FileTask } from './lintFile';
import { githubChunks, jsonChunks, junitChunks, sarifChunks, textChunks, type CheckedFile, type Chunks, type CliFinding } from './report';
import { packageVersion } from './version';
import { PARALLEL_BYTES, PARALLEL_THRESHOLD, lintInWorkers } from './workers';
import { addEnglishFindings } from './english';

export interface CliIo {
  /** Writes to stdout; a returned promise asks the caller to wait before writing more (the reader is behind). */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal: only then is there a progress line. */
  readonly stderrIsTty?: boolean;
  /** The folder relative paths start from; the process's by default. */
  readonly cwd?: string;
  /** What `--version` prints; by default the version in the package.json of the running code. */
  readonly version?: string;
}

/**
 * Worker threads for the run: as asked, or with `auto` by the size of the work. A worker costs its start-up (loading
 * the bundle, and running cold code until it is compiled) before it checks anything, so it pays only for trees that
 * take the main thread longer than that: one per core but the main thread's, and at most one per `PARALLEL_BYTES`.
 */
function workerCount(options: CliOptions, tasks: readonly FileTask[]): number {
  if (options.concurrency !== 'auto') {
    return options.concurrency;
  }
  let bytes = 0;
  for (const task of tasks) {
    try {
      bytes += statSync(task.file).size;
    } catch {
      // Not readable: the check reports it.
    }
  }
  // On two cores one worker never paid in a quiet run (`npm run bench`: the corpus, 13 MB, 4.2 s with one worker
  // against 3.4 s without; a 44 MB tree of 2,000 files, 6.9 s against 6.5 s): the main thread reading files and
  // writing the report and the worker share the same two cores. So `auto` starts workers only from three cores.
  const cores = availableParallelism();
  return cores < 3 ? 0 : Math.min(cores - 1, Math.floor(bytes / PARALLEL_BYTES));
}

function format(options: CliOptions, files: readonly CheckedFile[], cwd: string): Chunks {
  switch (options.format) {
    case 'json':
      return jsonChunks(files);
    case 'sarif':
      return sarifChunks(files, cwd);
    case 'junit':
      return junitChunks(files);
    case 'github':
      return githubChunks(files);
    case 'text':
      return textChunks(files);
  }
}

/**
 * Writes the report in pieces of about a megabyte: never all of it as one string, never a write per finding, and
 * waiting whenever the writer asks to, so a slow reader never has the whole report queued in memory.
 */
async function writeChunks(chunks: Chunks, write: CliIo['stdout']): Promise<void> {
  const limit = 1 << 20;
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= limit) {
      await write(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (size > 0) {
    await write(pending.join(''));
  }
}

/** Baseline entries name files relative to the baseline's folder, with `/`. */
function baselineKey(baselineFile: string, finding: CliFinding): { file: string; unitId: string; code: string } {
  const file = path.relative(path.dirname(path.resolve(baselineFile)), path.resolve(finding.file)).split(path.sep).join('/');
  return { file, unitId: finding.unitId ?? '', code: finding.code };
}

async function loadBaseline(file: string, say: (text: string) => void): Promise<Baseline> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { baseline, errors } = readBaseline(file, text);
  if (errors.length > 0 && baseline.size === 0) {
    throw new UsageError(`${file} is not a usable baseline: ${errors.map(error => error.message).join(' ')}`);
  }
  for (const error of errors) {
    say(`${file}: ${error.message}`);
  }
  return baseline;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (text: string): void => io.stderr(`sxs-lint: ${text}\n`);
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sxs-lint: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    await io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    const version = io.version ?? packageVersion();
    if (version === undefined) {
      say('cannot find the package.json that holds the version.');
      return 2;
    }
    await io.stdout(`${version}\n`);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  try {
    // A baseline named on the command line must be usable; the policy applies it file by file.
    if (options.baseline !== undefined) await loadBaseline(options.baseline, say);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    return 2;
  }

  const { files, problems } = await findFiles(options.paths);
  for (const problem of problems) {
    say(problem);
  }
  if (files.length === 0) {
    say('nothing to check.');
    return 2;
  }

  // The policy of each file (configuration, ignores, baseline), as the editor applies it; each problem in a
  // configuration or baseline file is said once.
  const tasks: FileTask[] = [];
  const said = new Set<string>();
  for (const file of files) {
    const task: FileTask = {
      file, checks: undefined, fix: options.fix, configFile: options.config, baselineFile: options.baseline,
      useBaseline: options.writeBaseline === undefined,
    };
    const policy = policyOfTask(task);
    for (const problem of policy.problems) {
      const text = formatConfigError({ ...problem, file: path.relative(cwd, problem.file) || problem.file });
      if (!said.has(text)) {
        said.add(text);
        say(text);
      }
    }
    if (!policy.ignored) {
      tasks.push(task);
    }
  }
  if (tasks.length === 0) {
    say('every file found is ignored by the configuration; nothing to check.');
    return 2;
  }

  const progress = io.stderrIsTty === true && tasks.length > PARALLEL_THRESHOLD
    ? (done: number) => io.stderr(`\rsxs-lint: ${done}/${tasks.length} files checked`)
    : undefined;
  const workers = workerCount(options, tasks);
  let results: FileResult[];
  if (workers > 0) {
    results = await lintInWorkers(tasks, workers, progress);
  } else {
    results = [];
    for (const task of tasks) {
      results.push(await lintFile(task));
      progress?.(results.length);
    }
  }
  if (progress) {
    io.stderr('\r\x1b[K');
  }

  // Units whose English changed since the hand-off, with --english or a configuration's "english" (needs git).
  const compared = await addEnglishFindings(results, options, cwd, say);

  const checked: CheckedFile[] = [];
  const all: CliFinding[] = [];
  let fixedCount = 0;
  let fixedFiles = 0;
  for (const result of compared) {
    for (const warning of result.warnings) {
      say(warning);
    }
    if (result.error !== undefined) {
      say(result.error);
    }
    if (!result.checked) {
      continue;
    }
    if (result.fixed.length > 0) {
      const count = result.fixed.reduce((sum, [, n]) => sum + n, 0);
      fixedCount += count;
      fixedFiles++;
      say(`fixed ${result.fixed.map(([code, n]) => `${n} × ${code}`).join(', ')} in ${result.file}`);
    }
    checked.push({ file: result.file, findings: result.findings, ...(result.englishSummary === undefined ? {} : { englishSummary: result.englishSummary }) });
    // One by one: spreading a file's findings into push() overflows the stack when there are hundreds of thousands.
    for (const finding of result.findings) {
      all.push(finding);
    }
  }
  if (checked.length === 0) {
    say('no file could be checked.');
    return 2;
  }
  if (options.fix) {
    say(fixedCount === 0 ? 'nothing to fix.' : `fixed ${fixedCount} problem${fixedCount === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.`);
  }

  if (options.writeBaseline !== undefined) {
    const target = options.writeBaseline;
    try {
      await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
      await writeAtomically(target, writeBaseline(all.map(finding => baselineKey(target, finding))));
    } catch (error) {
      say(`cannot write the baseline ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return 2;
    }
    say(`wrote ${all.length} finding${all.length === 1 ? '' : 's'} to the baseline ${target}.`);
  }

  await writeChunks(format(options, checked, cwd), io.stdout);
  const errors = all.filter(finding => finding.severity === 'error').length;
  const warnings = all.filter(finding => finding.severity === 'warning').length;
  if (errors > 0) {
    return 1;
  }
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    say(`${warnings} warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${options.maxWarnings}.`);
    return 1;
  }
  return 0;
}
