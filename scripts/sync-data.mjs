#!/usr/bin/env node
// For maintainers: refreshes the repository's copy of the real data in test/data/ from a folder that holds
// `corpus/`, `corpus-expected.json` and `english-source/` (the folder is the first argument). Files are copied byte
// for byte; files gone from the source are removed. Nothing at test, demo, bench or fuzz time runs this: they read
// test/data/ only.
//
// usage: node scripts/sync-data.mjs <source-folder>
import { cpSync, existsSync, rmSync, chmodSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (!source || process.argv.includes('--help')) {
  console.error('usage: node scripts/sync-data.mjs <folder with corpus/, corpus-expected.json and english-source/>');
  process.exit(2);
}
const target = path.join(root, 'test', 'data');
const entries = ['corpus', 'corpus-expected.json', 'english-source'];
for (const entry of entries) {
  if (!existsSync(path.join(source, entry))) {
    console.error(`sync-data: ${path.join(source, entry)} does not exist`);
    process.exit(2);
  }
}

/** The source may be read-only; the copy must stay writable for the next sync. */
function makeWritable(file) {
  const stat = statSync(file);
  chmodSync(file, stat.mode | 0o200);
  if (stat.isDirectory()) {
    for (const name of readdirSync(file)) makeWritable(path.join(file, name));
  }
}

for (const entry of entries) {
  const to = path.join(target, entry);
  rmSync(to, { recursive: true, force: true });
  cpSync(path.join(source, entry), to, { recursive: true });
  makeWritable(to);
  console.log(`sync-data: ${entry}`);
}
console.log('sync-data: done; the corpus counts in the tests and docs/checks-corpus.md may need regenerating');
