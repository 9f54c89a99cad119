/**
 * The JSON schemas generated from the check registry: `.sxslint.jsonc`'s (dist/sxslint.schema.json) and the
 * per-check part of the `sxs.checks` setting in package.json. Fails when package.json or a built schema is stale
 * (`node scripts/schema.mjs --write`, `npm run build`), when a check or alias is missing, and when the schema is not
 * draft-07 in shape. A small validator for the keywords the schemas use checks sample configurations.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allChecks, configurableChecks } from '../../../server/src/checks/registry';
import { configFileSchema, SCHEMA_DRAFT, settingsChecksSchema, type JsonSchema } from '../../../server/src/config/schema';
import { repoRoot } from '../../helpers/files';

type Schema = Record<string, unknown>;

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
/** The draft-07 keywords the generated schemas may use, plus VS Code's own annotations. */
const KEYWORDS = new Set([
  '$schema', 'title', 'description', 'type', 'properties', 'patternProperties', 'additionalProperties', 'items',
  'anyOf', 'enum', 'default', 'minimum', 'markdownDescription', 'enumDescriptions', 'scope', '$ref', 'definitions', 'propertyNames', 'pattern',
]);

/** The schema a `$ref` (`#/definitions/name`) names in `root`. */
function resolve(schema: unknown, root: unknown): unknown {
  const ref = (schema as Schema | null)?.$ref;
  if (typeof ref !== 'string') return schema;
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  return match ? ((root as Schema).definitions as Schema | undefined)?.[match[1]] : undefined;
}

/** Checks that a value is a draft-07 schema built from the keywords above; returns the problems with their paths. */
function shapeProblems(schema: unknown, at = '#', root: unknown = schema): string[] {
  if (typeof schema === 'boolean') return [];
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return [`${at}: not a schema`];
  const s = schema as Schema;
  const problems: string[] = [];
  for (const key of Object.keys(s)) if (!KEYWORDS.has(key)) problems.push(`${at}: unexpected keyword ${key}`);
  if (s.$ref !== undefined && (Object.keys(s).length !== 1 || resolve(s, root) === undefined)) problems.push(`${at}: $ref must stand alone and name a definition`);
  if (s.definitions !== undefined && at !== '#') problems.push(`${at}: definitions below the root`);
  for (const [name, sub] of Object.entries((s.definitions ?? {}) as Schema)) problems.push(...shapeProblems(sub, `${at}/definitions/${name}`, root));
  if (s.$schema !== undefined && at !== '#') problems.push(`${at}: $schema below the root`);
  if (s.type !== undefined && !(typeof s.type === 'string' && TYPES.has(s.type))) problems.push(`${at}: bad type`);
  for (const key of ['title', 'description', 'markdownDescription']) {
    if (s[key] !== undefined && (typeof s[key] !== 'string' || s[key] === '')) problems.push(`${at}: ${key} must be a non-empty string`);
  }
  for (const key of ['properties', 'patternProperties']) {
    if (s[key] === undefined) continue;
    if (s[key] === null || typeof s[key] !== 'object') {
      problems.push(`${at}: ${key} must be an object`);
      continue;
    }
    for (const [name, sub] of Object.entries(s[key] as Schema)) {
      if (key === 'patternProperties') {
        try {
          new RegExp(name, 'u');
        } catch {
          problems.push(`${at}: bad pattern ${name}`);
        }
      }
      problems.push(...shapeProblems(sub, `${at}/${key}/${name}`, root));
    }
  }
  if (s.additionalProperties !== undefined) problems.push(...shapeProblems(s.additionalProperties, `${at}/additionalProperties`, root));
  if (s.items !== undefined) problems.push(...shapeProblems(s.items, `${at}/items`, root));
  if (s.anyOf !== undefined) {
    if (!Array.isArray(s.anyOf) || s.anyOf.length === 0) problems.push(`${at}: anyOf must be a non-empty list`);
    else s.anyOf.forEach((sub, i) => problems.push(...shapeProblems(sub, `${at}/anyOf/${i}`, root)));
  }
  if (s.enum !== undefined) {
    if (!Array.isArray(s.enum) || s.enum.length === 0 || new Set(s.enum).size !== s.enum.length) problems.push(`${at}: enum must be a non-empty list of distinct values`);
    if (s.enumDescriptions !== undefined && (!Array.isArray(s.enumDescriptions) || s.enumDescriptions.length !== (s.enum as unknown[]).length)) {
      problems.push(`${at}: one enumDescription per enum value`);
    }
  }
  if (s.propertyNames !== undefined) problems.push(...shapeProblems(s.propertyNames, `${at}/propertyNames`, root));
  if (s.pattern !== undefined) {
    try {
      new RegExp(String(s.pattern), 'u');
    } catch {
      problems.push(`${at}: bad pattern`);
    }
  }
  if (s.minimum !== undefined && typeof s.minimum !== 'number') problems.push(`${at}: minimum must be a number`);
  if (s.default !== undefined && !validates(s, s.default, root)) problems.push(`${at}: the default does not validate`);
  return problems;
}

/** Validation for the keywords above (enough for these schemas, not a general validator). */
function validates(schema: unknown, value: unknown, root: unknown = schema): boolean {
  const resolved = resolve(schema, root);
  if (typeof resolved === 'boolean') return resolved;
  const s = resolved as Schema;
  if (s.type !== undefined) {
    const ok = s.type === 'array' ? Array.isArray(value)
      : s.type === 'object' ? value !== null && typeof value === 'object' && !Array.isArray(value)
        : s.type === 'null' ? value === null
          : s.type === 'integer' ? Number.isInteger(value)
            : typeof value === s.type;
    if (!ok) return false;
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).includes(value)) return false;
  if (s.minimum !== undefined && typeof value === 'number' && value < (s.minimum as number)) return false;
  if (s.pattern !== undefined && typeof value === 'string' && !new RegExp(String(s.pattern), 'u').test(value)) return false;
  if (s.anyOf !== undefined && !(s.anyOf as unknown[]).some(sub => validates(sub, value, root))) return false;
  if (s.items !== undefined && Array.isArray(value) && !value.every(item => validates(s.items, item, root))) return false;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (s.properties ?? {}) as Schema;
    const patterns = Object.entries((s.patternProperties ?? {}) as Schema).map(([p, sub]) => [new RegExp(p, 'u'), sub] as const);
    for (const [key, sub] of Object.entries(value)) {
      if (s.propertyNames !== undefined && !validates(s.propertyNames, key, root)) return false;
      const known = Object.prototype.hasOwnProperty.call(properties, key);
      if (known && !validates(properties[key], sub, root)) return false;
      const matching = patterns.filter(([p]) => p.test(key));
      if (!matching.every(([, pattern]) => validates(pattern, sub, root))) return false;
      if (!known && matching.length === 0 && s.additionalProperties !== undefined && !validates(s.additionalProperties, sub, root)) return false;
    }
  }
  return true;
}

const schema = configFileSchema(configurableChecks);
const checksOf = (root: JsonSchema) => (root.properties as Record<string, Schema>).checks;

describe('configuration schema', () => {
  it('is a draft-07 schema in shape, every default valid', () => {
    assert.equal(schema.$schema, SCHEMA_DRAFT);
    assert.deepEqual(shapeProblems(schema), []);
    assert.deepEqual(shapeProblems({ type: 'object', ...settingsChecksSchema(configurableChecks) }), []);
    assert.ok(!JSON.stringify(settingsChecksSchema(configurableChecks)).includes('$ref'), 'a contributed setting cannot refer to definitions');
    assert.ok(shapeProblems({ type: 'text', enum: [] }).length === 2, 'the shape check finds problems');
  });

  it('has every check ID and alias, with description, default severity and typed options', () => {
    const properties = checksOf(schema).properties as Record<string, Schema>;
    assert.equal(Object.keys(properties).length, configurableChecks.length * 2);
    for (const check of configurableChecks) {
      for (const key of [check.id, check.alias]) {
        const property = properties[key];
        assert.ok(property, key);
        assert.ok(String(property.description).includes(check.description), key);
        assert.ok(String(property.markdownDescription).includes(check.description), key);
        assert.equal(property.default, check.defaultOff ? 'off' : check.defaultSeverity, key);
        const object = (property.anyOf as Schema[]).find(s => s.type === 'object') as Schema;
        const options = object.properties as Record<string, Schema>;
        assert.deepEqual(Object.keys(options), ['severity', ...Object.keys(check.options ?? {})], key);
        for (const [name, option] of Object.entries(check.options ?? {})) {
          assert.deepEqual(options[name].default, option.default);
          assert.equal(options[name].description, option.description);
          assert.equal(options[name].type, option.type === 'string[]' ? 'array' : option.type);
        }
      }
    }
  });

  it('declares each option once: defaultOptions come from the declarations', () => {
    const withOptions = allChecks.filter(check => check.defaultOptions !== undefined);
    assert.ok(withOptions.length >= 7);
    for (const check of withOptions) {
      assert.ok(check.options, `${check.id} has defaultOptions without declared options`);
      assert.deepEqual(check.defaultOptions, Object.fromEntries(Object.entries(check.options).map(([name, option]) => [name, option.default])), check.id);
    }
  });

  it('accepts the documented configurations and rejects typos', () => {
    const valid = [
      {},
      { $schema: './node_modules/sxs/dist/sxslint.schema.json', extends: '../base.sxslint.jsonc', baseline: 'sxs-baseline.json' },
      { extends: ['a.jsonc', 'b.jsonc'], ignores: ['**/TOC.md', 'includes/**'] },
      { checks: { SX302: 'info', 'end-punctuation': false, SX303: { severity: 'warning', ignoreLocalePath: false }, SX301: true } },
      { checks: { sx301: 'off', 'length-ratio': { max: 2.5, minSourceLength: 10 }, SX203: { allow: ['OK'] } } },
    ];
    for (const config of valid) assert.ok(validates(schema, config), JSON.stringify(config));
    const invalid = [
      { colour: 1 },
      { checks: { 'inline-code-mismach': 'off' } },
      { checks: { SX301: 'loud' } },
      { checks: { SX601: { max: 'x' } } },
      { checks: { SX601: { maximum: 2 } } },
      { checks: { SX601: { min: -1 } } },
      { checks: { SX203: { allow: 'OK' } } },
      { ignores: 'a/**' },
      { extends: [1] },
      { baseline: true },
    ];
    for (const config of invalid) assert.ok(!validates(schema, config), JSON.stringify(config));
  });

  it('package.json: the sxs.checks setting has the registry\'s checks (node scripts/schema.mjs --write)', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['sxs.checks'];
    const generated = settingsChecksSchema(configurableChecks);
    assert.deepEqual(setting.properties, generated.properties);
    assert.deepEqual(setting.patternProperties, generated.patternProperties);
    assert.deepEqual(setting.propertyNames, generated.propertyNames);
    assert.equal(setting.additionalProperties, undefined);
    assert.deepEqual(Object.keys(setting.properties).sort(), configurableChecks.flatMap(c => [c.id, c.alias]).sort());
    for (const check of allChecks.filter(c => c.options)) {
      assert.ok(validates(setting, { [check.alias]: Object.fromEntries(Object.entries(check.options ?? {}).map(([n, o]) => [n, o.default])) }), check.alias);
    }
    assert.ok(!validates(setting, { 'length-ratio': { max: 'x' } }));
    assert.ok(!validates(setting, { 'inline-code-mismach': 'off' }));
    assert.ok(validates(setting, { sx301: 'off' }));
    assert.ok(validates(setting, { 'stale-english': 'warning', SX902: 'off' }), 'the English comparison\'s codes are settings too');
    for (const check of configurableChecks) assert.ok(String(setting.properties[check.alias].markdownDescription).includes(check.description), check.alias);
    assert.ok(validates(setting, { SX106: 'off', 'duplicate-id': 'error', SX114: { severity: 'info' } }));
    assert.ok(!validates(setting, { SX106: true }), 'the setting takes no true/false');
    assert.deepEqual(shapeProblems(setting), []);
  });

  it('package.json: contributes the built schema for .sxslint.jsonc and ships it', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const validation = (pkg.contributes.jsonValidation as { fileMatch: string | string[]; url: string }[]).find(v => v.url === './dist/sxslint.schema.json');
    assert.ok(validation);
    assert.deepEqual([validation.fileMatch].flat().sort(), ['**/.sxslint.jsonc', '.sxslint.jsonc']);
    assert.ok((pkg.files as string[]).includes('dist/sxslint.schema.json'));
  });

  it('dist/sxslint.schema.json is the registry\'s (npm run build writes it)', function () {
    const file = path.join(repoRoot, 'dist', 'sxslint.schema.json');
    assert.ok(existsSync(file), `${file} is missing: run npm run build`);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(JSON.stringify(schema)));
  });
});
