/**
 * The translation editor's rows, built from the language server's preview data: one row per unit in document
 * order, each under the heading it follows, with the English rendered by the preview's sanitizing renderer.
 * Also maps diagnostics to rows. No `vscode` import, so it runs (and is tested) in plain Node.
 */
import { displayTranslation } from '../../../server/src/languageFeatures/translationEdit';
import type {
  GridFinding, GridHeading, GridInit, GridUnit, PreviewData, PreviewRange, PreviewRowKind, PreviewUnit,
} from '../../../server/src/protocol';
import { escapeHtml, renderInline, type RenderOptions } from '../preview/renderer';

/** Diagnostic codes of the English-source comparison that mark a unit's English as changed since the hand-off. */
export const staleEnglishCodes: ReadonlySet<string> = new Set(['SX901']);

export interface GridSource {
  readonly uri: string;
  readonly title: string;
  readonly version: number;
}

/** The rows of the grid. English images are never loaded (their alt text shows). */
export function buildGrid(data: PreviewData, source: GridSource, options: RenderOptions = {}, cache?: Map<string, string>): GridInit {
  const blockOf = new Map<number, PreviewRowKind>();
  const headings: GridHeading[] = [];
  const sectionOf = new Map<number, number>();
  let section = -1;
  for (const row of data.rows) {
    if (row.kind === 'heading') {
      const title = row.units.length > 0
        ? headingHtml(row.units.map(index => data.units[index]).filter(Boolean), options)
        : `<span class="grid-heading-plain">${escapeHtml((row.markdown ?? '').replace(/^\s*#+\s*|\s*#*\s*$/g, '').split(/\r?\n/)[0])}</span>`;
      headings.push({ level: row.headingLevel ?? 1, line: row.line, html: title });
      section = headings.length - 1;
    }
    for (const index of row.units) {
      blockOf.set(index, row.kind);
      sectionOf.set(index, section);
    }
  }
  const units = data.units.map((unit): GridUnit => toGridUnit(unit, blockOf.get(unit.index) ?? 'paragraph', sectionOf.get(unit.index) ?? -1, options, cache));
  const direction = data.locale ? data.direction : 'auto';
  return { uri: source.uri, title: source.title, version: source.version, locale: data.locale, direction, units, headings };
}

/** `cache` keeps English HTML by block and English text across calls (the options must not change). */
export function toGridUnit(
  unit: PreviewUnit, block: PreviewRowKind, section: number, options: RenderOptions = {}, cache?: Map<string, string>,
): GridUnit {
  const source = unit.sourceText ?? '';
  const key = `${block === 'blockquote' ? 'q' : 'p'}${source}`;
  let sourceHtml = cache?.get(key);
  if (sourceHtml === undefined) {
    sourceHtml = unit.sourceText === undefined
      ? '<span class="grid-missing">(no English half)</span>'
      : renderInline(cleanContinuations(source, block), options);
    if (cache && unit.sourceText !== undefined) {
      if (cache.size > 20_000) cache.clear();
      cache.set(key, sourceHtml);
    }
  }
  return {
    index: unit.index,
    id: unit.id,
    line: unit.line,
    target: displayTranslation(unit.targetText),
    source: displayTranslation(source),
    sourceHtml,
    block,
    section,
  };
}

/** Units of `next` whose row content differs from `previous` (same unit list), or undefined when the list changed. */
export function changedUnits(previous: GridInit, next: GridInit): GridUnit[] | undefined {
  if (previous.units.length !== next.units.length || previous.headings.length !== next.headings.length) return undefined;
  const changed: GridUnit[] = [];
  for (let i = 0; i < next.units.length; i++) {
    const a = previous.units[i];
    const b = next.units[i];
    if (a.id !== b.id || a.section !== b.section || a.block !== b.block) return undefined;
    if (a.target !== b.target || a.source !== b.source || a.line !== b.line) changed.push(b);
  }
  for (let i = 0; i < next.headings.length; i++) {
    if (previous.headings[i].html !== next.headings[i].html || previous.headings[i].level !== next.headings[i].level) return undefined;
  }
  return changed;
}

/** A diagnostic as the grid needs it, independent of `vscode`. */
export interface DiagnosticLike {
  /** UTF-16 offset of the diagnostic's start in the document. */
  readonly offset: number;
  readonly code: string | undefined;
  readonly message: string;
  readonly severity: GridFinding['severity'];
}

/** Findings per unit index: a diagnostic belongs to the unit whose range holds its start. */
export function findingsByUnit(units: readonly Pick<PreviewUnit, 'index' | 'range'>[], diagnostics: readonly DiagnosticLike[]): Record<number, GridFinding[]> {
  const result: Record<number, GridFinding[]> = {};
  diagnostics.forEach((diagnostic, position) => {
    const unit = unitAt(units, diagnostic.offset);
    if (!unit) return;
    (result[unit.index] ??= []).push({
      code: diagnostic.code ?? '',
      message: diagnostic.message,
      severity: diagnostic.severity,
      key: String(position),
    });
  });
  return result;
}

function unitAt<T extends Pick<PreviewUnit, 'range'>>(units: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = units.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (units[mid].range.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const unit = found >= 0 ? units[found] : undefined;
  return unit && offset <= unit.range.end ? unit : undefined;
}

/** The units after replacing `range` (inside unit `index`'s translation) with `newText`. */
export function shiftUnits(units: readonly PreviewUnit[], index: number, range: PreviewRange, newText: string): PreviewUnit[] {
  const delta = newText.length - (range.end - range.start);
  const move = (r: PreviewRange): PreviewRange => ({ start: r.start + delta, end: r.end + delta });
  return units.map((unit, i) => {
    if (i < index) return unit;
    if (i > index) {
      return {
        ...unit, range: move(unit.range), targetOpen: move(unit.targetOpen), target: move(unit.target),
        lookup: unit.lookup && move(unit.lookup), source: unit.source && move(unit.source),
      };
    }
    const offset = range.start - unit.target.start;
    const targetText = unit.targetText.slice(0, offset) + newText + unit.targetText.slice(offset + range.end - range.start);
    return {
      ...unit, targetText,
      range: { start: unit.range.start, end: unit.range.end + delta },
      target: { start: unit.target.start, end: unit.target.end + delta },
      lookup: unit.lookup && move(unit.lookup), source: unit.source && move(unit.source),
    };
  });
}

function headingHtml(units: readonly PreviewUnit[], options: RenderOptions): string {
  const target = units.map(unit => renderInline(unit.targetText, options)).join(' ');
  const source = units.map(unit => (unit.sourceText === undefined ? '' : renderInline(unit.sourceText, options))).join(' ');
  return `<span class="grid-heading-target">${target}</span><span class="grid-heading-source" dir="ltr" lang="en">${source}</span>`;
}

/** A unit that crosses lines inside a blockquote carries the `> ` markers of the next lines; the rendering drops them. */
function cleanContinuations(text: string, block: PreviewRowKind): string {
  return block === 'blockquote' ? text.replace(/(\n)[ \t]*(?:>[ \t]?)+/g, '$1') : text;
}
