/**
 * Turns preview data into HTML rows for the webview. Document content is data. The halves of units go through
 * markdown-it with raw HTML off; blocks without units (code, HTML blocks, DocFX constructs, includes) go through
 * markdown-it with HTML on and then through an allow-list sanitizer. Links are checked twice (markdown-it's
 * validateLink and the link renderer), and images are only shown when the caller can map them to a local
 * webview resource. DocFX: alerts and `[!div]` as callouts, `[!INCLUDE]` as a collapsible block (the caller
 * resolves the file), `:::image`, `:::code`, and `xref:` links as chips.
 *
 * No `vscode` import here and no file system, so the renderer runs (and is tested) in plain Node.
 */
import MarkdownIt from 'markdown-it';
import type {
  PreviewCellAlign, PreviewCellPart, PreviewData, PreviewRow, PreviewUnit, RenderedRow,
} from '../../../server/src/protocol';
import { wordDiff } from '../../../server/src/english/wordDiff';
import { sanitizeHtml } from './sanitize';

export interface RenderOptions {
  /**
   * Maps an image `src` (already link-normalized) to the URI the webview may load, or undefined to show the
   * alt text instead (remote images, paths outside the allowed folders).
   */
  readonly resolveImage?: (src: string) => string | undefined;
  /** Problems per unit index (for example the diagnostics VS Code has for the document), with their severity. */
  readonly problems?: ReadonlyMap<number, readonly (string | UnitProblem)[]>;
  /**
   * The rendered content of a `[!INCLUDE [title](path)]`, by its path as written, or undefined when the file
   * is absent or outside the repository (the include is then shown as a link).
   */
  readonly resolveInclude?: (path: string) => string | undefined;
  /** Renders units without `data-unit` (the rows of an included file, whose units are not this document's). */
  readonly nested?: boolean;
  /** Units whose English changed since the hand-off, by unit index: marked, with the new English under the old. */
  readonly stale?: ReadonlyMap<number, StaleMark>;
  /**
   * The rendered halves by their markdown, kept by the caller across renders of one document so that an edit
   * renders again only the halves it changed. Valid only while `resolveImage` gives the same answers.
   */
  readonly halfCache?: Map<string, string>;
}

/** Past this many halves a cache starts over, so a long session does not keep every text it ever showed. */
const maxCachedHalves = 50_000;

/** What the preview shows of a stale unit: its English as handed off and, when found, the sentence that replaced it. */
export interface StaleMark {
  readonly oldEnglish: string;
  /** Undefined: the English no longer says anything like it (deleted or rewritten beyond recognition), or not known yet. */
  readonly newEnglish?: string;
  /** The English compared with, for the title: `live (89b4f6a)`. */
  readonly current?: string;
  /** The new English has not arrived yet (the server is reading it): only the mark shows. */
  readonly pending?: boolean;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

export interface UnitProblem {
  readonly severity: ProblemSeverity;
  readonly message: string;
}

const severityRank: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Schemes a link may use; anything else (javascript:, vbscript:, data:, file:, …) is not a link. */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'xref']);

/** True when `url` has no scheme (relative or fragment) or an allowed one, after stripping what browsers ignore. */
export function isSafeUrl(url: string): boolean {
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"), so drop them too.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!scheme) return !compact.startsWith('//'); // a protocol-relative URL is remote content
  return allowedSchemes.has(scheme[1]);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, ch => {
    switch (ch) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      default: return '&#39;';
    }
  });
}

const envKey = 'sxsRender';

function attr(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

type Markdown = MarkdownIt.MarkdownIt;
type Token = ReturnType<Markdown['parse']>[number];

function renderOptionsOf(env: unknown): RenderOptions {
  return ((env as Record<string, unknown> | undefined)?.[envKey] as RenderOptions | undefined) ?? {};
}

const alertKinds = new Set(['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING']);

function createMarkdown(html: boolean): Markdown {
  const md = new MarkdownIt('default', { html, linkify: false, typographer: false });
  md.validateLink = url => isSafeUrl(url);

  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.link_open = (tokens, idx, options) => {
    const token = tokens[idx];
    const href = attr(token.attrGet('href'));
    if (href === null || !isSafeUrl(href)) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
    } else if (/^xref:/i.test(href)) {
      token.attrJoin('class', 'sxs-xref');
      token.attrSet('title', href.slice(5));
      // `<xref:Uid>` shows the UID, not the scheme.
      const text = tokens[idx + 1];
      if (token.markup === 'autolink' && text?.type === 'text') text.content = text.content.replace(/^xref:/i, '');
    }
    return renderToken(tokens, idx, options);
  };
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const title = attr(token.attrGet('title'));
    return imageHtml(attr(token.attrGet('src')) ?? '', alt, title, renderOptionsOf(env), !html);
  };
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    const language = token.info.trim().split(/\s+/)[0]?.replace(/[^\w+#-]/g, '') ?? '';
    const label = language ? `<div class="sxs-code-lang">${escapeHtml(language)}</div>` : '';
    const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
    return `<div class="sxs-docfx-code-block">${label}<pre><code${cls}>${escapeHtml(token.content)}</code></pre></div>\n`;
  };
  if (html) {
    md.block.ruler.before('paragraph', 'sxs_docfx_include', includeRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
    md.block.ruler.before('paragraph', 'sxs_docfx_triple_colon', tripleColonRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
    md.core.ruler.push('sxs_docfx_blockquotes', docfxBlockquotes);
    md.renderer.rules.sxs_include = (tokens, idx, _options, env) => includeHtml(tokens[idx].meta as unknown as IncludeMeta, renderOptionsOf(env));
    md.renderer.rules.sxs_triple_colon = (tokens, idx, _options, env) => tripleColonHtml(tokens[idx].meta as unknown as TripleColonMeta, renderOptionsOf(env));
  }
  return md;
}

/** An image, or its alt text when it may not load. `resolve` is off where the sanitizer resolves every `src`. */
function imageHtml(src: string, alt: string, title: string | null, options: RenderOptions, resolve: boolean): string {
  if (!resolve) {
    return isSafeUrl(src)
      ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`
      : `<span class="sxs-image-blocked" title="${escapeHtml(src)}">${escapeHtml(alt || src)}</span>`;
  }
  const resolved = isSafeUrl(src) && options.resolveImage ? options.resolveImage(src) : undefined;
  if (resolved === undefined || !/^(https?|vscode-[a-z-]+):/i.test(resolved)) {
    return `<span class="sxs-image-blocked" title="${escapeHtml(src)}">${escapeHtml(alt || src)}</span>`;
  }
  return `<img src="${escapeHtml(resolved)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
}

interface IncludeMeta { readonly title: string; readonly path: string }

const includeLine = /^\[!INCLUDE\s*\[([^\]\n]*)\]\(\s*<?([^()\s<>]+)>?\s*\)\s*\]\s*$/i;

/** `[!INCLUDE [title](path)]` on a line of its own. */
function includeRule(state: BlockState, startLine: number, _endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const line = state.src.slice(start, state.eMarks[startLine]);
  const match = includeLine.exec(line);
  if (!match) return false;
  if (silent) return true;
  const token = state.push('sxs_include', '', 0);
  token.meta = { title: match[1].trim(), path: match[2] } satisfies IncludeMeta;
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

/** Markers that say which part of the repository an include resolved to stay out of the sanitizer's way. */
const includeSlot = (index: number) => `\uE000sxs-include-${index}\uE000`;

function includeHtml(meta: IncludeMeta, options: RenderOptions): string {
  const href = isSafeUrl(meta.path) ? ` href="${escapeHtml(meta.path)}"` : '';
  const title = escapeHtml(meta.title || meta.path);
  const body = options.nested ? undefined : options.resolveInclude?.(meta.path);
  if (body === undefined) {
    return `<p class="sxs-include-missing"><a class="sxs-include-link"${href}>${title}</a> <span class="sxs-include-note">(include not found)</span></p>\n`;
  }
  const slots = includeBodies.get(options) ?? [];
  includeBodies.set(options, slots);
  slots.push(body);
  return `<details class="sxs-include"><summary class="sxs-include-title">Include: ${title} `
    + `<a class="sxs-include-link"${href}>${escapeHtml(meta.path)}</a></summary>`
    + `<div class="sxs-include-body">${includeSlot(slots.length - 1)}</div></details>\n`;
}

/** Include bodies are our own rendered rows: they are put in after sanitizing, by slot. */
const includeBodies = new WeakMap<RenderOptions, string[]>();

interface TripleColonMeta { readonly name: string; readonly attributes: Readonly<Record<string, string>> }

/** `:::image …:::`, `:::code …:::` and the other `:::name …` lines (zones, monikers, rows) of DocFX. */
function tripleColonRule(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const line = state.src.slice(start, state.eMarks[startLine]);
  const match = /^:::\s*([a-z][\w-]*)(.*?)(:::)?\s*$/i.exec(line);
  if (!match) return false;
  if (silent) return true;
  const name = match[1].toLowerCase();
  const attributes: Record<string, string> = {};
  for (const attribute of match[2].matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)) attributes[attribute[1].toLowerCase()] = attribute[2];
  let next = startLine + 1;
  // A complex image carries a long description up to `:::image-end:::`.
  if (name === 'image' && !match[3]) {
    while (next < endLine && !/^\s*:::\s*image-end\s*:::/i.test(state.src.slice(state.bMarks[next], state.eMarks[next]))) next++;
    next = Math.min(endLine, next + 1);
  }
  const token = state.push('sxs_triple_colon', '', 0);
  token.meta = { name, attributes } satisfies TripleColonMeta;
  token.map = [startLine, next];
  state.line = next;
  return true;
}

function tripleColonHtml(meta: TripleColonMeta, options: RenderOptions): string {
  const { name, attributes } = meta;
  if (name === 'image') {
    const alt = attributes['alt-text'] ?? attributes.alt ?? '';
    return `<figure class="sxs-docfx-image">${imageHtml(attributes.source ?? '', alt, null, options, false)}</figure>\n`;
  }
  if (name === 'code') {
    const source = attributes.source ?? '';
    const details = [attributes.language, attributes.range ? `lines ${attributes.range}` : undefined, attributes.id ? `#${attributes.id}` : undefined]
      .filter(Boolean).join(', ');
    const href = source && !source.startsWith('~') && isSafeUrl(source) ? ` href="${escapeHtml(source)}"` : '';
    return `<p><a class="sxs-chip sxs-docfx-code"${href}>code: ${escapeHtml(source)}${details ? ` (${escapeHtml(details)})` : ''}</a></p>\n`;
  }
  const text = [name, ...Object.entries(attributes).map(([key, value]) => `${key}="${value}"`)].join(' ');
  return `<p><span class="sxs-chip sxs-docfx-marker">:::${escapeHtml(text)}</span></p>\n`;
}

/** Alerts (`> [!NOTE]`) become callouts, `> [!div class="…"]` a styled block. */
function docfxBlockquotes(state: { tokens: Token[]; Token: new (type: string, tag: string, nesting: 0) => Token }): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'blockquote_open') continue;
    const inline = tokens[i + 2];
    if (tokens[i + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
    const alert = /^\[!([A-Za-z]+)\][ \t]*(?:\r?\n|$)/.exec(inline.content);
    const div = /^\[!div\s+class\s*=\s*["']([^"']*)["']\s*\][ \t]*(?:\r?\n|$)/i.exec(inline.content);
    const match = alert && alertKinds.has(alert[1].toUpperCase()) ? alert : div;
    if (!match) continue;
    if (match === alert) {
      const kind = alert[1].toUpperCase();
      tokens[i].attrJoin('class', `sxs-alert sxs-alert-${kind.toLowerCase()}`);
      const title = new state.Token('html_block', '', 0);
      title.content = `<div class="sxs-alert-title">${escapeHtml(alertTitle(kind))}</div>`;
      tokens.splice(i + 1, 0, title);
    } else {
      const classes = match[1].split(/\s+/).map(cls => cls.toLowerCase().replace(/[^a-z0-9-]/g, '')).filter(Boolean);
      tokens[i].attrJoin('class', ['sxs-docfx-div', ...classes.map(cls => `sxs-div-${cls}`)].join(' '));
    }
    stripMarker(inline, match[0]);
  }
}

/** Removes the `[!NOTE]` marker from the start of an inline token and its children. */
function stripMarker(inline: Token, marker: string): void {
  inline.content = inline.content.slice(marker.length);
  const children = inline.children ?? [];
  let rest = marker.replace(/\r?\n$/, '');
  while (children.length > 0 && rest.length > 0) {
    const child = children[0];
    if (child.type === 'text' && rest.startsWith(child.content)) {
      rest = rest.slice(child.content.length);
      children.shift();
    } else if (child.type === 'text' && child.content.startsWith(rest)) {
      child.content = child.content.slice(rest.length);
      rest = '';
    } else {
      break;
    }
  }
  while (children.length > 0 && (children[0].type === 'softbreak' || (children[0].type === 'text' && children[0].content.trim() === ''))) {
    children.shift();
  }
}

type BlockState = Parameters<Parameters<Markdown['block']['ruler']['before']>[2]>[0];

let inlineMarkdown: Markdown | undefined;
let blockMarkdown: Markdown | undefined;

function markdown(): Markdown {
  inlineMarkdown ??= createMarkdown(false);
  return inlineMarkdown;
}

function htmlMarkdown(): Markdown {
  blockMarkdown ??= createMarkdown(true);
  return blockMarkdown;
}

/** Renders one half of a unit (inline markdown, raw HTML shown as text). */
export function renderInline(text: string, options: RenderOptions = {}): string {
  return markdown().renderInline(text, { [envKey]: options });
}

/**
 * Renders a block without units as the docs site would: markdown with HTML, DocFX constructs, and the
 * allow-list sanitizer over the result; included files go in after sanitizing (they are rendered rows).
 */
export function renderBlock(text: string, options: RenderOptions = {}): string {
  const own: RenderOptions = { ...options };
  const html = htmlMarkdown().render(text, { [envKey]: own });
  const sanitized = sanitizeHtml(html, { isSafeUrl, resolveImage: options.resolveImage });
  const bodies = includeBodies.get(own);
  if (!bodies) return sanitized;
  return sanitized.replace(/\uE000sxs-include-(\d+)\uE000/g, (_whole, index: string) => bodies[Number(index)] ?? '');
}

/** All rows of a preview, in document order. */
export function renderPreviewRows(data: PreviewData, options: RenderOptions = {}): RenderedRow[] {
  return data.rows.map(row => ({ key: `${row.kind}@${row.line}`, html: renderRow(data, row, options) }));
}

export function renderRow(data: PreviewData, row: PreviewRow, options: RenderOptions = {}): string {
  const classes = ['sxs-row', `sxs-row-${row.kind}`];
  if (row.headingLevel !== undefined) classes.push(`sxs-h${clampLevel(row.headingLevel)}`);
  if (row.alert !== undefined) classes.push('sxs-alert', `sxs-alert-${row.alert.toLowerCase().replace(/[^a-z]/g, '')}`);
  const anchors = row.anchors && row.anchors.length > 0 ? ` data-anchors="${escapeHtml(row.anchors.join(' '))}"` : '';
  const open = `<div class="${classes.join(' ')}" data-line="${row.line}" data-end-line="${row.endLine}"${anchors}>`;

  if (row.table) return `${open}${renderTable(data, row, options)}</div>`;
  if (row.units.length === 0) {
    // The same block in both columns, so the modes and the row alignment hold for it too.
    const html = renderBlock(row.markdown ?? '', options);
    return `${open}<div class="sxs-pair"><div class="sxs-half sxs-target sxs-plain">${html}</div>`
      + `<div class="sxs-half sxs-source sxs-plain">${html}</div></div></div>`;
  }
  const parts: string[] = [open];
  if (row.alert !== undefined) {
    parts.push(`<div class="sxs-alert-title">${escapeHtml(alertTitle(row.alert))}</div>`);
  }
  for (const index of row.units) {
    const unit = data.units[index];
    if (unit) parts.push(renderUnit(data, row, unit, options));
  }
  parts.push('</div>');
  return parts.join('');
}

/** The problems of a unit, worst first, each once. */
function unitProblems(unit: PreviewUnit, options: RenderOptions): UnitProblem[] {
  const reported = options.problems?.get(unit.index);
  // VS Code's diagnostics (all checks) replace the parser's own notes when there are any.
  const list: UnitProblem[] = (reported && reported.length > 0 ? reported : unit.problems).map(problem =>
    typeof problem === 'string' ? { severity: 'error' as const, message: problem } : problem);
  const seen = new Set<string>();
  return list
    .filter(problem => !seen.has(problem.message) && seen.add(problem.message) !== undefined)
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

function problemAttributes(problems: readonly UnitProblem[]): { classes: string[]; title: string; marker: string } {
  if (problems.length === 0) return { classes: [], title: '', marker: '' };
  const worst = problems[0].severity;
  const text = problems.map(problem => problem.message).join('\n');
  return {
    classes: ['sxs-has-problem', `sxs-severity-${worst}`],
    title: ` title="${escapeHtml(text)}"`,
    marker: `<span class="sxs-marker sxs-marker-${worst}" role="img" aria-label="${escapeHtml(`${worst}: ${text}`)}"></span>`,
  };
}

function renderUnit(data: PreviewData, row: PreviewRow, unit: PreviewUnit, options: RenderOptions): string {
  const problems = problemAttributes(unitProblems(unit, options));
  const classes = ['sxs-unit', ...problems.classes];
  if (unit.sourceText === undefined) classes.push('sxs-no-source');
  const stale = options.nested ? undefined : options.stale?.get(unit.index);
  if (stale) classes.push('sxs-stale');
  const lang = data.locale ? ` lang="${escapeHtml(data.locale)}"` : '';

  const target = renderHalf(unit.targetText, row, unit, options);
  const source = (unit.sourceText === undefined
    ? '<span class="sxs-missing">(no English half)</span>'
    : renderHalf(unit.sourceText, row, unit, options)) + (stale ? newEnglishHtml(stale, 'div') : '');
  const index = options.nested ? '' : ` data-unit="${unit.index}"`;
  return `<div class="${classes.join(' ')}"${index} data-line="${unit.line}" data-id="${escapeHtml(unit.id)}"${problems.title}>`
    + `<div class="sxs-half sxs-target" dir="${data.direction}"${lang}>${problems.marker}${target}</div>`
    + `<div class="sxs-half sxs-source" dir="ltr" lang="en">${source}</div>`
    + '</div>';
}

/**
 * A table as two tables side by side, one per column, cut into one grid row per table line so that the lines
 * of the translation and of the English stay aligned however their text wraps.
 */
function renderTable(data: PreviewData, row: PreviewRow, options: RenderOptions): string {
  const table = row.table!;
  const width = Math.max(1, ...table.lines.map(line => line.cells.length));
  const lang = data.locale ? ` lang="${escapeHtml(data.locale)}"` : '';
  const parts: string[] = ['<div class="sxs-table">'];
  for (const line of table.lines) {
    const side = (half: 'target' | 'source') => {
      const cells: string[] = [];
      for (let column = 0; column < width; column++) {
        const tag = line.header ? 'th' : 'td';
        const align = alignClass(table.align[column] ?? null);
        cells.push(`<${tag}${align}>${renderCell(data, line.cells[column] ?? [], half, options)}</${tag}>`);
      }
      const dir = half === 'target' ? ` dir="${data.direction}"${lang}` : ' dir="ltr" lang="en"';
      return `<div class="sxs-half sxs-${half}"${dir}><table class="sxs-table-line${line.header ? ' sxs-table-header' : ''}"><tr>${cells.join('')}</tr></table></div>`;
    };
    parts.push(`<div class="sxs-pair sxs-table-row" data-line="${line.line}">${side('target')}${side('source')}</div>`);
  }
  parts.push('</div>');
  return parts.join('');
}

function alignClass(align: PreviewCellAlign): string {
  return align ? ` class="sxs-align-${align}"` : '';
}

function renderCell(data: PreviewData, parts: readonly PreviewCellPart[], half: 'target' | 'source', options: RenderOptions): string {
  return parts.map(part => {
    if ('text' in part) return renderInline(part.text, options);
    const unit = data.units[part.unit];
    if (!unit) return '';
    const problems = problemAttributes(unitProblems(unit, options));
    const text = half === 'target' ? unit.targetText : unit.sourceText;
    const stale = options.nested ? undefined : options.stale?.get(unit.index);
    const html = (text === undefined ? '<span class="sxs-missing">(no English half)</span>' : renderInline(text, options))
      + (stale && half === 'source' ? newEnglishHtml(stale, 'span') : '');
    const classes = [half === 'target' ? 'sxs-unit sxs-cell-unit' : 'sxs-cell-unit sxs-cell-source', ...problems.classes];
    if (stale) classes.push('sxs-stale');
    const index = options.nested ? '' : ` data-unit="${unit.index}"`;
    const marker = half === 'target' ? problems.marker : '';
    return `<span class="${classes.join(' ')}"${index} data-line="${unit.line}" data-id="${escapeHtml(unit.id)}"${problems.title}>${marker}${html}</span>`;
  }).join('');
}

/**
 * The new English of a stale unit, under its old English: a word diff of the two English halves as written (markdown
 * shown as text, so a changed link target or emphasis shows too). The diff is escaped text in `del`/`ins` and goes
 * through the sanitizer like every block that is not a unit half.
 */
export function newEnglishHtml(mark: StaleMark, tag: 'div' | 'span' = 'div'): string {
  const title = mark.current ? ` title="${escapeHtml(`The English at ${mark.current}`)}"` : '';
  if (mark.pending) {
    return `<${tag} class="sxs-new-english sxs-new-english-pending" dir="ltr" lang="en">`
      + `<span class="sxs-new-english-label">English changed since the hand-off</span></${tag}>`;
  }
  const body = mark.newEnglish === undefined
    ? '<em>No longer in the English (deleted or rewritten)</em>'
    : wordDiff(mark.oldEnglish, mark.newEnglish).map(part => {
      const text = escapeHtml(part.text);
      if (part.kind === 'removed') return `<del>${text}</del>`;
      if (part.kind === 'added') return `<ins>${text}</ins>`;
      return text;
    }).join('');
  return `<${tag} class="sxs-new-english" dir="ltr" lang="en"${title}><span class="sxs-new-english-label">English now</span> `
    + `<span class="sxs-new-english-text">${sanitizeHtml(body, { isSafeUrl })}</span></${tag}>`;
}

function renderHalf(text: string, row: PreviewRow, unit: PreviewUnit, options: RenderOptions): string {
  // A unit that crosses lines inside a blockquote carries the `> ` markers of the next lines.
  const cleaned = row.kind === 'blockquote' || row.alert !== undefined
    ? text.replace(/(\r?\n|\r)[ \t]*(?:>[ \t]?)+/g, '$1')
    : text;
  const cache = options.halfCache;
  let html = cache?.get(cleaned);
  if (html === undefined) {
    html = renderInline(cleaned, options);
    if (cache !== undefined) {
      if (cache.size >= maxCachedHalves) cache.clear();
      cache.set(cleaned, html);
    }
  }
  if (unit.linkHref === undefined) return html;
  const href = markdown().normalizeLink(unit.linkHref);
  if (!isSafeUrl(href) || !markdown().validateLink(href)) return html;
  return `<a href="${escapeHtml(href)}">${html}</a>`;
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level)));
}

function alertTitle(alert: string): string {
  const lower = alert.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
