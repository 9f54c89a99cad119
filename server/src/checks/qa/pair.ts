/**
 * Shared helpers for the segment-pair QA checks: the tokenized halves of a unit (made and kept by the run's
 * `DocumentAnalysis`, `checks/analysis.ts`), multiset comparison and small text utilities.
 */
import type {
  AutolinkToken, CodeToken, DocfxToken, EmphasisSpan, EntityToken, EscapeToken, HtmlToken, InlineParse, InlineToken,
  LinkToken, PlaceholderToken, DelimiterToken,
} from '../../sxs/inline';
import { tokenizeInline, type ReferenceDefinitions } from '../../sxs/inline';
import type { SxsDocument, SxsUnit } from '../../sxs/types';

const NONE: readonly never[] = Object.freeze([]);

/** The tokens of a half by kind, children of links and images included, in document order (parents first). */
interface TokenLists {
  code: CodeToken[];
  /** Links and images. */
  link: LinkToken[];
  html: HtmlToken[];
  docfx: DocfxToken[];
  escape: EscapeToken[];
  entity: EntityToken[];
  placeholder: PlaceholderToken[];
}

function groupTokens(tokens: readonly InlineToken[], lists: TokenLists): void {
  for (const t of tokens) {
    switch (t.kind) {
      case 'text':
      case 'delimiter':
      case 'hardBreak':
      case 'autolink':
        break;
      case 'link':
        if (lists.link.length === 0) lists.link = [];
        lists.link.push(t);
        groupTokens(t.children, lists);
        break;
      default:
        // One list per kind, made only when the half has such a token (most halves have none); a list that
        // exists is never empty.
        if (lists[t.kind].length === 0) (lists[t.kind] as InlineToken[]) = [];
        (lists[t.kind] as InlineToken[]).push(t);
    }
  }
}

/** What a slimmed half holds besides its text (see `Half.slim`). */
export interface SlimHalf {
  /** The visible text; undefined when it is the text itself. */
  readonly visible: string | undefined;
  /** The normalized text; undefined when it is the text itself. */
  readonly normalized: string | undefined;
  readonly links: readonly LinkToken[];
  /** 0 until `isEmpty` is known, then 1 for empty, 2 for not. */
  readonly empty: number;
}

/** The slimmed state of a half whose visible and normalized text are its text and that has no link, by `empty`. */
const PLAIN: readonly SlimHalf[] = [0, 1, 2].map(empty => Object.freeze({ visible: undefined, normalized: undefined, links: NONE, empty }));
/** True when `groupTokens` would put a top-level token of `tokens` (or its children) in a list. */
function hasGrouped(tokens: readonly InlineToken[]): boolean {
  for (const t of tokens) {
    const kind = t.kind;
    if (kind !== 'text' && kind !== 'delimiter' && kind !== 'hardBreak' && kind !== 'autolink') return true;
  }
  return false;
}

/** The lists of a half with no token that `groupTokens` keeps (shared, never changed: a list that exists is never empty). */
const NO_LISTS: TokenLists = Object.freeze({
  code: NONE as never, link: NONE as never, html: NONE as never, docfx: NONE as never, escape: NONE as never, entity: NONE as never,
  placeholder: NONE as never,
});

/**
 * One tokenized half with what several checks derive from it, each computed on first use and kept: the checks run
 * one after the other over every unit, so anything two of them need is computed once per half, not once per check.
 *
 * A half can be `slimmed` once its unit's findings are known: it then keeps only its text, visible text, normalized
 * text and links (what the document-wide checks read of every unit on every run) and tokenizes its text again if
 * anything else is asked for, so a slimmed half answers exactly as a full one. What a slimmed half keeps can also be
 * carried without the half (`SlimHalf`) and given to a new half of the same text (the incremental checker does so).
 */
export class Half implements InlineParse {
  readonly text: string;
  private readonly references: ReferenceDefinitions | undefined;
  private parse: InlineParse | undefined;
  private visibleText: string | undefined = undefined;
  private lists: TokenLists | undefined = undefined;
  private linksOnly: readonly LinkToken[] | undefined = undefined;
  private imagesOnly: readonly LinkToken[] | undefined = undefined;
  private emptyState = 0;
  private normalized: string | undefined = undefined;
  private derived: Map<string, unknown> | undefined = undefined;

  /**
   * A half of `text` tokenized with the document's reference definitions `references`: `parse` when given (it must be
   * `tokenizeInline(text, { references })`), else on first use. `slimmed`, when given, is what `slim` returned for a
   * half of the same text and references: the new half starts slimmed, with no tokenization.
   */
  constructor(text: string, references: ReferenceDefinitions | undefined, parse?: InlineParse, slimmed?: SlimHalf) {
    this.text = text;
    this.parse = parse;
    this.references = references;
    if (slimmed !== undefined) {
      this.visibleText = slimmed.visible ?? text;
      this.normalized = slimmed.normalized ?? text;
      this.linksOnly = slimmed.links;
      this.emptyState = slimmed.empty;
    }
  }

  private get full(): InlineParse {
    return (this.parse ??= tokenizeInline(this.text, { references: this.references }));
  }

  get tokens(): readonly InlineToken[] {
    return this.full.tokens;
  }
  get emphasis(): readonly EmphasisSpan[] {
    return this.full.emphasis;
  }
  get strong(): number {
    return this.full.strong;
  }
  get em(): number {
    return this.full.em;
  }
  get strike(): number {
    return this.full.strike;
  }
  get unmatchedDelimiters(): readonly DelimiterToken[] {
    return this.full.unmatchedDelimiters;
  }
  get visible(): string {
    return this.visibleText ?? this.full.visible;
  }

  /** True while the tokens are held (false after `slim` until something asks for them again). */
  get tokenized(): boolean {
    return this.parse !== undefined;
  }

  /**
   * Drops the tokens, keeping the text, visible text and links: `slim` without its result (the normalized text is
   * computed from the text when asked).
   */
  dropTokens(): void {
    if (this.parse !== undefined) {
      this.visibleText = this.parse.visible;
      this.linksOnly = this.links;
      this.lists = undefined;
      this.imagesOnly = undefined;
      this.derived = undefined;
      this.parse = undefined;
    }
  }

  /**
   * Drops the tokens, keeping the text, visible text, normalized text and links; see the class comment. Returns what
   * the slimmed half holds besides its text, for a new half of the same text (undefined when the half was never
   * tokenized). `copy` is given every string of that which is not the text itself (a link's text is copied whole, and
   * its links read from the copy), so that it refers to no other string: the text may be a slice of a document's
   * text that must not be kept alive through it.
   */
  slim(copy: (s: string) => string = s => s): SlimHalf | undefined {
    if (this.parse !== undefined || this.visibleText !== undefined) this.normalized ??= collapseWhitespace(this.text);
    this.dropTokens();
    const visible = this.visibleText;
    const normalized = this.normalized;
    const links = this.linksOnly;
    if (visible === undefined || normalized === undefined || links === undefined) return undefined;
    const text = this.text;
    if (visible === text && normalized === text && links.length === 0) return PLAIN[this.emptyState];
    return {
      visible: visible === text ? undefined : copy(visible),
      normalized: normalized === text ? undefined : copy(normalized),
      links: links.length === 0 ? NONE : new Half(copy(text), this.references).links,
      empty: this.emptyState,
    };
  }

  /**
   * A value derived from the half (its tokens above all), computed on first use and kept until `slim`; `name` must be
   * unique to the caller.
   */
  derive<T>(name: string, compute: (half: Half) => T): T {
    const derived = (this.derived ??= new Map());
    if (derived.has(name)) return derived.get(name) as T;
    const value = compute(this);
    derived.set(name, value);
    return value;
  }

  private get byKind(): TokenLists {
    if (this.lists === undefined) {
      const tokens = this.tokens;
      if (!hasGrouped(tokens)) {
        // Most halves (plain text above all) have none of these tokens: they share one set of empty lists.
        this.lists = NO_LISTS;
      } else {
        const lists: TokenLists = { code: NONE as never, link: NONE as never, html: NONE as never, docfx: NONE as never, escape: NONE as never, entity: NONE as never, placeholder: NONE as never };
        groupTokens(tokens, lists);
        this.lists = lists;
      }
    }
    return this.lists;
  }

  /** Code spans, children of links included. */
  get codes(): readonly CodeToken[] {
    return this.byKind.code;
  }
  /** Links and images, nested ones included. */
  get linksAndImages(): readonly LinkToken[] {
    return this.byKind.link;
  }
  /** Links (not images), reference links included. */
  get links(): readonly LinkToken[] {
    if (this.linksOnly === undefined) {
      const all = this.byKind.link;
      this.linksOnly = all.length === 0 ? NONE : all.filter(l => !l.image);
    }
    return this.linksOnly;
  }
  get images(): readonly LinkToken[] {
    if (this.imagesOnly === undefined) {
      const all = this.byKind.link;
      this.imagesOnly = all.length === 0 ? NONE : all.filter(l => l.image);
    }
    return this.imagesOnly;
  }
  get htmls(): readonly HtmlToken[] {
    return this.byKind.html;
  }
  get docfx(): readonly DocfxToken[] {
    return this.byKind.docfx;
  }
  get escapes(): readonly EscapeToken[] {
    return this.byKind.escape;
  }
  get entities(): readonly EntityToken[] {
    return this.byKind.entity;
  }
  get placeholders(): readonly PlaceholderToken[] {
    return this.byKind.placeholder;
  }
  /** Autolinks and bare URLs outside link text (a URL written as a link's text is text, not a link). */
  get autolinks(): readonly AutolinkToken[] {
    let out: AutolinkToken[] | undefined;
    for (const t of this.tokens) {
      if (t.kind === 'autolink') (out ??= []).push(t);
    }
    return out ?? NONE;
  }

  /**
   * True when the half shows nothing: no visible characters other than whitespace (zero-width and direction marks
   * included), and no link.
   */
  get isEmpty(): boolean {
    if (this.emptyState === 0) this.emptyState = computeEmpty(this) ? 1 : 2;
    return this.emptyState === 1;
  }

  /** The text with whitespace runs as one space, trimmed. */
  get normalizedText(): string {
    return (this.normalized ??= collapseWhitespace(this.text));
  }
}

function computeEmpty(half: Half): boolean {
  const v = half.visible;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!isJsSpace(c) && !(c >= 0x200b && c <= 0x200f)) return false;
  }
  for (const t of half.tokens) if (t.kind === 'link') return false;
  return true;
}

/**
 * True for the characters of the ECMAScript `\s` class (white space and line terminators), the same set `trim()`
 * removes.
 */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, ' ').trim()`, without building anything when the text is already in that form. */
export function collapseWhitespace(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (!isJsSpace(s.charCodeAt(0)) && !isJsSpace(s.charCodeAt(n - 1))) {
    let clean = true;
    for (let i = 1; i < n - 1; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) {
        clean = false;
        break;
      }
    }
    if (clean) return s;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** True when `raw` with whitespace runs as one space and trimmed (see `collapseWhitespace`) is `normalized`. */
export function collapsesTo(raw: string, normalized: string): boolean {
  const n = raw.length;
  const m = normalized.length;
  let i = 0;
  let j = 0;
  while (i < n && isJsSpace(raw.charCodeAt(i))) i++;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (isJsSpace(c)) {
      while (i < n && isJsSpace(raw.charCodeAt(i))) i++;
      if (i === n) break;
      if (j >= m || normalized.charCodeAt(j) !== 32) return false;
    } else {
      if (j >= m || normalized.charCodeAt(j) !== c) return false;
      i++;
    }
    j++;
  }
  return j === m;
}

/** The two halves of a sound unit, tokenized. Offsets in `t`/`s` tokens add `tStart`/`sStart` to become document offsets. */
export interface UnitPair {
  readonly unit: SxsUnit;
  readonly t: Half;
  readonly s: Half;
  readonly tStart: number;
  readonly sStart: number;
}

/** True when `DocumentAnalysis.pair` gives the unit a pair: it has an English half and its halves' extent is certain. */
export function hasPair(doc: SxsDocument, unit: SxsUnit): boolean {
  return unit.source !== undefined && isReadable(doc, unit);
}

/** Problems that leave a half's extent uncertain; an escaped close or a stray span inside a half does not. */
const UNREADABLE = new Set(['orphanTarget', 'orphanSource', 'sourceNotClosed', 'targetNotClosed', 'nestedUnit', 'nonCanonicalMarkup']);

function isReadable(doc: SxsDocument, unit: SxsUnit): boolean {
  if (!unit.broken) return true;
  return !doc.problems.some(p => p.unit === unit.index && UNREADABLE.has(p.kind));
}

export interface MultisetDiff<T> {
  /** Items of the source side that the target side lacks (with multiplicity). */
  readonly missing: T[];
  /** Items of the target side that the source side lacks. */
  readonly extra: T[];
}

/** True when both lists have the same keys in the same order (then their multiset difference is empty). */
export function sameInOrder<T>(source: readonly T[], target: readonly T[], key: (item: T) => string): boolean {
  if (source.length !== target.length) return false;
  for (let i = 0; i < source.length; i++) if (key(source[i]) !== key(target[i])) return false;
  return true;
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
  for (const list of counts.values()) for (const item of list) missing.push(item);
  return { missing, extra };
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
