/**
 * Bilingual preview data: the parsed document turned into rows (one per markdown block) of units, each with
 * its translated and English halves as markdown source. Pure: the renderer lives in the client.
 */
import type { Block, OffsetRange, SxsDocument, SxsUnit } from '../sxs/types';
import { commonPrefix } from '../sxs/affixes';
import type {
  CompactPreviewData, CompactRowExtras, PreviewCellAlign, PreviewCellPart, PreviewData, PreviewRange, PreviewRow, PreviewRowKind, PreviewTableLine,
  PreviewUnit, TextDirection,
} from '../protocol';

export interface PreviewDataOptions {
  readonly uri: string;
  readonly version?: number | null;
}

/** Blocks without units longer than this are not shown (a preview of a huge code block helps no one). */
const maxPlainBlockLength = 20_000;

const tableDelimiter = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

const rtlLanguages = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

export function computePreviewData(doc: SxsDocument, options: PreviewDataOptions): PreviewData {
  const problems = problemsByUnit(doc);
  const units = doc.units.map(unit => toPreviewUnit(doc, unit, problems.get(unit.index) ?? []));
  return {
    uri: options.uri,
    version: options.version ?? null,
    locale: doc.locale,
    direction: textDirection(doc.locale, units),
    units,
    rows: computeRows(doc),
    problemCount: doc.problems.length,
  };
}

function problemsByUnit(doc: SxsDocument): Map<number, string[]> {
  const byUnit = new Map<number, string[]>();
  for (const problem of doc.problems) {
    if (problem.unit === undefined) continue;
    const list = byUnit.get(problem.unit) ?? [];
    list.push(problem.detail);
    byUnit.set(problem.unit, list);
  }
  return byUnit;
}

/**
 * The same data as `computePreviewData`, packed (see `CompactPreviewData`): no unit objects and no halves' text, so
 * the answer for a long file is a quarter of the size and far quicker to write and read.
 */
export function computeCompactPreviewData(doc: SxsDocument, options: PreviewDataOptions): CompactPreviewData {
  const unitNumbers: (number | null)[][] = [];
  const ids: string[] = [];
  const linkHrefs: [number, string][] = [];
  let previousStart = 0;
  let previousLine = 0;
  for (const unit of doc.units) {
    const { range, targetOpen, target, lookup, source } = unit;
    const start = range.start;
    const line = lineAt(doc.lineStarts, start);
    // Each offset after the one before it: small numbers, short JSON.
    const numbers: (number | null)[] = [
      start - previousStart,
      line - previousLine,
      start - doc.lineStarts[line],
      lineAt(doc.lineStarts, Math.max(start, range.end - 1)) - line,
      targetOpen.start - start,
      targetOpen.end - targetOpen.start,
      target.start - targetOpen.end,
      target.end - target.start,
    ];
    let last = target.end;
    if (lookup) {
      numbers.push(lookup.start - last);
      last = lookup.start;
    } else {
      numbers.push(null);
    }
    if (source) {
      numbers.push(source.start - last, source.end - source.start);
      last = source.end;
    } else {
      numbers.push(null, null);
    }
    if (lookup) {
      numbers.push(lookup.end - last);
      last = lookup.end;
    } else {
      numbers.push(null);
    }
    numbers.push(range.end - last);
    unitNumbers.push(numbers);
    ids.push(unit.id);
    previousStart = start;
    previousLine = line;
    const linkHref = unit.context.linkText ? linkDestinationAfter(doc.text, range.end) : undefined;
    if (linkHref !== undefined) linkHrefs.push([unit.index, linkHref]);
  }
  return {
    format: 'compact',
    uri: options.uri,
    version: options.version ?? null,
    locale: doc.locale,
    // Only a file without a locale needs the halves' text for its direction.
    direction: textDirection(doc.locale, doc.locale ? [] : doc.units.map(unit => ({ targetText: slice(doc.text, unit.target) }))),
    ids,
    unitNumbers,
    linkHrefs,
    problems: [...problemsByUnit(doc)],
    ...packRows(rowsOf(doc)),
    problemCount: doc.problems.length,
  };
}

/** The rows of each model whose compact preview data was made: the next version's model may take them over. */
const rowsByModel = new WeakMap<SxsDocument, readonly PreviewRow[]>();

function rowsOf(doc: SxsDocument): readonly PreviewRow[] {
  let rows = rowsByModel.get(doc);
  if (rows === undefined) {
    rows = computeRows(doc);
    rowsByModel.set(doc, rows);
  }
  return rows;
}

/**
 * `shifted` is `previous` moved by one edit inside a half that cannot change the structure (`modelShift.ts`: letters,
 * digits or spaces, no line break). The rows hold lines, unit indices and the text outside units, never offsets, so
 * they stay the same, except the anchors of a heading, made from its units' text: the rows of `previous`, if they
 * were made, serve `shifted` unless the edited unit is in a heading row.
 */
export function carryPreviewRows(previous: SxsDocument, shifted: SxsDocument): void {
  const rows = rowsByModel.get(previous);
  if (rows === undefined || previous.units.length !== shifted.units.length || previous.lineStarts.length !== shifted.lineStarts.length) return;
  const at = commonPrefix(previous.text, shifted.text);
  // The unit the edit is in: the first whose range ends after it, if it starts before it.
  const units = previous.units;
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid].range.end <= at) low = mid + 1;
    else high = mid;
  }
  if (low === units.length || units[low].range.start > at) return;
  for (const row of rows) {
    if (row.kind === 'heading' && row.units.includes(low)) return;
  }
  rowsByModel.set(shifted, rows);
}

/** Rows as numbers, and the fields that are not numbers for the rows that have them (see `CompactPreviewData`). */
function packRows(rows: readonly PreviewRow[]): Pick<CompactPreviewData, 'rowKinds' | 'rowNumbers' | 'rowExtras'> {
  const rowKinds: PreviewRowKind[] = [];
  const kindIndex = new Map<PreviewRowKind, number>();
  const rowNumbers: number[][] = [];
  const rowExtras: [number, CompactRowExtras][] = [];
  let previousLine = 0;
  let nextUnit = 0;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    let kind = kindIndex.get(row.kind);
    if (kind === undefined) {
      kind = rowKinds.push(row.kind) - 1;
      kindIndex.set(row.kind, kind);
    }
    const units = row.units;
    let consecutive = true;
    for (let i = 1; i < units.length && consecutive; i++) consecutive = units[i] === units[i - 1] + 1;
    rowNumbers.push([kind, row.line - previousLine, row.endLine - row.line, consecutive && units.length > 0 ? units[0] - nextUnit : 0,
      consecutive ? units.length : 0]);
    previousLine = row.line;
    if (consecutive && units.length > 0) nextUnit = units[units.length - 1] + 1;
    // Set field by field: most rows have none, and spreading empty objects for each of them costs.
    let extras: { -readonly [K in keyof CompactRowExtras]: CompactRowExtras[K] } | undefined;
    if (row.headingLevel !== undefined) (extras ??= {}).headingLevel = row.headingLevel;
    if (row.alert !== undefined) (extras ??= {}).alert = row.alert;
    if (row.anchors !== undefined) (extras ??= {}).anchors = row.anchors;
    if (!consecutive) (extras ??= {}).units = units;
    if (row.markdown !== undefined) (extras ??= {}).markdown = row.markdown;
    if (row.table !== undefined) (extras ??= {}).table = row.table;
    if (extras !== undefined) rowExtras.push([index, extras]);
  }
  return { rowKinds, rowNumbers, rowExtras };
}

function unpackRows(data: CompactPreviewData): PreviewRow[] {
  const extras = new Map(data.rowExtras);
  const rows: PreviewRow[] = [];
  let line = 0;
  let nextUnit = 0;
  for (let index = 0; index < data.rowNumbers.length; index++) {
    const [kind, lineDelta, span, firstDelta, count] = data.rowNumbers[index];
    line += lineDelta;
    const more = extras.get(index);
    let units = more?.units;
    if (units === undefined) {
      const first = nextUnit + firstDelta;
      const list: number[] = [];
      for (let i = 0; i < count; i++) list.push(first + i);
      units = list;
      if (count > 0) nextUnit = first + count;
    }
    // Field by field, in the order of the full answer's rows, instead of spreading an object for each field.
    const row: { -readonly [K in keyof PreviewRow]?: PreviewRow[K] } = { kind: data.rowKinds[kind], line, endLine: line + span };
    if (more?.headingLevel !== undefined) row.headingLevel = more.headingLevel;
    if (more?.alert !== undefined) row.alert = more.alert;
    if (more?.anchors !== undefined) row.anchors = more.anchors;
    row.units = units;
    if (more?.markdown !== undefined) row.markdown = more.markdown;
    if (more?.table !== undefined) row.table = more.table;
    rows.push(row as PreviewRow);
  }
  return rows;
}

/** The `PreviewData` a compact answer stands for; `text` is the document's text at the answer's version. */
export function expandPreviewData(data: CompactPreviewData, text: string): PreviewData {
  const linkHrefs = new Map(data.linkHrefs);
  const problems = new Map(data.problems);
  const units: PreviewUnit[] = [];
  let start = 0;
  let line = 0;
  for (let index = 0; index < data.unitNumbers.length; index++) {
    const numbers = data.unitNumbers[index];
    start += numbers[0]!;
    line += numbers[1]!;
    // The offsets of `CompactPreviewData.unitNumbers` from the fifth number on, each after the one before it; a
    // null (absent lookup or source) leaves the offset where it was. Plain code, not a closure per unit: a long file
    // has thousands of units.
    let last = start;
    const openStart = numbers[4] === null ? undefined : (last += numbers[4]);
    const openEnd = numbers[5] === null ? undefined : (last += numbers[5]);
    const targetStart = numbers[6] === null ? undefined : (last += numbers[6]);
    const targetEnd = numbers[7] === null ? undefined : (last += numbers[7]);
    const lookupStart = numbers[8] === null ? undefined : (last += numbers[8]);
    const sourceStart = numbers[9] === null ? undefined : (last += numbers[9]);
    const sourceEnd = numbers[10] === null ? undefined : (last += numbers[10]);
    const lookupEnd = numbers[11] === null ? undefined : (last += numbers[11]);
    const end = numbers[12] === null ? undefined : (last += numbers[12]);
    const target = rangeOf(targetStart, targetEnd)!;
    const source = rangeOf(sourceStart, sourceEnd);
    const linkHref = linkHrefs.get(index);
    const unitProblems = problems.get(index);
    const unit: { -readonly [K in keyof PreviewUnit]?: PreviewUnit[K] } = {
      index,
      id: data.ids[index],
      line,
      character: numbers[2]!,
      endLine: line + numbers[3]!,
      range: { start, end: end! },
      targetOpen: rangeOf(openStart, openEnd)!,
      target,
      lookup: rangeOf(lookupStart, lookupEnd),
      source,
      targetText: slice(text, target),
      sourceText: source && slice(text, source),
    };
    // Added in the order of the full answer's fields.
    if (linkHref !== undefined) unit.linkHref = linkHref;
    unit.problems = unitProblems === undefined ? [] : unitProblems.slice();
    units.push(unit as PreviewUnit);
  }
  return {
    uri: data.uri,
    version: data.version,
    locale: data.locale,
    direction: data.direction,
    units,
    rows: unpackRows(data),
    problemCount: data.problemCount,
  };
}

function rangeOf(start: number | undefined, end: number | undefined): PreviewRange | undefined {
  return start === undefined || end === undefined ? undefined : { start, end };
}

function toPreviewUnit(doc: SxsDocument, unit: SxsUnit, problems: readonly string[]): PreviewUnit {
  const start = positionAt(doc.lineStarts, unit.range.start);
  const linkHref = unit.context.linkText ? linkDestinationAfter(doc.text, unit.range.end) : undefined;
  return {
    index: unit.index,
    id: unit.id,
    line: start.line,
    character: start.character,
    endLine: positionAt(doc.lineStarts, Math.max(unit.range.start, unit.range.end - 1)).line,
    range: copyRange(unit.range),
    targetOpen: copyRange(unit.targetOpen),
    target: copyRange(unit.target),
    lookup: unit.lookup && copyRange(unit.lookup),
    source: unit.source && copyRange(unit.source),
    targetText: slice(doc.text, unit.target),
    sourceText: unit.source && slice(doc.text, unit.source),
    ...(linkHref !== undefined ? { linkHref } : {}),
    problems,
  };
}

/**
 * One row per block that holds units, in document order; the lines of a table make one `table` row, and fenced
 * code blocks are shown as code even when they hold unit-like text (the docs site shows that text as code too).
 * (An indented "code" block with units is nearly always a list indented one level too deep: its units stay rows.)
 * Every unit outside fenced code lands in exactly one row, even when the block scanner and the unit scanner disagree.
 */
function computeRows(doc: SxsDocument): PreviewRow[] {
  const rows: PreviewRow[] = [];
  const blocks = groupTables([...doc.blocks].sort((a, b) => a.range.start - b.range.start));
  let next = 0; // the first unit not yet placed

  const unitsBefore = (offset: number): SxsUnit[] => {
    const taken: SxsUnit[] = [];
    while (next < doc.units.length && doc.units[next].range.start < offset) taken.push(doc.units[next++]);
    return taken;
  };

  for (const block of blocks) {
    // Units that start before this block and belong to no earlier block get rows of their own.
    for (const unit of unitsBefore(block.range.start)) if (unit.context.block !== 'fencedCode') rows.push(strayUnitRow(doc, unit));
    const inBlock = unitsBefore(block.range.end);
    if (block.kind === 'fencedCode' || (block.kind === 'indentedCode' && inBlock.length === 0)) {
      // Units the block scanner counts in the block but the unit scanner does not put in code (text right after
      // a closing fence) keep rows of their own, and the code stops before them.
      const outside = inBlock.filter(unit => unit.context.block !== 'fencedCode');
      const end = outside.length > 0 ? doc.lineStarts[positionAt(doc.lineStarts, outside[0].range.start).line] : block.range.end;
      const plain = plainRow(doc, { ...block, range: { start: block.range.start, end } });
      if (plain) rows.push(plain);
      for (const unit of outside) rows.push(strayUnitRow(doc, unit));
      continue;
    }
    if (block.lines !== undefined) {
      rows.push(tableRow(doc, block, inBlock));
      continue;
    }
    if (inBlock.length === 0) {
      const plain = plainRow(doc, block);
      if (plain) rows.push(plain);
      continue;
    }
    rows.push(blockRow(doc, block, inBlock));
  }
  for (const unit of unitsBefore(Number.POSITIVE_INFINITY)) if (unit.context.block !== 'fencedCode') rows.push(strayUnitRow(doc, unit));
  return rows;
}

/** A block, or the consecutive `tableRow` blocks of one table merged into one block with its lines. */
type GroupedBlock = Block & { readonly lines?: readonly Block[] };

function groupTables(blocks: readonly Block[]): GroupedBlock[] {
  const grouped: GroupedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'tableRow') {
      grouped.push(block);
      continue;
    }
    // The table's following lines, each starting where the one before ended; the group is made once, at its end.
    const lines: Block[] = [block];
    let last = block;
    while (i + 1 < blocks.length && blocks[i + 1].kind === 'tableRow' && blocks[i + 1].startLine === last.endLine) {
      last = blocks[++i];
      lines.push(last);
    }
    grouped.push(last === block ? { ...block, lines } : { ...block, endLine: last.endLine, range: { start: block.range.start, end: last.range.end }, lines });
  }
  return grouped;
}

/** A table: its lines cut into cells at unescaped pipes outside units and code spans; the delimiter line gives the alignment. */
function tableRow(doc: SxsDocument, block: GroupedBlock, units: readonly SxsUnit[]): PreviewRow {
  const lines: PreviewTableLine[] = [];
  let align: PreviewCellAlign[] = [];
  let seenDelimiter = false;
  let unitAt = 0;
  for (const lineBlock of block.lines ?? [block]) {
    const lineStart = lineBlock.range.start;
    const lineEnd = lineBlock.range.end;
    const raw = doc.text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
    if (!seenDelimiter && tableDelimiter.test(raw)) {
      seenDelimiter = true;
      align = splitPlainCells(raw).map(cell => {
        const text = cell.trim();
        const left = text.startsWith(':');
        const right = text.endsWith(':');
        return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
      });
      continue;
    }
    while (unitAt < units.length && units[unitAt].range.start < lineStart) unitAt++;
    const lineUnits: SxsUnit[] = [];
    for (let i = unitAt; i < units.length && units[i].range.start < lineEnd; i++) lineUnits.push(units[i]);
    lines.push({
      line: lineBlock.startLine,
      header: !seenDelimiter,
      cells: splitCells(doc.text, lineStart, lineStart + raw.length, lineUnits),
    });
  }
  return {
    kind: 'table',
    line: block.startLine,
    endLine: Math.max(block.startLine, block.endLine - 1),
    units: units.map(unit => unit.index),
    table: { align, lines },
  };
}

function splitPlainCells(line: string): string[] {
  return trimPipes(line).split(/(?<!\\)\|/);
}

function trimPipes(line: string): string {
  return line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
}

/** The cells of one table line between `start` and `end`; a unit is one part, whatever pipes its halves hold. */
function splitCells(text: string, start: number, end: number, units: readonly SxsUnit[]): PreviewCellPart[][] {
  const cells: PreviewCellPart[][] = [[]];
  let textStart = start;
  let unitAt = 0;
  let codeRun = 0;
  const flushText = (upTo: number) => {
    const piece = text.slice(textStart, upTo);
    if (piece !== '') cells[cells.length - 1].push({ text: piece });
  };
  // Skip the leading pipe and whitespace.
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '|') i++;
  textStart = i;
  while (i < end) {
    const unit = units[unitAt];
    if (unit && unit.range.start === i) {
      codeRun = 0; // the unit scanner found a unit here: no code span holds it
      flushText(i);
      cells[cells.length - 1].push({ unit: unit.index });
      i = Math.max(i + 1, unit.range.end);
      textStart = i;
      unitAt++;
      continue;
    }
    const ch = text[i];
    if (ch === '\\') { i += 2; continue; }
    if (ch === '`') {
      let run = 0;
      while (text[i + run] === '`') run++;
      if (codeRun === run) codeRun = 0;
      // A run opens a code span only when an equal run closes it later on the line.
      else if (codeRun === 0 && closesLater(text, i + run, end, run)) codeRun = run;
      i += run;
      continue;
    }
    if (ch === '|' && codeRun === 0) {
      flushText(i);
      cells.push([]);
      i++;
      textStart = i;
      continue;
    }
    i++;
  }
  flushText(end);
  // A trailing pipe leaves an empty last cell: drop it.
  const last = cells[cells.length - 1];
  if (cells.length > 1 && last.every(part => 'text' in part && part.text.trim() === '')) cells.pop();
  return cells.map(cell => trimParts(cell));
}

function closesLater(text: string, from: number, end: number, run: number): boolean {
  for (let i = from; i < end; i++) {
    if (text[i] !== '`') continue;
    let length = 0;
    while (text[i + length] === '`') length++;
    if (length === run) return true;
    i += length - 1;
  }
  return false;
}

function trimParts(cell: PreviewCellPart[]): PreviewCellPart[] {
  return cell
    .map((part, index) => {
      if (!('text' in part)) return part;
      let value = part.text;
      if (index === 0) value = value.replace(/^\s+/, '');
      if (index === cell.length - 1) value = value.replace(/\s+$/, '');
      return { text: value };
    })
    .filter(part => !('text' in part) || part.text !== '');
}

/** The row of a block with units (`units`: at least one). */
function blockRow(doc: SxsDocument, block: Block, units: readonly SxsUnit[]): PreviewRow {
  const kind = rowKind(block.kind);
  const last = units[units.length - 1];
  const endLine = Math.max(block.startLine, block.endLine - 1, lineAt(doc.lineStarts, Math.max(last.range.start, last.range.end - 1)));
  const headingLevel = block.headingLevel ?? units[0].context.headingLevel;
  let alert: string | undefined;
  for (const unit of units) {
    if (unit.context.alert) {
      alert = unit.context.alert;
      break;
    }
  }
  // Field by field, in the order the preview's rows have always had, instead of spreading an object for each.
  const row: { -readonly [K in keyof PreviewRow]?: PreviewRow[K] } = { kind, line: block.startLine, endLine };
  if (kind === 'heading' && headingLevel !== undefined) row.headingLevel = headingLevel;
  if (alert !== undefined) row.alert = alert.toUpperCase();
  if (kind === 'heading') {
    const anchors = headingAnchors(doc, block.range, units);
    if (anchors.length > 0) row.anchors = anchors;
  }
  const indexes: number[] = [];
  for (const unit of units) indexes.push(unit.index);
  row.units = indexes;
  return row as PreviewRow;
}

/** The anchors of a heading: an explicit `<a name|id>`, and the slugs of its translated and English text. */
/**
 * The heading that holds the start of `range`, else the first heading that starts inside it. A binary search: the
 * headings are in document order, and a file of one heading per unit must not cost a scan per row.
 */
function headingFor(doc: SxsDocument, range: OffsetRange): SxsDocument['headings'][number] | undefined {
  const headings = doc.headings;
  let low = 0;
  let high = headings.length;
  // The first heading that starts after range.start.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headings[mid].range.start <= range.start) low = mid + 1;
    else high = mid;
  }
  const before = low > 0 ? headings[low - 1] : undefined;
  if (before !== undefined && range.start < before.range.end) return before;
  const after = low < headings.length ? headings[low] : undefined;
  return after !== undefined && after.range.start < range.end ? after : undefined;
}

function headingAnchors(doc: SxsDocument, range: OffsetRange, units: readonly SxsUnit[]): string[] {
  const anchors = new Set<string>();
  const heading = headingFor(doc, range);
  if (heading?.anchor) anchors.add(heading.anchor.toLowerCase());
  for (const match of slice(doc.text, range).matchAll(/<a\s[^<>]*?\b(?:name|id)\s*=\s*["']([^"']+)["']/gi)) {
    anchors.add(match[1].toLowerCase());
  }
  const target = units.map(unit => slice(doc.text, unit.target)).join('');
  const source = units.map(unit => (unit.source ? slice(doc.text, unit.source) : '')).join('');
  for (const text of [target, source]) {
    const slug = slugify(text);
    if (slug !== '') anchors.add(slug);
  }
  return [...anchors];
}

/** A GitHub/DocFX style heading slug of markdown text: tags and markup dropped, lower case, spaces to dashes. */
export function slugify(markdown: string): string {
  return markdown
    .replace(/<[^<>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function strayUnitRow(doc: SxsDocument, unit: SxsUnit): PreviewRow {
  const line = positionAt(doc.lineStarts, unit.range.start).line;
  const kind = rowKind(unit.context.block);
  return {
    kind,
    line,
    endLine: positionAt(doc.lineStarts, Math.max(unit.range.start, unit.range.end - 1)).line,
    ...(kind === 'heading' && unit.context.headingLevel !== undefined ? { headingLevel: unit.context.headingLevel } : {}),
    ...(unit.context.alert !== undefined ? { alert: unit.context.alert.toUpperCase() } : {}),
    units: [unit.index],
  };
}

/** Blocks without units: code and images are worth showing once, across both columns; front matter is not. */
function plainRow(doc: SxsDocument, block: Block): PreviewRow | undefined {
  if (block.kind === 'frontMatter') return undefined;
  const markdown = slice(doc.text, block.range);
  if (markdown.trim() === '' || markdown.length > maxPlainBlockLength) return undefined;
  // A table's delimiter row (`| --- | :-: |`) carries no content once the table is split into rows.
  if (block.kind === 'tableRow' && markdown.split(/\r?\n|\r/).every(line => line.trim() === '' || tableDelimiter.test(line))) {
    return undefined;
  }
  const kind = rowKind(block.kind);
  const anchors = kind === 'heading' ? headingAnchors(doc, block.range, []) : [];
  if (kind === 'heading') {
    const slug = slugify(markdown.replace(/^\s*#+\s*|\s+#+\s*$|\r?\n[=-]+\s*$/g, ''));
    if (slug !== '' && !anchors.includes(slug)) anchors.push(slug);
  }
  return {
    kind,
    line: block.startLine,
    endLine: Math.max(block.startLine, block.endLine - 1),
    ...(kind === 'heading' && block.headingLevel !== undefined ? { headingLevel: block.headingLevel } : {}),
    ...(anchors.length > 0 ? { anchors } : {}),
    units: [],
    markdown,
  };
}

function rowKind(kind: Block['kind']): PreviewRowKind {
  switch (kind) {
    case 'fencedCode':
    case 'indentedCode':
      return 'code';
    default:
      return kind;
  }
}

/** RTL when the locale's language is written right to left, or (no locale) when most target letters are RTL. */
export function textDirection(locale: string | undefined, units: readonly Pick<PreviewUnit, 'targetText'>[]): TextDirection {
  if (locale) {
    const language = locale.toLowerCase().split(/[-_]/)[0];
    return rtlLanguages.has(language) ? 'rtl' : 'ltr';
  }
  let rtl = 0;
  let ltr = 0;
  for (const unit of units) {
    for (const ch of unit.targetText) {
      if (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(ch)) rtl++;
      else if (/[A-Za-z\u00C0-\u024F\u0370-\u052F]/.test(ch)) ltr++;
    }
  }
  return rtl > 0 && rtl >= ltr ? 'rtl' : 'ltr';
}

/** The destination of `](url)` or `](url "title")` right after `offset`, if the text there is one. */
function linkDestinationAfter(text: string, offset: number): string | undefined {
  if (!text.startsWith('](', offset)) return undefined;
  let i = offset + 2;
  while (text[i] === ' ') i++;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    return close < 0 ? undefined : text.slice(i + 1, close);
  }
  let depth = 0;
  const start = i;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) break;
      depth--;
    } else if (ch === ' ' || ch === '\n' || ch === '\r') break;
  }
  const destination = text.slice(start, i);
  return destination === '' ? undefined : destination;
}

function positionAt(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  const line = lineAt(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function slice(text: string, range: OffsetRange): string {
  return text.slice(range.start, range.end);
}

function copyRange(range: OffsetRange): PreviewRange {
  return { start: range.start, end: range.end };
}
