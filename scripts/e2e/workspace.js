#!/usr/bin/env node
// Builds a throwaway workspace for the end-to-end tests and the demo: a copy of the repository's `samples/`
// folder (real corpus files in their `<locale>/<source>/<path>` layout, one copy of a Polish file with an
// injected unit-ID mismatch, one plain markdown file, and their attribution). `samples/` itself is only read.
//
// Beside the workspace folder it writes manifest.json, which tells the tests what is where (sample units
// with their target and English text, injected faults with their line and original bytes), so no test has
// to hard-code corpus content.
//
// usage: node scripts/e2e/workspace.js [target-dir]   (prints the workspace folder)
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SAMPLES_DIR } = require('./harness');

/** Files of `samples/` that the tests look at, with the unit each test looks at. */
const SAMPLES = {
  polish: { file: 'pl-pl/alchemyinsights/AlchemyInsights/power-bi-license-management.md', unit: 'b89b8-103' },
  japanese: { file: 'ja-jp/nuget/docs/reference/errors-and-warnings/NU1101.md', unit: '37eb0-105' },
  hebrew: { file: 'he-il/customer-insights/ci-docs/audience-insights/service-limits.md', unit: '22088-104' },
  arabic: { file: 'ar-sa/alchemyinsights-2019-06/AlchemyInsights/create-apps-in-powerapps.md', unit: 'c73e3-102' },
};

/** The file of `samples/` without units. */
const PLAIN = 'getting-started.md';

/** Files with injected faults: a copy of a sample file with one change, named `<name>.faulty.md`. */
const FAULTS = [
  // SX101: the English half's data-stu-id no longer matches the target's data-ttu-id.
  { kind: 'id-mismatch', from: SAMPLES.polish.file, unit: 'b89b8-105' },
];

/** A long corpus file (tests only). */
const LONG = 'pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md';

/**
 * English changed since the hand-off (tests and the demo): the English repository rebuilt with the real `git` from
 * `test/data/english-source/` (as the unit tests do, see its README) beside the workspace folder, and a copy of one
 * localized file of its manifest, with its hand-off rewritten to the rebuilt commit, in a git repository inside the
 * workspace whose `.sxslint.jsonc` names that English repository.
 */
const ENGLISH_SOURCE = path.join(__dirname, '..', '..', 'test', 'data', 'english-source');
const ENGLISH = { key: 'one-stale-cs', repository: 'docs.microsoft.com-nuget', localized: 'nuget-cs-cz' };

/**
 * Copies the translation editor's UI tests open and change (tests only), one per test, beside no other test's files:
 * VS Code's quick open offers a file in the editor it was last shown in, so a file once shown in the grid must not be
 * one that another test opens as text; and another test fixes and saves the shared `*.faulty.md`. A folder named
 * `grid` inside the locale folder keeps the locale of the path.
 */
const GRID_COPIES = {
  typing: { from: SAMPLES.polish.file, to: 'pl-pl/grid/typing.md', unit: SAMPLES.polish.unit },
  refused: { from: SAMPLES.polish.file, to: 'pl-pl/grid/refused.md', unit: SAMPLES.polish.unit },
  theme: { from: SAMPLES.polish.file, to: 'pl-pl/grid/theme.md', unit: SAMPLES.polish.unit },
  filters: { from: SAMPLES.polish.file, to: 'pl-pl/grid/filters.md', unit: SAMPLES.polish.unit },
  hebrew: { from: SAMPLES.hebrew.file, to: 'he-il/grid/hebrew.md', unit: SAMPLES.hebrew.unit },
  japanese: { from: SAMPLES.japanese.file, to: 'ja-jp/grid/japanese.md', unit: SAMPLES.japanese.unit },
};
/** The grid's faulty copy: an English ID of its own, unlike the shared faulty file's (the Problems panel test counts that one). */
const GRID_FAULT = { from: SAMPLES.polish.file, to: 'pl-pl/grid/faulty.md', unit: FAULTS[0].unit };
/**
 * The grid's copy of the long file (routing.md, 1,556 units), for its open and keystroke timings. A name of its own:
 * quick open, asked for the long file, offered this copy first once the grid had shown it.
 */
const GRID_LONG = 'pl-pl/grid/routing-grid.md';

/** The file the preview security test fills in (tests only). */
const SECURITY_CANARY = 'hostile-canary.md';

const UNIT = /<span data-ttu-id="([^"]*)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="([^"]*)">([\s\S]*?)<\/span><\/span>/g;

/** The units of a file as simply as the tests need them: ID, target and English text, offsets, 0-based line. */
function findUnits(text) {
  const units = [];
  for (const m of text.matchAll(UNIT)) {
    const index = m.index;
    const sourceIdOffset = index + m[0].indexOf(`data-stu-id="${m[3]}"`) + 'data-stu-id="'.length;
    units.push({
      id: m[1],
      target: m[2],
      sourceId: m[3],
      source: m[4],
      offset: index,
      sourceIdOffset,
      line: lineOf(text, index),
      character: index - text.lastIndexOf('\n', index - 1) - 1,
    });
  }
  return units;
}

function lineOf(text, offset) {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function readSample(rel) {
  const file = path.join(SAMPLES_DIR, rel);
  if (!fs.existsSync(file)) throw new Error(`sample file not found: ${file}`);
  return fs.readFileSync(file, 'utf8');
}

function unitOf(rel, text, id) {
  const unit = findUnits(text).find(u => u.id === id);
  if (!unit) throw new Error(`unit ${id} not found in ${rel}`);
  return unit;
}

/** Markup inside the visible text (links, bold) is left to each test; this strips it for plain comparisons. */
function plain(markdown) {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\\([\\>*_[\]()#-])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the faulty copy's English ID of `unit` differs from the original's, read from the two files. */
function findIdMismatch(faultyText, unit) {
  const changed = findUnits(faultyText).find(u => u.id === unit.id);
  if (!changed || changed.sourceId === unit.sourceId) throw new Error(`the faulty copy does not change the English ID of ${unit.id}`);
  return { original: unit.sourceId, injected: changed.sourceId, offset: changed.sourceIdOffset };
}

/** An ID like `id` (its first digit after the dash changed) that is neither `id` nor any of `avoid`. */
function otherId(id, avoid) {
  const dash = id.lastIndexOf('-');
  for (const digit of '789') {
    const candidate = `${id.slice(0, dash + 1)}${digit}${id.slice(dash + 2)}`;
    if (candidate !== id && !avoid.includes(candidate)) return candidate;
  }
  throw new Error(`no other ID for ${id}`);
}

function replaceOnce(text, from, to) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected ${from} exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function faultyName(rel) {
  return rel.replace(/\.md$/, '.faulty.md');
}

/** `git` without the user's or the system's configuration, as the manifest's author at `date`. */
function git(cwd, args, identity, date) {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: identity.name, GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name, GIT_COMMITTER_EMAIL: identity.email,
    ...(date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Replays the manifest's commits into a new repository `dir` on branch `live` and copies the chosen localized file
 * into `localizedDir` (a new git repository) at its English path, with `ms.sourcegitcommit` naming the rebuilt
 * hand-off. Answers what the tests need of its stale unit.
 */
function createEnglishSample(dir, localizedDir, workspaceFolder) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ENGLISH_SOURCE, 'manifest.json'), 'utf8'));
  const identity = manifest.rebuild_identity;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'live'], identity);
  const messageFile = path.join(dir, '..', '.english-commit-message');
  for (const commit of manifest.commits) {
    for (const change of commit.changes) {
      const target = path.join(dir, change.path);
      if (change.status === 'D') {
        fs.rmSync(target, { force: true });
      } else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(path.join(ENGLISH_SOURCE, commit.dir, change.path), target);
      }
    }
    git(dir, ['add', '-A'], identity);
    fs.writeFileSync(messageFile, `${commit.subject}\n`);
    git(dir, ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', messageFile], identity, commit.author_date);
  }
  fs.rmSync(messageFile, { force: true });
  const rebuilt = git(dir, ['rev-list', '--first-parent', '--reverse', 'live'], identity).trim().split('\n');
  if (rebuilt.length !== manifest.commits.length) throw new Error(`rebuilt ${rebuilt.length} of ${manifest.commits.length} English commits`);

  const file = manifest.localized_files.find(candidate => candidate.key === ENGLISH.key);
  const handoff = rebuilt[manifest.commits.findIndex(commit => commit.sha === file.sourcegitcommit)];
  const text = fs.readFileSync(path.join(ENGLISH_SOURCE, file.file), 'utf8')
    .replace(/(ms\.sourcegitcommit:[ \t]*)[0-9a-f]{40}/, `$1${handoff}`);
  fs.mkdirSync(localizedDir, { recursive: true });
  git(localizedDir, ['init', '-q', '-b', 'live-sxs'], identity);
  const copy = path.join(localizedDir, file.english_path);
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.writeFileSync(copy, text);
  fs.writeFileSync(path.join(localizedDir, '.sxslint.jsonc'),
    `// The English repository of this localized one, beside the workspace.\n{ "english": { "repository": ${JSON.stringify(path.relative(localizedDir, dir))} } }\n`);
  const [stale] = file.expected.stale;
  const unit = unitOf(file.file, text, stale.id);
  return {
    path: path.relative(workspaceFolder, copy).split(path.sep).join('/'),
    file: copy,
    repository: dir,
    staleCount: file.expected.stale_ids.length,
    unit: { ...unit, targetText: plain(unit.target), sourceText: plain(unit.source) },
    oldEnglish: stale.english_at_handoff,
    newEnglish: stale.replaced_by,
    newEnglishText: plain(stale.replaced_by),
  };
}

/**
 * Creates the workspace under `root` (a new temporary folder when omitted) and returns the manifest.
 * Layout: <root>/workspace/... and <root>/manifest.json.
 * `options.demo` leaves out the files that only the tests use.
 */
function createWorkspace(root, options = {}) {
  root = root ? path.resolve(root) : fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-e2e-ws-'));
  const folder = path.join(root, 'workspace');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const write = (rel, text) => {
    const file = path.join(folder, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  fs.cpSync(SAMPLES_DIR, folder, { recursive: true });
  const manifest = { folder, samples: {}, faults: [], plain: { path: PLAIN, file: path.join(folder, PLAIN) } };
  for (const [name, sample] of Object.entries(SAMPLES)) {
    const text = readSample(sample.file);
    const unit = unitOf(sample.file, text, sample.unit);
    manifest.samples[name] = {
      path: sample.file,
      file: path.join(folder, sample.file),
      unit: { ...unit, targetText: plain(unit.target), sourceText: plain(unit.source) },
      unitCount: findUnits(text).length,
    };
  }
  for (const fault of FAULTS) {
    const unit = unitOf(fault.from, readSample(fault.from), fault.unit);
    const rel = faultyName(fault.from);
    manifest.faults.push({
      kind: fault.kind, path: rel, file: path.join(folder, rel), from: fault.from, unit: unit.id,
      line: unit.line, ...findIdMismatch(readSample(rel), unit), originalFile: path.join(SAMPLES_DIR, fault.from),
    });
  }

  // A long file (487 KB, hundreds of units) for scroll sync and the open timings.
  const longText = fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'data', 'corpus', LONG), 'utf8');
  manifest.long = { path: LONG, file: write(LONG, longText), unitCount: findUnits(longText).length };

  if (!options.demo) {
    manifest.grid = {};
    for (const [name, copy] of Object.entries(GRID_COPIES)) {
      const text = readSample(copy.from);
      const unit = unitOf(copy.from, text, copy.unit);
      manifest.grid[name] = {
        path: copy.to,
        file: write(copy.to, text),
        unit: { ...unit, targetText: plain(unit.target), sourceText: plain(unit.source) },
        unitCount: findUnits(text).length,
      };
    }
    const text = readSample(GRID_FAULT.from);
    const unit = unitOf(GRID_FAULT.from, text, GRID_FAULT.unit);
    const shared = manifest.faults.find(f => f.unit === unit.id);
    const injected = otherId(unit.sourceId, [shared && shared.injected]);
    const faulty = replaceOnce(text, `data-stu-id="${unit.sourceId}"`, `data-stu-id="${injected}"`);
    const file = write(GRID_FAULT.to, faulty);
    manifest.grid.faulty = {
      kind: 'id-mismatch', path: GRID_FAULT.to, file, from: GRID_FAULT.from, unit: unit.id, line: unit.line,
      ...findIdMismatch(faulty, unit), originalFile: path.join(SAMPLES_DIR, GRID_FAULT.from),
    };
    manifest.grid.long = { path: GRID_LONG, file: write(GRID_LONG, longText), unitCount: manifest.long.unitCount };
  }

  // The preview security test writes its hostile payloads (which need its canary's port) into this file. It exists
  // from the start so that quick open, which may answer from a file list cached at startup, can find it.
  if (!options.demo) {
    manifest.securityCanary = { path: SECURITY_CANARY, file: write(SECURITY_CANARY, '# Placeholder: the preview security test writes its document here.\n') };
  }
  // The demo has it too, so that stale units can be tried: hover, preview, status bar.
  manifest.english = createEnglishSample(path.join(root, ENGLISH.repository), path.join(folder, ENGLISH.localized), folder);
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

module.exports = { createWorkspace, findUnits, plain, SAMPLES, FAULTS, PLAIN };

if (require.main === module) {
  const manifest = createWorkspace(process.argv[2]);
  console.log(manifest.folder);
}
