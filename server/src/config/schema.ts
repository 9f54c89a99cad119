/**
 * JSON schemas (draft-07) generated from the check registry: the one VS Code validates `.sxslint.jsonc` with
 * (`dist/sxslint.schema.json`, written by the build) and the per-check properties of the `sxs.checks` setting in
 * package.json (written by `node scripts/schema.mjs --write`). Every check ID and alias is a property, with the
 * check's description, default severity and, for checks with options, each option's type, default and
 * description. Pure: the checks come in as an argument.
 */
import type { Check, CheckOption } from '../checks/types';

export type JsonSchema = { readonly [keyword: string]: unknown };

export const SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

const RULES_URL = 'https://github.com/sxs-tools/sxs/blob/main/docs/rules.md';

/** A check ID in any case (the configuration accepts `sx301` as well as `SX301`). */
const ANY_CASE_ID = '^[Ss][Xx][0-9]{3}$';

const SEVERITIES = ['error', 'warning', 'info', 'off'];

function severitySchema(): JsonSchema {
  return {
    type: 'string',
    enum: SEVERITIES,
    enumDescriptions: ['Report as an error.', 'Report as a warning.', 'Report as information.', 'Do not run the check.'],
  };
}

function optionSchema(option: CheckOption): JsonSchema {
  const type = option.type === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: option.type };
  const minimum = option.type === 'number' && option.minimum !== undefined ? { minimum: option.minimum } : {};
  return { ...type, ...minimum, default: option.default, description: option.description };
}

/**
 * `file`: `.sxslint.jsonc`, which also takes true/false, with the shared parts under `definitions`. `settings`: the
 * `sxs.checks` setting, self-contained (a contributed setting cannot refer to definitions) and kept small.
 */
export type SchemaStyle = 'file' | 'settings';

const REF_SEVERITY = { $ref: '#/definitions/severity' };
const REF_ON_OFF = { $ref: '#/definitions/onOff' };

function defaultSeverityOf(check: Check): string {
  return check.defaultOff ? 'off' : check.defaultSeverity;
}

/** What one key of `checks` takes for a check: a severity, (in files) true/false, or an object with the severity and options. */
export function checkSettingSchema(check: Check, style: SchemaStyle): JsonSchema {
  const properties: Record<string, JsonSchema> = { severity: style === 'file' ? REF_SEVERITY : { type: 'string', enum: SEVERITIES } };
  for (const [name, option] of Object.entries(check.options ?? {})) {
    properties[name] = optionSchema(option);
  }
  const object: JsonSchema = { type: 'object', properties, additionalProperties: false };
  return { anyOf: style === 'file' ? [REF_SEVERITY, REF_ON_OFF, object] : [severitySchema(), object] };
}

function describedSetting(check: Check, key: string, style: SchemaStyle): JsonSchema {
  const severity = defaultSeverityOf(check);
  const optionNames = Object.keys(check.options ?? {});
  const optionsLine = optionNames.length > 0 ? ` Options: ${optionNames.map(n => style === 'file' ? n : `\`${n}\``).join(', ')}.` : '';
  const name = key === check.id ? `${check.id} (alias \`${check.alias}\`)` : `Alias of ${check.id}`;
  const markdownDescription = `${name}: ${check.description}\n\nDefault: \`${severity}\`.${optionsLine} [Rules](${RULES_URL}#${check.id.toLowerCase()})`;
  const description = `${check.id} ${check.alias}: ${check.description} Default: ${severity}.${optionsLine}`;
  return {
    ...(style === 'file' ? { description } : {}),
    markdownDescription,
    default: severity,
    ...checkSettingSchema(check, style),
  };
}

/** What any key of `checks` may hold (for IDs written in another case). */
function anyCheckSetting(style: SchemaStyle): JsonSchema {
  return style === 'file'
    ? { anyOf: [REF_SEVERITY, REF_ON_OFF, { type: 'object', properties: { severity: REF_SEVERITY } }] }
    : { anyOf: [{ type: 'string', enum: SEVERITIES }, { type: 'object', properties: { severity: { type: 'string', enum: SEVERITIES } } }] };
}

/**
 * The schema of a `checks` object: one property per check ID and per alias, IDs in other cases accepted, any
 * other key an error (a mistyped alias).
 */
export function checksSchema(checks: readonly Check[], style: SchemaStyle): { properties: Record<string, JsonSchema>; patternProperties: Record<string, JsonSchema>; additionalProperties: false } {
  const properties: Record<string, JsonSchema> = {};
  for (const check of checks) {
    properties[check.id] = describedSetting(check, check.id, style);
  }
  for (const check of checks) {
    properties[check.alias] = describedSetting(check, check.alias, style);
  }
  return { properties, patternProperties: { [ANY_CASE_ID]: anyCheckSetting(style) }, additionalProperties: false };
}

/** The schema of `.sxslint.jsonc`. */
export function configFileSchema(checks: readonly Check[]): JsonSchema {
  const stringList = { type: 'array', items: { type: 'string' } };
  return {
    $schema: SCHEMA_DRAFT,
    title: 'sxs-lint configuration (.sxslint.jsonc)',
    description: 'Which sxs checks run, at what severity and with which options; files to ignore; shared bases. Generated from the check registry.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file.' },
      extends: {
        description: 'A configuration file, or a list of them, whose settings this file starts from (paths relative to this file; later entries and this file win).',
        anyOf: [{ type: 'string' }, stringList],
      },
      checks: {
        type: 'object',
        description: 'Severity per check, keyed by check ID (SX301) or alias (inline-code-mismatch): error, warning, info or off; true/false; or { "severity": …, …options }. Checks not listed keep their default severity.',
        ...checksSchema(checks, 'file'),
      },
      ignores: {
        ...stringList,
        description: 'Glob patterns of files not to check, relative to this file\'s folder (**, *, ?, {a,b}, [abc]). A pattern that matches a folder ignores everything below it; a pattern without a slash matches a name at any depth.',
      },
      baseline: {
        type: 'string',
        description: 'A baseline file (findings accepted as they are, keyed by file, unit ID and check ID), relative to this configuration file\'s folder.',
      },
      english: {
        description: 'The English repository whose history the hand-offs (ms.sourcegitcommit) come from, to find units whose English changed since the hand-off (SX901-SX904): its path relative to this file\'s folder, or an object.',
        anyOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: {
              repository: { type: 'string', description: 'The English repository, relative to this file\'s folder (default: the sibling folder named without the locale suffix).' },
              ref: { type: 'string', description: 'The English ref to compare with (default: HEAD).' },
              workingTree: { type: 'boolean', default: false, description: 'Compare with the English working tree instead of a ref.' },
            },
            additionalProperties: false,
          },
        ],
      },
    },
    additionalProperties: false,
    definitions: {
      severity: severitySchema(),
      onOff: { type: 'boolean', description: 'true: run the check at its default severity; false: turn it off.' },
    },
  };
}

/** What any value of `sxs.checks` may be: a severity, or an object with a severity and options. */
const ANY_SETTING = { anyOf: [{ type: 'string', enum: SEVERITIES }, { type: 'object', properties: { severity: { type: 'string', enum: SEVERITIES } } }] };

/**
 * The per-check part of the `sxs.checks` setting's schema in package.json, kept small (the manifest is read at
 * every start): each ID and alias with its description and default, typed options for the checks that have them,
 * every value checked as a severity or an object, and any other key an error. Booleans are not settings there.
 */
export function settingsChecksSchema(checks: readonly Check[]): { properties: Record<string, JsonSchema>; patternProperties: Record<string, JsonSchema>; propertyNames: JsonSchema } {
  const properties: Record<string, JsonSchema> = {};
  for (const key of ['id', 'alias'] as const) {
    for (const check of checks) {
      const { markdownDescription, default: severity, anyOf } = describedSetting(check, check[key], 'settings');
      properties[check[key]] = check.options ? { markdownDescription, default: severity, anyOf } : { markdownDescription, default: severity };
    }
  }
  return {
    properties,
    patternProperties: { '': ANY_SETTING },
    propertyNames: { anyOf: [{ enum: Object.keys(properties) }, { pattern: ANY_CASE_ID }] },
  };
}
