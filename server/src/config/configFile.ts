/**
 * `.sxslint.jsonc`: which checks run, at what severity and with which options; files to ignore; `extends` to share a
 * base configuration. Pure: the caller reads files and passes their text, and resolves `extends` through a callback.
 * A bad file yields errors naming the file and line; what could not be read falls back to the defaults.
 *
 * ```jsonc
 * {
 *   "extends": "../shared.sxslint.jsonc",
 *   "checks": { "SX302": "info", "end-punctuation": "off", "SX303": { "severity": "warning", "ignoreLocalePath": false } },
 *   "ignores": ["**\/TOC.md", "includes/**"]
 * }
 * ```
 */
import type { CheckSetting, ChecksConfig } from '../checks/run';
import { lineOfKey, parseJsonc } from './jsonc';

export const CONFIG_FILE_NAME = '.sxslint.jsonc';

export interface ConfigError {
  readonly file: string;
  /** 1-based; 0 when the error is about the file as a whole. */
  readonly line: number;
  readonly message: string;
}

export interface SxsLintConfig {
  readonly checks: ChecksConfig;
  readonly ignores: readonly string[];
  /**
   * The baseline file this configuration names, as written (relative to the configuration file's folder). Only the
   * file's own setting: a base's `baseline` is not inherited through `extends`.
   */
  readonly baseline?: string;
  /**
   * The English repository to compare hand-offs with (`"english": "../docs.example"` or
   * `{ "repository": …, "ref": "live", "workingTree": false }`), the path as written (relative to the configuration
   * file's folder). Only the file's own setting, like `baseline`.
   */
  readonly english?: EnglishConfig;
}

export interface EnglishConfig {
  readonly repository?: string;
  readonly ref?: string;
  readonly workingTree?: boolean;
}

export interface LoadedConfig {
  readonly config: SxsLintConfig;
  readonly errors: readonly ConfigError[];
}

/** Reads the file an `extends` entry names, relative to the file that names it; undefined when it does not exist. */
export type ResolveExtends = (reference: string, fromFile: string) => { readonly file: string; readonly text: string } | undefined;

const SEVERITIES = new Set(['error', 'warning', 'info', 'information', 'off']);
const KNOWN_KEYS = new Set(['$schema', 'extends', 'checks', 'ignores', 'baseline', 'english']);

export const emptyConfig: SxsLintConfig = { checks: {}, ignores: [] };

/**
 * Loads a configuration file and everything it extends (later files win: the file's own settings override its bases).
 * `isKnownCheck` lets the caller flag keys that name no check (by ID or alias).
 */
export function loadConfig(
  file: string,
  text: string,
  resolveExtends?: ResolveExtends,
  isKnownCheck?: (idOrAlias: string) => boolean,
): LoadedConfig {
  const errors: ConfigError[] = [];
  const config = loadOne(file, text, resolveExtends, isKnownCheck, errors, new Set());
  return { config, errors };
}

function loadOne(
  file: string,
  text: string,
  resolveExtends: ResolveExtends | undefined,
  isKnownCheck: ((idOrAlias: string) => boolean) | undefined,
  errors: ConfigError[],
  visiting: Set<string>,
): SxsLintConfig {
  const parsed = parseJsonc(text);
  if (parsed.error) {
    errors.push({ file, line: parsed.error.line, message: `${parsed.error.message} (column ${parsed.error.column}); using the defaults for this file.` });
    return emptyConfig;
  }
  const root = parsed.value;
  const tree = parsed.tree;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    errors.push({ file, line: 1, message: 'The configuration must be a JSON object.' });
    return emptyConfig;
  }
  const obj = root as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) errors.push({ file, line: lineOfKey(tree, [key]), message: `Unknown setting "${key}" (expected extends, checks, ignores, baseline or english).` });
  }

  let checks: Record<string, CheckSetting> = {};
  let ignores: string[] = [];
  visiting.add(file);
  const bases = obj.extends === undefined ? [] : Array.isArray(obj.extends) ? obj.extends : [obj.extends];
  for (const [index, base] of bases.entries()) {
    const line = (Array.isArray(obj.extends) ? lineOfKey(tree, ['extends', index]) : 0) || lineOfKey(tree, ['extends']);
    if (typeof base !== 'string') {
      errors.push({ file, line, message: '"extends" must be a path or a list of paths.' });
      continue;
    }
    const resolved = resolveExtends?.(base, file);
    if (!resolved) {
      errors.push({ file, line, message: `Cannot find the configuration "${base}" named in "extends".` });
      continue;
    }
    if (visiting.has(resolved.file)) {
      errors.push({ file, line, message: `"extends" makes a cycle through ${resolved.file}.` });
      continue;
    }
    const inherited = loadOne(resolved.file, resolved.text, resolveExtends, isKnownCheck, errors, visiting);
    checks = { ...checks, ...inherited.checks };
    ignores = [...ignores, ...inherited.ignores];
  }
  visiting.delete(file);

  if (obj.checks !== undefined) {
    if (obj.checks === null || typeof obj.checks !== 'object' || Array.isArray(obj.checks)) {
      errors.push({ file, line: lineOfKey(tree, ['checks']), message: '"checks" must be an object keyed by check ID or alias.' });
    } else {
      for (const [key, setting] of Object.entries(obj.checks as Record<string, unknown>)) {
        const line = lineOfKey(tree, ['checks', key]);
        if (isKnownCheck && !isKnownCheck(key)) {
          errors.push({ file, line, message: `"${key}" is not a check ID or alias.` });
          continue;
        }
        if (typeof setting === 'boolean') {
          checks[key] = setting ? {} : 'off';
        } else if (typeof setting === 'string') {
          if (!SEVERITIES.has(setting.toLowerCase())) {
            errors.push({ file, line, message: `"${setting}" is not a severity (error, warning, info, off).` });
            continue;
          }
          checks[key] = setting.toLowerCase() as CheckSetting;
        } else if (setting !== null && typeof setting === 'object' && !Array.isArray(setting)) {
          const severity = (setting as Record<string, unknown>).severity;
          if (severity !== undefined && (typeof severity !== 'string' || !SEVERITIES.has(severity.toLowerCase()))) {
            errors.push({ file, line, message: `The severity of "${key}" must be error, warning, info or off.` });
            continue;
          }
          checks[key] = setting as CheckSetting;
        } else {
          errors.push({ file, line, message: `The setting of "${key}" must be a severity, true/false, or an object.` });
        }
      }
    }
  }
  if (obj.ignores !== undefined) {
    if (!Array.isArray(obj.ignores) || obj.ignores.some(g => typeof g !== 'string')) {
      errors.push({ file, line: lineOfKey(tree, ['ignores']), message: '"ignores" must be a list of glob patterns.' });
    } else {
      ignores = [...ignores, ...(obj.ignores as string[])];
    }
  }
  const english = readEnglish(obj.english, message => errors.push({ file, line: lineOfKey(tree, ['english']), message }));
  const withEnglish = english === undefined ? {} : { english };
  if (obj.baseline !== undefined && (typeof obj.baseline !== 'string' || obj.baseline.trim() === '')) {
    errors.push({ file, line: lineOfKey(tree, ['baseline']), message: '"baseline" must be the path of a baseline file, relative to this configuration file.' });
  } else if (typeof obj.baseline === 'string') {
    return { checks, ignores, baseline: obj.baseline, ...withEnglish };
  }
  return { checks, ignores, ...withEnglish };
}

/** `"english"`: a path, or `{ repository?, ref?, workingTree? }`; anything else is an error and ignored. */
function readEnglish(value: unknown, error: (message: string) => void): EnglishConfig | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return { repository: value.trim() };
  const record = value as Record<string, unknown> | null;
  if (record !== null && typeof record === 'object' && !Array.isArray(record)
    && Object.keys(record).every(key => ['repository', 'ref', 'workingTree'].includes(key))
    && (record.repository === undefined || (typeof record.repository === 'string' && record.repository.trim() !== ''))
    && (record.ref === undefined || (typeof record.ref === 'string' && record.ref.trim() !== '' && !record.ref.startsWith('-')))
    && (record.workingTree === undefined || typeof record.workingTree === 'boolean')) {
    return {
      ...(typeof record.repository === 'string' ? { repository: record.repository.trim() } : {}),
      ...(typeof record.ref === 'string' ? { ref: record.ref.trim() } : {}),
      ...(typeof record.workingTree === 'boolean' ? { workingTree: record.workingTree } : {}),
    };
  }
  error('"english" must be the path of the English repository, or { "repository": path, "ref": "live", "workingTree": false }.');
  return undefined;
}

/** Formats an error for output: `file:line: message`. */
export function formatConfigError(error: ConfigError): string {
  return `${error.file}${error.line ? ':' + error.line : ''}: ${error.message}`;
}
