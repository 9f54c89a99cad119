/**
 * Seeded fuzzing of the whole analysis: mutate real sxs files, then run the parser, every check and every
 * language feature over the result and check the properties that must hold for any input (no exception, ranges
 * inside the document, same input same answer, fix-all stable). Plain functions, so the mocha suite and
 * `npm run fuzz` share them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionContext, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { proseChange } from '../../server/src/checks/fixSafety';
import { runChecks, type RunFinding } from '../../server/src/checks/run';
import type { Check } from '../../server/src/checks/types';
import { FIX_ALL } from '../../server/src/languageFeatures/codeActions';
import { computeCompactPreviewData, computePreviewData, expandPreviewData } from '../../server/src/languageFeatures/preview';
import { createLanguageService } from '../../server/src/languageService';
import type { CompactPreviewData } from '../../server/src/protocol';
import { parseSxs } from '../../server/src/sxs/parser';
import type { OffsetRange, SxsDocument } from '../../server/src/sxs/types';

// ==== PRNG ======================================================================================================

/** A small seeded generator (mulberry32): the same seed gives the same cases on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ==== Corpus ====================================================================================================

export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'SOURCES.md') {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

// ==== Mutations =================================================================================================

const snippets = [
  '<span data-ttu-id="abcde-101">', '<span data-ttu-id=\'x\'>', '<span data-ttu-id=abcde-7 class="a">', '<span data-ttu-id="',
  '</span>', '</span></span>', '<span>', '<SPAN>', '<span', '</span',
  '<span class="sxs-lookup"><span data-stu-id="abcde-101">', '<span class="sxs-lookup">', '<span data-stu-id="q">',
  '</span><span class="sxs-lookup"><span data-stu-id="', '"', "'", '`', '``', '```', '```\n', '~~~\n', '\\', '\\\\',
  '<!--', '-->', '|', '| --- |\n', '> ', '> [!NOTE]\n', '---\n', '# ', '======\n', '    ', '\t', '* ', '1. ',
  '[', '](', '](http://x)', '![', '<<<<<<< HEAD\n', '=======\n', '>>>>>>> b\n', '<a name="x"></a>', '<div>', '<br>',
  '\r', '\r\n', '\n', '\n\n', '\u0000', '\ufeff', '\ud800', '\udc00', '😀', 'é', '\u202e', '&amp;', '&#x3c;',
];

type Mutator = (text: string, random: Random) => string;

function at(text: string, random: Random): number {
  return random.int(text.length + 1);
}

function removeAll(text: string, needle: string, random: Random): string {
  // Remove (or duplicate) one occurrence of a needle, chosen at random among its first matches.
  const hits: number[] = [];
  let index = text.indexOf(needle);
  while (index >= 0 && hits.length < 2000) {
    hits.push(index);
    index = text.indexOf(needle, index + 1);
  }
  if (hits.length === 0) {
    return text;
  }
  const hit = random.pick(hits);
  return random.chance(0.5)
    ? text.slice(0, hit) + text.slice(hit + needle.length)
    : text.slice(0, hit) + needle + text.slice(hit);
}

const mutators: readonly (readonly [string, Mutator])[] = [
  ['flip', (text, random) => {
    const i = random.int(Math.max(1, text.length));
    const code = random.chance(0.2) ? random.int(0x10000) : random.int(128);
    return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
  }],
  ['insert', (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + random.pick(snippets) + text.slice(i);
  }],
  ['delete', (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + text.slice(i + 1 + random.int(random.chance(0.1) ? 2000 : 40));
  }],
  ['truncate', (text, random) => text.slice(0, at(text, random))],
  ['spanTag', (text, random) => removeAll(text, random.pick(['</span>', '<span', '<span class="sxs-lookup">', '</span></span>', 'data-ttu-id', 'data-stu-id', '>']), random)],
  ['quote', (text, random) => removeAll(text, random.pick(['"', "'", '`', '```', '<!--', '-->']), random)],
  ['joinLines', (text, random) => removeAll(text, '\n', random)],
  ['splitLine', (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + random.pick(['\n', '\r\n', '\r', '\n\n']) + text.slice(i);
  }],
  ['lineEndings', (text, random) => {
    const choice = random.int(3);
    if (choice === 0) return text.replace(/\r?\n/g, '\r\n');
    if (choice === 1) return text.replace(/\r?\n/g, () => random.pick(['\n', '\r\n', '\r']));
    return text.replace(/\r\n?/g, '\n');
  }],
  ['opener', (text, random) => {
    const i = at(text, random);
    const id = random.chance(0.5) ? `${random.pick(['abcde', '9d2bc', 'ZZZ', ''])}-${random.pick(['', 'p'])}${random.int(500)}` : random.pick(snippets);
    const form = random.pick([
      `<span data-ttu-id="${id}">`,
      `<span data-ttu-id="${id}">x</span><span class="sxs-lookup"><span data-stu-id="${id}">y</span></span>`,
      `<span data-ttu-id="${id}">x</span>`,
      `<span class="sxs-lookup"><span data-stu-id="${id}">y</span></span>`,
    ]);
    return text.slice(0, i) + form + text.slice(i);
  }],
  ['copyRange', (text, random) => {
    const from = random.int(text.length + 1);
    const piece = text.slice(from, from + random.int(300));
    const i = at(text, random);
    return text.slice(0, i) + piece + text.slice(i);
  }],
];

/** Applies 1-8 random mutations; returns the text and the names of the mutations, for the report. */
export function mutate(text: string, random: Random): { text: string; applied: string[] } {
  const count = 1 + random.int(8);
  const applied: string[] = [];
  let out = text;
  for (let i = 0; i < count; i++) {
    const [name, mutator] = random.pick(mutators);
    out = mutator(out, random);
    applied.push(name);
  }
  return { text: out, applied };
}

// ==== Properties ================================================================================================

export class PropertyError extends Error {}

function fail(message: string): never {
  throw new PropertyError(message);
}

function checkOffsetRange(range: OffsetRange | undefined, length: number, what: string): void {
  if (range === undefined) return;
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end)) fail(`${what}: non-integer range ${JSON.stringify(range)}`);
  if (range.start < 0 || range.end > length || range.start > range.end) {
    fail(`${what}: range ${range.start}-${range.end} outside the document (length ${length}) or reversed`);
  }
}

function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const line of lines) lengths.push(line.length);
  return lengths;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function checkLspRange(range: Range, lengths: readonly number[], what: string): void {
  for (const position of [range.start, range.end]) {
    if (position.line < 0 || position.line >= lengths.length || position.character < 0 || position.character > lengths[position.line]) {
      fail(`${what}: position ${position.line}:${position.character} outside the document`);
    }
  }
  if (comparePositions(range.start, range.end) > 0) fail(`${what}: range start after end`);
}

/** Checks the model's own invariants. */
export function checkModel(doc: SxsDocument, text: string): void {
  const n = text.length;
  if (doc.text !== text) fail('model text differs from the input');
  if (doc.lineStarts[0] !== 0) fail('lineStarts[0] is not 0');
  for (let i = 1; i < doc.lineStarts.length; i++) {
    if (doc.lineStarts[i] <= doc.lineStarts[i - 1] || doc.lineStarts[i] > n) fail(`lineStarts not increasing at ${i}`);
  }
  let previousEnd = 0;
  doc.units.forEach((unit, index) => {
    const what = `unit ${index}`;
    if (unit.index !== index) fail(`${what}: index ${unit.index}`);
    for (const key of ['range', 'targetOpen', 'targetIdRange', 'target', 'lookup', 'source', 'sourceIdRange'] as const) {
      checkOffsetRange(unit[key], n, `${what}.${key}`);
    }
    if (unit.range.start < previousEnd) fail(`${what}: overlaps the unit before it`);
    previousEnd = unit.range.end;
    if (unit.target.start < unit.range.start || unit.target.end > unit.range.end) fail(`${what}: target outside the unit`);
    if (unit.source && (unit.source.start < unit.range.start || unit.source.end > unit.range.end)) fail(`${what}: source outside the unit`);
    if (text.slice(unit.targetIdRange.start, unit.targetIdRange.end) !== unit.id) fail(`${what}: targetIdRange does not hold the ID`);
    if (unit.sourceIdRange && text.slice(unit.sourceIdRange.start, unit.sourceIdRange.end) !== unit.sourceId) {
      fail(`${what}: sourceIdRange does not hold the source ID`);
    }
  });
  doc.problems.forEach((problem, i) => {
    checkOffsetRange(problem.range, n, `problem ${i} (${problem.kind})`);
    if (problem.unit !== undefined && (problem.unit < 0 || problem.unit >= doc.units.length)) fail(`problem ${i}: unit ${problem.unit} does not exist`);
  });
  doc.headings.forEach((heading, i) => {
    checkOffsetRange(heading.range, n, `heading ${i}`);
    checkOffsetRange(heading.contentRange, n, `heading ${i} content`);
  });
  doc.blocks.forEach((block, i) => {
    checkOffsetRange(block.range, n, `block ${i}`);
    if (block.startLine < 0 || block.endLine > doc.lineStarts.length || block.startLine >= block.endLine) fail(`block ${i}: lines ${block.startLine}-${block.endLine}`);
  });
  if (doc.frontMatter) {
    checkOffsetRange(doc.frontMatter.range, n, 'front matter');
    checkOffsetRange(doc.frontMatter.contentRange, n, 'front matter content');
  }
}

export function checkFindings(findings: readonly RunFinding[], n: number): void {
  findings.forEach((finding, i) => {
    const what = `finding ${i} (${finding.code})`;
    checkOffsetRange(finding.range, n, what);
    for (const fix of finding.fixes ?? []) {
      const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
      sorted.forEach((edit, j) => {
        checkOffsetRange(edit.range, n, `${what} fix "${fix.title}" edit ${j}`);
        if (j > 0 && edit.range.start < sorted[j - 1].range.end) fail(`${what} fix "${fix.title}": edits overlap`);
      });
    }
  });
}

/** Offset of an LSP position in a text (positions already checked to be inside it). */
function offsetOf(lineStartOffsets: readonly number[], position: Position): number {
  return lineStartOffsets[position.line] + position.character;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      starts.push(i + 1);
    } else if (code === 13 || code === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Applies LSP edits by hand and checks that nothing outside them changed: the result is the untouched
 * segments in order with each edit's text between them.
 */
export function applyCheckedEdits(text: string, edits: readonly TextEdit[], what: string): string {
  const lengths = lineLengths(text);
  const starts = lineStartOffsets(text);
  const offsets = edits.map((edit, i) => {
    checkLspRange(edit.range, lengths, `${what} edit ${i}`);
    return { start: offsetOf(starts, edit.range.start), end: offsetOf(starts, edit.range.end), newText: edit.newText };
  }).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let copied = 0;
  for (const [i, edit] of offsets.entries()) {
    if (edit.start < copied) fail(`${what}: edit ${i} overlaps the one before it`);
    out += text.slice(copied, edit.start) + edit.newText;
    copied = edit.end;
  }
  out += text.slice(copied);
  const viaLibrary = TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 0, text), [...edits]);
  if (viaLibrary !== out) fail(`${what}: the edits do not apply the same way by offsets and by LSP positions`);
  return out;
}

export interface CaseResult {
  /** Set when fix-all did not settle in one run although it applied every fix it had (worth a look, not a failure). */
  fixAllNotIdempotent?: boolean;
  findings: number;
  units: number;
}

const checkErrorThrower = (check: Check, error: unknown): never => {
  throw error instanceof Error ? Object.assign(error, { message: `check ${check.id}: ${error.message}` }) : new Error(`check ${check.id}: ${String(error)}`);
};

function fixAllEdits(text: string, uri: string, version: number): { edits: TextEdit[]; offered: number } {
  const service = createLanguageService({ onCheckError: checkErrorThrower });
  const document = TextDocument.create(uri, 'markdown', version, text);
  const diagnostics = service.getDiagnostics(document);
  const context: CodeActionContext = { diagnostics, only: [FIX_ALL] };
  const actions = service.getCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context);
  const action = actions.find(a => a.kind === FIX_ALL);
  const offered = diagnostics.filter(d => d.data.fixes.some(fix => fix.preferred)).length;
  return { edits: action?.edit?.changes?.[uri] ?? [], offered };
}

/**
 * Runs every property over one text. Throws (PropertyError or whatever the code under test threw) on failure.
 * `positions` is how many random hovers to try.
 */
export function checkText(text: string, random: Random, positions = 20): CaseResult {
  const uri = 'file:///fuzz/doc.md';
  const doc = parseSxs(text);
  checkModel(doc, text);
  const findings = runChecks(doc, undefined, { onCheckError: checkErrorThrower });
  checkFindings(findings, text.length);

  // Same input, same answer.
  const again = parseSxs(text);
  if (JSON.stringify({ ...again, frontMatter: again.frontMatter && [...again.frontMatter.fields] }) !==
    JSON.stringify({ ...doc, frontMatter: doc.frontMatter && [...doc.frontMatter.fields] })) {
    fail('parsing the same text twice gave different models');
  }
  if (JSON.stringify(runChecks(again)) !== JSON.stringify(findings)) fail('checking the same text twice gave different findings');

  // Language features through the service, as the server calls them.
  const lengths = lineLengths(text);
  const service = createLanguageService({ onCheckError: checkErrorThrower });
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const diagnostics = service.getDiagnostics(document);
  diagnostics.forEach((d, i) => checkLspRange(d.range, lengths, `diagnostic ${i}`));
  for (let i = 0; i < positions; i++) {
    // Mostly real positions, sometimes past the end of a line or of the document.
    const offset = doc.units.length > 0 && random.chance(0.6)
      ? (() => { const u = random.pick(doc.units); return u.range.start + random.int(u.range.end - u.range.start + 1); })()
      : random.int(text.length + 1);
    const line = doc.lineStarts.length - 1 - [...doc.lineStarts].reverse().findIndex(start => start <= offset);
    const position = random.chance(0.1)
      ? { line: random.int(lengths.length + 3), character: random.int(500) }
      : { line, character: offset - doc.lineStarts[line] };
    const hover = service.getHover(document, position);
    if (hover?.range) checkLspRange(hover.range, lengths, 'hover range');
    if (hover && typeof hover.contents === 'object' && 'value' in hover.contents && typeof hover.contents.value !== 'string') {
      fail('hover contents are not a string');
    }
  }
  const range = { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1] } };
  for (const only of [undefined, ['quickfix'], [FIX_ALL], ['source']]) {
    const actions = service.getCodeActions(document, range, { diagnostics, only }, undefined);
    for (const action of actions) {
      const edits = action.edit?.changes?.[uri] ?? [];
      applyCheckedEdits(text, edits, `code action "${action.title}"`);
    }
  }
  for (const lens of service.getCodeLenses(document)) checkLspRange(lens.range, lengths, 'code lens');
  const walk = (symbols: ReturnType<typeof service.getDocumentSymbols>, depth: number): void => {
    for (const symbol of symbols) {
      checkLspRange(symbol.range, lengths, 'symbol range');
      checkLspRange(symbol.selectionRange, lengths, 'symbol selection range');
      if (comparePositions(symbol.selectionRange.start, symbol.range.start) < 0 || comparePositions(symbol.selectionRange.end, symbol.range.end) > 0) {
        fail(`symbol "${symbol.name}": selection range outside its range`);
      }
      if (symbol.children) walk(symbol.children, depth + 1);
    }
  };
  walk(service.getDocumentSymbols(document), 0);
  const preview = computePreviewData(doc, { uri, version: 1 });
  // The compact answer, through JSON and expanded with the text, is the full answer.
  const compactJson = JSON.stringify(computeCompactPreviewData(doc, { uri, version: 1 }));
  if (!isDeepStrictEqual(expandPreviewData(JSON.parse(compactJson) as CompactPreviewData, text), preview)) {
    fail('the compact preview data expands to something else than the full preview data');
  }
  for (const unit of preview.units) {
    for (const key of ['range', 'targetOpen', 'target', 'lookup', 'source'] as const) checkOffsetRange(unit[key], text.length, `preview unit ${unit.index}.${key}`);
  }
  const placed = preview.rows.flatMap(row => row.units);
  // Unit-like text inside a fenced code block is code, shown as code, not as a unit row.
  const shown = doc.units.filter(unit => unit.context.block !== 'fencedCode').length;
  if (placed.length !== shown || new Set(placed).size !== placed.length) fail('preview rows do not hold every unit outside fenced code exactly once');
  for (const row of preview.rows) {
    if (row.line < 0 || row.endLine < row.line || row.endLine >= doc.lineStarts.length) fail(`preview row lines ${row.line}-${row.endLine}`);
  }

  // Fix all: the edits touch only what they name (checked in applyCheckedEdits), and applying it twice is the
  // same as once (the service settles fixes that reveal or undo one another before it answers).
  const first = fixAllEdits(text, uri, 1);
  const current = applyCheckedEdits(text, first.edits, 'fix all');
  // Fix safety: fix all keeps every word of prose of every translation (checks/fixSafety.ts).
  if (first.edits.length > 0) {
    const fixed = parseSxs(current);
    if (fixed.units.length === doc.units.length) {
      for (let i = 0; i < doc.units.length; i++) {
        const before = text.slice(doc.units[i].target.start, doc.units[i].target.end);
        const after = current.slice(fixed.units[i].target.start, fixed.units[i].target.end);
        const change = proseChange(before, after);
        if (change !== undefined) fail(`fix all changed the words of unit ${doc.units[i].id} (${change}): "${before}" -> "${after}"`);
      }
    }
  }
  const fixAllNotIdempotent = false;
  if (first.edits.length > 0) {
    const second = fixAllEdits(current, uri, 2);
    if (applyCheckedEdits(current, second.edits, 'fix all (run 2)') !== current) {
      fail('fix all applied twice changes more than fix all applied once');
    }
  }
  return { fixAllNotIdempotent, findings: findings.length, units: doc.units.length };
}

// ==== Runs ======================================================================================================

export interface FuzzFailure {
  readonly caseIndex: number;
  readonly caseSeed: number;
  readonly file: string;
  readonly mutations: readonly string[];
  readonly error: string;
  readonly text: string;
}

export interface FuzzReport {
  readonly seed: number;
  readonly cases: number;
  readonly failures: FuzzFailure[];
  readonly fixAllNotIdempotent: number;
  readonly elapsedMs: number;
}

/** The seed of one case, so a single case can be re-run from the run's seed and its index. */
export function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

export interface FuzzOptions {
  readonly seed: number;
  readonly files: readonly string[];
  /** Stop after this many cases… */
  readonly maxCases: number;
  /** …or after this long, whichever comes first (`npm run fuzz`; the unit suite counts cases only). */
  readonly timeBudgetMs?: number;
  /** Files longer than this are cut (at a random place) to keep cases quick. */
  readonly maxLength?: number;
  readonly onCase?: (index: number) => void;
}

/** One case: pick a file, cut it, mutate it, check it. */
export function runCase(seed: number, index: number, files: readonly string[], maxLength: number):
  { file: string; mutations: string[]; text: string; run: () => CaseResult } {
  const random = new Random(caseSeed(seed, index));
  const file = random.pick(files);
  let base = readText(file);
  if (base.length > maxLength) {
    const start = random.int(base.length - maxLength);
    base = base.slice(start, start + maxLength);
  }
  const { text, applied } = mutate(base, random);
  return { file, mutations: applied, text, run: () => checkText(text, random) };
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const started = Date.now();
  const failures: FuzzFailure[] = [];
  let notIdempotent = 0;
  let cases = 0;
  for (let index = 0; index < options.maxCases && Date.now() - started < (options.timeBudgetMs ?? Number.POSITIVE_INFINITY); index++) {
    const one = runCase(options.seed, index, options.files, options.maxLength ?? 40_000);
    try {
      if (one.run().fixAllNotIdempotent) {
        notIdempotent++;
      }
    } catch (error) {
      failures.push({
        caseIndex: index,
        caseSeed: caseSeed(options.seed, index),
        file: one.file,
        mutations: one.mutations,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        text: one.text,
      });
    }
    cases++;
    options.onCase?.(index);
  }
  return { seed: options.seed, cases, failures, fixAllNotIdempotent: notIdempotent, elapsedMs: Date.now() - started };
}

// ==== Whole analysis, for timing ================================================================================

/** Everything the server does for a document: parse, checks, diagnostics, code lenses, symbols, preview, hovers. */
export function analyseAll(text: string): void {
  const document = TextDocument.create('file:///perf/doc.md', 'markdown', 1, text);
  const service = createLanguageService({ onCheckError: checkErrorThrower });
  const doc = service.getModel(document);
  const diagnostics = service.getDiagnostics(document);
  service.getCodeLenses(document);
  service.getDocumentSymbols(document);
  computePreviewData(doc, { uri: document.uri, version: 1 });
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  service.getCodeActions(document, range, { diagnostics: diagnostics.slice(0, 50), only: undefined });
  service.getCodeActions(document, range, { diagnostics: [], only: [FIX_ALL] });
  for (let i = 0; i < 20; i++) {
    const line = Math.floor((i * doc.lineStarts.length) / 20);
    service.getHover(document, { line, character: (i * 7919) % 1000 });
  }
}
