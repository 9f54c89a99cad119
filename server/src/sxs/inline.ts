/**
 * One inline markdown tokenizer for the halves of a unit (CommonMark + GFM + DocFX).
 *
 * Both halves of a unit are read with this tokenizer so that markup inside code is never mistaken for markup and
 * the two halves can be compared token by token. Offsets are relative to the half. It is a single left-to-right scan
 * with a character-class table (no backtracking regexes), the CommonMark bracket stack for links and images, and the
 * CommonMark delimiter algorithm for emphasis.
 */

export type InlineToken =
  | TextToken
  | CodeToken
  | EscapeToken
  | EntityToken
  | LinkToken
  | AutolinkToken
  | HtmlToken
  | DocfxToken
  | PlaceholderToken
  | DelimiterToken
  | HardBreakToken;

interface TokenBase {
  /** Offset of the first character, relative to the half. */
  readonly start: number;
  /** Offset after the last character (exclusive). */
  readonly end: number;
}

export interface TextToken extends TokenBase {
  readonly kind: 'text';
}

/** A code span. `content` is the CommonMark content: line endings as spaces, one space stripped from each side. */
export interface CodeToken extends TokenBase {
  readonly kind: 'code';
  readonly content: string;
  /** Length of the backtick run that opens and closes the span. */
  readonly fence: number;
}

/** A backslash escape of ASCII punctuation, for example `\*`. */
export interface EscapeToken extends TokenBase {
  readonly kind: 'escape';
  readonly char: string;
}

/** A character reference such as `&lt;`, `&#x2014;`. `decoded` is undefined for names this tokenizer does not know. */
export interface EntityToken extends TokenBase {
  readonly kind: 'entity';
  readonly raw: string;
  readonly decoded: string | undefined;
}

/** An inline link `[text](dest "title")`, a reference link `[text][label]` / `[text][]`, or an image `![alt](dest)`. */
export interface LinkToken extends TokenBase {
  readonly kind: 'link';
  readonly image: boolean;
  /** `inline` for `(…)`, `reference` for `[label]` or `[]`. */
  readonly form: 'inline' | 'reference';
  /** The destination as written (without `<>`), or the reference label. */
  readonly destination: string;
  readonly destinationRange: { readonly start: number; readonly end: number };
  readonly title: string | undefined;
  /** Range of the link text or alt text (between the brackets). */
  readonly textStart: number;
  readonly textEnd: number;
  readonly children: readonly InlineToken[];
}

/** `<https://…>` or `<user@example.com>`, or a bare `https://…` / `www.…` URL (GFM extension). */
export interface AutolinkToken extends TokenBase {
  readonly kind: 'autolink';
  readonly url: string;
  readonly bare: boolean;
}

/** An inline HTML tag, comment, declaration or processing instruction. */
export interface HtmlToken extends TokenBase {
  readonly kind: 'html';
  /** Lower-case tag name; `!--` for a comment, `?` / `!` for others. */
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Attributes with lower-case names (values without quotes). */
  readonly attributes: ReadonlyMap<string, string>;
}

export type DocfxKind = 'include' | 'alert' | 'xref' | 'image' | 'no-loc' | 'div' | 'code' | 'video' | 'directive';

/**
 * A DocFX token. `value` is what must survive translation: the include path, the alert kind (upper case), the uid,
 * the image source, the no-loc text, the div attributes, the code path, the video URL, or the directive text.
 */
export interface DocfxToken extends TokenBase {
  readonly kind: 'docfx';
  readonly docfx: DocfxKind;
  readonly value: string;
}

/** `{name}`, `{0}`, `{{name}}`. */
export interface PlaceholderToken extends TokenBase {
  readonly kind: 'placeholder';
  readonly raw: string;
}

/** A run of `*`, `_` or `~~`. After emphasis processing `remaining` characters are literal text. */
export interface DelimiterToken extends TokenBase {
  readonly kind: 'delimiter';
  readonly char: '*' | '_' | '~';
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** Characters of the run not used by emphasis (shown literally). */
  remaining: number;
  /** Still on the delimiter stack (false once emphasis processing has passed over it). */
  live: boolean;
}

/** A backslash before a line ending, or two or more spaces before one. */
export interface HardBreakToken extends TokenBase {
  readonly kind: 'hardBreak';
}

export type EmphasisKind = 'strong' | 'em' | 'strike';

/** A matched emphasis node: from the first opening delimiter character to after the last closing one. */
export interface EmphasisSpan {
  readonly kind: EmphasisKind;
  readonly start: number;
  readonly end: number;
}

export interface InlineParse {
  /** The half as given. */
  readonly text: string;
  /** Top-level tokens in order; link and image tokens hold their own children. */
  readonly tokens: readonly InlineToken[];
  readonly emphasis: readonly EmphasisSpan[];
  readonly strong: number;
  readonly em: number;
  readonly strike: number;
  /** Delimiter runs that could open or close but were left (partly) unmatched, so they show literally. */
  readonly unmatchedDelimiters: readonly DelimiterToken[];
  /**
   * Visible text: text, escapes (the character), entities (decoded when known) and link text, with every protected
   * token (code, destinations, images, autolinks, HTML, DocFX, placeholders) replaced by U+FFFC.
   */
  readonly visible: string;
}

/** Replaces a protected token in `InlineParse.visible`. */
export const PROTECTED_MARK = '\uFFFC';

// Character classes for the scanner, indexed by char code < 128: 1 where markup may start. `h`, `w` and space start
// markup only in one spelling (`http`, `www.`, two spaces before a line end), tested by `isPlain`.
const SPECIAL = new Uint8Array(128);
for (const c of '\\`*_~[]!<&{:@hw ') SPECIAL[c.charCodeAt(0)] = 1;

/** True when the character `c` at `i` is plain text whatever follows (most characters are). */
function isPlain(s: string, i: number, c: number): boolean {
  if (c >= 128 || SPECIAL[c] === 0) return true;
  if (c === 32) return s.charCodeAt(i + 1) !== 32;
  if (c === 104) return s.charCodeAt(i + 1) !== 116;
  if (c === 119) return s.charCodeAt(i + 1) !== 119;
  return false;
}

const ASCII_PUNCT = new Uint8Array(128);
for (const c of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') ASCII_PUNCT[c.charCodeAt(0)] = 1;

const UNICODE_PUNCT = /[\p{P}\p{S}]/u;
const UNICODE_SPACE = /\s/u;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Unicode whitespace for flanking rules; NaN (outside the text) counts as whitespace. */
function isFlankSpace(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return true;
  const c = s.charCodeAt(i);
  if (c < 128) return isSpaceCode(c);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
    || UNICODE_SPACE.test(s[i]);
}
function isFlankPunct(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_PUNCT[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return UNICODE_PUNCT.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && UNICODE_PUNCT.test(s.slice(i - 1, i + 1));
  return UNICODE_PUNCT.test(s[i]);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  bull: '•', middot: '·', times: '×', rarr: '→', larr: '←', deg: '°', euro: '€', shy: '\u00ad', zwj: '\u200d',
  zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', ast: '*', lowbar: '_', verbar: '|', vert: '|', lsqb: '[', rsqb: ']',
  num: '#', excl: '!', grave: '`', lbrace: '{', rbrace: '}', colon: ':', period: '.', comma: ',', sol: '/', bsol: '\\',
};

const ALERTS = new Set(['NOTE', 'TIP', 'WARNING', 'IMPORTANT', 'CAUTION']);

interface Bracket {
  /** Index in `level.out` of the `[` text token. */
  readonly index: number;
  readonly start: number;
  readonly image: boolean;
  active: boolean;
  /** Number of entries in `delims` when the bracket was pushed. */
  readonly delimBase: number;
}

interface EmphasisStats {
  strong: number;
  em: number;
  strike: number;
  spans: EmphasisSpan[];
}

class Scanner implements EmphasisStats {
  private readonly s: string;
  private readonly n: number;
  private out: InlineToken[] = [];
  private readonly brackets: Bracket[] = [];
  private readonly delims: DelimiterToken[] = [];
  private textStart = -1;
  /** Where the backtick runs start, by run length (read once, on the first code span). */
  private backtickRuns: Map<number, number[]> | undefined;
  // The emphasis found, kept on the scanner itself (one object less per half).
  strong = 0;
  em = 0;
  strike = 0;
  readonly spans: EmphasisSpan[] = [];

  constructor(text: string, private readonly references: ReferenceDefinitions | undefined) {
    this.s = text;
    this.n = text.length;
  }

  /** Offsets of the unescaped `$` and `$$` math delimiters of the half, found on first use. */
  private mathDelimiters: number[] | undefined;

  /** Whether `i` lies between two math delimiters (`$…$`, `$$…$$`). */
  private inMath(i: number): boolean {
    const s = this.s;
    if (this.mathDelimiters === undefined) {
      this.mathDelimiters = [];
      for (let j = s.indexOf('$'); j >= 0; j = s.indexOf('$', j + 1)) {
        let backslashes = 0;
        while (j - 1 - backslashes >= 0 && s.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 1) continue;
        this.mathDelimiters.push(j);
        if (s.charCodeAt(j + 1) === 36) j++;
      }
    }
    const delimiters = this.mathDelimiters;
    let before = 0;
    let high = delimiters.length;
    while (before < high) {
      const mid = (before + high) >> 1;
      if (delimiters[mid] < i) before = mid + 1;
      else high = mid;
    }
    return before % 2 === 1 && before < delimiters.length;
  }

  /** Without a set of definitions every full or collapsed reference counts as a link. */
  private isDefined(label: string): boolean {
    return this.references === undefined || this.references.has(normalizeLabel(label));
  }

  /** Tokenizes the half; `from` is where to start reading, everything before it being plain text. */
  run(from = 0): InlineToken[] {
    const s = this.s;
    const n = this.n;
    let i = from;
    if (from > 0) this.textStart = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isPlain(s, i, c)) {
        // A run of plain text: read on without a call per character.
        if (this.textStart < 0) this.textStart = i;
        i++;
        while (i < n && isPlain(s, i, s.charCodeAt(i))) i++;
        continue;
      }
      const next = this.special(i, c);
      if (next < 0) {
        // Not markup here: plain text.
        if (this.textStart < 0) this.textStart = i;
        i++;
      } else {
        i = next;
      }
    }
    this.flushText(n);
    if (this.delims.length > 0) {
      processEmphasis(this.delims, 0, this);
      this.delims.length = 0;
    }
    return this.out;
  }

  private flushText(end: number): void {
    if (this.textStart >= 0 && end > this.textStart) this.out.push({ kind: 'text', start: this.textStart, end });
    this.textStart = -1;
  }

  private push(token: InlineToken): number {
    this.flushText(token.start);
    this.out.push(token);
    return token.end;
  }

  /** Handles a possibly special character at `i`; returns the offset after the token, or -1 for plain text. */
  private special(i: number, c: number): number {
    const s = this.s;
    switch (c) {
      case 92: // backslash
        return this.backslash(i);
      case 96: // `
        return this.backticks(i);
      case 42: // *
      case 95: // _
        return this.delimiterRun(i, c);
      case 126: // ~
        return this.tildes(i);
      case 91: // [
        if (s.charCodeAt(i + 1) === 33) {
          const end = this.docfxBracket(i);
          if (end > 0) return end;
        }
        return this.openBracket(i, false);
      case 33: // !
        if (s.charCodeAt(i + 1) === 91) return this.openBracket(i, true);
        return -1;
      case 93: // ]
        return this.closeBracket(i);
      case 60: // <
        return this.angle(i);
      case 38: // &
        return this.entity(i);
      case 123: // {
        return this.placeholder(i);
      case 58: // :
        return s.charCodeAt(i + 1) === 58 && s.charCodeAt(i + 2) === 58 ? this.colonDirective(i) : -1;
      case 64: // @
        return this.atUid(i);
      case 104: // h
      case 119: // w
        return this.bareUrl(i);
      case 32: // space: hard break when 2+ spaces end a line
        return this.spaces(i);
      case 10: // newline
        return -1;
      default:
        return -1;
    }
  }

  private spaces(i: number): number {
    const s = this.s;
    let j = i;
    while (s.charCodeAt(j) === 32) j++;
    if (j - i >= 2 && (s.charCodeAt(j) === 10 || (s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10))) {
      return this.push({ kind: 'hardBreak', start: i, end: j });
    }
    if (this.textStart < 0) this.textStart = i;
    return j;
  }

  private backslash(i: number): number {
    const s = this.s;
    const d = s.charCodeAt(i + 1);
    if (d < 128 && ASCII_PUNCT[d] === 1) return this.push({ kind: 'escape', start: i, end: i + 2, char: s[i + 1] });
    if (d === 10 || d === 13) return this.push({ kind: 'hardBreak', start: i, end: i + 1 });
    return -1;
  }

  private runLength(i: number, code: number): number {
    let j = i;
    while (this.s.charCodeAt(j) === code) j++;
    return j - i;
  }

  /**
   * The start of the first run of exactly `len` backticks at or after `from`, or -1. The runs are indexed once:
   * searching the rest of the text from every unclosed opener would be quadratic on hostile text.
   */
  private closingRun(from: number, len: number): number {
    if (this.backtickRuns === undefined) {
      const runs = new Map<number, number[]>();
      for (let k = this.s.indexOf('`'); k >= 0 && k < this.n; k = this.s.indexOf('`', k)) {
        const l = this.runLength(k, 96);
        let starts = runs.get(l);
        if (starts === undefined) {
          starts = [];
          runs.set(l, starts);
        }
        starts.push(k);
        k += l;
      }
      this.backtickRuns = runs;
    }
    const starts = this.backtickRuns.get(len);
    if (starts === undefined) return -1;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low < starts.length ? starts[low] : -1;
  }

  private backticks(i: number): number {
    const s = this.s;
    const len = this.runLength(i, 96);
    const after = i + len;
    const k = this.closingRun(after, len);
    if (k >= 0) {
      const l = len;
      let content = s.slice(after, k);
      // Line endings become spaces (the expression runs only where there is one: most code spans are one line).
      if (content.includes('\n') || content.includes('\r')) content = content.replace(/\r\n|\r|\n/g, ' ');
      if (content.length >= 2 && content.charCodeAt(0) === 32 && content.charCodeAt(content.length - 1) === 32
        && content.trim().length > 0) {
        content = content.slice(1, -1);
      }
      return this.push({ kind: 'code', start: i, end: k + l, content, fence: len });
    }
    // No matching run: the backticks are literal.
    if (this.textStart < 0) this.textStart = i;
    return after;
  }

  private delimiterRun(i: number, c: number): number {
    const s = this.s;
    const len = this.runLength(i, c);
    const end = i + len;
    const { canOpen, canClose } = flanking(s, i, end, c);
    const token: DelimiterToken = { kind: 'delimiter', char: c === 42 ? '*' : '_', start: i, end, canOpen, canClose, remaining: len, live: true };
    this.push(token);
    if (canOpen || canClose) this.delims.push(token);
    return end;
  }

  private tildes(i: number): number {
    const len = this.runLength(i, 126);
    if (len !== 2) {
      if (this.textStart < 0) this.textStart = i;
      return i + len;
    }
    const { canOpen, canClose } = flanking(this.s, i, i + 2, 126);
    const token: DelimiterToken = { kind: 'delimiter', char: '~', start: i, end: i + 2, canOpen, canClose, remaining: 2, live: true };
    this.push(token);
    if (canOpen || canClose) this.delims.push(token);
    return i + 2;
  }

  private openBracket(i: number, image: boolean): number {
    const end = i + (image ? 2 : 1);
    this.flushText(i);
    const index = this.out.length;
    this.out.push({ kind: 'text', start: i, end });
    this.brackets.push({ index, start: i, image, active: true, delimBase: this.delims.length });
    return end;
  }

  private closeBracket(i: number): number {
    const opener = this.brackets.pop();
    if (!opener) return -1;
    if (!opener.active) return -1;
    const s = this.s;
    let dest: { destination: string; dStart: number; dEnd: number; title: string | undefined; end: number } | undefined;
    let form: 'inline' | 'reference' = 'inline';
    if (s.charCodeAt(i + 1) === 40) dest = parseInlineDestination(s, i + 2);
    if (!dest && s.charCodeAt(i + 1) === 91) {
      const close = findLabelEnd(s, i + 2);
      if (close >= 0) {
        // `[text][]` uses the text as the label.
        const label = close === i + 2 ? s.slice(opener.start + (opener.image ? 2 : 1), i) : s.slice(i + 2, close);
        if (this.isDefined(label)) {
          form = 'reference';
          dest = { destination: label, dStart: close === i + 2 ? opener.start : i + 2, dEnd: close === i + 2 ? i : close, title: undefined, end: close + 1 };
        }
      }
    }
    if (!dest && this.references && s.charCodeAt(i + 1) !== 40) {
      // Shortcut reference `[label]`, only when the document defines the label.
      const textStart = opener.start + (opener.image ? 2 : 1);
      const label = s.slice(textStart, i);
      if (label.trim() && findLabelEnd(s, textStart) === i && this.isDefined(label)) {
        form = 'reference';
        dest = { destination: label, dStart: textStart, dEnd: i, title: undefined, end: i + 1 };
      }
    }
    if (!dest) return -1;
    this.flushText(i);
    const children = this.out.splice(opener.index + 1);
    this.out.length = opener.index; // drop the `[` token
    processEmphasis(this.delims, opener.delimBase, this);
    this.delims.length = opener.delimBase;
    if (!opener.image) for (const b of this.brackets) if (!b.image) b.active = false;
    const token: LinkToken = {
      kind: 'link', image: opener.image, form, start: opener.start, end: dest.end,
      destination: dest.destination, destinationRange: { start: dest.dStart, end: dest.dEnd }, title: dest.title,
      textStart: opener.start + (opener.image ? 2 : 1), textEnd: i, children,
    };
    this.out.push(token);
    return dest.end;
  }

  /** `[!NOTE]`, `[!INCLUDE[..](..)]`, `[!code-x[..](..)]`, `[!div …]`, `[!VIDEO …]`. */
  private docfxBracket(i: number): number {
    const s = this.s;
    let j = i + 2;
    while (j < this.n && (isAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 45)) j++;
    const name = s.slice(i + 2, j);
    if (name.length === 0) return -1;
    const upper = name.toUpperCase();
    if (ALERTS.has(upper) && s.charCodeAt(j) === 93) {
      return this.push({ kind: 'docfx', docfx: 'alert', value: upper, start: i, end: j + 1 });
    }
    if (upper === 'INCLUDE' || upper.startsWith('CODE-')) {
      if (s.charCodeAt(j) !== 91) return -1;
      const labelEnd = findLabelEnd(s, j + 1);
      if (labelEnd < 0 || s.charCodeAt(labelEnd + 1) !== 40) return -1;
      const d = parseInlineDestination(s, labelEnd + 2);
      if (!d || s.charCodeAt(d.end) !== 93) return -1;
      const kind: DocfxKind = upper === 'INCLUDE' ? 'include' : 'code';
      return this.push({ kind: 'docfx', docfx: kind, value: d.destination, start: i, end: d.end + 1 });
    }
    if (upper === 'DIV' || upper === 'VIDEO') {
      const close = s.indexOf(']', j);
      const nl = s.indexOf('\n', j);
      if (close < 0 || (nl >= 0 && nl < close)) return -1;
      return this.push({ kind: 'docfx', docfx: upper === 'DIV' ? 'div' : 'video', value: s.slice(j, close).trim(), start: i, end: close + 1 });
    }
    return -1;
  }

  private angle(i: number): number {
    const s = this.s;
    if (s.startsWith('xref:', i + 1)) {
      const close = s.indexOf('>', i + 6);
      if (close > 0) {
        const raw = s.slice(i + 6, close);
        if (!/[\s<]/.test(raw)) return this.push({ kind: 'docfx', docfx: 'xref', value: stripXrefQuery(raw), start: i, end: close + 1 });
      }
    }
    const auto = parseAutolink(s, i);
    if (auto > 0) return this.push({ kind: 'autolink', url: s.slice(i + 1, auto - 1), bare: false, start: i, end: auto });
    const html = parseHtml(s, i);
    if (html) return this.push(html);
    return -1;
  }

  private entity(i: number): number {
    const s = this.s;
    let j = i + 1;
    let decoded: string | undefined;
    if (s.charCodeAt(j) === 35) {
      j++;
      const hex = s.charCodeAt(j) === 120 || s.charCodeAt(j) === 88;
      if (hex) j++;
      const digitsStart = j;
      while (j < this.n && j - digitsStart < 8 && (hex ? isHex(s.charCodeAt(j)) : isDigit(s.charCodeAt(j)))) j++;
      if (j === digitsStart || s.charCodeAt(j) !== 59) return -1;
      const value = parseInt(s.slice(digitsStart, j), hex ? 16 : 10);
      decoded = value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '\ufffd';
    } else {
      while (j < this.n && j - i <= 32 && isAlnum(s.charCodeAt(j))) j++;
      if (j === i + 1 || !isAlpha(s.charCodeAt(i + 1)) || s.charCodeAt(j) !== 59) return -1;
      decoded = ENTITIES[s.slice(i + 1, j)];
    }
    return this.push({ kind: 'entity', raw: s.slice(i, j + 1), decoded, start: i, end: j + 1 });
  }

  /**
   * `{name}`, `{0}`, `{{name}}`: no spaces inside, starts with a letter, digit or underscore. Braces that group TeX
   * (`M_{11}`, `x^{2}`, `\frac{a}{b}`, anything between `$` delimiters) are math, not placeholders.
   */
  private placeholder(i: number): number {
    const s = this.s;
    if (isTexGroup(s, i) || this.inMath(i)) return -1;
    const double = s.charCodeAt(i + 1) === 123;
    let j = i + (double ? 2 : 1);
    const first = s.charCodeAt(j);
    if (!(isAlnum(first) || first === 95)) return -1;
    const limit = Math.min(this.n, j + 64);
    while (j < limit) {
      const c = s.charCodeAt(j);
      if (c === 125 || c === 123 || isSpaceCode(c) || c === 96 || c === 60 || c === 62 || c === 34) break;
      j++;
    }
    if (s.charCodeAt(j) !== 125) return -1;
    if (double) {
      if (s.charCodeAt(j + 1) !== 125) return -1;
      j++;
    }
    return this.push({ kind: 'placeholder', raw: s.slice(i, j + 1), start: i, end: j + 1 });
  }

  /** `:::image …:::`, `:::no-loc text="…":::`, `::: moniker …` (to the end of the line). */
  private colonDirective(i: number): number {
    const s = this.s;
    let j = i + 3;
    while (s.charCodeAt(j) === 32) j++;
    const nameStart = j;
    while (j < this.n && (isAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 45)) j++;
    const name = s.slice(nameStart, j).toLowerCase();
    if (!name) return -1;
    const close = s.indexOf(':::', j);
    const nl = s.indexOf('\n', j);
    const lineEnd = nl < 0 ? this.n : nl;
    const inlineEnd = close >= 0 && close < lineEnd ? close + 3 : -1;
    const body = inlineEnd > 0 ? s.slice(j, close) : s.slice(j, lineEnd);
    const end = inlineEnd > 0 ? inlineEnd : lineEnd;
    if (name === 'no-loc') {
      const text = attributeValue(body, 'text');
      if (text === undefined || inlineEnd < 0) return -1;
      return this.push({ kind: 'docfx', docfx: 'no-loc', value: text, start: i, end });
    }
    if (name === 'image') {
      if (inlineEnd < 0) return -1;
      return this.push({ kind: 'docfx', docfx: 'image', value: attributeValue(body, 'source') ?? body.trim(), start: i, end });
    }
    if (nameStart === i + 3 && inlineEnd > 0) {
      return this.push({ kind: 'docfx', docfx: 'directive', value: name + ' ' + (attributeValue(body, 'source') ?? body.trim()), start: i, end });
    }
    return this.push({ kind: 'docfx', docfx: 'directive', value: (name + ' ' + body.trim()).trim(), start: i, end });
  }

  /** DocFX `@uid`: after whitespace, `(` or the start, a letter or `_` and uid characters. */
  private atUid(i: number): number {
    const s = this.s;
    if (i > 0) {
      const p = s.charCodeAt(i - 1);
      if (!(isSpaceCode(p) || p === 40)) return -1;
    }
    let j = i + 1;
    const first = s.charCodeAt(j);
    if (!(isAlpha(first) || first === 95)) return -1;
    while (j < this.n) {
      const c = s.charCodeAt(j);
      if (isAlnum(c) || c === 95 || c === 46 || c === 96 || c === 35 || c === 42 || c === 45) j++;
      else break;
    }
    while (j > i + 2 && s.charCodeAt(j - 1) === 46) j--; // a full stop ends the sentence, not the uid
    // A uid is a qualified name (`@System.String`, `@Html.Raw`, `@System.String.Format*`): a single word after `@` is a
    // mention or a handle (`@medikoo`, `@mention`, which a translation may translate), not a cross-reference.
    const uid = s.slice(i + 1, j);
    if (!/[.#*]/.test(uid)) return -1;
    return this.push({ kind: 'docfx', docfx: 'xref', value: s.slice(i + 1, j), start: i, end: j });
  }

  /**
   * GFM extended autolinks as DocFX's markdown engine reads them: `http://`, `https://` or `www.` after white space,
   * the start, or one of `*`, `_`, `~`, `(`; the domain has a period; the URL ends at white space, `<`, `>`, an
   * unbalanced `)`, and trailing punctuation.
   */
  private bareUrl(i: number): number {
    const s = this.s;
    if (i > 0) {
      const p = s.charCodeAt(i - 1);
      if (!(isSpaceCode(p) || p === 0xa0 || p === 42 || p === 95 || p === 126 || p === 40)) return -1;
    }
    let j: number;
    if (s.startsWith('https://', i)) j = i + 8;
    else if (s.startsWith('http://', i)) j = i + 7;
    else if (s.startsWith('www.', i)) j = i + 4;
    else return -1;
    const bodyStart = j;
    let depth = 0;
    while (j < this.n) {
      const c = s.charCodeAt(j);
      // An example placeholder `&lt;…&gt;` is part of the URL even with spaces or quotes in it: a translated
      // placeholder (`&lt;شركة "التعمير"&gt;` for `&lt;contoso&gt;`) is a name, not the end of the URL.
      if (c === 38 && s.startsWith('&lt;', j)) {
        const close = s.indexOf('&gt;', j + 4);
        if (close > 0 && close - j <= 80 && !/[<>\n]/.test(s.slice(j + 4, close))) {
          j = close + 4;
          continue;
        }
      }
      // `>` too: it cannot stand in a URL, and after `\<http://…>` it closes what the writer meant as the URL.
      if (isSpaceCode(c) || c === 60 || c === 62 || c === 0xa0 || c === 92 || c === 93 || c === 96 || c === 34) break;
      if (c === 40) depth++;
      else if (c === 41 && --depth < 0) break;
      j++;
    }
    // The domain needs a period (`https://adresu` is text).
    let domainEnd = bodyStart;
    while (domainEnd < j && s.charCodeAt(domainEnd) !== 47 && s.charCodeAt(domainEnd) !== 63 && s.charCodeAt(domainEnd) !== 35) domainEnd++;
    if (s.slice(bodyStart, domainEnd).replace(/\.+$/, '').indexOf('.') < 0) return -1;
    // Trailing punctuation and unbalanced `)` are not part of the URL.
    for (;;) {
      const c = s.charCodeAt(j - 1);
      if (j > bodyStart && (c === 63 || c === 33 || c === 46 || c === 44 || c === 58 || c === 42 || c === 95 || c === 126 || c === 39 || c === 34)) {
        j--;
        continue;
      }
      if (j > bodyStart && c === 41) {
        let open = 0;
        let close = 0;
        for (let k = i; k < j; k++) {
          const d = s.charCodeAt(k);
          if (d === 40) open++;
          else if (d === 41) close++;
        }
        if (close > open) {
          j--;
          continue;
        }
      }
      break;
    }
    if (j <= bodyStart) return -1;
    return this.push({ kind: 'autolink', url: s.slice(i, j), bare: true, start: i, end: j });
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function stripXrefQuery(uid: string): string {
  const q = uid.indexOf('?');
  return q >= 0 ? uid.slice(0, q) : uid;
}

function attributeValue(body: string, name: string): string | undefined {
  const re = new RegExp('(?:^|\\s)' + name + '\\s*=\\s*"([^"]*)"');
  const m = re.exec(body);
  return m ? m[1] : undefined;
}

function flanking(s: string, start: number, end: number, c: number): { canOpen: boolean; canClose: boolean } {
  const beforeSpace = isFlankSpace(s, start - 1);
  const afterSpace = isFlankSpace(s, end);
  const beforePunct = isFlankPunct(s, start - 1);
  const afterPunct = isFlankPunct(s, end);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  if (c === 95) {
    return { canOpen: left && (!right || beforePunct), canClose: right && (!left || afterPunct) };
  }
  return { canOpen: left, canClose: right };
}

/** The CommonMark "process emphasis" procedure over `delims[base..]`. */
function processEmphasis(delims: DelimiterToken[], base: number, stats: EmphasisStats): void {
  for (let ci = base; ci < delims.length; ci++) {
    const closer = delims[ci];
    if (!closer.canClose || !closer.live || closer.remaining === 0) continue;
    let matched = true;
    while (matched && closer.remaining > 0) {
      matched = false;
      for (let oi = ci - 1; oi >= base; oi--) {
        const opener = delims[oi];
        if (opener.char !== closer.char || !opener.canOpen || !opener.live || opener.remaining === 0) continue;
        if (closer.char !== '~' && (opener.canClose || closer.canOpen)) {
          const originalOpener = opener.end - opener.start;
          const originalCloser = closer.end - closer.start;
          if ((originalOpener + originalCloser) % 3 === 0 && !(originalOpener % 3 === 0 && originalCloser % 3 === 0)) continue;
        }
        if (closer.char === '~' && opener.remaining !== closer.remaining) continue;
        const use = closer.char === '~' ? 2 : opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
        const kind: EmphasisKind = closer.char === '~' ? 'strike' : use === 2 ? 'strong' : 'em';
        const openerUsedStart = opener.start + opener.remaining - use;
        const closerUsedEnd = closer.start + (closer.end - closer.start - closer.remaining) + use;
        opener.remaining -= use;
        closer.remaining -= use;
        stats[kind]++;
        stats.spans.push({ kind, start: openerUsedStart, end: closerUsedEnd });
        // Delimiters between opener and closer can no longer match.
        for (let k = oi + 1; k < ci; k++) delims[k].live = false;
        matched = true;
        break;
      }
    }
  }
}

/** After `(`: destination and optional title, then `)`. Returns undefined when this is not an inline link tail. */
function parseInlineDestination(s: string, from: number):
  { destination: string; dStart: number; dEnd: number; title: string | undefined; end: number } | undefined {
  const n = s.length;
  let i = skipSpaces(s, from, true);
  let dStart = i;
  let dEnd: number;
  let destination: string;
  if (s.charCodeAt(i) === 60) {
    let j = i + 1;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 10 || c === 60) return undefined;
      if (c === 92 && j + 1 < n) {
        j += 2;
        continue;
      }
      if (c === 62) break;
      j++;
    }
    if (j >= n) return undefined;
    dStart = i + 1;
    dEnd = j;
    destination = s.slice(dStart, dEnd);
    i = j + 1;
  } else {
    let depth = 0;
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 92 && j + 1 < n && ASCII_PUNCT[s.charCodeAt(j + 1)] === 1) {
        j += 2;
        continue;
      }
      if (c <= 32) break;
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    if (depth !== 0) return undefined;
    dEnd = j;
    destination = s.slice(dStart, dEnd);
    i = j;
  }
  let title: string | undefined;
  const afterDest = i;
  i = skipSpaces(s, i, true);
  const q = s.charCodeAt(i);
  if (i > afterDest && (q === 34 || q === 39 || q === 40)) {
    const close = q === 40 ? 41 : q;
    let j = i + 1;
    while (j < n && s.charCodeAt(j) !== close) {
      if (s.charCodeAt(j) === 92) j++;
      j++;
    }
    if (j >= n) return undefined;
    title = s.slice(i + 1, j);
    i = skipSpaces(s, j + 1, true);
  }
  if (s.charCodeAt(i) !== 41) return undefined;
  return { destination, dStart, dEnd, title, end: i + 1 };
}

function skipSpaces(s: string, i: number, oneNewline: boolean): number {
  let newlines = 0;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if ((c === 10 || c === 13) && oneNewline && newlines === 0) {
      newlines++;
      i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else return i;
  }
}

/** From just after `[`: the offset of the `]` that ends a link label, or -1. */
function findLabelEnd(s: string, from: number): number {
  const limit = Math.min(s.length, from + 999);
  let i = from;
  while (i < limit) {
    const c = s.charCodeAt(i);
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === 91) return -1;
    if (c === 93) return i;
    i++;
  }
  return -1;
}

/** `<scheme:…>` or `<email>`: returns the offset after `>`, or -1. */
function parseAutolink(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  if (isAlpha(s.charCodeAt(j))) {
    j++;
    while (j < n && j - i <= 33) {
      const c = s.charCodeAt(j);
      if (isAlnum(c) || c === 43 || c === 46 || c === 45) j++;
      else break;
    }
    const schemeLength = j - i - 1;
    if (s.charCodeAt(j) === 58 && schemeLength >= 2 && schemeLength <= 32) {
      j++;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 62) return j + 1;
        if (c <= 32 || c === 60) return -1;
        j++;
      }
      return -1;
    }
  }
  // Email autolink.
  j = i + 1;
  let at = -1;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 64) {
      if (at >= 0 || j === i + 1) return -1;
      at = j;
    } else if (c === 62) {
      return at > 0 && j > at + 1 ? j + 1 : -1;
    } else if (!(isAlnum(c) || (at < 0 ? ".!#$%&'*+/=?^_`{|}~-".includes(s[j]) : c === 45 || c === 46))) {
      return -1;
    }
    j++;
  }
  return -1;
}

/**
 * An inline HTML tag at `i` (CommonMark rules, with `:` allowed in tag names for XML namespaces such as `<o:p>`),
 * or a comment, processing instruction or declaration.
 */
function parseHtml(s: string, i: number): HtmlToken | undefined {
  const n = s.length;
  let j = i + 1;
  const c1 = s.charCodeAt(j);
  if (c1 === 33) {
    if (s.startsWith('!--', j)) {
      const close = s.indexOf('-->', j + 3);
      if (close < 0) return undefined;
      return { kind: 'html', name: '!--', closing: false, selfClosing: true, attributes: new Map(), start: i, end: close + 3 };
    }
    if (s.startsWith('![CDATA[', j)) {
      const close = s.indexOf(']]>', j);
      if (close < 0) return undefined;
      return { kind: 'html', name: '!', closing: false, selfClosing: true, attributes: new Map(), start: i, end: close + 3 };
    }
    if (isAlpha(s.charCodeAt(j + 1))) {
      const close = s.indexOf('>', j);
      if (close < 0) return undefined;
      return { kind: 'html', name: '!', closing: false, selfClosing: true, attributes: new Map(), start: i, end: close + 1 };
    }
    return undefined;
  }
  if (c1 === 63) {
    const close = s.indexOf('?>', j);
    if (close < 0) return undefined;
    return { kind: 'html', name: '?', closing: false, selfClosing: true, attributes: new Map(), start: i, end: close + 2 };
  }
  const closing = c1 === 47;
  if (closing) j++;
  const nameStart = j;
  if (!isAlpha(s.charCodeAt(j))) return undefined;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (isAlnum(c) || c === 45 || c === 58) j++;
    else break;
  }
  const name = s.slice(nameStart, j).toLowerCase();
  if (closing) {
    j = skipHtmlSpace(s, j);
    if (s.charCodeAt(j) !== 62) return undefined;
    return { kind: 'html', name, closing: true, selfClosing: false, attributes: new Map(), start: i, end: j + 1 };
  }
  const attributes = new Map<string, string>();
  for (;;) {
    const afterSpace = skipHtmlSpace(s, j);
    const c = s.charCodeAt(afterSpace);
    if (c === 62) return { kind: 'html', name, closing: false, selfClosing: false, attributes, start: i, end: afterSpace + 1 };
    if (c === 47 && s.charCodeAt(afterSpace + 1) === 62) {
      return { kind: 'html', name, closing: false, selfClosing: true, attributes, start: i, end: afterSpace + 2 };
    }
    if (afterSpace === j) return undefined; // an attribute needs whitespace before it
    j = afterSpace;
    const an = s.charCodeAt(j);
    if (!(isAlpha(an) || an === 95 || an === 58)) return undefined;
    const attrStart = j;
    while (j < n) {
      const c2 = s.charCodeAt(j);
      if (isAlnum(c2) || c2 === 95 || c2 === 46 || c2 === 58 || c2 === 45) j++;
      else break;
    }
    const attrName = s.slice(attrStart, j).toLowerCase();
    let value = '';
    const beforeEq = skipHtmlSpace(s, j);
    if (s.charCodeAt(beforeEq) === 61) {
      let v = skipHtmlSpace(s, beforeEq + 1);
      const q = s.charCodeAt(v);
      if (q === 34 || q === 39) {
        const close = s.indexOf(s[v], v + 1);
        if (close < 0) return undefined;
        value = s.slice(v + 1, close);
        j = close + 1;
      } else {
        const vs = v;
        while (v < n) {
          const c3 = s.charCodeAt(v);
          if (c3 <= 32 || c3 === 34 || c3 === 39 || c3 === 61 || c3 === 60 || c3 === 62 || c3 === 96) break;
          v++;
        }
        if (v === vs) return undefined;
        value = s.slice(vs, v);
        j = v;
      }
    }
    attributes.set(attrName, value);
  }
}

function skipHtmlSpace(s: string, j: number): number {
  while (isSpaceCode(s.charCodeAt(j))) j++;
  return j;
}

/** Whether the `{` at `i` opens a TeX group: after `_`, `^`, `}` or a `\command`. */
function isTexGroup(s: string, i: number): boolean {
  const before = s.charCodeAt(i - 1);
  if (before === 95 /* _ */ || before === 94 /* ^ */ || before === 125 /* } */) return true;
  let k = i - 1;
  while (k >= 0 && ((s.charCodeAt(k) | 32) >= 97 && (s.charCodeAt(k) | 32) <= 122)) k--;
  if (k < i - 1 && s.charCodeAt(k) === 92 /* \ */) return true;
  return false;
}

/** CommonMark label matching: case-insensitive, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Link reference definitions: normalized label → destination as written (without `<>`). */
export type ReferenceDefinitions = ReadonlyMap<string, string>;

/**
 * The link reference definitions (`[label]: destination`) of a whole document, labels normalized for
 * `tokenizeInline`. As in CommonMark, the first definition of a label wins.
 */
export function referenceDefinitions(documentText: string): Map<string, string> {
  const definitions = new Map<string, string>();
  // Only a `[` with at most three spaces between it and a line start can open a definition: the expression is tried
  // at those places alone (one `indexOf` hop per bracket), not at every line of the text. A definition may run across
  // a lone `\r` or U+2028, which also start lines for `^` with the `m` flag: places inside a match are skipped, as
  // a global search would.
  let after = 0;
  for (let at = documentText.indexOf('['); at >= 0; at = documentText.indexOf('[', at + 1)) {
    let lineStart = at;
    while (lineStart > 0 && at - lineStart < 3 && documentText.charCodeAt(lineStart - 1) === 32) lineStart--;
    if (lineStart < after || !(lineStart === 0 || isLineTerminator(documentText.charCodeAt(lineStart - 1)))) continue;
    DEFINITION.lastIndex = lineStart;
    const m = DEFINITION.exec(documentText);
    if (m === null) continue;
    after = DEFINITION.lastIndex;
    const label = normalizeLabel(m[1]);
    if (!definitions.has(label)) definitions.set(label, m[2] ?? m[3]);
  }
  return definitions;
}

/** A link reference definition at a line start (see `referenceDefinitions`). */
const DEFINITION = / {0,3}\[((?:[^[\]\\\n]|\\.){1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))/y;

/** The characters after which `^` matches with the `m` flag. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

export interface InlineOptions {
  /**
   * Labels defined in the document (see `referenceDefinitions`). When given, `[text][label]`, `[text][]` and
   * `[label]` are links only if their label is defined, as in CommonMark; when omitted, full and collapsed
   * references always count as links.
   */
  readonly references?: ReferenceDefinitions;
}

const NO_SPANS: readonly EmphasisSpan[] = Object.freeze([]);
const NO_DELIMITERS: readonly DelimiterToken[] = Object.freeze([]);

/**
 * The offset of the first character of `s` that may start markup, or -1 when none can: then the scanner would give
 * one text token and nothing else. Each test below is a case where `Scanner.special` answers plain text, with no
 * other effect, whatever comes before; anything else (a `*`, a backtick, a `[`...) is left to the scanner.
 */
function firstMarkup(s: string): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || SPECIAL[c] === 0) continue;
    const d = s.charCodeAt(i + 1);
    switch (c) {
      case 32: // spaces are a hard break only before a line end
        if (d === 32) {
          let j = i + 2;
          while (s.charCodeAt(j) === 32) j++;
          const e = s.charCodeAt(j);
          if (e === 10 || e === 13) return i;
          i = j - 1;
        }
        continue;
      case 104: // h: a bare URL starts `http`
        if (d === 116 && s.startsWith('http', i)) return i;
        continue;
      case 119: // w: `www.`
        if (d === 119) return i;
        continue;
      case 33: // !: an image starts `![`
        if (d === 91) return i;
        continue;
      case 58: // :: a directive starts `:::`
        if (d === 58) return i;
        continue;
      case 93: // ]: closes only a bracket opened before, and a `[` is not plain
        continue;
      case 38: // &: an entity is `&#` or `&` and a letter
        if (d === 35 || isAlpha(d)) return i;
        continue;
      case 123: // {: a placeholder starts `{{`, `{` and a letter, digit or `_`
        if (d === 123 || d === 95 || isAlnum(d)) return i;
        continue;
      default:
        return i;
    }
  }
  return -1;
}

/**
 * The tokens of a half of `length` characters that is one run of text. Text tokens have no state, so the lists of
 * the usual lengths are made once, frozen, and shared by every such half (most halves are plain text).
 */
function plainTokens(length: number): readonly InlineToken[] {
  if (length === 0) return NO_TOKENS;
  if (length >= PLAIN_TOKENS.length) return [{ kind: 'text', start: 0, end: length }];
  return (PLAIN_TOKENS[length] ??= Object.freeze([Object.freeze({ kind: 'text', start: 0, end: length })]));
}
const NO_TOKENS: readonly InlineToken[] = Object.freeze([]);
const PLAIN_TOKENS: (readonly InlineToken[] | undefined)[] = new Array(2048);

/** Tokenizes one half. */
export function tokenizeInline(text: string, options: InlineOptions = {}): InlineParse {
  const from = firstMarkup(text);
  if (from < 0) {
    // Most halves: one run of text, which is its own visible text (the scanner would give the same, with more objects).
    return {
      text, tokens: plainTokens(text.length), emphasis: NO_SPANS,
      strong: 0, em: 0, strike: 0, unmatchedDelimiters: NO_DELIMITERS, visible: text,
    };
  }
  const scanner = new Scanner(text, options.references);
  // What comes before `from` is plain text, as the scanner would have read it.
  const tokens = scanner.run(from);
  const visible = new Visible(text);
  visible.collect(tokens);
  const spans = scanner.spans;
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start);
  // The parse is kept as long as its document: empty lists are shared, and a half that is one run of text is its own
  // visible text.
  return {
    text, tokens, emphasis: spans.length === 0 ? NO_SPANS : spans, strong: scanner.strong, em: scanner.em,
    strike: scanner.strike, unmatchedDelimiters: visible.unmatched ?? NO_DELIMITERS, visible: visible.text,
  };
}

/**
 * The visible text of a half's tokens and its unmatched delimiters, read in one walk. The parts are joined once at
 * the end: a string grown by concatenation stays a chain of pieces, which every check reading it character by
 * character would then walk through.
 */
class Visible {
  readonly parts: string[] = [];
  unmatched: DelimiterToken[] | undefined = undefined;
  constructor(private readonly half: string) {}

  get text(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }

  collect(tokens: readonly InlineToken[]): void {
    const parts = this.parts;
    for (const t of tokens) {
      switch (t.kind) {
        case 'text':
          parts.push(this.half.slice(t.start, t.end));
          break;
        case 'escape':
          parts.push(t.char);
          break;
        case 'entity':
          parts.push(t.decoded ?? t.raw);
          break;
        case 'delimiter':
          if (t.remaining > 0) {
            parts.push(t.char.repeat(t.remaining));
            if (t.canOpen || t.canClose) (this.unmatched ??= []).push(t);
          }
          break;
        case 'hardBreak':
          parts.push('\n');
          break;
        case 'link':
          if (t.image) parts.push(PROTECTED_MARK);
          else this.collect(t.children);
          break;
        default:
          parts.push(PROTECTED_MARK);
      }
    }
  }
}

/** Calls `visit` for every token, depth first, including the children of links and images. */
export function walkTokens(tokens: readonly InlineToken[], visit: (token: InlineToken) => void): void {
  for (const t of tokens) {
    visit(t);
    if (t.kind === 'link') walkTokens(t.children, visit);
  }
}
