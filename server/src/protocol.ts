/**
 * Names and message shapes shared by the extension client, the language server and the preview webview.
 *
 * Plain data only: this module imports nothing, so every side (Node server, extension host, browser) can use it.
 */

/** Custom LSP request: the bilingual preview data of one open document. */
export const PreviewDataRequestMethod = 'sxs/previewData';

export interface PreviewDataParams {
  readonly textDocument: { readonly uri: string };
  /**
   * Ask for `CompactPreviewData`: the same data without the halves' text (the client has the text of the same
   * version) and with each unit's positions packed as numbers, a fraction of the full answer's size.
   */
  readonly compact?: boolean;
}

/** A UTF-16 offset range into the document text, `end` exclusive. */
export interface PreviewRange {
  readonly start: number;
  readonly end: number;
}

export type TextDirection = 'ltr' | 'rtl';

/** One sxs unit as the preview and the editor aids need it. */
export interface PreviewUnit {
  /** Index in `SxsDocument.units` (document order). */
  readonly index: number;
  readonly id: string;
  /** 0-based line and character of the unit's first byte. */
  readonly line: number;
  readonly character: number;
  /** 0-based line of the unit's last byte. */
  readonly endLine: number;
  /** The whole unit, from the target opener to the end of the English wrapper. */
  readonly range: PreviewRange;
  /** The target opener tag `<span data-ttu-id="…">`. */
  readonly targetOpen: PreviewRange;
  /** The translated half's content. */
  readonly target: PreviewRange;
  /** The `sxs-lookup` wrapper, when present. */
  readonly lookup: PreviewRange | undefined;
  /** The English half's content, when present. */
  readonly source: PreviewRange | undefined;
  /** The translated half as markdown source. */
  readonly targetText: string;
  /** The English half as markdown source, or undefined when the unit has none. */
  readonly sourceText: string | undefined;
  /** The link destination when the unit is the text of a link `[<unit>](url)`. */
  readonly linkHref?: string;
  /** Structural problems the parser found in this unit (short English explanations). */
  readonly problems: readonly string[];
}

export type PreviewRowKind =
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableRow'
  | 'table'
  | 'blockquote'
  | 'html'
  | 'code'
  | 'frontMatter';

/** One block of the document: a heading, paragraph, list item, table row, blockquote or alert. */
export interface PreviewRow {
  readonly kind: PreviewRowKind;
  /** 0-based first and last line of the row. */
  readonly line: number;
  readonly endLine: number;
  /** 1–6 for headings. */
  readonly headingLevel?: number;
  /** The alert kind (`NOTE`, `WARNING`, …) for units inside an alert blockquote. */
  readonly alert?: string;
  /** Indices into `PreviewData.units`, in document order. Empty for blocks without units. */
  readonly units: readonly number[];
  /** The block's own markdown, for blocks without units that are worth showing (code, images). */
  readonly markdown?: string;
  /** For headings: the anchors a `#fragment` link may use (an explicit `<a name>`, the translated and English slugs). */
  readonly anchors?: readonly string[];
  /** For `table` rows: the table's lines split into cells, each cell a run of text and units. */
  readonly table?: PreviewTable;
}

/** Column alignment from a table's delimiter row. */
export type PreviewCellAlign = 'left' | 'right' | 'center' | null;

/** A piece of a table cell: markdown text outside units, or a unit (by index) whose half the column shows. */
export type PreviewCellPart = { readonly text: string } | { readonly unit: number };

export interface PreviewTableLine {
  /** 0-based document line. */
  readonly line: number;
  readonly header: boolean;
  readonly cells: readonly (readonly PreviewCellPart[])[];
}

export interface PreviewTable {
  readonly align: readonly PreviewCellAlign[];
  readonly lines: readonly PreviewTableLine[];
}

export interface PreviewData {
  readonly uri: string;
  /** The document version the data was computed from, when the server knows it. */
  readonly version: number | null;
  /** `ms.contentlocale`, if the front matter has it. */
  readonly locale: string | undefined;
  /** The direction of the translated text. */
  readonly direction: TextDirection;
  readonly units: readonly PreviewUnit[];
  readonly rows: readonly PreviewRow[];
  /** Number of structural problems the parser found. */
  readonly problemCount: number;
}

/** A row's fields that `CompactPreviewData.rowNumbers` does not hold; `units` only when they do not follow each other. */
export type CompactRowExtras = Partial<Pick<PreviewRow, 'headingLevel' | 'alert' | 'anchors' | 'units' | 'markdown' | 'table'>>;

/**
 * `PreviewData` as sent when the request asks for `compact`: JSON of numbers is several times cheaper to write,
 * send and read than the objects, and the halves' text is most of the rest. `expandPreviewData` (with the text of
 * `version`) gives back the `PreviewData` the server would have sent.
 */
export interface CompactPreviewData {
  readonly format: 'compact';
  readonly uri: string;
  readonly version: number | null;
  readonly locale: string | undefined;
  readonly direction: TextDirection;
  /** Each unit's ID, in document order. */
  readonly ids: readonly string[];
  /**
   * 13 numbers per unit, in document order: the start of `range` after the previous unit's start,
   * `line` after the previous unit's line, `character`, `endLine` after `line`, then the start and end of
   * `targetOpen` and of `target`, the start of `lookup`, the start and end of `source`, the end of `lookup` and the
   * end of `range`, each after the offset before it (null for an absent `lookup` or `source`, which is skipped).
   * One short array per unit: V8 builds and reads many small arrays far faster than one long one.
   */
  readonly unitNumbers: readonly (readonly (number | null)[])[];
  /** `[unit index, destination]` for the units that are the text of a link. */
  readonly linkHrefs: readonly (readonly [number, string])[];
  /** `[unit index, problems]` for the units with structural problems. */
  readonly problems: readonly (readonly [number, readonly string[]])[];
  /** The row kinds that `rowNumbers` names by position. */
  readonly rowKinds: readonly PreviewRowKind[];
  /**
   * Five numbers per row, in order: its kind (a position in `rowKinds`), `line` after the previous
   * row's line, `endLine` after `line`, its first unit after the unit that follows the previous row's units, and its
   * number of units (0 for a row without units, or with units that do not follow each other, which `rowExtras` lists).
   */
  readonly rowNumbers: readonly (readonly number[])[];
  /** `[row index, fields]` for the rows that have more: a heading's level and anchors, an alert, a table, markdown. */
  readonly rowExtras: readonly (readonly [number, CompactRowExtras])[];
  readonly problemCount: number;
}

/** How the preview shows the two halves. */
export type PreviewMode = 'sideBySide' | 'translation' | 'english';

export const previewModes: readonly PreviewMode[] = ['sideBySide', 'translation', 'english'];

/** A rendered row as the webview receives it: the extension renders, the webview only places HTML. */
export interface RenderedRow {
  /** Stable within one render: equal keys with equal html need no DOM work. */
  readonly key: string;
  readonly html: string;
}

/** Messages from the extension to the preview webview. */
export type ExtensionToWebviewMessage =
  | {
    readonly type: 'update';
    readonly uri: string;
    readonly title: string;
    readonly rows: readonly RenderedRow[];
    readonly unitCount: number;
    /** The unit to highlight after the update, if any. */
    readonly activeUnit: number | undefined;
    /** Scroll the active unit into view (the first paint of a document). */
    readonly revealActive?: boolean;
  }
  | { readonly type: 'highlight'; readonly unit: number | undefined; readonly reveal: boolean }
  /** The editor scrolled: bring this unit (its first visible one) to the top, without reporting the scroll back. */
  | { readonly type: 'scrollToUnit'; readonly unit: number }
  | { readonly type: 'setMode'; readonly mode: PreviewMode };

/** Messages from the preview webview to the extension. */
export type WebviewToExtensionMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly units: number }
  | { readonly type: 'selectUnit'; readonly unit: number; readonly line: number }
  | { readonly type: 'openLink'; readonly href: string }
  | { readonly type: 'modeChanged'; readonly mode: PreviewMode }
  /** The user scrolled the preview: the first unit at its top (and that unit's 0-based line). */
  | { readonly type: 'scrolled'; readonly unit: number; readonly line: number };

/** What the webview keeps across reloads (`acquireVsCodeApi().setState`). */
export interface PreviewWebviewState {
  readonly uri: string;
  readonly mode: PreviewMode;
}

// ==== Translation editor (the grid) ===============================================================================

/** One unit as a row of the translation editor. */
export interface GridUnit {
  /** Index in `PreviewData.units` (document order). */
  readonly index: number;
  readonly id: string;
  /** 0-based line of the unit's first byte. */
  readonly line: number;
  /** The translation as raw markdown, line endings as `\n`. */
  readonly target: string;
  /** The English as raw markdown (for search and for copying into the translation), or '' when missing. */
  readonly source: string;
  /** The English rendered and sanitized by the extension (the preview's renderer). */
  readonly sourceHtml: string;
  /** The kind of block that holds the unit (`heading`, `tableRow`, …). */
  readonly block: PreviewRowKind;
  /** Index into `GridInit.headings` of the section the unit is in, or -1 before the first heading. */
  readonly section: number;
}

/** A heading the rows are grouped under (its translation and English, rendered and sanitized). */
export interface GridHeading {
  readonly level: number;
  readonly line: number;
  readonly html: string;
}

/** A finding of a row, from the diagnostics VS Code holds for the document. */
export interface GridFinding {
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  /** Position in the document's diagnostics list, to ask for its quick fixes. */
  readonly key: string;
}

/** A quick fix the extension found for a row. */
export interface GridFix {
  readonly title: string;
  readonly preferred: boolean;
  /** Index into the fixes the extension computed for the row (valid until the next document change). */
  readonly index: number;
}

export interface GridInit {
  readonly uri: string;
  readonly title: string;
  readonly version: number;
  readonly locale: string | undefined;
  /** `rtl` or `ltr` from the locale; `auto` when the file names no locale. */
  readonly direction: TextDirection | 'auto';
  readonly units: readonly GridUnit[];
  readonly headings: readonly GridHeading[];
}

/** Messages from the extension to the translation editor's webview. */
export type ExtensionToGridMessage =
  | {
    readonly type: 'init';
    readonly grid: GridInit;
    readonly findings: Readonly<Record<number, readonly GridFinding[]>>;
    /** Where the time went: waiting for the server's data, building the rows (milliseconds). */
    readonly timing: { readonly dataMs: number; readonly buildMs: number };
  }
  /** Units whose translation or English changed (same unit list), after an edit from anywhere. */
  | { readonly type: 'patch'; readonly version: number; readonly units: readonly GridUnit[] }
  | { readonly type: 'findings'; readonly findings: Readonly<Record<number, readonly GridFinding[]>> }
  | { readonly type: 'fixes'; readonly unit: number; readonly fixes: readonly GridFix[] }
  /** The answer to an `edit`: written (with the time the write took), unchanged, or refused with a reason. */
  | { readonly type: 'edited'; readonly unit: number; readonly seq: number; readonly result: 'written' | 'unchanged' | 'refused' | 'failed'; readonly message?: string; readonly ms: number }
  /** Milliseconds from opening the editor to the first rows on screen (the answer to `rendered`). */
  | { readonly type: 'opened'; readonly ms: number }
  /** A key bound in VS Code's keybindings (when the focus is outside a row's text box). */
  | { readonly type: 'command'; readonly command: GridCommand };

export type GridCommand = 'commitAndNext' | 'nextRow' | 'previousRow' | 'copySource' | 'revertRow';

/** Messages from the translation editor's webview to the extension. */
export type GridToExtensionMessage =
  | { readonly type: 'ready' }
  /** The first rows are on screen: `units` rows in the model, `rendered` of them in the DOM. */
  | { readonly type: 'rendered'; readonly units: number; readonly rendered: number }
  | { readonly type: 'edit'; readonly unit: number; readonly id: string; readonly text: string; readonly seq: number }
  | { readonly type: 'requestFixes'; readonly unit: number }
  | { readonly type: 'applyFix'; readonly unit: number; readonly index: number }
  | { readonly type: 'reveal'; readonly unit: number }
  | { readonly type: 'typing'; readonly samples: readonly number[] };
