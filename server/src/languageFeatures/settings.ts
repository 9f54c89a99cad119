/**
 * The `sxs.*` settings as the server uses them, and the one function that turns whatever the client sent into
 * them. Unknown or ill-typed values fall back to the defaults; nothing here throws.
 */
import type { CheckSetting, ChecksConfig } from '../checks/run';

export interface SxsSettings {
  /** `sxs.checks`: severity overrides keyed by check ID or alias. */
  readonly checks: ChecksConfig;
  readonly codeLens: {
    /** `sxs.codeLens.enabled` */
    readonly enabled: boolean;
  };
  /**
   * `sxs.maxFileSize`, in megabytes: above it only the unit markup and IDs are checked (the structure checks),
   * so a huge file stays responsive. Hover, symbols and the preview still work.
   */
  readonly maxFileSize: number;
  /**
   * `sxs.locale`: the locale of documents whose front matter has no `ms.contentlocale` and whose path names none
   * (a folder ending in `.de-de`); empty for none.
   */
  readonly locale: string;
  /**
   * `sxs.baseline`: a baseline file for documents whose `.sxslint.jsonc` names none, relative to the document's
   * workspace folder (or absolute); empty for none.
   */
  readonly baseline: string;
  /** `sxs.english.*`: the English repository to compare hand-offs with (empty: the sibling folder), its ref, or its working tree. */
  readonly english: {
    readonly repository: string;
    readonly ref: string;
    readonly workingTree: boolean;
  };
}

/** The default `sxs.maxFileSize`: ten times the largest real sxs file seen. */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;

export const defaultSettings: SxsSettings = {
  checks: {},
  codeLens: { enabled: true },
  maxFileSize: DEFAULT_MAX_FILE_SIZE_MB,
  locale: '',
  baseline: '',
  english: { repository: '', ref: '', workingTree: false },
};

/** Whether a text is above the size limit (in UTF-16 code units, about bytes for markdown). */
export function isAboveSizeLimit(textLength: number, settings: SxsSettings): boolean {
  return textLength > settings.maxFileSize * 1024 * 1024;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toChecksConfig(value: unknown): ChecksConfig {
  if (!isRecord(value)) {
    return defaultSettings.checks;
  }
  const config: Record<string, CheckSetting> = {};
  for (const [key, setting] of Object.entries(value)) {
    if (typeof setting === 'string' || isRecord(setting)) {
      config[key] = setting as CheckSetting;
    }
  }
  return config;
}

/** Reads the `sxs` configuration section (as `workspace/configuration` returns it) into settings. */
export function toSettings(section: unknown): SxsSettings {
  if (!isRecord(section)) {
    return defaultSettings;
  }
  const codeLens = isRecord(section.codeLens) ? section.codeLens : {};
  // Also accept the flat form `{ "codeLens.enabled": false }` that some clients send.
  const enabled = typeof codeLens.enabled === 'boolean'
    ? codeLens.enabled
    : typeof section['codeLens.enabled'] === 'boolean'
      ? section['codeLens.enabled']
      : defaultSettings.codeLens.enabled;
  const maxFileSize = typeof section.maxFileSize === 'number' && Number.isFinite(section.maxFileSize) && section.maxFileSize > 0
    ? section.maxFileSize
    : defaultSettings.maxFileSize;
  return {
    checks: toChecksConfig(section.checks),
    codeLens: { enabled },
    maxFileSize,
    locale: typeof section.locale === 'string' ? section.locale.trim() : defaultSettings.locale,
    baseline: typeof section.baseline === 'string' ? section.baseline.trim() : defaultSettings.baseline,
    english: toEnglishSettings(section),
  };
}

function toEnglishSettings(section: Record<string, unknown>): SxsSettings['english'] {
  // The nested form `{ english: { repository } }` or the flat form `{ "english.repository": … }`.
  const english = isRecord(section.english) ? section.english : {};
  const read = (key: string): unknown => english[key] ?? section[`english.${key}`];
  const repository = read('repository');
  const ref = read('ref');
  return {
    repository: typeof repository === 'string' ? repository.trim() : '',
    ref: typeof ref === 'string' && !ref.trim().startsWith('-') ? ref.trim() : '',
    workingTree: read('workingTree') === true,
  };
}
