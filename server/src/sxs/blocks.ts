/**
 * A light markdown block scanner: front matter, fenced and indented code, ATX and setext headings, lists,
 * blockquotes and alerts, GFM tables and HTML blocks. It gives each unit its markdown context and the document
 * its blocks and headings. Lines that start inside a unit (units may span lines) continue the unit's block.
 */
import { lineContentEnd, lineAt } from './lineIndex';
import type { Block, BlockKind, FrontMatter, Heading, OffsetRange, ParseProblem, UnitContext } from './types';

export interface BlockScan {
  readonly blocks: Block[];
  readonly headings: Omit<Heading, 'units'>[];
  readonly frontMatter: FrontMatter | undefined;
  readonly problems: ParseProblem[];
  contextAt(start: number, end: number): UnitContext;
  /** Whether an offset lies in a fenced or indented code block, or in an inline code span between units. */
  inCodeAt(offset: number): boolean;
}

interface LineInfo {
  readonly kind: BlockKind | 'blank';
  readonly headingLevel: number | undefined;
  readonly blockquote: boolean;
  readonly alert: string | undefined;
  readonly listItem: boolean;
  readonly tableRow: boolean;
  readonly block: number;
}

/**
 * Every line's information has the same fields in the same order, so the code that reads them sees one shape (with
 * optional fields left out and copies made by spreading, lines had several shapes).
 */
function lineInfo(
  kind: BlockKind | 'blank', headingLevel: number | undefined, blockquote: boolean, alert: string | undefined, listItem: boolean,
  tableRow: boolean, block: number,
): LineInfo {
  return { kind, headingLevel, blockquote, alert, listItem, tableRow, block };
}

/** A number for each block kind, for the key of a unit's context (this does not compile when a kind is missing). */
const BLOCK_KIND_NUMBER: Readonly<Record<BlockKind, number>> = {
  paragraph: 0, heading: 1, listItem: 2, tableRow: 3, blockquote: 4, html: 5, frontMatter: 6, fencedCode: 7, indentedCode: 8,
};

const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_BLOCK = /^ {0,3}(?:<!--|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>/]|$))/i;
const ALERT = /^\[!([A-Za-z]+)\]/;
const ANCHOR = /^[ \t]*<a\s+(?:name|id)\s*=\s*"([^"]*)"\s*>\s*<\/a>/i;
const THEMATIC_DASHES = /^[ \t]*(?:-[ \t]*){3,}$/;
const FIELD = /^([A-Za-z0-9_.-]+)[ \t]*:[ \t]*(.*)$/;
/**
 * A DocFX triple-colon layout container line: `:::row:::`, `:::column span="2":::`, `:::zone target="docs":::` and
 * their `-end` lines. DocFX reads the content of these containers without treating its indentation as code.
 */
const DOCFX_CONTAINER = /^[ \t]*:::[ \t]*(row|column|zone)(-end)?\b/i;

export function scanBlocks(text: string, lineStarts: readonly number[], unitRanges: readonly OffsetRange[]): BlockScan {
  const lineCount = lineStarts.length;
  const lines: LineInfo[] = new Array(lineCount);
  const blocks: Block[] = [];
  const headings: Omit<Heading, 'units'>[] = [];
  const problems: ParseProblem[] = [];
  const frontMatter = readFrontMatter(text, lineStarts);

  let unitCursor = 0;
  let fence: { char: string; length: number } | undefined;
  let inHtml = false;
  let htmlComment = false;
  let inTable = false;
  let listOpen = false;
  let alert: string | undefined;
  let conflictOpen = false;
  let docfxContainers = 0;
  let previous: LineInfo | undefined;

  const open = (kind: BlockKind, line: number, headingLevel?: number): number => {
    const start = lineStarts[line];
    blocks.push({ kind, startLine: line, endLine: line + 1, range: { start, end: lineContentEnd(text, lineStarts, line) }, headingLevel });
    return blocks.length - 1;
  };
  const extend = (block: number, line: number): number => {
    // Called for most lines: update in place rather than copy the block. The range is a new object, as a
    // setext heading keeps its paragraph's range as its content range.
    const old = blocks[block] as { endLine: number; range: OffsetRange };
    old.endLine = line + 1;
    old.range = { start: old.range.start, end: lineContentEnd(text, lineStarts, line) };
    return block;
  };

  for (let line = 0; line < lineCount; line++) {
    const start = lineStarts[line];
    const end = lineContentEnd(text, lineStarts, line);

    // A line that starts inside a unit continues the unit's line.
    while (unitCursor < unitRanges.length && unitRanges[unitCursor].end <= start) {
      unitCursor++;
    }
    if (previous && unitCursor < unitRanges.length && unitRanges[unitCursor].start < start) {
      lines[line] = lineInfo(previous.kind, previous.headingLevel, previous.blockquote, previous.alert, previous.listItem, previous.tableRow, extend(previous.block, line));
      continue;
    }

    if (frontMatter && start < frontMatter.range.end) {
      const block = line === 0 ? open('frontMatter', line) : extend(blocks.length - 1, line);
      lines[line] = previous = lineInfo('frontMatter', undefined, false, undefined, false, false, block);
      continue;
    }

    const raw = text.slice(start, end);
    const first = codeAt(raw, 0);
    // Inside a fenced code block a marker is content (a document that shows a merge conflict), not a conflict.
    if (!fence && (first === 60 || first === 61 || first === 62) && isConflictMarker(raw, conflictOpen)) {
      if (raw.startsWith('<<<<<<<')) {
        conflictOpen = true;
      } else if (raw.startsWith('>>>>>>>')) {
        conflictOpen = false;
      }
      problems.push({ kind: 'mergeConflictMarker', range: { start, end }, detail: 'A git merge-conflict marker: resolve the conflict and remove it.' });
    }

    // Blockquote markers.
    let rest = raw;
    let quoteDepth = 0;
    for (let marker = quoteMarkerLength(rest); marker > 0; marker = quoteMarkerLength(rest)) {
      quoteDepth++;
      rest = rest.slice(marker);
    }
    const blockquote = quoteDepth > 0;
    // The first character after spaces and tabs: each block pattern below needs a particular one, so most
    // lines skip the regular expressions.
    let leadAt = 0;
    while (leadAt < rest.length && (rest.charCodeAt(leadAt) === 32 || rest.charCodeAt(leadAt) === 9)) {
      leadAt++;
    }
    const lead = codeAt(rest, leadAt);
    if (!blockquote) {
      alert = undefined;
    }

    if (fence) {
      const close = lead === 96 || lead === 126 ? FENCE.exec(rest) : null;
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && close[2].trim() === '') {
        fence = undefined;
      }
      lines[line] = previous = lineInfo('fencedCode', undefined, blockquote, undefined, listOpen, false, extend(previous!.block, line));
      continue;
    }

    // Printable ASCII is never white space; only other characters need the full test.
    const blank = leadAt === rest.length || ((lead < 33 || lead > 126) && rest.trim() === '');
    if (blank) {
      inTable = false;
      inHtml = htmlComment ? inHtml : false;
      const block = previous?.kind === 'indentedCode' || (inHtml && htmlComment) ? extend(previous!.block, line) : -1;
      lines[line] = previous = lineInfo(block >= 0 ? previous!.kind : 'blank', undefined, blockquote, undefined, false, false, block);
      continue;
    }

    const indent = leadingColumns(rest);
    const afterBlank = !previous || previous.kind === 'blank';

    if (inHtml) {
      if (htmlComment && rest.includes('-->')) {
        htmlComment = false;
        inHtml = false;
      }
      lines[line] = previous = lineInfo('html', undefined, blockquote, undefined, listOpen, false, extend(previous!.block, line));
      continue;
    }

    const fenceOpen = lead === 96 /* ` */ || lead === 126 /* ~ */ ? FENCE.exec(rest) : null;
    if (fenceOpen && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
      fence = { char: fenceOpen[1][0], length: fenceOpen[1].length };
      lines[line] = previous = lineInfo('fencedCode', undefined, blockquote, undefined, listOpen && indent > 0, false, open('fencedCode', line));
      continue;
    }

    const container = lead === 58 /* : */ ? DOCFX_CONTAINER.exec(rest) : null;
    if (container) {
      docfxContainers = container[2] ? Math.max(0, docfxContainers - 1) : docfxContainers + 1;
    }

    if (indent >= 4 && !listOpen && docfxContainers === 0 && (afterBlank || previous?.kind === 'indentedCode')) {
      const block = previous?.kind === 'indentedCode' ? extend(previous.block, line) : open('indentedCode', line);
      lines[line] = previous = lineInfo('indentedCode', undefined, blockquote, undefined, false, false, block);
      continue;
    }

    // Inside a DocFX container any indentation may stand before a heading.
    const atxText = docfxContainers > 0 ? rest.slice(leadAt) : rest;
    const atx = lead === 35 /* # */ ? ATX.exec(atxText) : null;
    if (atx) {
      const level = atx[1].length;
      inTable = false;
      const block = open('heading', line, level);
      const contentStart = start + (raw.length - atxText.length) + atx[0].length;
      headings.push({ level, range: { start, end }, contentRange: { start: contentStart, end }, anchor: anchorAt(text, contentStart, end) });
      lines[line] = previous = lineInfo('heading', level, blockquote, alert, false, false, block);
      continue;
    }

    if (previous?.kind === 'paragraph' && !previous.listItem && (lead === 61 || lead === 45) && SETEXT.test(rest) && !inTable) {
      const level = rest.trim()[0] === '=' ? 1 : 2;
      const paragraph = blocks[previous.block];
      blocks[previous.block] = { ...paragraph, kind: 'heading', headingLevel: level };
      extend(previous.block, line);
      for (let l = paragraph.startLine; l < line; l++) {
        const was = lines[l];
        lines[l] = lineInfo('heading', level, was.blockquote, was.alert, was.listItem, was.tableRow, was.block);
      }
      headings.push({ level, range: { start: paragraph.range.start, end }, contentRange: paragraph.range, anchor: anchorAt(text, paragraph.range.start, paragraph.range.end) });
      lines[line] = previous = lineInfo('heading', level, blockquote, alert, false, false, previous.block);
      continue;
    }

    if (!inTable && previous && (previous.kind === 'paragraph' || previous.kind === 'listItem' || previous.kind === 'blockquote') && raw.includes('|') && TABLE_DELIMITER.test(rest) && rest.includes('-')
      && text.slice(lineStarts[line - 1], lineContentEnd(text, lineStarts, line - 1)).includes('|')) {
      inTable = true;
      // The previous line was the header row.
      const header = blocks[previous.block];
      if (header.startLine === line - 1) {
        blocks[previous.block] = { ...header, kind: 'tableRow' };
      } else {
        blocks[previous.block] = { ...header, endLine: line - 1, range: { start: header.range.start, end: lineContentEnd(text, lineStarts, line - 2) } };
        const split = lines[line - 1];
        lines[line - 1] = lineInfo(split.kind, split.headingLevel, split.blockquote, split.alert, split.listItem, split.tableRow, open('tableRow', line - 1));
      }
      const row = lines[line - 1];
      lines[line - 1] = lineInfo('tableRow', row.headingLevel, row.blockquote, row.alert, row.listItem, true, row.block);
      lines[line] = previous = lineInfo('tableRow', undefined, blockquote, undefined, listOpen, true, open('tableRow', line));
      continue;
    }
    if (inTable && raw.includes('|')) {
      lines[line] = previous = lineInfo('tableRow', undefined, blockquote, undefined, listOpen, true, open('tableRow', line));
      continue;
    }
    inTable = false;

    // Most lines that start with `<` start with a unit's `<span`, which is no HTML block name: skip the expression.
    const html = lead === 60 /* < */ && !rest.startsWith('<span', leadAt) ? HTML_BLOCK.exec(rest) : null;
    if (html) {
      inHtml = true;
      // `lead` is the `<` after the line's spaces and tabs: no need to trim a copy of the line.
      const comment = rest.startsWith('<!--', leadAt);
      htmlComment = comment && !rest.includes('-->');
      if (!htmlComment && comment) {
        inHtml = false;
      }
      lines[line] = previous = lineInfo('html', undefined, blockquote, undefined, listOpen, false, open('html', line));
      continue;
    }

    if (blockquote && (!previous || !previous.blockquote)) {
      alert = undefined;
    }
    const alertMatch = blockquote ? ALERT.exec(rest.trimStart()) : null;
    if (alertMatch) {
      alert = alertMatch[1].toUpperCase();
    }

    const item = lead === 45 || lead === 42 || lead === 43 || (lead >= 48 && lead <= 57) ? LIST_ITEM.exec(rest) : null;
    if (item && !(rest.startsWith('* *', leadAt) || THEMATIC_DASHES.test(rest))) {
      listOpen = true;
      lines[line] = previous = lineInfo('listItem', undefined, blockquote, alert, true, false, open('listItem', line));
      continue;
    }

    const continuesList = listOpen && (indent >= 2 || (!afterBlank && previous?.listItem === true));
    if (!continuesList && afterBlank) {
      listOpen = false;
    }
    const kind: BlockKind = continuesList ? 'listItem' : blockquote ? 'blockquote' : 'paragraph';
    const joins = !afterBlank && previous !== undefined && previous.block >= 0
      && (previous.kind === kind || (continuesList && previous.listItem)) && previous.blockquote === blockquote && !alertMatch;
    const block = joins ? extend(previous!.block, line) : open(kind, line);
    lines[line] = previous = lineInfo(kind, undefined, blockquote, alert, continuesList, false, block);
  }

  // Units are asked for in document order; many units on one table row continue the count of the last one.
  const cells: CellCount = { lineStart: -1, at: 0, pipes: 0, leading: true, leadingPipe: false };
  // Equal contexts are one object: most units of a document have one of a few, and a document has thousands of units.
  const contexts = new Map<number | string, UnitContext>();
  return {
    blocks,
    headings,
    frontMatter,
    problems,
    inCodeAt(offset: number): boolean {
      const line = lineAt(lineStarts, offset);
      const kind = lines[line].kind;
      return kind === 'fencedCode' || kind === 'indentedCode'
        || inInlineCode(text, lineStarts[line], offset, unitRanges, lineContentEnd(text, lineStarts, line));
    },
    contextAt(unitStart: number, unitEnd: number): UnitContext {
      const line = lineAt(lineStarts, unitStart);
      const info = lines[line];
      const lineStart = lineStarts[line];
      const inFrontMatter = info.kind === 'frontMatter';
      const inCode = info.kind === 'fencedCode' || info.kind === 'indentedCode'
        || inInlineCode(text, lineStart, unitStart, unitRanges, lineContentEnd(text, lineStarts, line));
      const linkText = codeAt(text, unitStart - 1) === 91 /* [ */ && text.startsWith('](', skipSpaces(text, unitEnd));
      const imageAlt = linkText && codeAt(text, unitStart - 2) === 33 /* ! */;
      const block = info.kind === 'blank' ? 'paragraph' : info.kind;
      const tableCell = info.tableRow ? cellIndex(text, lineStart, unitStart, cells) : undefined;
      const htmlBlock = info.kind === 'html';
      // The key of the context: a number made of its fields, or a string when it has an alert or a large cell index.
      const flags = (info.blockquote ? 1 : 0) | (info.listItem ? 2 : 0) | (linkText && !imageAlt ? 4 : 0) | (imageAlt ? 8 : 0)
        | (htmlBlock ? 16 : 0) | (inCode ? 32 : 0) | (inFrontMatter ? 64 : 0);
      const small = info.alert === undefined && (tableCell === undefined || tableCell < 1000);
      const key = small
        ? flags + 128 * (BLOCK_KIND_NUMBER[block] + 16 * ((info.headingLevel ?? 0) + 8 * (tableCell === undefined ? 0 : tableCell + 1)))
        : `${flags} ${block} ${info.headingLevel} ${tableCell} ${info.alert}`;
      let context = contexts.get(key);
      if (context === undefined) {
        context = {
          block,
          headingLevel: info.headingLevel,
          blockquote: info.blockquote,
          alert: info.alert,
          listItem: info.listItem,
          tableCell,
          linkText: linkText && !imageAlt,
          imageAlt,
          htmlBlock,
          inCode,
          inFrontMatter,
        };
        contexts.set(key, context);
      }
      return context;
    },
  };
}

/**
 * The UTF-16 code at `at`, or -1 outside the text. The scan reads one character before or after a line or a unit
 * (an empty line's first character, the character before a unit at the start of the text); `charCodeAt` answers
 * NaN there, which compares the same, but each such read threw away the optimised code of the scan, which was then
 * compiled again (scanBlocks was compiled four times per process, each compilation costing more CPU than a whole
 * pass of the scan over the corpus).
 */
function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}

function readFrontMatter(text: string, lineStarts: readonly number[]): FrontMatter | undefined {
  if (!text.startsWith('---') || lineStarts.length < 2 || text.slice(0, lineContentEnd(text, lineStarts, 0)).trimEnd() !== '---') {
    return undefined;
  }
  const fields = new Map<string, string>();
  for (let line = 1; line < lineStarts.length; line++) {
    const end = lineContentEnd(text, lineStarts, line);
    const content = text.slice(lineStarts[line], end);
    const trimmed = content.trimEnd();
    if (trimmed === '---' || trimmed === '...') {
      return {
        range: { start: 0, end },
        contentRange: { start: lineStarts[1], end: lineStarts[line] },
        fields,
      };
    }
    const field = FIELD.exec(content);
    if (field && !fields.has(field[1])) {
      fields.set(field[1], unquote(field[2].trim()));
    }
  }
  return undefined;
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}

function isConflictMarker(line: string, conflictOpen: boolean): boolean {
  const marker = line.slice(0, 7);
  const after = codeAt(line, 7);
  const boundary = line.length === 7 || after === 32 || after === 9;
  if (!boundary) {
    return false;
  }
  if (marker === '<<<<<<<') {
    return true;
  }
  // `=======` alone is also a setext underline; only count it (and `>>>>>>>`) inside a conflict.
  return conflictOpen && (marker === '=======' || marker === '>>>>>>>');
}

/** The length of a blockquote marker `^ {0,3}>[ \t]?` at the start of the line, or 0. */
function quoteMarkerLength(line: string): number {
  let i = 0;
  while (i < 3 && codeAt(line, i) === 32) {
    i++;
  }
  if (codeAt(line, i) !== 62 /* > */) {
    return 0;
  }
  i++;
  const after = codeAt(line, i);
  return after === 32 || after === 9 ? i + 1 : i;
}

function leadingColumns(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) {
      columns++;
    } else if (code === 9) {
      columns += 4 - (columns % 4);
    } else {
      break;
    }
  }
  return columns;
}

function anchorAt(text: string, start: number, end: number): string | undefined {
  const match = ANCHOR.exec(text.slice(start, Math.min(end, start + 300)));
  return match ? match[1] : undefined;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (codeAt(text, i) === 32) {
    i++;
  }
  return i;
}

/** Where the last pipe count stopped, so the next unit on the same row goes on from there. */
interface CellCount {
  lineStart: number;
  at: number;
  pipes: number;
  leading: boolean;
  leadingPipe: boolean;
}

/** The 0-based table cell that holds `offset`: unescaped pipes before it on its line (a leading pipe opens cell 0). */
function cellIndex(text: string, lineStart: number, offset: number, resume: CellCount): number {
  const goOn = resume.lineStart === lineStart && resume.at <= offset;
  let pipes = goOn ? resume.pipes : 0;
  let leading = goOn ? resume.leading : true;
  let leadingPipe = goOn ? resume.leadingPipe : false;
  let i = goOn ? resume.at : lineStart;
  for (; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) {
      i++;
      leading = false;
      continue;
    }
    if (code === 124) {
      if (leading) {
        leadingPipe = true;
      }
      pipes++;
    }
    if (code !== 32 && code !== 9 && code !== 62 /* > */) {
      leading = false;
    }
  }
  Object.assign(resume, { lineStart, at: i, pipes, leading, leadingPipe });
  return leadingPipe ? pipes - 1 : pipes;
}

/** Whether an opener sits inside an inline code span of the text between units on its line. */
function inInlineCode(text: string, lineStart: number, offset: number, unitRanges: readonly OffsetRange[], lineEnd: number): boolean {
  // Start after the last unit that ends on this line before the opener: halves are read on their own.
  let from = lineStart;
  let low = 0;
  let high = unitRanges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (unitRanges[mid].end <= offset) {
      from = Math.max(from, unitRanges[mid].end);
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  let open = 0;
  for (let i = from; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) {
      i++;
    } else if (code === 96) {
      let run = 1;
      while (codeAt(text, i + run) === 96) {
        run++;
      }
      open = open === 0 ? run : open === run ? 0 : open;
      i += run - 1;
    }
  }
  if (open === 0) {
    return false;
  }
  // Only code when a matching run closes it later on the line.
  const rest = text.slice(offset, Math.max(offset, lineEnd));
  return rest.includes('`'.repeat(open));
}
