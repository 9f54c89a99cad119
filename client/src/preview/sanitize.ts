/**
 * An allow-list HTML sanitizer for the preview's blocks without units (HTML blocks, DocFX constructs). It parses
 * the HTML and writes back only allowed tags with allowed attributes; everything else is dropped, and the
 * content of elements that are never content (script, style, iframe, …) is dropped with them. Document `id`
 * and `name` values become `data-anchors` (so `#fragment` links find them) and never reach the DOM as ids.
 *
 * Pure: no `vscode`, no DOM; the webview's CSP is the second line of defence, not the first.
 */
import { Parser } from 'htmlparser2';

export interface SanitizeOptions {
  /** Maps an image `src` to a webview URI it may load, or undefined to show the alt text instead. */
  readonly resolveImage?: (src: string) => string | undefined;
  /** Decides whether a link `href` is kept. */
  readonly isSafeUrl: (url: string) => boolean;
}

/** Tags kept, with the attributes each may carry (besides the global ones). */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  b: [], blockquote: [], br: [], caption: [], code: [], dd: [], del: [], div: [], dl: [], dt: [], em: [],
  details: ['open'],
  figcaption: [], figure: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], hr: [], i: [], ins: [], kbd: [], li: [], mark: [],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ol: ['start'],
  p: [], pre: [], q: [], s: [], samp: [], small: [], span: [], strong: [], sub: [], summary: [], sup: [],
  table: [], tbody: [], td: ['colspan', 'rowspan', 'align'], tfoot: [], th: ['colspan', 'rowspan', 'align'],
  thead: [], tr: [], u: [], ul: [], var: [],
};

/** Attributes any allowed tag may carry. `class` and `style` are filtered by value below. */
const globalAttributes = new Set(['class', 'style', 'dir', 'lang', 'title', 'data-anchors']);

/** Elements whose content is never shown (code, styles, embedded documents, form controls). */
const droppedWithContent = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'noembed',
  'noframes', 'svg', 'math', 'textarea', 'select', 'option', 'title', 'head', 'xmp', 'plaintext', 'audio', 'video',
  'canvas', 'map', 'button', 'form',
]);

const voidTags = new Set(['br', 'hr', 'img', 'col', 'wbr']);

/** Classes the preview's stylesheet gives meaning to: our own DocFX markup, never the unit machinery. */
const allowedClass = /^sxs-(alert|alert-[a-z]+|alert-title|docfx-[a-z-]+|div-[a-z0-9-]+|include[a-z-]*|chip|xref|code-lang|image-blocked|align-(left|right|center))$|^language-[\w+#-]+$/;

/** markdown-it's table cell alignment is the only style kept. */
const allowedStyle = /^text-align:\s*(left|right|center);?$/;

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`);
}

export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  const out: string[] = [];
  const open: string[] = [];
  let dropDepth = 0;
  const parser = new Parser({
    onopentag(rawName, attributes) {
      const name = rawName.toLowerCase();
      if (dropDepth > 0 || droppedWithContent.has(name)) {
        if (!voidTags.has(name)) dropDepth++;
        return;
      }
      const allowed = allowedHtml[name];
      if (allowed === undefined) {
        open.push('');
        return;
      }
      const kept = keptAttributes(name, attributes, allowed, options);
      if (kept === undefined) {
        // An image that may not load: its alt text instead.
        const alt = attributes.alt ?? attributes.src ?? '';
        out.push(`<span class="sxs-image-blocked" title="${escapeText(attributes.src ?? '')}">${escapeText(alt)}</span>`);
        return;
      }
      out.push(`<${name}${kept}>`);
      if (!voidTags.has(name)) open.push(name);
    },
    ontext(text) {
      if (dropDepth === 0) out.push(escapeText(text));
    },
    onclosetag(rawName, implied) {
      const name = rawName.toLowerCase();
      if (dropDepth > 0) {
        if (!voidTags.has(name)) dropDepth--;
        return;
      }
      if (voidTags.has(name) && allowedHtml[name] !== undefined) return;
      const top = open.pop();
      if (top) out.push(`</${top}>`);
      void implied;
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  while (open.length > 0) {
    const top = open.pop();
    if (top) out.push(`</${top}>`);
  }
  return out.join('');
}

function keptAttributes(
  tag: string,
  attributes: Record<string, string>,
  allowed: readonly string[],
  options: SanitizeOptions,
): string | undefined {
  const kept: string[] = [];
  const anchors: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if ((name === 'id' || name === 'name') && /^[^\s"'<>]{1,200}$/.test(value)) {
      anchors.push(value.toLowerCase());
      continue;
    }
    if (name === 'data-anchors') {
      anchors.push(...value.toLowerCase().split(/\s+/).filter(Boolean));
      continue;
    }
    if (!allowed.includes(name) && !globalAttributes.has(name)) continue;
    let result: string | undefined = value;
    switch (name) {
      case 'class':
        result = value.split(/\s+/).filter(cls => allowedClass.test(cls)).join(' ') || undefined;
        break;
      case 'style':
        result = allowedStyle.test(value.trim()) ? value.trim() : undefined;
        break;
      case 'dir':
        result = /^(ltr|rtl|auto)$/i.test(value) ? value.toLowerCase() : undefined;
        break;
      case 'href':
        result = options.isSafeUrl(value) ? value : undefined;
        break;
      case 'src': {
        const resolved = options.isSafeUrl(value) ? options.resolveImage?.(value) : undefined;
        if (resolved === undefined || !/^(https?|vscode-[a-z-]+):/i.test(resolved)) return undefined;
        result = resolved;
        break;
      }
      case 'width':
      case 'height':
      case 'colspan':
      case 'rowspan':
      case 'start':
        result = /^\d{1,4}%?$/.test(value) ? value : undefined;
        break;
      case 'align':
        result = /^(left|right|center)$/i.test(value) ? value.toLowerCase() : undefined;
        break;
      default:
        break;
    }
    if (result !== undefined) kept.push(` ${name}="${escapeText(result)}"`);
  }
  if (tag === 'img' && !kept.some(attribute => attribute.startsWith(' src='))) return undefined;
  if (anchors.length > 0) kept.push(` data-anchors="${escapeText(anchors.join(' '))}"`);
  return kept.join('');
}
