/**
 * What `sxs-lint` does, with its output streams passed in (so tests can call it): find the files, lint each with
 * the same core as the language server, print the findings, and answer the exit status: 0 when no errors,
 * 1 when errors, 2 on a usage or I/O problem.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../languageService';
import { USAGE, UsageError, parseArgs } from './args';
import { formatJson, formatText, toCliFindings, type CliFinding } from './report';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The markdown files under a folder, recursively, in a stable order. */
async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) {
        files.push(...await markdownFiles(full));
      }
    } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options;
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
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let ioProblem = false;
  const files: string[] = [];
  for (const given of options.paths) {
    try {
      const stat = await fs.stat(given);
      files.push(...(stat.isDirectory() ? await markdownFiles(given) : [given]));
    } catch (error) {
      io.stderr(`sxs-lint: cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      ioProblem = true;
    }
  }
  const all: CliFinding[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      io.stderr(`sxs-lint: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      ioProblem = true;
      continue;
    }
    const { model, findings } = lintText(text, undefined, {
      onCheckError: (check, error) => io.stderr(`sxs-lint: check ${check.id} failed on ${file}: ${String(error)}\n`),
    });
    all.push(...toCliFindings(file, model, findings));
  }
  io.stdout(options.format === 'json' ? formatJson(all) : formatText(all));
  if (ioProblem) {
    return 2;
  }
  return all.some(finding => finding.severity === 'error') ? 1 : 0;
}
