/**
 * Server CPU per one-character edit on routing.md over the protocol: `node bench/build.mjs && SERVER=dist/server.js
 * node out/bench/protoCpu.mjs [edits]` (Linux: reads the server's CPU time from /proc). CPU time, unlike the wall
 * time of `npm run bench`, hardly moves when other processes share the cores, so two builds can be compared.
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
const client = new LspClient(process.env.SERVER ?? path.join(repoRoot, 'dist', 'server.js'));
const pid = (client as unknown as { child: { pid: number } }).child.pid;
const ticks = (): number => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
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
let version = 1;
const wall: number[] = [];
let cpu = 0;
for (let i = 0; i < 10 + edits; i++) {
  const unit = candidates[Math.floor(random() * candidates.length)];
  const at = positionAt(model.lineStarts, unit.target.start + 1);
  for (const insert of [true, false]) {
    version++;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    await new Promise(r => setTimeout(r, 30));
    const published = client.nextDiagnostics(uri, version);
    const c = ticks();
    const s = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    await published;
    if (i >= 10) { wall.push(performance.now() - s); cpu += ticks() - c; }
  }
}
console.log(JSON.stringify({ openCpuMs: openCpu, editCpuMsMean: +(cpu / wall.length).toFixed(2), editWallP50: +percentile(wall, 50).toFixed(1), editWallP99: +percentile(wall, 99).toFixed(1), edits: wall.length }));
await client.shutdown();
