/**
 * Shared helpers for the segment-pair QA checks: the tokenized halves of a unit (cached per document), multiset
 * comparison, locale facts and small text utilities.
 */
import { InlineParse, InlineToken, referenceDefinitions, tokenizeInline, walkTokens } from '../../sxs/inline';
import type { SxsDocument, SxsUnit } from '../../sxs/types';

/** The two halves of a sound unit, tokenized. Offsets in `t`/`s` tokens add `tStart`/`sStart` to become document offsets. */
export interface UnitPair {
  readonly unit: SxsUnit;
  readonly t: InlineParse;
  readonly s: InlineParse;
  readonly tStart: number;
  readonly sStart: number;
}

const cache = new WeakMap<SxsDocument, (UnitPair | null)[]>();
const definitions = new WeakMap<SxsDocument, Set<string>>();

/** The reference definitions of the document, so `[a][b]` is a link only where `[b]:` is defined. */
function referencesOf(doc: SxsDocument): Set<string> {
  let refs = definitions.get(doc);
  if (!refs) {
    refs = referenceDefinitions(doc.text);
    definitions.set(doc, refs);
  }
  return refs;
}

/**
 * The tokenized halves of a unit, or undefined when the unit is broken or has no English half (the structure checks
 * report those; comparing their halves would only add noise).
 */
export function pairOf(doc: SxsDocument, unit: SxsUnit): UnitPair | undefined {
  let pairs = cache.get(doc);
  if (!pairs) {
    pairs = new Array<UnitPair | null>(doc.units.length);
    cache.set(doc, pairs);
  }
  let pair = pairs[unit.index];
  if (pair === undefined) {
    pair = null;
    if (unit.source && isReadable(doc, unit)) {
      const references = referencesOf(doc);
      pair = {
        unit,
        t: tokenizeInline(doc.text.slice(unit.target.start, unit.target.end), { references }),
        s: tokenizeInline(doc.text.slice(unit.source.start, unit.source.end), { references }),
        tStart: unit.target.start,
        sStart: unit.source.start,
      };
    }
    pairs[unit.index] = pair;
  }
  return pair ?? undefined;
}

/** Problems that leave a half's extent uncertain; an escaped close or a stray span inside a half does not. */
const UNREADABLE = new Set(['orphanTarget', 'orphanSource', 'sourceNotClosed', 'targetNotClosed', 'nestedUnit', 'nonCanonicalMarkup']);

function isReadable(doc: SxsDocument, unit: SxsUnit): boolean {
  if (!unit.broken) return true;
  return !doc.problems.some(p => p.unit === unit.index && UNREADABLE.has(p.kind));
}

/** Collects every token of one kind, children of links and images included. */
export function tokensOf<K extends InlineToken['kind']>(parse: InlineParse, kind: K): Extract<InlineToken, { kind: K }>[] {
  const out: Extract<InlineToken, { kind: K }>[] = [];
  walkTokens(parse.tokens, t => {
    if (t.kind === kind) out.push(t as Extract<InlineToken, { kind: K }>);
  });
  return out;
}

export interface MultisetDiff<T> {
  /** Items of the source side that the target side lacks (with multiplicity). */
  readonly missing: T[];
  /** Items of the target side that the source side lacks. */
  readonly extra: T[];
}

/** Compares two lists as multisets by `key`. */
export function multisetDiff<T>(source: readonly T[], target: readonly T[], key: (item: T) => string): MultisetDiff<T> {
  const counts = new Map<string, T[]>();
  for (const item of source) {
    const k = key(item);
    const list = counts.get(k);
    if (list) list.push(item);
    else counts.set(k, [item]);
  }
  const extra: T[] = [];
  for (const item of target) {
    const list = counts.get(key(item));
    if (list && list.length > 0) list.shift();
    else extra.push(item);
  }
  const missing: T[] = [];
  for (const list of counts.values()) missing.push(...list);
  return { missing, extra };
}

/** The language part of the document's locale, lower case (`pl`, `ja`), or undefined. */
export function languageOf(doc: SxsDocument): string | undefined {
  const locale = doc.locale?.trim();
  if (!locale) return undefined;
  return locale.split(/[-_]/)[0].toLowerCase();
}

export function isCjkLanguage(language: string | undefined): boolean {
  return language === 'ja' || language === 'zh' || language === 'ko';
}

/** Quotes a value for a message, shortened. */
export function quote(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ');
  return '"' + (flat.length > max ? flat.slice(0, max - 1) + '…' : flat) + '"';
}

/** Lists values for a message: `"a", "b"`. */
export function listValues(values: readonly string[], max = 4): string {
  const shown = values.slice(0, max).map(v => quote(v));
  return shown.join(', ') + (values.length > max ? ` and ${values.length - max} more` : '');
}

/** The target half's range in the document. */
export function targetRange(pair: UnitPair): { start: number; end: number } {
  return { start: pair.unit.target.start, end: pair.unit.target.end };
}

/** A token's range in the document. */
export function inTarget(pair: UnitPair, token: { start: number; end: number }): { start: number; end: number } {
  return { start: pair.tStart + token.start, end: pair.tStart + token.end };
}

/** Reads a boolean option with a fallback. */
export function boolOption(options: Readonly<Record<string, unknown>>, name: string, fallback: boolean): boolean {
  const value = options[name];
  return typeof value === 'boolean' ? value : fallback;
}

/** Reads a number option with a fallback. */
export function numberOption(options: Readonly<Record<string, unknown>>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads a string-list option (an array, or a `;`/`,`-separated string) with a fallback. */
export function listOption(options: Readonly<Record<string, unknown>>, name: string, fallback: readonly string[]): string[] {
  const value = options[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[;,]/).map(v => v.trim()).filter(Boolean);
  return [...fallback];
}

/** Words of visible text: runs of letters, digits, `_`, `'` and inner `-`/`.`. */
export const WORD = /[\p{L}\p{N}_][\p{L}\p{N}\p{M}_'’.-]*/gu;

export function countWords(visible: string): number {
  let n = 0;
  for (const m of visible.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) if (m[0].length >= 1) n++;
  return n;
}
