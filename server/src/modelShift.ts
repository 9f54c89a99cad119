/**
 * The model of a new version of a document from the model of the last one, without parsing, when the edit cannot
 * change the structure: the commonest keystroke, letters or spaces typed or deleted inside one half of an intact
 * unit. The new model is the old one with every offset after the edit moved; it equals what `parseSxs` gives for
 * the new text (the tests compare the two over the corpus). Any other edit gives undefined, and the caller parses.
 *
 * Why such an edit keeps the structure: the half lies on one line that starts before the unit's opener and ends
 * after its closing tags, so the line's start, end and block kind stay; the run of letters, digits and spaces the
 * edit falls in is bounded by the half's own edges or by plain punctuation, so no tag, entity, escape, code span or
 * link destination is made or broken; and the unit has no parse problem whose wording or range could change.
 */
import type { Block, FrontMatter, Heading, OffsetRange, ParseProblem, SxsDocument, SxsUnit } from './sxs/types';
import { commonPrefix, commonSuffix } from './sxs/affixes';
import { Unit } from './sxs/unit';

// Every field of the model's types: this does not compile when one is added, so that the shift below is reviewed.
const DOCUMENT_FIELDS: Readonly<Record<keyof SxsDocument, true>> = {
  text: true, units: true, problems: true, prefix: true, headings: true, blocks: true, frontMatter: true, lineStarts: true,
  eol: true, locale: true,
};
const UNIT_FIELDS: Readonly<Record<keyof SxsUnit, true>> = {
  index: true, id: true, idParts: true, sourceId: true, range: true, targetOpen: true, targetIdRange: true, target: true,
  lookup: true, source: true, sourceIdRange: true, context: true, broken: true,
};
const OTHER_FIELDS: Readonly<Record<keyof ParseProblem | keyof Heading | keyof Block | keyof FrontMatter, true>> = {
  kind: true, range: true, unit: true, detail: true, level: true, contentRange: true, units: true, anchor: true,
  startLine: true, endLine: true, headingLevel: true, fields: true,
};
void DOCUMENT_FIELDS;
void UNIT_FIELDS;
void OTHER_FIELDS;

/** Letters, marks, digits and the space: what the changed text and the run around it may hold. */
const RUN = /[\p{L}\p{M}\p{N} ]/u;
const ALL_RUN = /^[\p{L}\p{M}\p{N} ]*$/u;
/**
 * What may bound the run: punctuation that the parser reads only for itself (emphasis, code spans, links, table
 * pipes), never as part of a word. Not `<`, `>`, `&`, `#`, `;`, `\\`, `=`, quotes, `/` or `-` (tags, attribute
 * names such as `data-ttu-id`, entities, escapes), so no tag, entity or escape is made or broken.
 */
const BOUNDARY = ['.', ',', '!', '?', ':', '*', '_', '~', '`', '(', ')', '[', ']', '|'];
/** Also the end of a tag before the run and the start of one after it: a tag's name and attributes are inside it. */
const LEFT_BOUNDARY = new Set([...BOUNDARY, '>']);
const RIGHT_BOUNDARY = new Set([...BOUNDARY, '<']);

/** The unit whose range holds `offset` (units are in document order and do not overlap when intact), or -1. */
function unitAt(units: readonly SxsUnit[], offset: number): number {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = units[mid].range;
    if (range.end <= offset) low = mid + 1;
    else if (range.start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The model of `text` from `previous`, the model of an earlier text, when the two differ by one edit inside a half
 * that cannot change the structure (see the module comment); undefined otherwise.
 */
export function shiftedModel(previous: SxsDocument, text: string): SxsDocument | undefined {
  const before = previous.text;
  if (before === text) return undefined;
  const at = commonPrefix(before, text);
  const suffix = commonSuffix(before, text, Math.min(before.length, text.length) - at);
  const oldEnd = before.length - suffix;
  const newEnd = text.length - suffix;
  const delta = text.length - before.length;
  if (previous.frontMatter !== undefined && at <= previous.frontMatter.range.end) return undefined;

  const index = unitAt(previous.units, at);
  if (index < 0) return undefined;
  const unit = previous.units[index];
  if (unit.broken) return undefined;
  const all = previous.units;
  if ((index > 0 && all[index - 1].range.end > unit.range.start)
    || (index + 1 < all.length && all[index + 1].range.start < unit.range.end)) return undefined;
  // The half the edit lies in: an insertion strictly after its start (at its start it could as well be outside).
  let half: OffsetRange | undefined;
  for (const candidate of [unit.target, unit.source]) {
    if (candidate !== undefined && candidate.start <= at && oldEnd <= candidate.end && (at > candidate.start || oldEnd > at)) half = candidate;
  }
  if (half === undefined) return undefined;
  const halfText = before.slice(half.start, half.end);
  if (halfText.includes('\n') || halfText.includes('\r')) return undefined;
  if (!ALL_RUN.test(before.slice(at, oldEnd)) || !ALL_RUN.test(text.slice(at, newEnd))) return undefined;
  // The run of letters, digits and spaces around the edit, and what bounds it on either side.
  let left = at;
  while (left > half.start && RUN.test(text[left - 1])) left--;
  if (left > half.start && !LEFT_BOUNDARY.has(text[left - 1])) return undefined;
  const halfEnd = half.end + delta;
  let right = newEnd;
  while (right < halfEnd && RUN.test(text[right])) right++;
  if (right < halfEnd && !RIGHT_BOUNDARY.has(text[right])) return undefined;
  for (const problem of previous.problems) {
    if (problem.unit === index || (problem.range.start < unit.range.end && problem.range.end > unit.range.start)) return undefined;
  }

  // Offsets up to the edit stay, those after it move; one inside deleted text cannot be (the run holds no boundary).
  let inside = false;
  const move = (offset: number): number => {
    if (offset < at || (offset === at && oldEnd > at)) return offset;
    if (offset >= oldEnd) return offset + delta;
    inside = true;
    return offset;
  };
  const range = (r: OffsetRange): OffsetRange => (r.end < at ? r : { start: move(r.start), end: move(r.end) });

  const units: SxsUnit[] = previous.units.slice(0, index);
  for (let i = index; i < previous.units.length; i++) {
    const u = previous.units[i];
    // Units are the parser's (see `sxs/unit.ts`); anything else is left to the parser.
    if (!(u instanceof Unit)) return undefined;
    units.push(u.moved(move));
  }
  const problems = previous.problems.map(problem => (problem.range.end < at ? problem : { ...problem, range: range(problem.range) }));
  const headings = previous.headings.map(heading => (heading.range.end < at ? heading : { ...heading, range: range(heading.range), contentRange: range(heading.contentRange) }));
  const blocks = previous.blocks.map(block => (block.range.end < at ? block : { ...block, range: range(block.range) }));
  const lineStarts = previous.lineStarts.slice();
  for (let i = lineStarts.length - 1; i > 0 && lineStarts[i] > at; i--) lineStarts[i] += delta;
  if (inside) return undefined;
  return {
    text,
    units,
    problems,
    prefix: previous.prefix,
    headings,
    blocks,
    frontMatter: previous.frontMatter,
    lineStarts,
    eol: previous.eol,
    locale: previous.locale,
  };
}
