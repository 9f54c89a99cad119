#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It takes the arguments VS Code takes for an extension test run (--extensionDevelopmentPath=,
// --extensionTestsPath=, --user-data-dir=, --extensions-dir=, a folder), runs the tests inside the Node
// extension host of code-server, driven by headless chromium, and exits with the tests' exit code.
//
// The workbench reads the development extension and the test module from the `payload` URL parameter, and
// reports through window.codeAutomationLog / window.codeAutomationExit, which we expose to the page.
// Environment: SXS_E2E_VSCODE (1.93 | 1.100 | 1.139), SXS_E2E_TIMEOUT_MS, SXS_E2E_VERBOSE, SXS_E2E_KEEP.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const harness = require('./harness');

const argv = process.argv.slice(2);
const valuesOf = name => argv.filter(a => a.startsWith(`--${name}=`)).map(a => a.slice(name.length + 3));
const developmentPaths = valuesOf('extensionDevelopmentPath');
const testsPath = valuesOf('extensionTestsPath')[0];
const folders = argv.filter(a => !a.startsWith('-'));

// Workbench log lines that say nothing about the extension under test.
const NOISE = /^\[AgentHost|^\[AccountPolicyGate|open-vsx\.org|^Creating a socket|^Resolv(ing|ed) connection token|^\[reconnection-grace-time\]|^Updating additional builtin|^\[Service Worker\]|^ChatSessionStore/;

async function main() {
  if (!testsPath) {
    console.error('code-shim: only extension test runs (--extensionTestsPath=...) are supported');
    return 2;
  }
  const profile = harness.createProfile('integration');
  const userDataDir = valuesOf('user-data-dir')[0];
  const extensionsDir = valuesOf('extensions-dir')[0];
  if (userDataDir) profile.userDataDir = path.resolve(userDataDir);
  if (extensionsDir) profile.extensionsDir = path.resolve(extensionsDir);
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  harness.writeUserSettings(profile.userDataDir);

  let server;
  let browser;
  let finished = false;
  const finish = async code => {
    if (finished) return code;
    finished = true;
    if (browser) await browser.close().catch(() => undefined);
    if (server) await server.stop();
    profile.dispose();
    return code;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => finish(130).then(code => process.exit(code)));
  }

  try {
    server = await harness.startCodeServer({ profile, logName: 'code-server-integration' });
    // The remote authority of a code-server window is the host:port the page was loaded from.
    const remote = p => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
    const payload = [
      ...developmentPaths.map(p => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const folder = folders[0] ? path.resolve(folders[0]) : undefined;
    const where = folder ? `folder=${encodeURIComponent(folder)}` : 'ew=true';
    const url = `${server.origin}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await harness.launchChromium(profile);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let reportExit;
    const exited = new Promise(resolve => (reportExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (process.env.SXS_E2E_VERBOSE || !NOISE.test(line)) {
        (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
      }
    });
    await page.exposeFunction('codeAutomationExit', code => reportExit(code));
    if (process.env.SXS_E2E_VERBOSE) page.on('console', m => console.log(`[browser:${m.type()}] ${m.text()}`));
    await page.goto(url);

    const timeoutMs = Number(process.env.SXS_E2E_TIMEOUT_MS || 300_000);
    let timer;
    const code = await Promise.race([
      exited,
      new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (code !== 0) {
      if (code === 'timeout') console.error(`code-shim: the tests did not finish within ${timeoutMs} ms`);
      fs.mkdirSync(harness.RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(harness.RESULTS, 'integration-failure.png') }).catch(() => undefined);
      console.error(`code-shim: code-server log tail:\n${harness.tail(server.logFile, 30)}`);
    }
    return finish(code === 0 ? 0 : 1);
  } catch (err) {
    console.error('code-shim:', err instanceof Error ? err.message : err);
    return finish(1);
  }
}

main().then(code => process.exit(code));
