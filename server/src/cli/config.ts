/**
 * Configuration for `sxs-lint`: the nearest `.sxslint.jsonc` above each file (or the one `--config` names),
 * loaded once per file and folder. Reading files happens here; turning their text into check settings is
 * `parseConfigText`, which takes the file name for messages and a callback for `extends`.
 *
 * Bad configuration never stops the run: each problem becomes a message naming the file and line, and the
 * defaults apply for what could not be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ChecksConfig } from '../checks/run';
import { toSettings } from '../languageFeatures/settings';

export const CONFIG_FILE_NAME = '.sxslint.jsonc';

export interface ConfigProblem {
  readonly file: string;
  /** 1-based, when known. */
  readonly line: number | undefined;
  readonly message: string;
}

export interface LoadedConfig {
  readonly checks: ChecksConfig;
  readonly problems: readonly ConfigProblem[];
}

/** Reads the text of a file that `extends` names, relative to the file that names it; undefined when unreadable. */
export type ReadExtends = (reference: string, fromFile: string) => { file: string; text: string } | undefined;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
    }
  }
  return line;
}

/** JSON with comments and trailing commas to plain JSON of the same length (offsets keep their lines). */
function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') {
        j += text[j] === '\\' ? 2 : 1;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === ',') {
      // A comma before `}` or `]` (past blanks and comments, already blanked) is dropped.
      const rest = /^,(\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*[}\]]/.exec(text.slice(i));
      out += rest ? ' ' : ',';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Turns the text of a `.sxslint.jsonc` into check settings: `{ "extends": "…" | […], "checks": { "SX101": "error", … } }`.
 * `extends` files load first; the file's own settings win.
 */
export function parseConfigText(text: string, file: string, readExtends: ReadExtends, seen: ReadonlySet<string> = new Set()): LoadedConfig {
  const problems: ConfigProblem[] = [];
  let value: unknown;
  const plain = stripJsonc(text.replace(/^\uFEFF/, ''));
  try {
    value = JSON.parse(plain);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    problems.push({ file, line: at ? lineOf(plain, Number(at[1])) : undefined, message: `not valid JSON with comments: ${message}` });
    return { checks: {}, problems };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ file, line: 1, message: 'the configuration must be an object' });
    return { checks: {}, problems };
  }
  const record = value as Record<string, unknown>;
  const lineOfKey = (key: string): number | undefined => {
    const at = plain.indexOf(`"${key}"`);
    return at < 0 ? undefined : lineOf(plain, at);
  };
  let checks: Record<string, unknown> = {};
  const references = typeof record.extends === 'string' ? [record.extends] : Array.isArray(record.extends) ? record.extends : [];
  if (record.extends !== undefined && references.length === 0) {
    problems.push({ file, line: lineOfKey('extends'), message: '"extends" must be a file name or a list of them' });
  }
  for (const reference of references) {
    if (typeof reference !== 'string') {
      problems.push({ file, line: lineOfKey('extends'), message: '"extends" must be a file name or a list of them' });
      continue;
    }
    const loaded = readExtends(reference, file);
    if (loaded === undefined) {
      problems.push({ file, line: lineOfKey('extends'), message: `cannot read "${reference}" named in "extends"` });
      continue;
    }
    if (seen.has(loaded.file) || loaded.file === file) {
      problems.push({ file, line: lineOfKey('extends'), message: `"extends" loops back to ${loaded.file}` });
      continue;
    }
    const base = parseConfigText(loaded.text, loaded.file, readExtends, new Set(seen).add(file));
    problems.push(...base.problems);
    checks = { ...checks, ...base.checks };
  }
  if (record.checks !== undefined && (typeof record.checks !== 'object' || record.checks === null || Array.isArray(record.checks))) {
    problems.push({ file, line: lineOfKey('checks'), message: '"checks" must be an object of check IDs or aliases to severities' });
  } else if (record.checks !== undefined) {
    checks = { ...checks, ...toSettings({ checks: record.checks }).checks };
  }
  return { checks: checks as ChecksConfig, problems };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const readExtendsFromDisk: ReadExtends = (reference, fromFile) => {
  const file = path.resolve(path.dirname(fromFile), reference);
  const text = readText(file);
  return text === undefined ? undefined : { file, text };
};

/** Loads a configuration file; an unreadable file is a problem and the defaults apply. */
export function loadConfigFile(file: string): LoadedConfig {
  const absolute = path.resolve(file);
  const text = readText(absolute);
  if (text === undefined) {
    return { checks: {}, problems: [{ file, line: undefined, message: 'cannot read the configuration file' }] };
  }
  return parseConfigText(text, file, readExtendsFromDisk);
}

/** Finds and loads the configuration of each file, caching by folder. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly fixed: LoadedConfig | undefined;

  /** With `configFile`, every file uses that one configuration. */
  constructor(configFile?: string) {
    this.fixed = configFile === undefined ? undefined : loadConfigFile(configFile);
  }

  /** The configuration that applies to a file (undefined settings when there is none). */
  forFile(file: string): LoadedConfig | undefined {
    return this.fixed ?? this.forFolder(path.dirname(path.resolve(file)));
  }

  /** Every configuration loaded so far, each once, in the order they were loaded. */
  loaded(): LoadedConfig[] {
    return this.fixed ? [this.fixed] : [...this.byFile.values()];
  }

  private forFolder(folder: string): LoadedConfig | undefined {
    if (this.byFolder.has(folder)) {
      return this.byFolder.get(folder);
    }
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let found: LoadedConfig | undefined;
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
