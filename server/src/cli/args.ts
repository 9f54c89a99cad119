/**
 * Command-line arguments of `sxs-lint`. Pure: returns what to do or a usage error, never exits.
 */

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  readonly format: OutputFormat;
  readonly paths: readonly string[];
  readonly help: boolean;
}

export const USAGE = `Usage: sxs-lint [--format text|json] <file or folder>...

Checks side-by-side (sxs) localized markdown files. Folders are searched for *.md files.

Options:
  -f, --format text|json   output format (default: text)
  -h, --help               show this help

Exit status: 0 when no errors were found, 1 when errors were found, 2 on a usage or file problem.`;

export class UsageError extends Error {}

function toFormat(value: string | undefined): OutputFormat {
  if (value === 'text' || value === 'json') {
    return value;
  }
  throw new UsageError(value === undefined ? 'The --format option needs a value: text or json.' : `Unknown format "${value}": use text or json.`);
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let format: OutputFormat = 'text';
  let help = false;
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
    } else if (arg === '--') {
      onlyPaths = true;
    } else if (arg === '--format' || arg === '-f') {
      format = toFormat(argv[++i]);
    } else if (arg.startsWith('--format=')) {
      format = toFormat(arg.slice('--format='.length));
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else {
      throw new UsageError(`Unknown option "${arg}".`);
    }
  }
  if (!help && paths.length === 0) {
    throw new UsageError('No files or folders given.');
  }
  return { format, paths, help };
}
