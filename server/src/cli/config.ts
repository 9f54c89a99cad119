/**
 * Configuration for `sxs-lint`: the nearest `.sxslint.jsonc` above each file (or the one `--config` names),
 * loaded once per file and cached per folder. Reading files happens here; turning their text into settings is
 * the configuration module's `loadConfig`, with `extends` resolved from disk.
 *
 * Bad configuration never stops the run: each problem becomes a message naming the file and line, and the
 * defaults apply for what could not be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allChecks, findCheck } from '../checks/registry';
import { qaChecks } from '../checks/qa';
import { CONFIG_FILE_NAME, emptyConfig, formatConfigError, loadConfig, matchesAny, type ResolveExtends, type SxsLintConfig } from '../config';

export interface ResolvedConfig {
  readonly config: SxsLintConfig;
  /** The folder `ignores` globs are relative to: the configuration file's. */
  readonly folder: string;
  /** Readable problems (`file:line: message`). */
  readonly problems: readonly string[];
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const resolveExtends: ResolveExtends = (reference, fromFile) => {
  const file = path.resolve(path.dirname(fromFile), reference);
  const text = readText(file);
  return text === undefined ? undefined : { file: path.relative(process.cwd(), file) || file, text };
};

const knownChecks = [...allChecks, ...qaChecks.filter(check => !allChecks.some(known => known.id === check.id))];

function isKnownCheck(idOrAlias: string): boolean {
  return findCheck(idOrAlias, knownChecks) !== undefined;
}

/** Loads one configuration file; an unreadable file is a problem and the defaults apply. */
export function loadConfigFile(file: string): ResolvedConfig {
  const folder = path.dirname(path.resolve(file));
  const text = readText(file);
  if (text === undefined) {
    return { config: emptyConfig, folder, problems: [`${file}: cannot read the configuration file; the defaults apply.`] };
  }
  const { config, errors } = loadConfig(file, text, resolveExtends, isKnownCheck);
  return { config, folder, problems: errors.map(formatConfigError) };
}

/** True when the configuration's `ignores` take the file out of the run. */
export function isIgnoredByConfig(resolved: ResolvedConfig | undefined, file: string): boolean {
  if (resolved === undefined || resolved.config.ignores.length === 0) {
    return false;
  }
  const relative = path.relative(resolved.folder, path.resolve(file)).split(path.sep).join('/');
  return !relative.startsWith('../') && matchesAny(relative, resolved.config.ignores);
}

/** Finds and loads the configuration of each file, caching by folder. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig | undefined>();
  private readonly byFile = new Map<string, ResolvedConfig>();
  private readonly fixed: ResolvedConfig | undefined;

  /** With `configFile`, every file uses that one configuration. */
  constructor(configFile?: string) {
    this.fixed = configFile === undefined ? undefined : loadConfigFile(configFile);
  }

  /** The configuration that applies to a file, or undefined when there is none. */
  forFile(file: string): ResolvedConfig | undefined {
    return this.fixed ?? this.forFolder(path.dirname(path.resolve(file)));
  }

  /** Every configuration loaded so far, each once, in the order they were loaded. */
  loaded(): ResolvedConfig[] {
    return this.fixed ? [this.fixed] : [...this.byFile.values()];
  }

  private forFolder(folder: string): ResolvedConfig | undefined {
    if (this.byFolder.has(folder)) {
      return this.byFolder.get(folder);
    }
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let found: ResolvedConfig | undefined;
    if (existsSync(candidate)) {
      found = this.byFile.get(candidate);
      if (found === undefined) {
        found = loadConfigFile(path.relative(process.cwd(), candidate) || candidate);
        this.byFile.set(candidate, found);
      }
    } else {
      const parent = path.dirname(folder);
      found = parent === folder ? undefined : this.forFolder(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}
