/**
 * The language service's edit loop on routing.md, in process, as the server runs it: `node bench/build.mjs && node
 * out/bench/editLoop.mjs [edits]` (FULL=1 parses every version, without the model shift). Prints CPU ms per phase
 * (the text document's update, the model, the diagnostics, the JSON of the notification), which holds on a busy
 * machine better than wall time; with `--cpu-prof` it shows where an edit's time goes.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../server/src/languageService';
import { parseSxs } from '../server/src/sxs/parser';
import { positionAt } from '../server/src/sxs/lineIndex';
import { corpusRoot, readCorpus } from './corpus';
import { percentile, seededRandom } from './timing';

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const edits = Number(process.argv[2] ?? '200');
const corpus = readCorpus(corpusRoot(repoRoot));
const file = corpus.find(f => f.name.endsWith('fundamentals/routing.md'))!;
const service = createLanguageService(process.env.FULL ? { parse: parseSxs } : {});
const doc = TextDocument.create('file:///bench/routing.md', 'markdown', 1, file.text);
const t0 = cpu();
const first = service.getDiagnostics(doc);
const open = cpu() - t0;
const model = parseSxs(file.text);
const candidates = model.units.filter(unit => unit.target.end - unit.target.start >= 2);
const random = seededRandom(42);
const phases: Record<string, number[]> = { update: [], parse: [], diag: [], json: [], total: [] };
let version = 1;
for (let i = 0; i < edits; i++) {
  const unit = candidates[Math.floor(random() * candidates.length)];
  const at = positionAt(model.lineStarts, unit.target.start + 1);
  for (const insert of [true, false]) {
    version++;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    const a = cpu();
    TextDocument.update(doc, [{ range, text: insert ? 'x' : '' }], version);
    const b = cpu();
    service.getModel(doc);
    const c = cpu();
    const d = service.getDiagnostics(doc);
    const e = cpu();
    const s = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, version, diagnostics: d } });
    JSON.parse(s);
    const f = cpu();
    if (i >= 10) {
      phases.update.push(b - a); phases.parse.push(c - b); phases.diag.push(e - c); phases.json.push(f - e); phases.total.push(f - a);
    }
  }
}
console.log(`open ${open.toFixed(1)} ms, ${first.length} diagnostics, ${model.units.length} units`);
for (const [k, v] of Object.entries(phases)) console.log(`${k}: p50 ${percentile(v, 50).toFixed(2)} p90 ${percentile(v, 90).toFixed(2)} p99 ${percentile(v, 99).toFixed(2)}`);
