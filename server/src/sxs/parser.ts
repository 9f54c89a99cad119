/**
 * Parses a localized markdown document into sxs units.
 *
 * Units are found with the fixed byte forms measured on real files (sxs-format §1, §5, §11): the target ends at
 * the first `</span><span class="sxs-lookup"><span data-stu-id="` after its opener, and the English half ends at
 * its `</span></span>`, counting span depth only where a half holds span tags. The whole text is parsed at once
 * (units cross lines; lines hold many units), and no unit search runs past the next unit opener, so a broken unit
 * never swallows the ones after it.
 */
import { majorityPrefix, parseUnitId } from './ids';
import { computeLineStarts } from './lineIndex';
import { scanBlocks, type BlockScan } from './blocks';
import { maskCodeAndEscapes, mayHoldSpanTags, spanEvents, spansBalanced } from './spanBalance';
import type { Heading, OffsetRange, ParseProblem, ParseProblemKind, SxsDocument, SxsUnit, UnitContext, UnitIdParts } from './types';
import { Unit } from './unit';

const TARGET_OPEN = '<span data-ttu-id="';
const TTU_ATTRIBUTE = 'data-ttu-id';
const SPLIT = '</span><span class="sxs-lookup"><span data-stu-id="';
const CLOSE = '</span>';
const DOUBLE_CLOSE = '</span></span>';
const LOOKUP_CLASS = 'sxs-lookup';
const STU_ATTRIBUTE = 'data-stu-id';

/** A tolerant opener: `<span …data-ttu-id=…>` with any quoting, spacing or other attributes. */
const LOOSE_TARGET_OPEN = /<span\b[^<>]*?\bdata-ttu-id\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))[^<>]*>/iyd;
/** A tolerant wrapper and English opener. */
const LOOSE_LOOKUP_OPEN = /<span\b[^<>]*?\bclass\s*=\s*["']?\s*sxs-lookup\s*["']?[^<>]*>\s*(?:<span\b[^<>]*?\bdata-stu-id\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))[^<>]*>)?/iyd;
/** Tolerant openers longer than this are not tried (it keeps the tolerant regexes linear on hostile input). */
const MAX_LOOSE_TAG = 1000;

interface RawUnit {
  id: string;
  sourceId: string | undefined;
  range: OffsetRange;
  targetOpen: OffsetRange;
  targetIdRange: OffsetRange;
  target: OffsetRange;
  lookup: OffsetRange | undefined;
  source: OffsetRange | undefined;
  sourceIdRange: OffsetRange | undefined;
  broken: boolean;
}

/**
 * The parse is split into small functions on purpose: a cold process (`sxs-lint`) pays for the optimising compiler
 * each time a function's optimised code is thrown away (a file with no units, a rare branch taken for the first
 * time), and recompiling one large function cost more than parsing many files.
 */
export function parseSxs(text: string): SxsDocument {
  const lineStarts = computeLineStarts(text);
  const problems: ParseProblem[] = [];
  const found = scanUnits(text, problems);
  const scan = scanBlocks(text, lineStarts, found.map(unit => unit.range));
  const contexts = found.map(unit => scan.contextAt(unit.range.start, unit.range.end));
  const idParts = found.map(unit => parseUnitId(unit.id));
  const kept = unitsOutsideCode(found, contexts, idParts, problems);
  keepProblemsOutsideCode(problems, kept, scan);
  const units = buildUnits(found, kept, contexts, idParts);
  for (const problem of scan.problems) {
    if (!scan.inCodeAt(problem.range.start)) problems.push(problem);
  }
  problems.sort((a, b) => a.range.start - b.range.start);
  const locale = scan.frontMatter?.fields.get('ms.contentlocale');
  return {
    text,
    units,
    problems,
    prefix: majorityPrefix(idParts.filter((_, i) => kept[i] >= 0)),
    headings: headingsWithUnits(scan.headings, units),
    blocks: scan.blocks,
    frontMatter: scan.frontMatter,
    lineStarts,
    eol: dominantEol(text, lineStarts.length),
    locale,
  };
}

/** Problems of units that are code, and problems inside code, are the code's content, not damage: drops them (in place). */
function keepProblemsOutsideCode(problems: ParseProblem[], kept: readonly number[], scan: BlockScan): void {
  const remapped: ParseProblem[] = [];
  for (const problem of problems) {
    if (problem.unit !== undefined) {
      const index = kept[problem.unit];
      if (index >= 0) remapped.push(index === problem.unit ? problem : { ...problem, unit: index });
    } else if (!scan.inCodeAt(problem.range.start)) {
      remapped.push(problem);
    }
  }
  problems.length = 0;
  for (const problem of remapped) problems.push(problem);
}

/** Each unit built once, straight from the unit found; one prefix string for all the IDs that have it. */
function buildUnits(
  found: readonly RawUnit[], kept: readonly number[], contexts: readonly UnitContext[], idParts: readonly UnitIdParts[],
): SxsUnit[] {
  const units: SxsUnit[] = [];
  const prefixes = new Map<string, string>();
  for (let i = 0; i < found.length; i++) {
    if (kept[i] < 0) continue;
    const unit = found[i];
    let parts = idParts[i];
    if (parts.prefix !== undefined) {
      const prefix = prefixes.get(parts.prefix);
      if (prefix === undefined) prefixes.set(parts.prefix, parts.prefix);
      else parts = { ...parts, prefix };
    }
    units.push(new Unit(units.length, unit.id, unit.sourceId, contexts[i], unit.broken, parts, {
      start: unit.range.start,
      end: unit.range.end,
      targetStart: unit.target.start,
      targetEnd: unit.target.end,
      idStart: unit.targetIdRange.start,
      lookupStart: unit.lookup === undefined ? -1 : unit.lookup.start,
      sourceStart: unit.source === undefined ? -1 : unit.source.start,
      sourceEnd: unit.source === undefined ? -1 : unit.source.end,
      sourceIdStart: unit.sourceIdRange === undefined ? -1 : unit.sourceIdRange.start,
    }));
  }
  return units;
}

/** Headings and units are both in document order: one pass over the units, not one per heading. */
function headingsWithUnits(headings: readonly Omit<Heading, 'units'>[], units: readonly SxsUnit[]): Heading[] {
  let firstUnit = 0;
  return headings.map(heading => {
    while (firstUnit < units.length && units[firstUnit].range.start < heading.range.start) {
      firstUnit++;
    }
    const inHeading: number[] = [];
    for (let i = firstUnit; i < units.length && units[i].range.start < heading.range.end; i++) {
      inHeading.push(i);
    }
    return { ...heading, units: inHeading };
  });
}

/**
 * For each unit found, its index among the units that are real (-1 when dropped).
 *
 * Unit-like text inside code (a fenced or indented code block, an inline code span) is content: a document that
 * shows the format, or markup a segmenter left in code. It is not a unit and has no problems. The exception is
 * damage the reader sees: a well-formed unit with the file's own ID prefix that markdown renders as code (a
 * translated paragraph indented four spaces); it stays a unit, and SX110 reports it. A file whose only units are
 * in code has no real units at all.
 */
function unitsOutsideCode(
  found: readonly RawUnit[], contexts: readonly UnitContext[], idParts: readonly UnitIdParts[], problems: readonly ParseProblem[],
): number[] {
  const kept = new Array<number>(found.length).fill(-1);
  let anyOutside = false;
  let allOutside = true;
  for (const context of contexts) {
    if (!context.inCode || context.inFrontMatter) anyOutside = true;
    else allOutside = false;
  }
  if (!anyOutside) {
    return kept;
  }
  if (allOutside) {
    // The usual case: no unit in code, every unit is kept.
    for (let i = 0; i < found.length; i++) kept[i] = i;
    return kept;
  }
  const prefix = majorityPrefix(idParts.filter((_, i) => !contexts[i].inCode || contexts[i].inFrontMatter));
  const nonCanonical = new Set<number>();
  for (const problem of problems) {
    if (problem.unit !== undefined && problem.kind === 'nonCanonicalMarkup') nonCanonical.add(problem.unit);
  }
  let count = 0;
  for (let i = 0; i < found.length; i++) {
    const unit = found[i];
    const context = contexts[i];
    const real = !context.inCode || context.inFrontMatter
      || (!unit.broken && !nonCanonical.has(i) && unit.sourceId === unit.id && prefix !== undefined && idParts[i].prefix === prefix);
    if (real) {
      kept[i] = count++;
    }
  }
  return kept;
}

/** Finds every unit, in document order. */
function scanUnits(text: string, problems: ParseProblem[]): RawUnit[] {
  const units: RawUnit[] = [];
  let next = findOpener(text, 0, problems);
  let consumedUntil = 0;
  while (next) {
    const opener = next;
    const after = opener.open.end;
    const following = findOpener(text, after, problems);
    const bound = following ? following.open.start : text.length;
    const unitIndex = units.length;
    const report = (kind: ParseProblemKind, range: OffsetRange, detail: string): void => {
      problems.push({ kind, range, unit: unitIndex, detail });
    };
    if (opener.open.start < consumedUntil) {
      // Cannot happen with the bound above, but keep the invariant explicit: units never overlap.
      next = following;
      continue;
    }
    if (!opener.canonical) {
      report('nonCanonicalMarkup', opener.open,
        'The unit opener is not in the canonical form `<span data-ttu-id="ID">`.');
    }
    const unit = readUnit(text, opener, bound, report);
    units.push(unit);
    consumedUntil = unit.range.end;
    next = following;
  }
  findOrphanSources(text, units, problems);
  return units;
}

interface Opener {
  open: OffsetRange;
  id: string;
  idRange: OffsetRange;
  canonical: boolean;
}

/** The next target opener at or after `from`, canonical or tolerant; malformed ones are reported and skipped. */
function findOpener(text: string, from: number, problems: ParseProblem[]): Opener | undefined {
  let at = text.indexOf(TTU_ATTRIBUTE, from);
  while (at >= 0) {
    const tagStart = at - 6;
    if (tagStart >= from && text.startsWith(TARGET_OPEN, tagStart)) {
      const idStart = tagStart + TARGET_OPEN.length;
      const quote = indexOfBefore(text, '"', idStart, idStart + 65);
      if (quote >= 0 && text.charCodeAt(quote + 1) === 62 /* > */
        && !hasLineBreakOrTag(text, idStart, quote)) {
        return {
          open: { start: tagStart, end: quote + 2 },
          id: text.slice(idStart, quote),
          idRange: { start: idStart, end: quote },
          canonical: true,
        };
      }
    }
    const lt = lastIndexOfBefore(text, '<', Math.max(from, at - 200), at);
    if (lt >= from && text.slice(lt + 1, lt + 5).toLowerCase() === 'span') {
      const match = looseMatch(LOOSE_TARGET_OPEN, text, lt, text.length);
      if (match) {
        const group = match[1] !== undefined ? 1 : match[2] !== undefined ? 2 : 3;
        const id = match[group] ?? '';
        const idStart = lt + (match.indices?.[group]?.[0] ?? 0);
        return {
          open: { start: lt, end: lt + match[0].length },
          id,
          idRange: { start: idStart, end: idStart + id.length },
          canonical: false,
        };
      }
      problems.push({
        kind: 'nonCanonicalMarkup',
        range: { start: lt, end: Math.min(text.length, at + TTU_ATTRIBUTE.length) },
        detail: 'A `<span data-ttu-id` opener is not closed by `>`: this unit cannot be read.',
      });
    }
    at = text.indexOf(TTU_ATTRIBUTE, at + TTU_ATTRIBUTE.length);
  }
  return undefined;
}

function hasLineBreakOrTag(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 60 || code === 62) {
      return true;
    }
  }
  return false;
}

type Reporter = (kind: ParseProblemKind, range: OffsetRange, detail: string) => void;

function readUnit(text: string, opener: Opener, bound: number, report: Reporter): RawUnit {
  const targetStart = opener.open.end;
  const split = indexOfBefore(text, SPLIT, targetStart, Math.min(text.length, bound - 1 + SPLIT.length));
  if (split >= 0) {
    const stuIdStart = split + SPLIT.length;
    const quote = indexOfBefore(text, '"', stuIdStart, Math.min(bound, stuIdStart + 65));
    if (quote >= 0 && text.charCodeAt(quote + 1) === 62
      && !hasLineBreakOrTag(text, stuIdStart, quote)) {
      const target = { start: targetStart, end: split };
      const lookupStart = split + CLOSE.length;
      return finishUnit(text, opener, target, lookupStart, text.slice(stuIdStart, quote),
        { start: stuIdStart, end: quote }, quote + 2, bound, false, report);
    }
  }
  // No canonical split before the next unit: look for a wrapper in another form.
  const lookupAt = indexOfBefore(text, LOOKUP_CLASS, targetStart, bound);
  if (lookupAt >= 0) {
    const wrapperStart = lastIndexOfBefore(text, '<', targetStart, lookupAt);
    // The wrapper (and the English opener in it) must end before the next unit.
    const match = wrapperStart >= 0 ? looseMatch(LOOSE_LOOKUP_OPEN, text, wrapperStart, bound) : undefined;
    if (match) {
      const targetClose = lastIndexOfBefore(text, CLOSE, targetStart, wrapperStart + CLOSE.length - 1);
      const target = { start: targetStart, end: targetClose >= targetStart ? targetClose : wrapperStart };
      report('nonCanonicalMarkup', { start: target.end, end: wrapperStart + match[0].length },
        'The `sxs-lookup` half is not in the canonical form `</span><span class="sxs-lookup"><span data-stu-id="ID">`.');
      const stuId = match[1] ?? match[2] ?? match[3];
      if (stuId === undefined) {
        // A wrapper with no English span inside: read the wrapper's content as the English half.
        return finishUnit(text, opener, target, wrapperStart, undefined, undefined,
          wrapperStart + match[0].length, bound, true, report);
      }
      const stuIdStart = wrapperStart + (match.indices?.[match[1] !== undefined ? 1 : match[2] !== undefined ? 2 : 3]?.[0] ?? 0);
      return finishUnit(text, opener, target, wrapperStart, stuId,
        { start: stuIdStart, end: stuIdStart + stuId.length }, wrapperStart + match[0].length, bound, false, report);
    }
  }
  return orphanTarget(text, opener, bound, report);
}

/** Reads the English half from `sourceStart` and closes the unit. */
function finishUnit(
  text: string, opener: Opener, target: OffsetRange, lookupStart: number, sourceId: string | undefined,
  sourceIdRange: OffsetRange | undefined, sourceStart: number, bound: number, singleClose: boolean, report: Reporter,
): RawUnit {
  let broken = false;
  if (!spansBalanced(text, target.start, target.end)) {
    broken = true;
    report('unbalancedSpan', target,
      'The translation holds a stray or literal `<span>` or `</span>`: the unit markup is unbalanced. Escape it (`\\<span>`) or put it in code.');
  }
  if (endsWithEscape(text, target.start, target.end)) {
    broken = true;
    report('escapedClose', { start: target.end - 1, end: target.end + CLOSE.length },
      'The translation ends with a backslash, which escapes the closing `</span>`: in markdown the span does not close.');
  }
  const end = singleClose
    ? findSingleClose(text, sourceStart, bound)
    : findSourceEnd(text, sourceStart, bound);
  if (end.problem) {
    broken = true;
    report(end.problem.kind, end.problem.range, end.problem.detail);
  }
  const source = { start: sourceStart, end: end.sourceEnd };
  if (!end.problem && endsWithEscape(text, source.start, source.end)) {
    broken = true;
    report('escapedClose', { start: source.end - 1, end: source.end + CLOSE.length },
      'The English half ends with a backslash, which escapes the closing `</span>`: in markdown the `sxs-lookup` span does not close.');
  }
  return {
    id: opener.id,
    sourceId,
    range: { start: opener.open.start, end: end.unitEnd },
    targetOpen: opener.open,
    targetIdRange: opener.idRange,
    target,
    lookup: { start: lookupStart, end: end.unitEnd },
    source,
    sourceIdRange,
    broken,
  };
}

interface SourceEnd {
  sourceEnd: number;
  unitEnd: number;
  problem?: { kind: ParseProblemKind; range: OffsetRange; detail: string };
}

/** Where the English half and its wrapper end: `</span></span>`, with span depth counted only when needed. */
function findSourceEnd(text: string, start: number, bound: number): SourceEnd {
  const first = indexOfBefore(text, DOUBLE_CLOSE, start, bound);
  if (first >= 0 && !mayHoldSpanTags(text, start, first)) {
    return { sourceEnd: first, unitEnd: first + DOUBLE_CLOSE.length };
  }
  // The half holds span tags (balanced HTML, literal text or damage): count depth from inside the English span.
  const masked = maskCodeAndEscapes(text, start, bound);
  let depth = 2;
  const events = spanEvents(masked);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    depth += event.open ? 1 : -1;
    if (depth === 1) {
      const next = events[i + 1];
      if (next && !next.open && next.at === event.end) {
        return { sourceEnd: start + event.at, unitEnd: start + next.end };
      }
      break;
    }
  }
  // No clean close: read the half up to the last `</span></span>` before the next unit, and say so.
  const last = lastIndexOfBefore(text, DOUBLE_CLOSE, start, bound);
  if (last >= 0) {
    return {
      sourceEnd: last,
      unitEnd: last + DOUBLE_CLOSE.length,
      problem: {
        kind: 'sourceNotClosed',
        range: { start, end: last + DOUBLE_CLOSE.length },
        detail: 'The English half holds a stray or literal `<span>` or `</span>`, so the `sxs-lookup` wrapper does not close where it should.',
      },
    };
  }
  const single = lastIndexOfBefore(text, CLOSE, start, bound);
  const sourceEnd = single >= 0 ? single : lineEndBefore(text, start, bound);
  return {
    sourceEnd,
    unitEnd: single >= 0 ? single + CLOSE.length : sourceEnd,
    problem: {
      kind: 'sourceNotClosed',
      range: { start: Math.max(start - 1, 0), end: Math.max(sourceEnd, start) },
      detail: 'The English half or its `sxs-lookup` wrapper is not closed before the next unit or the end of the file.',
    },
  };
}

/** A wrapper with no English span: its content ends at the first `</span>`. */
function findSingleClose(text: string, start: number, bound: number): SourceEnd {
  const close = indexOfBefore(text, CLOSE, start, bound);
  if (close >= 0) {
    return {
      sourceEnd: close,
      unitEnd: close + CLOSE.length,
      problem: {
        kind: 'nonCanonicalMarkup',
        range: { start, end: close + CLOSE.length },
        detail: 'The `sxs-lookup` wrapper has no `<span data-stu-id="ID">` inside.',
      },
    };
  }
  const end = lineEndBefore(text, start, bound);
  return {
    sourceEnd: end,
    unitEnd: end,
    problem: {
      kind: 'sourceNotClosed',
      range: { start, end },
      detail: 'The `sxs-lookup` wrapper is not closed before the next unit or the end of the file.',
    },
  };
}

/** A target with no `sxs-lookup` half: it ends at its own `</span>` (depth counted), or at the end of the line. */
function orphanTarget(text: string, opener: Opener, bound: number, report: Reporter): RawUnit {
  const start = opener.open.end;
  let end = -1;
  let unitEnd = -1;
  const firstClose = indexOfBefore(text, CLOSE, start, bound);
  if (firstClose >= 0 && !mayHoldSpanTags(text, start, firstClose)) {
    end = firstClose;
    unitEnd = firstClose + CLOSE.length;
  } else if (firstClose >= 0) {
    let depth = 1;
    for (const event of spanEvents(maskCodeAndEscapes(text, start, bound))) {
      depth += event.open ? 1 : -1;
      if (depth === 0) {
        end = start + event.at;
        unitEnd = start + event.end;
        break;
      }
    }
  }
  if (end < 0) {
    end = lineEndBefore(text, start, bound);
    unitEnd = end;
    report('targetNotClosed', { start: opener.open.start, end: Math.max(end, opener.open.end) },
      'The translation span is not closed before the next unit or the end of the file.');
  }
  report('orphanTarget', { start: opener.open.start, end: unitEnd },
    'This translation has no `<span class="sxs-lookup"><span data-stu-id="…">` English half after it.');
  return {
    id: opener.id,
    sourceId: undefined,
    range: { start: opener.open.start, end: unitEnd },
    targetOpen: opener.open,
    targetIdRange: opener.idRange,
    target: { start, end },
    lookup: undefined,
    source: undefined,
    sourceIdRange: undefined,
    broken: true,
  };
}

/** `sxs-lookup` wrappers and `data-stu-id` spans that belong to no unit. */
function findOrphanSources(text: string, units: readonly RawUnit[], problems: ParseProblem[]): void {
  const lastGt = text.lastIndexOf('>');
  for (const needle of [LOOKUP_CLASS, STU_ATTRIBUTE]) {
    // The first `</span></span>` at or after a place: remembered, as the places only move forward.
    let doubleClose = -2;
    const doubleCloseFrom = (from: number): number => {
      if (doubleClose !== -1 && doubleClose < from) {
        doubleClose = text.indexOf(DOUBLE_CLOSE, from);
      }
      return doubleClose;
    };
    const reportOrphanAt = (at: number, unitIndex: number): void => {
      const tagStart = lastIndexOfBefore(text, '<', Math.max(0, at - 200), at);
      const isTag = tagStart >= 0 && text.slice(tagStart + 1, tagStart + 5).toLowerCase() === 'span'
        && indexOfBefore(text, '>', tagStart, at) < 0 && lastGt > at;
      if (isTag) {
        // Report each orphan once: a wrapper and the English span inside it are one finding.
        const last = problems[problems.length - 1];
        const covered = last && last.kind === 'orphanSource' && last.range.end > tagStart;
        if (!covered && !(needle === STU_ATTRIBUTE && precededByOrphanWrapper(problems, tagStart))) {
          const close = doubleCloseFrom(at);
          const end = close >= 0 && (unitIndex >= units.length || close < units[unitIndex].range.start)
            ? close + DOUBLE_CLOSE.length
            : lineEndBefore(text, at, unitIndex < units.length ? units[unitIndex].range.start : text.length);
          problems.push({
            kind: 'orphanSource',
            range: { start: tagStart, end: Math.max(end, at + needle.length) },
            detail: needle === LOOKUP_CLASS
              ? 'This `sxs-lookup` English half has no translation span `<span data-ttu-id="…">` before it.'
              : 'This `data-stu-id` span is not inside a unit.',
          });
        }
      }
    };
    // Only the text between units can hold an orphan: an occurrence inside a unit is the unit's own, and none
    // runs across a unit's edge (a unit starts with `<` and ends after a `>`, at a line break or before a `<`).
    // Units never overlap, so the gap before unit `unitIndex` runs from the previous unit's end to its start.
    for (let unitIndex = 0; unitIndex <= units.length; unitIndex++) {
      const gapStart = unitIndex === 0 ? 0 : units[unitIndex - 1].range.end;
      const gapEnd = unitIndex < units.length ? units[unitIndex].range.start : text.length;
      for (let at = indexOfBefore(text, needle, gapStart, gapEnd); at >= 0; at = indexOfBefore(text, needle, at + needle.length, gapEnd)) {
        reportOrphanAt(at, unitIndex);
      }
    }
  }
}

function precededByOrphanWrapper(problems: readonly ParseProblem[], tagStart: number): boolean {
  for (let i = problems.length - 1; i >= 0 && i >= problems.length - 4; i--) {
    const problem = problems[i];
    if (problem.kind === 'orphanSource' && problem.range.start <= tagStart && problem.range.end > tagStart) {
      return true;
    }
  }
  return false;
}

/** True when the half ends with an odd number of backslashes (so the tag after it is escaped). */
function endsWithEscape(text: string, start: number, end: number): boolean {
  let count = 0;
  for (let i = end - 1; i >= start && text.charCodeAt(i) === 92; i--) {
    count++;
  }
  return count % 2 === 1;
}

// Searches stay inside [from, bound): an unbounded indexOf per unit would make hostile files quadratic.
// A slice of a flat string is a view in V8, so bounding costs nothing.

/** The first `needle` that lies wholly inside [from, bound), or -1. */
function indexOfBefore(text: string, needle: string, from: number, bound: number): number {
  if (bound - from < needle.length) {
    return -1;
  }
  if (needle.length === 1) {
    // One character (`"`, `<`, `>`): a loop, not a slice per call.
    const code = needle.charCodeAt(0);
    for (let i = from; i < bound; i++) {
      if (text.charCodeAt(i) === code) {
        return i;
      }
    }
    return -1;
  }
  const at = text.slice(from, bound).indexOf(needle);
  return at >= 0 ? from + at : -1;
}

/** The last `needle` that lies wholly inside [from, bound), or -1. */
function lastIndexOfBefore(text: string, needle: string, from: number, bound: number): number {
  if (bound - from < needle.length) {
    return -1;
  }
  if (needle.length === 1) {
    const code = needle.charCodeAt(0);
    for (let i = bound - 1; i >= from; i--) {
      if (text.charCodeAt(i) === code) {
        return i;
      }
    }
    return -1;
  }
  const at = text.slice(from, bound).lastIndexOf(needle);
  return at >= 0 ? from + at : -1;
}

/** A tolerant tag regex matched at `start`, within the first `>` after it and before `bound`. */
function looseMatch(pattern: RegExp, text: string, start: number, bound: number): RegExpExecArray | undefined {
  const window = text.slice(start, Math.min(bound, start + MAX_LOOSE_TAG));
  pattern.lastIndex = 0;
  const match = pattern.exec(window);
  return match ?? undefined;
}

/** The end of the line that holds `from` (not past `bound`). */
function lineEndBefore(text: string, from: number, bound: number): number {
  for (let i = from; i < bound; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      return i;
    }
  }
  return bound;
}

function dominantEol(text: string, lines: number): '\n' | '\r\n' {
  if (lines < 2) {
    return '\n';
  }
  let crlf = 0;
  let at = text.indexOf('\r\n');
  while (at >= 0 && crlf * 2 < lines) {
    crlf++;
    at = text.indexOf('\r\n', at + 2);
  }
  return crlf * 2 >= lines - 1 ? '\r\n' : '\n';
}

export type { UnitContext };
