#!/usr/bin/env node
// Regenerates the tables of docs/checks-corpus.md from the checks as they are: findings per check and per locale
// over the repository's corpus copy, and every error found with the default configuration (printed, for review).
// Run after `tsc -b` (npm run checks-corpus does both). `--check` only compares, exit 1 when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const calibration = require(path.join(root, 'out/test/helpers/checksCorpus.js'));
const corpus = require(path.join(root, 'out/test/unit/model/corpusData.js'));

const names = corpus.corpusFiles();
const tally = calibration.tallyCorpus(names.map(name => ({ name, text: corpus.readCorpusFile(name) })), (check, error, file) => {
  console.error(`${check.id} threw on ${file}: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
const docPath = path.join(root, 'docs', 'checks-corpus.md');
const before = readFileSync(docPath, 'utf8');
const after = calibration.withTables(before, calibration.renderTables(tally, names.length));
console.log(`${tally.errors.length} errors with the default configuration:`);
for (const error of tally.errors) console.log(`  ${error}`);
for (const loud of calibration.loudWarnings(tally)) console.log(`loud: ${loud.code} in ${loud.locale}: ${(loud.share * 100).toFixed(2)} %`);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('docs/checks-corpus.md is stale: run npm run checks-corpus');
    process.exitCode = 1;
  }
} else if (after !== before) {
  writeFileSync(docPath, after);
  console.log('docs/checks-corpus.md updated');
}
