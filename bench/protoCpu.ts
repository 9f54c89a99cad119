/**
 * Server CPU per request on routing.md over the protocol: `node bench/build.mjs && SERVER=dist/server.js
 * node out/bench/protoCpu.mjs [edits]` (Linux: reads the server's CPU time from /proc, in 10 ms ticks, so each figure
 * is a mean over many requests). CPU time, unlike the wall time of `npm run bench`, hardly moves when other
 * processes share the cores, so two builds can be compared. `NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/p'` passes
 * flags to the server's node.
 *
 * Figures: the one-character edit to its diagnostics (as before), a hover, and `sxs/previewData` (compact, as the
 * extension asks) for a version already answered and for a new version, after an edit and its undo.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseSxs } from '../server/src/sxs/parser';
import { positionAt } from '../server/src/sxs/lineIndex';
import { corpusRoot, readCorpus } from './corpus';
import { LspClient } from './lspClient';
import { percentile, seededRandom } from './timing';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = readCorpus(corpusRoot(repoRoot)).find(f => f.name.endsWith('fundamentals/routing.md'))!;
const edits = Number(process.argv[2] ?? '50');
const nodeArgs = (process.env.NODE_ARGS ?? '').split(' ').filter(arg => arg !== '');
const client = new LspClient(process.env.SERVER ?? path.join(repoRoot, 'dist', 'server.js'), ['--stdio'], nodeArgs);
const pid = (client as unknown as { child: { pid: number } }).child.pid;
const ticks = (): number => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));
await client.initialize();
const uri = 'file:///bench/routing.md';
const model = parseSxs(file.text);
const c0 = ticks();
const opened = client.nextDiagnostics(uri, 1);
client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: file.text } });
await opened;
const openCpu = ticks() - c0;
const candidates = model.units.filter(unit => unit.target.end - unit.target.start >= 2);
const random = seededRandom(42);
const somewhere = () => positionAt(model.lineStarts, candidates[Math.floor(random() * candidates.length)].target.start + 1);
let version = 1;

/** A character typed at `at` (or deleted again): its diagnostics are awaited by the caller through the promise. */
function edit(at: { line: number; character: number }, insert: boolean): Promise<unknown> {
  version++;
  const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
  const published = client.nextDiagnostics(uri, version);
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
  return published;
}

const wall: number[] = [];
let cpu = 0;
for (let i = 0; i < 10 + edits; i++) {
  const at = somewhere();
  for (const insert of [true, false]) {
    await sleep(30);
    const c = ticks();
    const s = performance.now();
    await edit(at, insert);
    if (i >= 10) { wall.push(performance.now() - s); cpu += ticks() - c; }
  }
}

const hovers = 300;
let hoverCpu = 0;
for (let i = 0; i < 10 + hovers; i++) {
  if (i === 10) hoverCpu = ticks();
  await client.request('textDocument/hover', { textDocument: { uri }, position: somewhere() });
}
hoverCpu = ticks() - hoverCpu;

const previews = 20;
let sameCpu = 0;
for (let i = 0; i < 5 + previews; i++) {
  if (i === 5) sameCpu = ticks();
  await client.request('sxs/previewData', { textDocument: { uri }, compact: true });
}
sameCpu = ticks() - sameCpu;
let newCpu = 0;
for (let i = 0; i < 5 + previews; i++) {
  const at = somewhere();
  await edit(at, true);
  await edit(at, false);
  await sleep(30);
  const c = ticks();
  await client.request('sxs/previewData', { textDocument: { uri }, compact: true });
  if (i >= 5) newCpu += ticks() - c;
}

console.log(JSON.stringify({
  openCpuMs: openCpu, editCpuMsMean: +(cpu / wall.length).toFixed(2), editWallP50: +percentile(wall, 50).toFixed(1),
  editWallP99: +percentile(wall, 99).toFixed(1), edits: wall.length, hoverCpuMsMean: +(hoverCpu / hovers).toFixed(2),
  previewSameVersionCpuMsMean: +(sameCpu / previews).toFixed(2), previewNewVersionCpuMsMean: +(newCpu / previews).toFixed(2),
}));
await client.shutdown();
