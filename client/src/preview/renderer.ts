/**
 * Turns preview data into HTML rows for the webview. Document content is data: it goes through markdown-it
 * with raw HTML off, links are checked twice (markdown-it's validateLink and the link renderer), and images
 * are only shown when the caller can map them to a local webview resource.
 *
 * No `vscode` import here, so the renderer runs (and is tested) in plain Node.
 */
import MarkdownIt from 'markdown-it';
import type { PreviewData, PreviewRow, PreviewUnit, RenderedRow } from '../../../server/src/protocol';

export interface RenderOptions {
  /**
   * Maps an image `src` (already link-normalized) to the URI the webview may load, or undefined to show the
   * alt text instead (remote images, paths outside the allowed folders).
   */
  readonly resolveImage?: (src: string) => string | undefined;
  /** Extra problem messages per unit index (for example the diagnostics VS Code has for the document). */
  readonly problems?: ReadonlyMap<number, readonly string[]>;
}

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

const imageResolverKey = 'sxsResolveImage';

function attr(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

type Markdown = MarkdownIt.MarkdownIt;

function createMarkdown(): Markdown {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.validateLink = url => isSafeUrl(url);

  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.link_open = (tokens, idx, options) => {
    const token = tokens[idx];
    const href = attr(token.attrGet('href'));
    if (href === null || !isSafeUrl(href)) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'href');
    }
    return renderToken(tokens, idx, options);
  };
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const src = attr(token.attrGet('src')) ?? '';
    const resolve = (env as Record<string, unknown>)[imageResolverKey] as RenderOptions['resolveImage'];
    const resolved = isSafeUrl(src) && resolve ? resolve(src) : undefined;
    if (resolved === undefined || !/^(https?|vscode-[a-z-]+):/i.test(resolved)) {
      return `<span class="sxs-image-blocked" title="${escapeHtml(src)}">${escapeHtml(alt || src)}</span>`;
    }
    const title = attr(token.attrGet('title'));
    return `<img src="${escapeHtml(resolved)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
  };
  return md;
}

let sharedMarkdown: Markdown | undefined;

function markdown(): Markdown {
  sharedMarkdown ??= createMarkdown();
  return sharedMarkdown;
}

/** Renders one half of a unit (inline markdown). */
export function renderInline(text: string, options: RenderOptions = {}): string {
  return markdown().renderInline(text, { [imageResolverKey]: options.resolveImage });
}

/** Renders a block of markdown (blocks without units: code, images). */
export function renderBlock(text: string, options: RenderOptions = {}): string {
  return markdown().render(text, { [imageResolverKey]: options.resolveImage });
}

/** All rows of a preview, in document order. */
export function renderPreviewRows(data: PreviewData, options: RenderOptions = {}): RenderedRow[] {
  return data.rows.map(row => ({ key: `${row.kind}@${row.line}`, html: renderRow(data, row, options) }));
}

export function renderRow(data: PreviewData, row: PreviewRow, options: RenderOptions = {}): string {
  const classes = ['sxs-row', `sxs-row-${row.kind}`];
  if (row.headingLevel !== undefined) classes.push(`sxs-h${clampLevel(row.headingLevel)}`);
  if (row.alert !== undefined) classes.push('sxs-alert', `sxs-alert-${row.alert.toLowerCase().replace(/[^a-z]/g, '')}`);
  const open = `<div class="${classes.join(' ')}" data-line="${row.line}" data-end-line="${row.endLine}">`;

  if (row.units.length === 0) {
    return `${open}<div class="sxs-plain">${renderBlock(row.markdown ?? '', options)}</div></div>`;
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

function renderUnit(data: PreviewData, row: PreviewRow, unit: PreviewUnit, options: RenderOptions): string {
  // VS Code's diagnostics (all checks) replace the parser's own notes when there are any.
  const reported = options.problems?.get(unit.index);
  const problems = reported && reported.length > 0 ? reported : unit.problems;
  const classes = ['sxs-unit'];
  if (problems.length > 0) classes.push('sxs-has-problem');
  if (unit.sourceText === undefined) classes.push('sxs-no-source');
  const title = problems.length > 0 ? ` title="${escapeHtml(problems.join('\n'))}"` : '';
  const lang = data.locale ? ` lang="${escapeHtml(data.locale)}"` : '';

  const target = renderHalf(unit.targetText, row, unit, options);
  const source = unit.sourceText === undefined
    ? '<span class="sxs-missing">(no English half)</span>'
    : renderHalf(unit.sourceText, row, unit, options);
  return `<div class="${classes.join(' ')}" data-unit="${unit.index}" data-line="${unit.line}" data-id="${escapeHtml(unit.id)}"${title}>`
    + `<div class="sxs-half sxs-target" dir="${data.direction}"${lang}>${target}</div>`
    + `<div class="sxs-half sxs-source" dir="ltr" lang="en">${source}</div>`
    + '</div>';
}

function renderHalf(text: string, row: PreviewRow, unit: PreviewUnit, options: RenderOptions): string {
  // A unit that crosses lines inside a blockquote carries the `> ` markers of the next lines.
  const cleaned = row.kind === 'blockquote' || row.alert !== undefined
    ? text.replace(/(\r?\n|\r)[ \t]*(?:>[ \t]?)+/g, '$1')
    : text;
  const html = renderInline(cleaned, options);
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
