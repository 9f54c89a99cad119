/**
 * Command-line arguments of `sxs-lint`. Pure: returns what to do or a usage error, never exits.
 */

export type OutputFormat = 'text' | 'json' | 'sarif' | 'junit' | 'github';

export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'sarif', 'junit', 'github'];

export interface CliOptions {
  readonly format: OutputFormat;
  /** Files, folders and glob patterns, as given. */
  readonly paths: readonly string[];
  readonly help: boolean;
  /** Print the version and exit. */
  readonly version: boolean;
  /** A configuration file that replaces the discovered `.sxslint.jsonc` files. */
  readonly config: string | undefined;
  /** Apply the preferred fix of each finding and write the files back. */
  readonly fix: boolean;
  /** A baseline whose findings are not reported. */
  readonly baseline: string | undefined;
  /** Write the findings to this baseline file. */
  readonly writeBaseline: string | undefined;
  /** Exit 1 when there are more warnings than this (eslint's `--max-warnings`); -1 means no limit. */
  readonly maxWarnings: number;
  /** Worker threads: a number (0 = lint on the main thread) or `auto` (several cores on large trees). */
  readonly concurrency: number | 'auto';
  /** `--english <dir>`: the English repository to compare hand-offs with (SX901–SX904). */
  readonly english: string | undefined;
  /** `--english-ref <ref>`: the English ref to compare with (HEAD by default). */
  readonly englishRef: string | undefined;
  /** `--english-working-tree`: compare with the English working tree instead of a ref. */
  readonly englishWorkingTree: boolean;
}

export const USAGE = `Usage: sxs-lint [options] <file, folder or glob>...

Checks side-by-side (sxs) localized markdown files. Folders are searched for *.md files; .gitignore files are
respected. Globs understand *, **, ?, [abc] and {a,b} (quote them so the shell leaves them alone).
Configuration comes from the nearest .sxslint.jsonc above each file, or from --config.
Options take their value as the next argument or after "=" (--format=json).

Options:
  -f, --format <name>        output format: text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML)
                             or github (GitHub Actions annotations)
  -c, --config <file>        use this configuration file instead of the discovered ones
      --fix                  apply the certain fixes and write the changed files back
      --baseline <file>      do not report the findings recorded in this baseline
      --write-baseline <file>
                             record the current findings in a baseline file
      --max-warnings <n>     exit 1 when there are more than n warnings (default: no limit)
      --concurrency <n|auto> worker threads for large trees (0 or off = none; default: auto)
      --english <dir>        the English repository: report units whose English changed since the hand-off
                             (ms.sourcegitcommit) as SX901-SX904, with a summary per file on stderr
      --english-ref <ref>    the English ref to compare with (default: HEAD)
      --english-working-tree compare with the English working tree instead of a ref
  -h, --help                 show this help and exit
  -v, --version              print the version and exit
  --                         treat every later argument as a file, folder or glob

Rules: https://github.com/sxs-tools/sxs/blob/main/docs/rules.md

Exit status:
  0  no errors were found (warnings and information do not count, unless --max-warnings is exceeded)
  1  errors were found, or more warnings than --max-warnings
  2  a usage problem, nothing could be checked, a baseline could not be read or written,
     or an internal failure`;

export class UsageError extends Error {}

function toFormat(value: string | undefined): OutputFormat {
  if (value !== undefined && (outputFormats as readonly string[]).includes(value)) {
    return value as OutputFormat;
  }
  const choices = outputFormats.join(', ');
  throw new UsageError(value === undefined ? `The --format option needs a value: ${choices}.` : `Unknown format "${value}": use ${choices}.`);
}

function toCount(option: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) {
    throw new UsageError(`The ${option} option needs a whole number${value === undefined ? '' : `, not "${value}"`}.`);
  }
  return Number(value);
}

function toConcurrency(value: string | undefined): number | 'auto' {
  if (value === 'auto') {
    return value;
  }
  if (value === 'off') {
    return 0;
  }
  return toCount('--concurrency', value);
}

function needValue(option: string, value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new UsageError(`The ${option} option needs a file name.`);
  }
  return value;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let format: OutputFormat = 'text';
  let help = false;
  let version = false;
  let config: string | undefined;
  let fix = false;
  let baseline: string | undefined;
  let writeBaseline: string | undefined;
  let maxWarnings = -1;
  let concurrency: number | 'auto' = 'auto';
  let english: string | undefined;
  let englishRef: string | undefined;
  let englishWorkingTree = false;
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    // `--name=value` and `--name value` are the same.
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const value = (): string | undefined => (equals > 0 ? arg.slice(equals + 1) : argv[++i]);
    switch (name) {
      case '--format':
      case '-f':
        format = toFormat(value());
        break;
      case '--config':
      case '-c':
        config = needValue('--config', value());
        break;
      case '--fix':
        fix = true;
        break;
      case '--baseline':
        baseline = needValue('--baseline', value());
        break;
      case '--write-baseline':
        writeBaseline = needValue('--write-baseline', value());
        break;
      case '--max-warnings':
        maxWarnings = toCount('--max-warnings', value());
        break;
      case '--concurrency':
        concurrency = toConcurrency(value());
        break;
      case '--english':
        english = needValue('--english', value());
        break;
      case '--english-ref': {
        const ref = value();
        if (ref === undefined || ref === '' || ref.startsWith('-')) throw new UsageError('The --english-ref option needs a ref (a branch, tag or commit).');
        englishRef = ref;
        break;
      }
      case '--english-working-tree':
        englishWorkingTree = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--version':
      case '-v':
        version = true;
        break;
      default:
        throw new UsageError(`Unknown option "${arg}".`);
    }
  }
  if (!help && !version && paths.length === 0) {
    throw new UsageError('No files or folders given.');
  }
  return { format, paths, help, version, config, fix, baseline, writeBaseline, maxWarnings, concurrency, english, englishRef, englishWorkingTree };
}
