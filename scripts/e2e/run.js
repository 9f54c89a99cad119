#!/usr/bin/env node
// Runs the end-to-end tests: installs code-server when it is missing, builds the extension and the tests,
// then runs the integration layer (mocha inside VS Code's extension host, through @vscode/test-electron and
// scripts/e2e/code-shim.js) and the UI layer (playwright-core driving the workbench in chromium).
// Every process it starts listens on 127.0.0.1 only and is stopped before it exits, also on failure.
//
// usage: node scripts/e2e/run.js [--layer integration|ui|all] [--vscode 1.93|1.100|1.139|both|all] [--no-build] [--no-install]
//        --vscode both = 1.100 and 1.139; all = 1.93, 1.100 and 1.139
// env:   SXS_E2E_OLDEST=1   also run the integration layer on the oldest VS Code (1.93) after the chosen one
//        SXS_E2E_NEWEST=1   also run the integration layer on the newest VS Code (1.139) after the chosen one
//        SXS_E2E_EXTRA_UI=1 with those, their UI layer too
//        SXS_E2E_TIMINGS=1  also measure the open timings (test/e2e/ui/timings.test.ts)
//        SXS_E2E_GRID=0     skip the translation editor's UI tests (test/e2e/ui/grid.test.ts)
//        SXS_E2E_GREP=text  only tests whose title contains text
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const harness = require('./harness');
const { createWorkspace } = require('./workspace');

const OUT = path.join(harness.ROOT, 'out', 'test', 'e2e');

function parseArgs(argv) {
  const options = { layer: 'all', vscode: process.env.SXS_E2E_VSCODE || '1.100', build: true, install: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--layer') options.layer = argv[++i];
    else if (arg === '--vscode') options.vscode = argv[++i];
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--no-install') options.install = false;
    else if (arg === '--help' || arg === '-h') {
      const header = fs.readFileSync(__filename, 'utf8').split('\n').slice(1);
      console.log(header.slice(0, header.findIndex(l => !l.startsWith('//'))).map(l => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    }
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!['all', 'integration', 'ui'].includes(options.layer)) throw new Error(`--layer ${options.layer}?`);
  if (!['both', 'all', ...Object.keys(harness.FLAVOURS)].includes(options.vscode)) throw new Error(`--vscode ${options.vscode}?`);
  return options;
}

/** The runs to do, as [VS Code flavour, layers]. */
function plan(options) {
  const layers = options.layer === 'all' ? ['integration', 'ui'] : [options.layer];
  const names = options.vscode === 'all' ? ['1.93', '1.100', '1.139']
    : options.vscode === 'both' ? ['1.100', '1.139'] : [options.vscode];
  const runs = names.map(name => [name, layers]);
  // The oldest and newest VS Code run the integration layer; their UI layer only with SXS_E2E_EXTRA_UI=1 (the UI
  // tests of the preview's scroll sync, the keyboard flow and the translation editor were written against 1.100).
  const extraLayers = process.env.SXS_E2E_EXTRA_UI === '1' ? layers : layers.filter(layer => layer === 'integration');
  if (process.env.SXS_E2E_OLDEST === '1' && !names.includes('1.93') && extraLayers.length > 0) runs.push(['1.93', extraLayers]);
  if (process.env.SXS_E2E_NEWEST === '1' && !names.includes('1.139') && extraLayers.length > 0) runs.push(['1.139', extraLayers]);
  return runs;
}

let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) current.kill(signal);
    process.exitCode = 130;
  });
}

function exec(command, args, env = {}) {
  return new Promise(resolve => {
    current = spawn(command, args, { cwd: harness.ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    current.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const seconds = since => ((Date.now() - since) / 1000).toFixed(1);

async function step(results, name, fn) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  let ok = false;
  try {
    ok = await fn();
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
  }
  results.push({ name, ok, seconds: seconds(started) });
  console.log(`=== ${name}: ${ok ? 'passed' : 'FAILED'} (${seconds(started)} s)`);
  return ok;
}

async function runIntegration(flavourName) {
  const { runTests } = require('@vscode/test-electron');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-e2e-run-'));
  try {
    const ws = createWorkspace(root);
    const code = await runTests({
      vscodeExecutablePath: path.join(__dirname, 'code-shim.js'),
      extensionDevelopmentPath: harness.ROOT,
      extensionTestsPath: path.join(OUT, 'integration', 'index.js'),
      launchArgs: [ws.folder, `--user-data-dir=${path.join(root, 'user-data')}`, `--extensions-dir=${path.join(root, 'extensions')}`],
      extensionTestsEnv: { SXS_E2E_VSCODE: flavourName },
    }).catch(error => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    });
    return code === 0;
  } finally {
    if (!process.env.SXS_E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
  }
}

async function runUi(flavourName) {
  const mocha = path.join(harness.ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  // The open timings are a measurement, not a test of behaviour: run with SXS_E2E_TIMINGS=1.
  const files = fs.readdirSync(path.join(OUT, 'ui')).filter(f => f.endsWith('.test.js'))
    .filter(f => f !== 'timings.test.js' || process.env.SXS_E2E_TIMINGS === '1')
    .filter(f => f !== 'grid.test.js' || process.env.SXS_E2E_GRID !== '0').sort()
    .map(f => path.join(OUT, 'ui', f));
  const args = [mocha, '--no-config', '--no-package', '--timeout', '120000', '--reporter', 'spec',
    '--require', path.join(OUT, 'ui', 'fixture.js'), ...files];
  if (process.env.SXS_E2E_GREP) args.push('--grep', process.env.SXS_E2E_GREP);
  return (await exec(process.execPath, args, { SXS_E2E_VSCODE: flavourName })) === 0;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const runs = plan(options);
  const results = [];
  const started = Date.now();

  if (options.install) {
    const flags = [...new Set(runs.map(([name]) => harness.FLAVOURS[name].installFlag).filter(Boolean))];
    const missing = runs.some(([name]) => !harness.flavour(name).installed);
    if (missing && !(await step(results, 'install code-server', async () =>
      (await exec('bash', [path.join(__dirname, 'install.sh'), ...flags])) === 0))) {
      return summary(results, started);
    }
  }
  if (options.build) {
    if (!(await step(results, 'build extension', async () => (await exec('npm', ['run', 'build'])) === 0))) {
      return summary(results, started);
    }
  }
  if (!(await step(results, 'compile e2e tests', async () =>
    (await exec(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'test/e2e'])) === 0))) {
    return summary(results, started);
  }
  fs.mkdirSync(harness.RESULTS, { recursive: true });
  for (const [name, layers] of runs) {
    const flav = harness.flavour(name);
    for (const layer of layers) {
      if (process.exitCode === 130) break;
      const label = `${layer} tests on VS Code ${flav.vscode}`;
      await step(results, label, () => (layer === 'integration' ? runIntegration(name) : runUi(name)));
    }
  }
  return summary(results, started);
}

function summary(results, started) {
  console.log('\nend-to-end summary:');
  for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds} s)`);
  const ok = results.length > 0 && results.every(r => r.ok);
  console.log(`  total ${seconds(started)} s: ${ok ? 'passed' : 'FAILED'}`);
  return ok ? 0 : 1;
}

main().then(code => {
  process.exitCode = process.exitCode || code;
}, error => {
  console.error(error);
  process.exitCode = 1;
});
