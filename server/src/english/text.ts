/**
 * Text primitives for comparing a localized file's English halves with the English repository: whitespace
 * normalisation, front-matter stripping and the front-matter fields the hand-off writes. Pure.
 */

/** Every run of whitespace becomes one space, then the ends are trimmed: line wraps and indentation do not count. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where the body starts: after the YAML front matter, which runs from a first line `---` to the next `---` line
 * (0 when there is none, or when it never closes).
 */
export function bodyStart(text: string): number {
  const first = /^---[ \t]*(\r\n|\n|\r)/.exec(text);
  if (first === null) return 0;
  const close = /(^|\r\n|\n|\r)---[ \t]*(\r\n|\n|\r|$)/g;
  close.lastIndex = first[0].length - first[1].length;
  const match = close.exec(text);
  return match === null ? 0 : match.index + match[0].length;
}

/** The text without its YAML front matter. */
export function stripFrontMatter(text: string): string {
  return text.slice(bodyStart(text));
}

/** A top-level `key: value` of the front matter (unquoted), or undefined. */
export function frontMatterValue(text: string, key: string): string | undefined {
  const end = bodyStart(text);
  if (end === 0) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(text.slice(0, end));
  if (match === null) return undefined;
  return match[1].replace(/^(["'])(.*)\1$/, '$2');
}

/** The hand-off commit a localized file names (`ms.sourcegitcommit`), when it is a full or abbreviated SHA. */
export function handoffCommit(text: string): string | undefined {
  const value = frontMatterValue(text, 'ms.sourcegitcommit');
  return value !== undefined && /^[0-9a-f]{7,64}$/i.test(value) ? value.toLowerCase() : undefined;
}
