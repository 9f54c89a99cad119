/**
 * The sxs document model: what a localized markdown file holds, as data. The parser's units are `Unit` objects
 * (`unit.ts`), which keep their offsets as numbers: each read of a unit's range gives a new object.
 *
 * Every range is a pair of UTF-16 offsets into the document text, `end` exclusive.
 * Nothing here knows about LSP, VS Code or the file system.
 */

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** The parts of a unit ID: `PREFIX-[p]NUMBER`, for example `9d2bc-101` or `4ec2a-p101`. */
export interface UnitIdParts {
  /** Five lower-case hex digits, or undefined when the ID is not of the form `^[0-9a-f]{5}-p?\d+$`. */
  readonly prefix: string | undefined;
  /** The decimal number, or undefined when the ID is malformed. */
  readonly number: number | undefined;
  /** True for merged-paragraph IDs (`-p101`), which use a counter of their own. */
  readonly merged: boolean;
  /** True when the ID matches `^[0-9a-f]{5}-p?\d+$`. */
  readonly wellFormed: boolean;
}

/** Where a unit stands in the markdown around it (taken from the line that holds its opener). */
export interface UnitContext {
  /** The kind of block that holds the unit. */
  readonly block: BlockKind;
  /** ATX or setext heading level (1–6) when `block` is `heading`. */
  readonly headingLevel?: number;
  /** Inside a `> ` blockquote (at any depth). */
  readonly blockquote: boolean;
  /** The alert kind (`NOTE`, `WARNING`, …) of the blockquote that holds the unit, if any. */
  readonly alert?: string;
  /** Inside a list item (the marker line or its indented continuation). */
  readonly listItem: boolean;
  /** Inside a GFM table row; `tableCell` is the 0-based cell index. */
  readonly tableCell?: number;
  /** The unit is the text of a link: `[<unit>](url)`. */
  readonly linkText: boolean;
  /** The unit is the alt text of an image: `![<unit>](url)`. */
  readonly imageAlt: boolean;
  /** Inside an HTML block (a line that starts with a tag such as `<li>`, `<p>`, `<br>`). */
  readonly htmlBlock: boolean;
  /** Inside front matter, a fenced or indented code block, or an inline code span. */
  readonly inCode: boolean;
  readonly inFrontMatter: boolean;
}

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'listItem'
  | 'tableRow'
  | 'blockquote'
  | 'html'
  | 'frontMatter'
  | 'fencedCode'
  | 'indentedCode';

/** The kinds of structural problem the parser can find. Checks turn them into diagnostics. */
export type ParseProblemKind =
  /** A target span with no `sxs-lookup` half after it. */
  | 'orphanTarget'
  /** An `sxs-lookup` wrapper or `data-stu-id` span that no target precedes. */
  | 'orphanSource'
  /** The English half (or its wrapper) does not close before the next unit or the end of the file. */
  | 'sourceNotClosed'
  /** The target half does not close before the next unit or the end of the file. */
  | 'targetNotClosed'
  /** A close of a half is escaped by an odd number of backslashes (`\</span>`), so it does not close in markdown. */
  | 'escapedClose'
  /** A stray or literal `<span>`/`</span>` inside a half. */
  | 'unbalancedSpan'
  /** A unit opener or wrapper that is not in the canonical byte form (other quoting, spacing, attribute). */
  | 'nonCanonicalMarkup'
  /** A unit opener that starts inside another unit that has not closed. */
  | 'nestedUnit'
  /** A line that is a git merge-conflict marker. */
  | 'mergeConflictMarker';

export interface ParseProblem {
  readonly kind: ParseProblemKind;
  readonly range: OffsetRange;
  /** The index in `SxsDocument.units` of the unit the problem belongs to, if any. */
  readonly unit?: number;
  /** A short English explanation of what was found. */
  readonly detail: string;
}

export interface SxsUnit {
  /** Position in `SxsDocument.units` (document order). */
  readonly index: number;
  /** The `data-ttu-id` value (the target's ID), as written. */
  readonly id: string;
  readonly idParts: UnitIdParts;
  /** The `data-stu-id` value, or undefined when the unit has no `sxs-lookup` half. */
  readonly sourceId: string | undefined;
  /** From the `<` of the target opener to the end of the wrapper's closing `</span>` (or as far as the unit could be read). */
  readonly range: OffsetRange;
  /** The target opener tag `<span data-ttu-id="…">`. */
  readonly targetOpen: OffsetRange;
  /** The bytes of the ID value inside the target opener. */
  readonly targetIdRange: OffsetRange;
  /** The translated half: the content between the target opener and its `</span>`. */
  readonly target: OffsetRange;
  /** The `<span class="sxs-lookup">…</span>` wrapper, when present. */
  readonly lookup: OffsetRange | undefined;
  /** The English half: the content of the `data-stu-id` span, when present. */
  readonly source: OffsetRange | undefined;
  /** The bytes of the ID value inside the `data-stu-id` opener, when present. */
  readonly sourceIdRange: OffsetRange | undefined;
  readonly context: UnitContext;
  /** True when the parser found a structural problem in this unit (see `SxsDocument.problems`). */
  readonly broken: boolean;
}

/** An ATX or setext heading, with the units it holds (for symbols, code lenses and sections). */
export interface Heading {
  readonly level: number;
  /** The whole heading line (ATX) or the text line plus its underline (setext). */
  readonly range: OffsetRange;
  /** The heading's content (after the `#` marker, or the setext text line). */
  readonly contentRange: OffsetRange;
  /** Indices into `SxsDocument.units` of the units on the heading line. */
  readonly units: readonly number[];
  /** The anchor from `<a name="…">` or `<a id="…">` at the start of the heading, if any. */
  readonly anchor?: string;
}

/** One markdown block of the document as the block scanner sees it. */
export interface Block {
  readonly kind: BlockKind;
  /** Lines [startLine, endLine) 0-based. */
  readonly startLine: number;
  readonly endLine: number;
  readonly range: OffsetRange;
  readonly headingLevel?: number;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  readonly range: OffsetRange;
  /** The text between the fences. */
  readonly contentRange: OffsetRange;
  /** Top-level `key: value` pairs as written (values unquoted, not YAML-decoded beyond that). */
  readonly fields: ReadonlyMap<string, string>;
}

export interface SxsDocument {
  readonly text: string;
  readonly units: readonly SxsUnit[];
  readonly problems: readonly ParseProblem[];
  /** The prefix most units use, or undefined when no unit has a well-formed ID. */
  readonly prefix: string | undefined;
  readonly headings: readonly Heading[];
  readonly blocks: readonly Block[];
  readonly frontMatter: FrontMatter | undefined;
  /** Offsets where each line starts; `lineStarts[0] === 0`. Lines end at `\n`, `\r\n` or a lone `\r`. */
  readonly lineStarts: readonly number[];
  /** The line ending most lines use. */
  readonly eol: '\n' | '\r\n';
  /** `ms.contentlocale` from the front matter, if present (for example `pl-PL`). */
  readonly locale: string | undefined;
}
