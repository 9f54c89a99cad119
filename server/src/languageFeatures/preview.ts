/**
 * Bilingual preview data: the parsed document turned into rows (one per markdown block) of units, each with
 * its translated and English halves as markdown source. Pure: the renderer lives in the client.
 */
import type { Block, OffsetRange, SxsDocument, SxsUnit } from '../sxs/types';
import type {
  PreviewData, PreviewRange, PreviewRow, PreviewRowKind, PreviewUnit, TextDirection,
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
  const problemsByUnit = new Map<number, string[]>();
  for (const problem of doc.problems) {
    if (problem.unit === undefined) continue;
    const list = problemsByUnit.get(problem.unit) ?? [];
    list.push(problem.detail);
    problemsByUnit.set(problem.unit, list);
  }

  const units = doc.units.map(unit => toPreviewUnit(doc, unit, problemsByUnit.get(unit.index) ?? []));
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
 * One row per block that holds units, in document order; table blocks are split into one row per line.
 * Every unit lands in exactly one row, even when the block scanner and the unit scanner disagree.
 */
function computeRows(doc: SxsDocument): PreviewRow[] {
  const rows: PreviewRow[] = [];
  const blocks = [...doc.blocks].sort((a, b) => a.range.start - b.range.start);
  let next = 0; // the first unit not yet placed

  const unitsBefore = (offset: number): SxsUnit[] => {
    const taken: SxsUnit[] = [];
    while (next < doc.units.length && doc.units[next].range.start < offset) taken.push(doc.units[next++]);
    return taken;
  };

  for (const block of blocks) {
    // Units that start before this block and belong to no earlier block get rows of their own.
    for (const unit of unitsBefore(block.range.start)) rows.push(strayUnitRow(doc, unit));
    const inBlock = unitsBefore(block.range.end);
    if (inBlock.length === 0) {
      const plain = plainRow(doc, block);
      if (plain) rows.push(plain);
      continue;
    }
    // A loop, not a spread: a block may hold hundreds of thousands of units.
    for (const row of blockRows(doc, block, inBlock)) rows.push(row);
  }
  for (const unit of unitsBefore(Number.POSITIVE_INFINITY)) rows.push(strayUnitRow(doc, unit));
  return rows;
}

function blockRows(doc: SxsDocument, block: Block, units: readonly SxsUnit[]): PreviewRow[] {
  const kind = rowKind(block.kind);
  const groups: SxsUnit[][] = [];
  if (kind === 'tableRow') {
    // A table block holds many rows: group its units by the line they start on.
    let line = -1;
    for (const unit of units) {
      const unitLine = positionAt(doc.lineStarts, unit.range.start).line;
      if (unitLine !== line || groups.length === 0) groups.push([]);
      line = unitLine;
      groups[groups.length - 1].push(unit);
    }
  } else {
    groups.push([...units]);
  }
  const blockEndLine = Math.max(block.startLine, block.endLine - 1);
  return groups.map(group => {
    const first = group[0];
    const last = group[group.length - 1];
    const line = kind === 'tableRow' ? positionAt(doc.lineStarts, first.range.start).line : block.startLine;
    const endLine = kind === 'tableRow'
      ? positionAt(doc.lineStarts, Math.max(last.range.start, last.range.end - 1)).line
      : Math.max(blockEndLine, positionAt(doc.lineStarts, Math.max(last.range.start, last.range.end - 1)).line);
    const headingLevel = block.headingLevel ?? first.context.headingLevel;
    const alert = group.find(unit => unit.context.alert)?.context.alert;
    return {
      kind,
      line,
      endLine,
      ...(kind === 'heading' && headingLevel !== undefined ? { headingLevel } : {}),
      ...(alert !== undefined ? { alert: alert.toUpperCase() } : {}),
      units: group.map(unit => unit.index),
    };
  });
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
  return {
    kind,
    line: block.startLine,
    endLine: Math.max(block.startLine, block.endLine - 1),
    ...(kind === 'heading' && block.headingLevel !== undefined ? { headingLevel: block.headingLevel } : {}),
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
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - lineStarts[low] };
}

function slice(text: string, range: OffsetRange): string {
  return text.slice(range.start, range.end);
}

function copyRange(range: OffsetRange): PreviewRange {
  return { start: range.start, end: range.end };
}
