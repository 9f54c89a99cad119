#!/usr/bin/env node
// `npm run demo`: builds the extension, starts VS Code (code-server) on 127.0.0.1 with the extension installed
// and a scratch copy of samples/ (Polish, Japanese, Hebrew and Arabic files, one file with an injected fault and
// one plain markdown file),
// prints the address, and runs until Ctrl+C, then stops everything it started.
//
// usage: node scripts/e2e/demo.js [--port N] [--vscode 1.93|1.100|1.139] [--no-build]
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');
const harness = require('./harness');
const { createWorkspace } = require('./workspace');

async function main() {
  const argv = process.argv.slice(2);
  const option = name => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const flavourName = option('--vscode') || process.env.SXS_E2E_VSCODE || '1.100';
  const port = Number(option('--port') || process.env.PORT || 0) || undefined;
  const run = (command, args) => spawnSync(command, args, { cwd: harness.ROOT, stdio: 'inherit' }).status === 0;

  const flav = harness.flavour(flavourName);
  if (!flav.installed && !run('bash', [path.join(__dirname, 'install.sh'), ...(flav.installFlag ? [flav.installFlag] : [])])) {
    return 1;
  }
  if (!argv.includes('--no-build') && !run('npm', ['run', 'build'])) return 1;

  const profile = harness.createProfile('demo');
  const manifest = createWorkspace(path.join(profile.root, 'ws'), { demo: true });
  harness.linkExtension(profile.extensionsDir);
  process.env.SXS_E2E_VSCODE = flavourName;
  const server = await harness.startCodeServer({ profile, port, logName: 'code-server-demo' });

  const stop = async () => {
    console.log('\nstopping code-server ...');
    await server.stop();
    profile.dispose();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const faulty = manifest.faults.map(f => f.path).join(', ');
  console.log(`
VS Code ${harness.flavour(flavourName).vscode} (code-server) with the sxs extension is running:

    ${server.folderUrl(manifest.folder)}

Workspace: ${manifest.folder}
  Polish:   ${manifest.samples.polish.path}
  Japanese: ${manifest.samples.japanese.path}
  Hebrew:   ${manifest.samples.hebrew.path}
  Arabic:   ${manifest.samples.arabic.path}
  Plain:    ${manifest.plain.path} (no units)
  Faulty:   ${faulty}
  Stale:    ${manifest.english.path} (its English repository, rebuilt with git beside the workspace, has moved on since the hand-off)
Log: ${server.logFile}

Press Ctrl+C to stop.`);
}

main().then(code => {
  if (code) process.exit(code);
}, error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
