/**
 * Document symbols: one per heading, named by its translated text with the English as detail, nested by level.
 */
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Heading, SxsDocument } from '../sxs/types';
import { toRange } from './positions';
import { headingSections } from './sections';

// LSP SymbolKind.String, which markdown outlines use for headings.
const HEADING_KIND = 15;

/** Markup that is not part of a heading's visible name: HTML tags (anchors, stray spans) and a closing `#` run. */
function cleanUp(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^#+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The heading's text with each unit replaced by one of its halves. */
function headingText(doc: SxsDocument, heading: Heading, half: 'target' | 'source'): string {
  let text = '';
  let at = heading.contentRange.start;
  const units = [...heading.units].map(index => doc.units[index]).sort((a, b) => a.range.start - b.range.start);
  for (const unit of units) {
    if (unit.range.start < at || unit.range.start > heading.contentRange.end) {
      continue;
    }
    text += doc.text.slice(at, unit.range.start);
    const range = half === 'source' && unit.source ? unit.source : unit.target;
    text += doc.text.slice(range.start, range.end);
    at = Math.min(unit.range.end, heading.contentRange.end);
  }
  text += doc.text.slice(at, heading.contentRange.end);
  return cleanUp(text);
}

export function getDocumentSymbols(doc: SxsDocument): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const open: { level: number; symbol: DocumentSymbol }[] = [];
  for (const section of headingSections(doc)) {
    const { heading } = section;
    const name = headingText(doc, heading, 'target') || '(empty heading)';
    const english = heading.units.length > 0 ? headingText(doc, heading, 'source') : '';
    const symbol: DocumentSymbol = {
      name,
      detail: english !== '' && english !== name ? english : undefined,
      kind: HEADING_KIND,
      range: toRange(doc, section.range),
      selectionRange: toRange(doc, heading.range),
      children: [],
    };
    while (open.length > 0 && open[open.length - 1].level >= heading.level) {
      open.pop();
    }
    const parent = open[open.length - 1];
    (parent ? parent.symbol.children ??= [] : roots).push(symbol);
    open.push({ level: heading.level, symbol });
  }
  return roots;
}
