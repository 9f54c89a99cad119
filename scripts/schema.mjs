// The JSON schemas generated from the check registry (server/src/config/schema.ts).
//
//   node scripts/schema.mjs --write   rewrites the per-check part of the `sxs.checks` setting in package.json
//   node scripts/schema.mjs --check   exits 1 when package.json differs from the registry
//
// The build (scripts/build.mjs) writes dist/sxslint.schema.json with `writeConfigSchema`.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = path.join(root, 'package.json');

/** The registry and the schema generator, bundled from the sources (no type check, no out/ needed). */
export async function loadGenerator() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { configurableChecks } from './server/src/checks/registry';\nexport { configFileSchema, settingsChecksSchema } from './server/src/config/schema';\n",
      resolveDir: root,
      sourcefile: 'schema-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    write: false,
    logLevel: 'warning',
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'sxs-schema-'));
  try {
    const file = path.join(dir, 'generator.cjs');
    writeFileSync(file, result.outputFiles[0].text);
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the `.sxslint.jsonc` schema to `file`. */
export async function writeConfigSchema(file) {
  const { configurableChecks, configFileSchema } = await loadGenerator();
  writeFileSync(file, JSON.stringify(configFileSchema(configurableChecks), null, 2) + '\n');
}

/** package.json's text with the `sxs.checks` setting's per-check schema taken from the registry. */
export async function packageJsonWithChecks(text) {
  const { configurableChecks, settingsChecksSchema } = await loadGenerator();
  const pkg = JSON.parse(text);
  const setting = pkg.contributes.configuration.properties['sxs.checks'];
  // Keep the setting's own keys in place and put the generated ones after them.
  const { properties: _p, patternProperties: _pp, additionalProperties: _ap, propertyNames: _pn, ...own } = setting;
  pkg.contributes.configuration.properties['sxs.checks'] = { ...own, ...settingsChecksSchema(configurableChecks) };
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = readFileSync(packageJson, 'utf8');
  const updated = await packageJsonWithChecks(text);
  if (process.argv.includes('--write')) {
    if (updated !== text) {
      writeFileSync(packageJson, updated);
      console.log('package.json: sxs.checks updated from the check registry.');
    } else {
      console.log('package.json: sxs.checks is up to date.');
    }
  } else if (process.argv.includes('--check')) {
    if (updated !== text) {
      console.error('package.json: sxs.checks differs from the check registry; run `node scripts/schema.mjs --write`.');
      process.exitCode = 1;
    }
  } else {
    console.error('usage: node scripts/schema.mjs --write | --check');
    process.exitCode = 2;
  }
}
