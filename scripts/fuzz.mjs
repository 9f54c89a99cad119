// Long fuzzing run over mutated corpus files: `npm run fuzz [-- --seed N] [--cases N] [--minutes N] [--case I]`.
// Needs the compiled tests (`npx tsc -b`). Prints the seed; a failing case is written to out/fuzz/ with the
// command that re-runs it. `npm run fuzz -- --scaling` runs the hostile-input timing tests at 4x their unit-suite
// sizes (and the 10 MB line of openers through the checks too).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const lib = require(path.join(root, 'out/test/fuzz/fuzzLib.js'));

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

if (process.argv.includes('--scaling')) {
  const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const result = spawnSync(process.execPath, [mocha, '--no-config', 'out/test/fuzz/scaling.test.js'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, SXS_FUZZ_LONG: '1' },
  });
  process.exit(result.status ?? 1);
}

const seed = option('seed', Math.floor(Math.random() * 2 ** 32)) >>> 0;
const single = option('case', undefined);
const corpus = path.join(root, 'test', 'data', 'corpus');
const files = lib.listMarkdown(corpus);
const maxLength = option('max-length', 200_000);
console.log(`sxs fuzz: seed ${seed}, ${files.length} corpus files`);

if (single !== undefined) {
  const one = lib.runCase(seed, single, files, maxLength);
  console.log(`case ${single}: ${one.file} [${one.mutations.join(', ')}]`);
  const result = one.run();
  console.log(`ok: ${result.units} units, ${result.findings} findings${result.fixAllNotIdempotent ? ', fix-all not idempotent' : ''}`);
  process.exit(0);
}

const report = lib.runFuzz({
  seed,
  files,
  maxCases: option('cases', Number.POSITIVE_INFINITY),
  timeBudgetMs: option('minutes', 5) * 60_000,
  maxLength,
  onCase: index => {
    if ((index + 1) % 200 === 0) process.stdout.write(`  ${index + 1} cases\n`);
  },
});
console.log(`${report.cases} cases in ${(report.elapsedMs / 1000).toFixed(1)} s, ${report.failures.length} failures, `
  + `${report.fixAllNotIdempotent} where fix-all needed a second run`);
if (report.failures.length > 0) {
  const dir = path.join(root, 'out', 'fuzz');
  mkdirSync(dir, { recursive: true });
  for (const failure of report.failures.slice(0, 20)) {
    const file = path.join(dir, `seed-${seed}-case-${failure.caseIndex}.md`);
    writeFileSync(file, failure.text);
    console.log(`\ncase ${failure.caseIndex} (${path.relative(corpus, failure.file)} [${failure.mutations.join(', ')}]) -> ${file}`);
    console.log(`  re-run: node scripts/fuzz.mjs --seed ${seed} --case ${failure.caseIndex}`);
    console.log(`  ${failure.error.split('\n').slice(0, 4).join('\n  ')}`);
  }
  process.exitCode = 1;
}
