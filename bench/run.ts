/**
 * `npm run bench`: one process, the same bytes for every contender, ratios within the run.
 *
 *   1. throughput over the real corpus and over generated 1, 5 and 20 MB documents:
 *      htmlparser2's raw tokenizer (no-op callbacks: the floor), `parseSxs`, parse + every check + LSP diagnostics,
 *      and markdownlint (default configuration, sync API on strings);
 *   2. memory held per byte of open text (needs `--expose-gc`, which the npm script passes);
 *   3. latency over the protocol against the built `dist/server.js --stdio`;
 *   4. whole processes: `sxs-lint --format json` over one locale, the corpus and a generated repository of about
 *      2,000 files (with and without worker threads), against a process that only reads and tokenizes the same
 *      files, a bare `node`, and a markdownlint process;
 *   5. every target of issue 16, met or missed.
 *
 * Options: `--json` prints the results as JSON instead of tables; `--quick` runs fewer iterations; `--full` also
 * runs markdownlint on the 20 MB document; `--skip=throughput,checks,memory,protocol,cli,markdownlint` leaves sections (or markdownlint) out. Results are also written to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Tokenizer } from 'htmlparser2';
import { lint as markdownlint } from 'markdownlint/sync';
import { createAnalysis } from '../server/src/checks/analysis';
import { allChecks } from '../server/src/checks/registry';
import { runChecks } from '../server/src/checks/run';
import { computeDiagnostics } from '../server/src/languageFeatures/diagnostics';
import { parseSxs } from '../server/src/sxs/parser';
import { createLanguageService } from '../server/src/languageService';
import { corpusRoot as corpusRootOf, generateDocument, readCorpus, type BenchFile } from './corpus';
import { measureProtocol, type ProtocolResult } from './protocol';
import { collectGarbage, hasGc, median, medianTime } from './timing';

// The bundle lives in out/bench/; the repository root is two levels up.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
/** markdownlint takes minutes on the 20 MB document; it runs there only with --full. */
const full = args.includes('--full');
const skip = new Set((args.find(arg => arg.startsWith('--skip='))?.slice('--skip='.length) ?? '').split(',').filter(Boolean));

/** The largest real file: the language server's figures are measured on it. */
const ROUTING = 'pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md';

type Contender = 'tokenize' | 'parse' | 'analyse' | 'markdownlint';

interface ThroughputRow {
  readonly dataset: string;
  readonly files: number;
  readonly bytes: number;
  readonly units: number;
  /** Median ms over the whole dataset, per contender. */
  readonly ms: Record<Contender, number>;
  readonly runs: Record<Contender, number>;
}

interface MemoryRow {
  readonly dataset: string;
  readonly bytes: number;
  /** Heap held by the kept models (text excluded), per byte of text. */
  readonly modelPerByte: number;
  /** Heap held by the text strings themselves, per byte of text. */
  readonly textPerByte: number;
  /** Models, findings and diagnostics kept, per byte of text. */
  readonly analysisPerByte: number;
  /**
   * What the language service holds for the open documents after their diagnostics were asked for (model, findings,
   * diagnostics, the incremental checker's cache), text excluded, per byte of text.
   */
  readonly servicePerByte: number;
}

const noop = (): void => undefined;
const tokenizerCallbacks = {
  onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop,
  oncomment: noop, ondeclaration: noop, onend: noop, onopentagend: noop, onopentagname: noop,
  onprocessinginstruction: noop, onselfclosingtag: noop, ontext: noop, ontextentity: noop,
};

function tokenize(text: string): void {
  const tokenizer = new Tokenizer({ decodeEntities: false }, tokenizerCallbacks);
  tokenizer.write(text);
  tokenizer.end();
}

function analyse(text: string): number {
  const doc = parseSxs(text);
  return computeDiagnostics(doc, runChecks(doc)).length;
}

let sink = 0;
const contenders: Record<Contender, (text: string) => void> = {
  tokenize,
  parse: text => {
    sink += parseSxs(text).units.length;
  },
  analyse: text => {
    sink += analyse(text);
  },
  markdownlint: text => {
    sink += Object.keys(markdownlint({ strings: { document: text } })).length;
  },
};

function measureThroughput(dataset: string, files: readonly BenchFile[]): ThroughputRow {
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const large = bytes > 4e6 || files.length > 1;
  const ms = {} as Record<Contender, number>;
  const runs = {} as Record<Contender, number>;
  for (const contender of Object.keys(contenders) as Contender[]) {
    const work = contenders[contender];
    const slow = contender === 'markdownlint';
    if (slow && ((files.length === 1 && bytes > 10e6 && !full) || skip.has('markdownlint'))) {
      ms[contender] = NaN;
      runs[contender] = 0;
      continue;
    }
    const warmup = quick ? 1 : slow && large ? 1 : 2;
    const count = quick ? (slow ? 1 : 3) : slow ? (large ? 3 : 5) : 7;
    collectGarbage();
    const result = medianTime(() => {
      for (const file of files) {
        work(file.text);
      }
    }, warmup, count);
    ms[contender] = result.median;
    runs[contender] = count;
  }
  const units = files.reduce((sum, file) => sum + parseSxs(file.text).units.length, 0);
  return { dataset, files: files.length, bytes, units, ms, runs };
}

/** Heap held by texts and their kept models, measured with forced collections around them. */
function measureMemory(dataset: string, files: readonly BenchFile[]): MemoryRow {
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  // Fresh copies of the texts, so the strings measured are the ones the models point into.
  const texts = files.map(file => Buffer.from(file.text, 'utf8').toString('utf8'));
  collectGarbage();
  const withTexts = process.memoryUsage().heapUsed;
  const models = texts.map(text => parseSxs(text));
  collectGarbage();
  const withModels = process.memoryUsage().heapUsed;
  const analyses = models.map(model => {
    const findings = runChecks(model);
    return { findings, diagnostics: computeDiagnostics(model, findings) };
  });
  collectGarbage();
  const withAnalyses = process.memoryUsage().heapUsed;
  sink += texts.length + models.length + analyses.length;
  models.length = 0;
  analyses.length = 0;
  collectGarbage();
  const beforeService = process.memoryUsage().heapUsed;
  // The server's own state: one language service, every text open in it, as after the first diagnostics.
  const service = createLanguageService();
  for (const [i, text] of texts.entries()) {
    sink += service.getDiagnostics({ uri: `file:///bench/${i}.md`, version: 1, getText: () => text }).length;
  }
  collectGarbage();
  const withService = process.memoryUsage().heapUsed;
  sink += texts.length + (service ? 1 : 0);
  return {
    dataset,
    bytes,
    textPerByte: (withTexts - base) / bytes,
    modelPerByte: (withModels - withTexts) / bytes,
    analysisPerByte: (withAnalyses - withTexts) / bytes,
    servicePerByte: (withService - beforeService) / bytes,
  };
}

interface CheckCost {
  readonly id: string;
  readonly alias: string;
  readonly ms: number;
}

/**
 * What each check costs over the data set: the inline tokenization of every unit's halves (shared by the QA
 * checks, kept in one analysis per document) first, then each check alone on the same parsed documents. Lazy values that the
 * tokenized halves compute on first use are charged to the first check that asks for them.
 */
function measureChecks(files: readonly BenchFile[], runs: number): { parseMs: number; pairsMs: number; checks: CheckCost[] } {
  const parseTimes: number[] = [];
  const pairTimes: number[] = [];
  const checkTimes = new Map<string, number[]>(allChecks.map(check => [check.id, []]));
  for (let run = 0; run < runs + 1; run++) {
    collectGarbage();
    let start = performance.now();
    const docs = files.map(file => parseSxs(file.text));
    const parsed = performance.now() - start;
    start = performance.now();
    // One analysis per document, kept across the checks' runs so that the halves are tokenized once.
    const analyses = docs.map(doc => createAnalysis(doc));
    for (const analysis of analyses) {
      for (const unit of analysis.doc.units) {
        analysis.pair(unit);
      }
    }
    const paired = performance.now() - start;
    if (run > 0) {
      parseTimes.push(parsed);
      pairTimes.push(paired);
    }
    for (const check of allChecks) {
      start = performance.now();
      for (const [i, doc] of docs.entries()) {
        sink += runChecks(doc, undefined, { checks: [check], analysis: analyses[i] }).length;
      }
      if (run > 0) {
        checkTimes.get(check.id)?.push(performance.now() - start);
      }
    }
  }
  const checks = allChecks.map(check => ({ id: check.id, alias: check.alias, ms: median(checkTimes.get(check.id) ?? []) }))
    .sort((a, b) => b.ms - a.ms);
  return { parseMs: median(parseTimes), pairsMs: median(pairTimes), checks };
}

interface ProcessRow {
  readonly name: string;
  readonly data: string;
  readonly files: number;
  readonly bytes: number;
  /** Median wall time of the whole process, spawn to exit. */
  readonly ms: number;
  readonly runs: number;
  readonly exitCode: number | null;
}

interface ProcessCase {
  readonly name: string;
  readonly data: string;
  readonly args: readonly string[];
  /** Runs after the warm-up one; the slow contenders run fewer times. */
  readonly runs: number;
}

/**
 * Whole processes, spawned in turns (one run of each case, then the next round) so that a burst of load on a shared
 * machine falls on every case alike; one warm-up round first (the file cache). Output is discarded.
 */
function measureProcesses(cases: readonly ProcessCase[], sizes: ReadonlyMap<string, { files: number; bytes: number }>): ProcessRow[] {
  const times = new Map<ProcessCase, number[]>(cases.map(c => [c, []]));
  const codes = new Map<ProcessCase, number | null>();
  const rounds = Math.max(...cases.map(c => c.runs)) + 1;
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      if (round > c.runs) {
        continue;
      }
      const start = performance.now();
      const result = spawnSync(process.execPath, c.args, { stdio: 'ignore', maxBuffer: 1 << 30 });
      const elapsed = performance.now() - start;
      codes.set(c, result.status);
      if (round > 0) {
        times.get(c)?.push(elapsed);
      }
    }
  }
  return cases.map(c => ({
    name: c.name, data: c.data, files: sizes.get(c.data)?.files ?? 0, bytes: sizes.get(c.data)?.bytes ?? 0,
    ms: median(times.get(c) ?? []), runs: times.get(c)?.length ?? 0, exitCode: codes.get(c) ?? null,
  }));
}

/**
 * A whole localized repository: copies of the corpus folder side by side (`copy-1/pl-pl/…`) until `fileCount`
 * markdown files, and a folder of one locale (the small case). Written under the system's temporary folder, not in
 * the repository: `out/` is ignored by the repository's .gitignore, which `sxs-lint` respects.
 */
function writeTree(corpusRoot: string, corpus: readonly BenchFile[], fileCount: number): { root: string; tree: string; small: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'sxs-bench-'));
  const tree = path.join(root, 'tree');
  let written = 0;
  for (let copy = 1; written < fileCount; copy++) {
    for (const file of corpus) {
      if (written >= fileCount) {
        break;
      }
      const target = path.join(tree, `copy-${copy}`, file.name);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(corpusRoot, file.name), target);
      written++;
    }
  }
  const locale = 'de-de';
  const small = path.join(root, 'small');
  for (const file of corpus.filter(f => f.name.startsWith(`${locale}/`))) {
    const target = path.join(small, file.name);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(corpusRoot, file.name), target);
  }
  return { root, tree, small };
}

/** Markdown files and their UTF-8 bytes under a folder, as `sxs-lint` finds them. */
function sizeOf(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (/\.(md|markdown)$/i.test(entry.name)) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(folder);
  return { files, bytes };
}

function machine(): Record<string, string | number> {
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// ---- formatting ----------------------------------------------------------------------------------------------

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map(row => row[column].length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  return [line(header), `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const nsPerByte = (ms: number, bytes: number): number => (ms * 1e6) / bytes;

function throughputTable(rows: readonly ThroughputRow[]): string {
  return table(
    ['data', 'size', 'units', 'htmlparser2 tokenize ms', 'parse ms', 'parse+diagnostics ms', 'markdownlint ms',
      'analysis / tokenize', 'markdownlint / analysis', 'analysis ns/byte'],
    rows.map(row => [
      row.dataset, megabytes(row.bytes), String(row.units),
      fixed(row.ms.tokenize), fixed(row.ms.parse), fixed(row.ms.analyse), fixed(row.ms.markdownlint),
      `${fixed(row.ms.analyse / row.ms.tokenize, 2)}×`, `${fixed(row.ms.markdownlint / row.ms.analyse, 1)}×`,
      fixed(nsPerByte(row.ms.analyse, row.bytes), 2),
    ]),
  );
}

function linearityNote(rows: readonly ThroughputRow[]): string {
  const corpus = rows.find(row => row.dataset === 'corpus');
  if (!corpus) {
    return '';
  }
  const base = nsPerByte(corpus.ms.analyse, corpus.bytes);
  return rows.filter(row => row !== corpus)
    .map(row => `${row.dataset}: parse+diagnostics per-byte cost ${fixed(nsPerByte(row.ms.analyse, row.bytes) / base, 2)}× the corpus's`)
    .join('\n');
}

function memoryTable(rows: readonly MemoryRow[]): string {
  return table(
    ['data', 'size', 'text B/B', 'model B/B (text excluded)', 'model+findings+diagnostics B/B', 'all incl. text B/B',
      'language service incl. text B/B'],
    rows.map(row => [row.dataset, megabytes(row.bytes), fixed(row.textPerByte, 2), fixed(row.modelPerByte, 2),
      fixed(row.analysisPerByte, 2), fixed(row.textPerByte + row.analysisPerByte, 2), fixed(row.textPerByte + row.servicePerByte, 2)]),
  );
}

function checksTable(result: { parseMs: number; pairsMs: number; checks: CheckCost[] }): string {
  const total = result.pairsMs + result.checks.reduce((sum, check) => sum + check.ms, 0);
  const rows = [
    ['(parse, for reference)', fixed(result.parseMs), ''],
    ['(inline tokenization of all halves)', fixed(result.pairsMs), `${fixed((100 * result.pairsMs) / total)}%`],
    ...result.checks.map(check => [`${check.id} ${check.alias}`, fixed(check.ms), `${fixed((100 * check.ms) / total)}%`]),
  ];
  return table(['check', 'ms over the corpus', 'share of checking'], rows);
}

function processTable(rows: readonly ProcessRow[]): string {
  return table(['process', 'data', 'files', 'size', 'wall ms', 'runs', 'exit'],
    rows.map(row => [row.name, row.data, String(row.files), megabytes(row.bytes), fixed(row.ms, 0), String(row.runs), String(row.exitCode)]));
}

/** Every target of issue 16 with the figure of this run and whether it is met. */
function targetsTable(results: Record<string, unknown>): string {
  const rows: string[][] = [];
  const add = (target: string, value: number | undefined, text: (v: number) => string, met: (v: number) => boolean): void => {
    const known = value !== undefined && Number.isFinite(value);
    rows.push([target, known ? text(value) : 'not measured', known ? (met(value) ? 'met' : 'missed') : '']);
  };
  const throughput = results.throughput as ThroughputRow[] | undefined;
  const corpus = throughput?.find(row => row.dataset === 'corpus');
  const large = throughput?.find(row => row.dataset === 'generated-20MB.md');
  add('parse + default checks ≤ 3× htmlparser2 tokenization (stretch 2×), corpus', corpus && corpus.ms.analyse / corpus.ms.tokenize,
    v => `${fixed(v, 2)}×`, v => v <= 3);
  add('≥ 50× faster than markdownlint, in process, corpus', corpus && corpus.ms.markdownlint / corpus.ms.analyse, v => `${fixed(v, 1)}×`, v => v >= 50);
  add('20 MB document ≤ 1.2× the corpus\'s per-byte cost', corpus && large && (large.ms.analyse / large.bytes) / (corpus.ms.analyse / corpus.bytes),
    v => `${fixed(v, 2)}×`, v => v <= 1.2);
  const processes = results.processes as ProcessRow[] | undefined;
  const proc = (name: string, data: string): number | undefined => processes?.find(row => row.name === name && row.data === data)?.ms;
  const lint = proc('sxs-lint --format json', 'corpus');
  const floor = proc('read + htmlparser2 tokenize', 'corpus');
  add('sxs-lint --format json ≤ 2× a process that reads and tokenizes, corpus', lint !== undefined && floor !== undefined ? lint / floor : undefined,
    v => `${fixed(v, 2)}× (${fixed(lint ?? NaN, 0)} / ${fixed(floor ?? NaN, 0)} ms)`, v => v <= 2);
  add('sxs-lint over the corpus < 0.5 s wall', lint, v => `${fixed(v / 1000, 2)} s`, v => v < 500);
  const markdownlint = proc('markdownlint (API in one process)', 'corpus');
  add('≥ 10× faster than the markdownlint process, corpus', lint !== undefined && markdownlint !== undefined ? markdownlint / lint : undefined,
    v => `${fixed(v, 1)}×`, v => v >= 10);
  for (const data of ['one locale', 'corpus', 'tree']) {
    const auto = proc('sxs-lint --format json', data);
    const best = Math.min(proc('sxs-lint --format json --concurrency 0', data) ?? NaN, proc('sxs-lint --format json --concurrency 1', data) ?? NaN);
    add(`workers only where they pay (${data}): default within 10% of the better of --concurrency 0 and 1`,
      auto !== undefined ? auto / best : undefined, v => `${fixed(v, 2)}× the better`, v => v <= 1.1);
  }
  const protocol = (results.protocol as ProtocolResult[] | undefined)?.find(row => row.document === ROUTING);
  add('routing.md hover p99 < 2 ms', protocol?.hoverP99, v => `${fixed(v, 2)} ms`, v => v < 2);
  add('routing.md one-character edit → diagnostics p99 < 10 ms', protocol?.editP99, v => `${fixed(v, 1)} ms`, v => v < 10);
  add('routing.md open → first diagnostics < 150 ms', protocol?.openMs, v => `${fixed(v, 1)} ms`, v => v < 150);
  // The extension asks after each change, so the target reads a new version's answer, not a repeated one.
  add('routing.md sxs/previewData < 10 ms (new version)', protocol?.previewDataAfterEditMs ?? protocol?.previewDataMs, v => `${fixed(v, 1)} ms`, v => v < 10);
  for (const row of (results.memory as MemoryRow[] | undefined) ?? []) {
    add(`memory held by the language service ≤ 5 B per byte of text (${row.dataset})`, row.textPerByte + row.servicePerByte,
      v => `${fixed(v, 2)} B/B`, v => v <= 5);
  }
  const tree = processes?.find(row => row.name === 'sxs-lint --format json' && row.data === 'tree');
  const corpusRow = processes?.find(row => row.name === 'sxs-lint --format json' && row.data === 'corpus');
  add(`generated repository (${tree?.files ?? '?'} files, ${megabytes(tree?.bytes ?? NaN)}) < 5 s`, tree?.ms, v => `${fixed(v / 1000, 2)} s`, v => v < 5000);
  add('generated repository: per-byte wall time ≤ 1.2× the corpus\'s (linear)', tree && corpusRow ? (tree.ms / tree.bytes) / (corpusRow.ms / corpusRow.bytes) : undefined,
    v => `${fixed(v, 2)}×`, v => v <= 1.2);
  return table(['target', 'this run', 'met'], rows);
}

function protocolTable(rows: readonly ProtocolResult[]): string {
  return table(
    ['document', 'size', 'diagnostics', 'first open ms', 'open→diagnostics ms', 'hover p50 ms', 'hover p99 ms', 'edit→diagnostics p50 ms',
      'edit→diagnostics p99 ms', 'hover after edit p50 ms', 'hover after edit p99 ms', 'code lens ms', 'sxs/previewData ms',
      'sxs/previewData after edit ms'],
    rows.map(row => [row.document, megabytes(row.bytes), String(row.diagnostics), fixed(row.firstOpenMs), fixed(row.openMs), fixed(row.hoverP50, 2),
      fixed(row.hoverP99, 2), fixed(row.editP50, 1), fixed(row.editP99, 1), fixed(row.hoverAfterEditP50, 1),
      fixed(row.hoverAfterEditP99, 1), fixed(row.codeLensMs, 1),
      row.previewDataMs === undefined ? 'not served' : fixed(row.previewDataMs, 1),
      row.previewDataAfterEditMs === undefined ? 'not served' : fixed(row.previewDataAfterEditMs, 1)]),
  );
}

// ---- main ----------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const corpusRoot = corpusRootOf(repoRoot);
  const corpus = readCorpus(corpusRoot);
  if (corpus.length === 0) {
    throw new Error(`no markdown files under ${corpusRoot}`);
  }
  const generated = [1e6, 5e6, 20e6].map(size => generateDocument(corpus, size));
  const log = (text: string): void => {
    if (!asJson) {
      process.stderr.write(`${text}\n`);
    }
  };
  const results: Record<string, unknown> = { machine: machine(), date: new Date().toISOString(), quick, loadStart: loadavg() };

  if (!skip.has('throughput')) {
    const rows: ThroughputRow[] = [];
    log('throughput: corpus');
    rows.push(measureThroughput('corpus', corpus));
    for (const file of generated) {
      log(`throughput: ${file.name}`);
      rows.push(measureThroughput(file.name, [file]));
    }
    results.throughput = rows;
  }

  if (!skip.has('checks')) {
    log('checks: cost of each check over the corpus');
    results.checks = measureChecks(corpus, quick ? 1 : 3);
  }

  if (!skip.has('memory')) {
    if (hasGc()) {
      log('memory');
      const routing = corpus.find(file => file.name === ROUTING) ?? [...corpus].sort((a, b) => b.bytes - a.bytes)[0];
      // routing.md is opened 20 times over (20 documents): one 0.5 MB document's heap is within the collector's noise.
      results.memory = [measureMemory('corpus', corpus), measureMemory(`${routing.name} ×20`, Array.from({ length: 20 }, () => routing)), measureMemory(generated[2].name, [generated[2]])];
    } else {
      log('memory: skipped (run node with --expose-gc)');
    }
  }

  if (!skip.has('protocol')) {
    const serverScript = path.join(repoRoot, 'dist', 'server.js');
    if (existsSync(serverScript)) {
      const routing = corpus.find(file => file.name === ROUTING) ?? [...corpus].sort((a, b) => b.bytes - a.bytes)[0];
      const options = quick
        ? { openRuns: 2, hovers: 50, edits: 10, warmup: 3, editGapMs: 200 }
        : { openRuns: 5, hovers: 300, edits: 50, warmup: 10, editGapMs: 200 };
      const rows: ProtocolResult[] = [];
      for (const file of [routing, generated[1]]) {
        log(`protocol: ${file.name}`);
        rows.push(await measureProtocol(serverScript, file, options));
      }
      results.protocol = rows;
    } else {
      log(`protocol: skipped (${serverScript} not built: npm run build)`);
    }
  }

  if (!skip.has('cli')) {
    const bin = path.join(repoRoot, 'bin', 'sxs-lint.js');
    const floor = path.join(repoRoot, 'out', 'bench', 'floor.mjs');
    const markdownlintProcess = path.join(repoRoot, 'out', 'bench', 'markdownlintProcess.mjs');
    log('cli: writing a generated repository');
    const { root, tree, small } = writeTree(corpusRoot, corpus, 2000);
    try {
      const sizes = new Map([['corpus', sizeOf(corpusRoot)], ['tree', sizeOf(tree)], ['one locale', sizeOf(small)], ['none', { files: 0, bytes: 0 }]]);
      const few = quick ? 1 : 5;
      const lint = (data: string, folder: string, concurrency: string | undefined, runs: number): ProcessCase => ({
        name: `sxs-lint --format json${concurrency === undefined ? '' : ` --concurrency ${concurrency}`}`, data, runs,
        args: [bin, '--format', 'json', ...(concurrency === undefined ? [] : ['--concurrency', concurrency]), folder],
      });
      log('cli: whole processes over one locale and the corpus');
      const rows = measureProcesses([
        { name: 'node -e "" (start-up only)', data: 'none', args: ['-e', ''], runs: few },
        { name: 'read + htmlparser2 tokenize', data: 'one locale', args: [floor, small], runs: few },
        lint('one locale', small, undefined, few),
        lint('one locale', small, '0', few),
        lint('one locale', small, '1', few),
        { name: 'read + htmlparser2 tokenize', data: 'corpus', args: [floor, corpusRoot], runs: few },
        lint('corpus', corpusRoot, undefined, few),
        lint('corpus', corpusRoot, '0', few),
        lint('corpus', corpusRoot, '1', few),
        ...(skip.has('markdownlint') ? [] : [{ name: 'markdownlint (API in one process)', data: 'corpus', args: [markdownlintProcess, corpusRoot], runs: quick ? 1 : 2 }]),
      ], sizes);
      log('cli: whole processes over the generated repository');
      rows.push(...measureProcesses([
        { name: 'read + htmlparser2 tokenize', data: 'tree', args: [floor, tree], runs: quick ? 1 : 3 },
        lint('tree', tree, undefined, quick ? 1 : 3),
        lint('tree', tree, '0', quick ? 1 : 3),
        lint('tree', tree, '1', quick ? 1 : 3),
      ], sizes));
      results.processes = rows;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  const outputDir = path.join(repoRoot, 'bench', 'results');
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(path.join(outputDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

  if (asJson) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  const m = results.machine as Record<string, string | number>;
  out.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}`);
  if (results.throughput) {
    const rows = results.throughput as ThroughputRow[];
    out.push('', 'Throughput (median wall time over the whole data set; same bytes for every column)', throughputTable(rows), linearityNote(rows));
  }
  if (results.checks) {
    out.push('', 'Cost of each check over the corpus (median; the checks of the table above, one at a time)',
      checksTable(results.checks as { parseMs: number; pairsMs: number; checks: CheckCost[] }));
  }
  if (results.memory) {
    out.push('', 'Memory held per byte of open text (UTF-8 bytes; heap delta after forced GC)', memoryTable(results.memory as MemoryRow[]));
  }
  if (results.protocol) {
    out.push('', 'Language server over stdio (dist/server.js --stdio)', protocolTable(results.protocol as ProtocolResult[]));
  }
  if (results.processes) {
    out.push('', 'Whole processes (median wall time, spawn to exit, run in turns; the machine\'s load average before and after below)',
      processTable(results.processes as ProcessRow[]));
  }
  out.push('', `load average (1, 5, 15 min) at the start: ${(results.loadStart as number[]).map(v => v.toFixed(2)).join(', ')}; at the end: ${loadavg().map(v => v.toFixed(2)).join(', ')}`);
  out.push('', 'Targets (issue 16)', targetsTable(results));
  process.stdout.write(`${out.join('\n')}\n`);
  if (sink === -1) {
    process.stdout.write('\n');
  }
}

main().catch(error => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
