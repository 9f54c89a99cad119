/**
 * SX115 entity-encoded-markup: unit markup written with character references, so that markdown shows it as text and
 * no tool reads the unit: `&lt;span data-ttu-id=&quot;ID&quot;&gt;`, `<span data-ttu-id=&quot;ID&quot;>`,
 * `<span class="sxs-lookup"><span data-stu-id=&quot;ID&quot;>`, `&lt;/span&gt;`. It comes from a tool that encoded
 * the markup as text (an HTML-escaping export or an editor paste).
 *
 * One finding per line that has such markup, saying so. The parser reads these lines as other problems (an English
 * half without its translation, markup not in the canonical form, an ID `&quot;ID&quot;` that differs from the
 * English one); this finding names the cause. The fix decodes `&lt;`, `&gt;` and `&quot;` in exactly the encoded
 * tags of the line, and is offered only when the line then reads as canonical units whose target and English IDs
 * agree, so the result is certain. It is not the preferred fix: it makes units where there were none, which fix all
 * never does (the unit count is what fix all keeps); apply it unit by unit.
 */
import { lineAt } from '../../sxs/lineIndex';
import { parseSxs } from '../../sxs/parser';
import type { SxsDocument } from '../../sxs/types';
import type { Check, Fix, OffsetEdit } from '../types';

const QUOTE = '(?:"|&quot;|&#34;|&#x22;)';
/** A unit tag (opener with its attribute, or closer) in any mix of encoded and plain characters. */
const TAG = new RegExp(
  `(?:<|&lt;)span[ \\t]+(?:data-ttu-id|data-stu-id|class)[ \\t]*=[ \\t]*${QUOTE}[^"&<>\\s]{1,64}${QUOTE}[ \\t]*(?:>|&gt;)|(?:<|&lt;)/span(?:>|&gt;)`,
  'gi');
const ENCODED = /&(?:lt|gt|quot|#34|#x22);/i;
// Sticky forms, tried only where `indexOf` finds an `&`: faster than a search by the expression over the whole text.
const ENCODED_AT = /&(?:lt|gt|quot|#34|#x22);/iy;
const OPENING_ENCODED_AT = /&(?:lt|quot|#34|#x22);/iy;

/** The offset of the first match of `sticky` (an expression that starts with `&`) at or after `from`, or -1. */
function nextEncoded(text: string, from: number, sticky: RegExp): number {
  for (let i = text.indexOf('&', from); i >= 0; i = text.indexOf('&', i + 1)) {
    sticky.lastIndex = i;
    if (sticky.test(text)) return i;
  }
  return -1;
}
const TTU_OR_STU = /data-[ts]tu-id/i;

function decode(tag: string): string {
  return tag.replace(/&lt;/gi, '<').replace(/&gt;/gi, '>').replace(/&quot;|&#34;|&#x22;/gi, '"');
}

/** True for offsets inside a fenced or indented code block or the front matter (code is content, not markup). */
function inCodeBlock(doc: SxsDocument, offset: number): boolean {
  for (const block of doc.blocks) {
    if (block.range.start > offset) break;
    if (offset < block.range.end && (block.kind === 'fencedCode' || block.kind === 'indentedCode' || block.kind === 'frontMatter')) return true;
  }
  return false;
}

/** True when `offset` of the line is inside an inline code span (an odd number of backticks before it). */
function inCodeSpan(line: string, offset: number): boolean {
  let n = 0;
  for (let i = 0; i < offset; i++) if (line.charCodeAt(i) === 96) n++;
  return n % 2 === 1;
}

/** The decoded line reads as canonical units only, each with the same ID in both halves. */
function certain(decodedLine: string): boolean {
  const parsed = parseSxs(decodedLine);
  return parsed.units.length > 0 && parsed.problems.length === 0
    && parsed.units.every(u => !u.broken && u.sourceId === u.id);
}

export const entityEncodedMarkup: Check = {
  id: 'SX115',
  alias: 'entity-encoded-markup',
  description: 'Unit markup is written with character references (&lt;span data-ttu-id=&quot;ID&quot;&gt;), so it is text, not a unit.',
  tags: ['structure'],
  defaultSeverity: 'error',
  checkDocument(ctx) {
    const doc = ctx.doc;
    const text = doc.text;
    // A file without units is ordinary markdown; a file without `data-` attributes has no unit markup to encode.
    if (doc.units.length === 0 && doc.problems.length === 0) return;
    if (nextEncoded(text, 0, OPENING_ENCODED_AT) < 0) return;
    const starts = doc.lineStarts;
    // Only the lines with an encoded character (no line break inside one), each once, in order.
    for (let at = nextEncoded(text, 0, ENCODED_AT); at >= 0;) {
      const line = lineAt(starts, at);
      const lineStart = starts[line];
      const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      at = lineEnd < text.length ? nextEncoded(text, lineEnd, ENCODED_AT) : -1;
      const lineText = text.slice(lineStart, lineEnd);
      if (!TTU_OR_STU.test(lineText)) continue;
      const tags: { start: number; end: number; raw: string }[] = [];
      let encodedUnitTag: string | undefined;
      for (const m of lineText.matchAll(TAG)) {
        if (inCodeSpan(lineText, m.index)) continue;
        tags.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
        if (encodedUnitTag === undefined && ENCODED.test(m[0]) && TTU_OR_STU.test(m[0])) encodedUnitTag = m[0];
      }
      if (encodedUnitTag === undefined || inCodeBlock(doc, lineStart)) continue;
      const encoded = tags.filter(t => ENCODED.test(t.raw));
      const edits: OffsetEdit[] = encoded.map(t => ({ range: { start: lineStart + t.start, end: lineStart + t.end }, newText: decode(t.raw) }));
      let decodedLine = lineText;
      for (const t of [...encoded].reverse()) decodedLine = decodedLine.slice(0, t.start) + decode(t.raw) + decodedLine.slice(t.end);
      const decodesToUnits = certain(decodedLine.replace(/\r?\n$/, ''));
      const fixes: Fix[] | undefined = decodesToUnits
        ? [{ title: 'Decode the unit markup (&lt; &gt; &quot;)', edits }]
        : undefined;
      const first = encoded[0];
      const last = encoded[encoded.length - 1];
      ctx.report({
        range: { start: lineStart + first.start, end: lineStart + last.end },
        message: `Unit markup is written with character references (${encodedUnitTag}), so it is not unit markup: no tool reads this unit and the page may show it as text. `
          + `It should be ${decode(encodedUnitTag)}.`,
        fixes,
        // The broken form and the ID findings of the units on these tags are this one fault; when the decoded line
        // still pairs the wrong IDs, the mismatch is a fault of its own.
        absorbs: decodesToUnits ? ['SX101', 'SX102', 'SX103', 'SX104', 'SX106', 'SX107'] : ['SX102', 'SX103', 'SX104', 'SX106', 'SX107'],
      });
    }
  },
};
