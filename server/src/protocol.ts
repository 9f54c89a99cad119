/**
 * Names and message shapes shared by the extension client, the language server and the preview webview.
 *
 * Plain data only: this module imports nothing, so every side (Node server, extension host, browser) can use it.
 */

/** Custom LSP request: the bilingual preview data of one open document. */
export const PreviewDataRequestMethod = 'sxs/previewData';

export interface PreviewDataParams {
  readonly textDocument: { readonly uri: string };
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
  }
  | { readonly type: 'highlight'; readonly unit: number | undefined; readonly reveal: boolean }
  | { readonly type: 'setMode'; readonly mode: PreviewMode };

/** Messages from the preview webview to the extension. */
export type WebviewToExtensionMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly units: number }
  | { readonly type: 'selectUnit'; readonly unit: number; readonly line: number }
  | { readonly type: 'openLink'; readonly href: string }
  | { readonly type: 'modeChanged'; readonly mode: PreviewMode };

/** What the webview keeps across reloads (`acquireVsCodeApi().setState`). */
export interface PreviewWebviewState {
  readonly uri: string;
  readonly mode: PreviewMode;
}
