/**
 * `sxs-lint --english <dir>`: after the checks, each checked file that names a hand-off (`ms.sourcegitcommit`) is
 * compared with its English through git (one `git cat-file --batch` per English repository, on the main thread:
 * the work is git's, and the blobs are shared between files), its SX901–SX904 findings join the file's, and one
 * summary line per file goes to stderr (and, with the file's result, to the formats that have a place for it). Without `--english`, only files whose `.sxslint.jsonc` has `"english"` are
 * compared; no sibling folder is guessed on the command line. Paths are taken relative to each file's git top level,
 * else the current folder. The findings follow the file's policy (severity or `off` for SX901–SX904 by ID or alias,
 * `sxs-disable` comments, the baseline), as the checks' findings do.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { englishChecks } from '../checks/registry';
import { governFindings, type Policy } from '../config/policy';
import { englishFindings, englishSummary } from '../english/findings';
import { parseSxs } from '../sxs/parser';
import { EnglishSources, type EnglishSettings } from '../workspace/englishSource';
import type { CliOptions } from './args';
import { policyOfTask, type FileResult } from './lintFile';
import { toCliFindings } from './report';

function policyOf(file: string, options: CliOptions): Policy {
  // Writing a baseline records every finding, as for the checks.
  return policyOfTask({
    file, checks: undefined, fix: false, configFile: options.config, baselineFile: options.baseline, useBaseline: options.writeBaseline === undefined,
  });
}

function englishSettingsFor(file: string, options: CliOptions, cwd: string): EnglishSettings | undefined {
  // The command line wins over the configuration.
  const configured = policyOf(file, options).english;
  if (options.english === undefined && configured === undefined) return undefined;
  return {
    repository: options.english !== undefined ? path.resolve(cwd, options.english) : configured?.repository,
    ref: options.englishRef ?? configured?.ref,
    workingTree: options.englishWorkingTree || configured?.workingTree === true,
  };
}

/** A file's result with its English summary, when it was compared (for the formats that show one). */
export type EnglishFileResult = FileResult & { readonly englishSummary?: string };

export async function addEnglishFindings(
  results: readonly FileResult[], options: CliOptions, cwd: string, say: (text: string) => void,
): Promise<EnglishFileResult[]> {
  const sources = new EnglishSources();
  try {
    const out: EnglishFileResult[] = [];
    for (const result of results) {
      const settings = result.checked ? englishSettingsFor(path.resolve(cwd, result.file), options, cwd) : undefined;
      if (settings === undefined) {
        out.push(result);
        continue;
      }
      let text: string;
      try {
        // After --fix, the file as written.
        text = readFileSync(path.resolve(cwd, result.file), 'utf8');
      } catch {
        out.push(result);
        continue;
      }
      const model = parseSxs(text);
      const outcome = await sources.compare(path.resolve(cwd, result.file), text, model, settings, cwd);
      const summary = englishSummary(outcome);
      if (summary !== undefined) say(`${result.file}: ${summary}`);
      // Under the file's policy, as the checks' findings are: severity or off per code, suppressions, the baseline.
      const governed = governFindings(model, englishFindings(model, outcome), policyOf(path.resolve(cwd, result.file), options), undefined, englishChecks);
      const extra = toCliFindings(result.file, model, governed);
      const withSummary = summary === undefined ? result : { ...result, englishSummary: summary };
      if (extra.length === 0) {
        out.push(withSummary);
        continue;
      }
      const findings = [...result.findings, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
      out.push({ ...withSummary, findings });
    }
    return out;
  } finally {
    sources.dispose();
  }
}
