/**
 * The policy that applies to one file, the same in the editor, in "Check Workspace", in any other editor through the
 * language server, and in `sxs-lint`: the nearest `.sxslint.jsonc` above the file (with its `extends`), else the
 * editor's settings; whether the configuration's `ignores` take the file out; the baseline the configuration names
 * (`"baseline"`, relative to the configuration file) or the caller gives; and the inline `sxs-disable` comments.
 *
 * Pure: files are read through a `PolicyHost` the caller supplies (the CLI and the server read the disk; tests pass
 * a map), and what was read is cached until `invalidate` says a file changed.
 */
import * as path from 'node:path';
import { resolveChecks, type ChecksConfig, type RunFinding } from '../checks/run';
import type { Check } from '../checks/types';
import type { SxsDocument } from '../sxs/types';
import { positionAt } from '../sxs/lineIndex';
import { readBaseline, type Baseline } from './baseline';
import { CONFIG_FILE_NAME, loadConfig, type ConfigError, type SxsLintConfig } from './configFile';
import { matchesAny } from './glob';
import { parseSuppressions } from './suppressions';

/** How the policy reads files: the text of a file by absolute path, or undefined when there is none. */
export interface PolicyHost {
  readFile(file: string): string | undefined;
}

export interface Policy {
  /** The file the policy is for (absolute), when it is a file; baseline entries name it relative to the baseline. */
  readonly file: string | undefined;
  /** The configuration file that applies (absolute), if any. */
  readonly configFile: string | undefined;
  /** The checks of the configuration file; undefined when there is none (the editor's settings apply). */
  readonly checks: ChecksConfig | undefined;
  /** True when the configuration's `ignores` take the file out: nothing is reported for it. */
  readonly ignored: boolean;
  /** The baseline file that applies (absolute; it may not exist yet), and its entries (undefined when it does not). */
  readonly baselineFile: string | undefined;
  readonly baseline: Baseline | undefined;
  /**
   * The configuration's `"english"`: the English repository (absolute), ref and working-tree choice to compare
   * hand-offs with; undefined when the configuration names none (the editor's settings, a sibling folder, or none).
   */
  readonly english?: { readonly repository?: string; readonly ref?: string; readonly workingTree?: boolean };
  /** Problems in the configuration and baseline files (each names its file and line). */
  readonly problems: readonly ConfigError[];
}

/** The policy of a file with no configuration: the editor's settings, nothing ignored, no baseline. */
export const defaultPolicy: Policy = {
  file: undefined, configFile: undefined, checks: undefined, ignored: false, baselineFile: undefined, baseline: undefined, problems: [],
};

interface LoadedFile {
  readonly file: string;
  readonly config: SxsLintConfig;
  readonly baselineReference: string | undefined;
  readonly errors: readonly ConfigError[];
  /** Every file this configuration read (itself and what it extends), for invalidation. */
  readonly read: readonly string[];
}

export interface PolicyResolverOptions {
  /** One configuration file for every file (`sxs-lint --config`), instead of the nearest one. */
  readonly configFile?: string;
  /** The baseline to use when the configuration names none (`sxs-lint --baseline`, the `sxs.baseline` setting). */
  readonly baselineFile?: string;
  /** Known check IDs and aliases, so a configuration naming another one gets an error. */
  readonly isKnownCheck?: (idOrAlias: string) => boolean;
}

/** Finds and caches the policy of files. One resolver serves a whole run (CLI) or the server's lifetime. */
export class PolicyResolver {
  private readonly configs = new Map<string, LoadedFile | undefined>();
  private readonly folders = new Map<string, string | undefined>();
  private readonly baselines = new Map<string, { baseline: Baseline; errors: readonly ConfigError[] } | undefined>();
  /** Policies handed out, by file and fallback baseline: the same object until something is invalidated. */
  private readonly policies = new Map<string, Policy>();

  constructor(private readonly host: PolicyHost, private readonly options: PolicyResolverOptions = {}) {}

  /** The policy of the file at an absolute path. `baselineFile` overrides the resolver's fallback baseline. */
  forFile(file: string, baselineFile: string | undefined = this.options.baselineFile): Policy {
    const key = `${file}\u0000${baselineFile ?? ''}`;
    let policy = this.policies.get(key);
    if (policy === undefined) {
      policy = this.resolve(path.resolve(file), baselineFile === undefined ? undefined : path.resolve(baselineFile));
      this.policies.set(key, policy);
    }
    return policy;
  }

  private resolve(file: string, baselineFile: string | undefined): Policy {
    const configFile = this.options.configFile !== undefined ? path.resolve(this.options.configFile) : this.nearestConfig(path.dirname(file));
    const loaded = configFile === undefined ? undefined : this.load(configFile);
    const problems: ConfigError[] = [...loaded?.errors ?? []];
    if (configFile !== undefined && loaded === undefined) {
      problems.push({ file: configFile, line: 0, message: 'cannot read the configuration file; the defaults apply.' });
    }
    let ignored = false;
    if (loaded !== undefined && loaded.config.ignores.length > 0) {
      const relative = path.relative(path.dirname(loaded.file), file).split(path.sep).join('/');
      ignored = !relative.startsWith('../') && matchesAny(relative, loaded.config.ignores);
    }
    const named = loaded?.baselineReference !== undefined ? path.resolve(path.dirname(loaded.file), loaded.baselineReference) : baselineFile;
    // A baseline that does not exist yet hides nothing; "Add this finding to the baseline" creates it.
    const read = named === undefined ? undefined : this.loadBaseline(named);
    if (read !== undefined) problems.push(...read.errors);
    return {
      file,
      configFile,
      checks: loaded?.config.checks,
      ignored,
      baselineFile: named,
      baseline: read?.baseline,
      ...(loaded?.config.english === undefined ? {} : {
        english: {
          ...loaded.config.english,
          repository: loaded.config.english.repository === undefined ? undefined : path.resolve(path.dirname(loaded.file), loaded.config.english.repository),
        },
      }),
      problems,
    };
  }

  /** Every configuration and baseline file read so far (absolute). */
  filesRead(): string[] {
    const files = new Set<string>();
    for (const loaded of this.configs.values()) for (const file of loaded?.read ?? []) files.add(file);
    for (const file of this.baselines.keys()) files.add(file);
    return [...files];
  }

  /**
   * Forgets what was read: everything, or what depends on one file that was created, changed or deleted. A new or
   * deleted `.sxslint.jsonc` changes which configuration folders find, so it clears the folder lookups too.
   */
  invalidate(file?: string): void {
    this.policies.clear();
    if (file === undefined || path.basename(file) === CONFIG_FILE_NAME) {
      this.folders.clear();
    }
    if (file === undefined) {
      this.configs.clear();
      this.baselines.clear();
      return;
    }
    const changed = path.resolve(file);
    for (const [key, loaded] of this.configs) {
      if (key === changed || loaded?.read.includes(changed)) this.configs.delete(key);
    }
    this.baselines.delete(changed);
  }

  private nearestConfig(folder: string): string | undefined {
    if (this.folders.has(folder)) return this.folders.get(folder);
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let found: string | undefined;
    if (this.host.readFile(candidate) !== undefined) {
      found = candidate;
    } else {
      const parent = path.dirname(folder);
      found = parent === folder ? undefined : this.nearestConfig(parent);
    }
    this.folders.set(folder, found);
    return found;
  }

  private load(file: string): LoadedFile | undefined {
    if (this.configs.has(file)) return this.configs.get(file);
    const text = this.host.readFile(file);
    let loaded: LoadedFile | undefined;
    if (text !== undefined) {
      const read = [file];
      const { config, errors } = loadConfig(file, text, (reference, fromFile) => {
        const base = path.resolve(path.dirname(fromFile), reference);
        read.push(base);
        const baseText = this.host.readFile(base);
        return baseText === undefined ? undefined : { file: base, text: baseText };
      }, this.options.isKnownCheck);
      loaded = { file, config, baselineReference: baselineReference(config), errors, read };
    }
    this.configs.set(file, loaded);
    return loaded;
  }

  private loadBaseline(file: string): { baseline: Baseline; errors: readonly ConfigError[] } | undefined {
    if (this.baselines.has(file)) return this.baselines.get(file);
    const text = this.host.readFile(file);
    const read = text === undefined ? undefined : readBaseline(file, text);
    this.baselines.set(file, read);
    return read;
  }
}

/** The `"baseline"` of a configuration, if it names one. */
function baselineReference(config: SxsLintConfig): string | undefined {
  return config.baseline;
}

/** The key a baseline gives a file: its path relative to the baseline's folder, with `/`. */
export function baselinePath(baselineFile: string, file: string): string {
  return path.relative(path.dirname(baselineFile), file).split(path.sep).join('/');
}

/**
 * The findings a policy lets through: none for an ignored file; without those that an inline `sxs-disable` comment
 * suppresses (`aliasOf` gives a check's alias, so comments may name either) or that the baseline holds.
 */
export function applyPolicy(
  doc: SxsDocument,
  findings: readonly RunFinding[],
  policy: Policy,
  aliasOf: (code: string) => string | undefined,
): RunFinding[] {
  const file = policy.file;
  if (policy.ignored) return [];
  let kept = findings as RunFinding[];
  if (kept.length > 0 && doc.text.includes('sxs-disable')) {
    const suppressions = parseSuppressions(doc.text);
    kept = kept.filter(finding => !suppressions.isSuppressed(finding.code, positionAt(doc.lineStarts, finding.range.start).line, aliasOf(finding.code)));
  }
  if (kept.length > 0 && policy.baseline !== undefined && policy.baselineFile !== undefined && file !== undefined && policy.baseline.size > 0) {
    const key = baselinePath(policy.baselineFile, file);
    const baseline = policy.baseline;
    kept = kept.filter(finding => !baseline.has({ file: key, unitId: finding.unit === undefined ? '' : doc.units[finding.unit].id, code: finding.code }));
  }
  return kept;
}


/**
 * Findings made outside the checks (the English comparison, SX901–SX904) under the policy the checks' findings have:
 * the severity or `off` configured for their ID or alias (the configuration's checks, else `config`, the editor's
 * settings), then the inline `sxs-disable` comments and the baseline.
 */
export function governFindings(
  doc: SxsDocument,
  findings: readonly RunFinding[],
  policy: Policy,
  config: ChecksConfig | undefined,
  checks: readonly Check[],
): RunFinding[] {
  if (policy.ignored || findings.length === 0) return [];
  const resolved = new Map(resolveChecks(policy.checks ?? config, checks).map(entry => [entry.check.id, entry]));
  const configured: RunFinding[] = [];
  for (const finding of findings) {
    const entry = resolved.get(finding.code);
    if (entry?.off === true) continue;
    configured.push(entry?.severity === undefined ? finding : { ...finding, severity: entry.severity });
  }
  const aliases = new Map(checks.map(check => [check.id, check.alias]));
  return applyPolicy(doc, configured, policy, code => aliases.get(code));
}
