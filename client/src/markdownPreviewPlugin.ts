/**
 * A markdown-it plugin for VS Code's built-in Markdown preview: it drops the English halves
 * (`<span class="sxs-lookup">…</span>`), so the preview shows the page as readers see it. The contributed
 * preview stylesheet hides `.sxs-lookup` as well, for anything this plugin does not reach.
 *
 * Structural types only: the built-in preview brings its own markdown-it instance.
 */

interface Token {
  type: string;
  content: string;
  children: Token[] | null;
}

interface CoreState {
  tokens: Token[];
}

export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: CoreState) => void): void } };
}

const lookupOpen = /^<span\s+class\s*=\s*["']sxs-lookup["']\s*>$/i;
const spanOpen = /^<span\b/i;
const spanClose = /^<\/span\s*>$/i;
/** A whole lookup wrapper inside raw HTML (an HTML block such as `<li>…`). */
const lookupInHtml = /<span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;

export function hideEnglishHalves<T extends MarkdownItLike>(md: T): T {
  md.core.ruler.push('sxs_hide_english', state => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) token.children = withoutLookups(token.children);
      else if (token.type === 'html_block') token.content = token.content.replace(lookupInHtml, '');
    }
  });
  return md;
}

/** Removes every lookup wrapper, counting nested spans so the wrapper's own `</span>` ends the cut. */
export function withoutLookups(children: Token[]): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (const token of children) {
    if (depth === 0) {
      if (token.type === 'html_inline' && lookupOpen.test(token.content)) depth = 1;
      else kept.push(token);
      continue;
    }
    if (token.type === 'html_inline') {
      if (spanOpen.test(token.content)) depth++;
      else if (spanClose.test(token.content)) depth--;
    }
  }
  return kept;
}
