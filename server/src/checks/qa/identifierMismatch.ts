/**
 * SX406 identifier-mismatch: an identifier of the English prose (outside code spans, links and URLs) that the
 * translation does not keep verbatim: re-cased (`dbupdateconcurrencyexception`), split by spaces
 * (`System. Data. Entity. dll`), with a separator lost (`simple_send_d2c_message py`), its extension or version
 * dropped (`SIPolicyOn` for `SIPolicyOn.p7b`, `EF` for `EF6`, `.NET` for `.NET 5`), or simply gone (translated).
 *
 * An identifier is a token of the English that no translator localizes: a name with an inner capital
 * (`DbUpdateConcurrencyException`, `SIPolicyOn`), a dotted name or file name (`System.Data.Entity`, `web.config`),
 * a snake_case name, a path (`C:\Users\…`, `~/wwwroot`), letters with digits attached (`EF6`, `netcoreapp3.1`), or a
 * product name with its version (`C# 8`, `.NET 5`, `GPIO 5`). Capitalised words (`Microsoft Teams`) are not
 * identifiers. It is kept when it occurs anywhere in the translation, code spans included, and an inflection ending
 * after it (`SharePointu`, `Azure'a`) is allowed.
 *
 * The fix replaces the damaged span with the identifier only when the span has the identifier's letters and digits
 * in the same order and differs only in case, spaces or a separator written as a space; it changes no word of the
 * translation, so it is the preferred fix.
 */
import type { Check, CheckContext, Fix } from '../types';
import { targetRange, UnitPair } from './pair';
import { overlapsProtected } from './plainText';
import { escapeChar, LooseIdentifier, loosePattern } from './identifierScan';
import { namedAsCode, partlyTranslatedName, reportTranslatedCommandLinks, reportTranslatedCommands, reportTranslatedKeywords } from './translatedIdentifier';

/** A candidate token of the English prose: words joined by `.`, `\`, `/`, `_` or `-`, with a path prefix. */
const CANDIDATE = /(?:[A-Za-z]:\\|%[A-Za-z_]+%[\\/]|~\/|\.\.?\/|\/(?=[\p{L}\p{N}_]+\/)|\.(?=[A-Za-z]))?[\p{L}\p{N}_]+[#+]*(?:[.\\/-][\p{L}\p{N}_]+[#+]*)*/gu;
/** A product or API name followed by a version: `C# 8`, `.NET 5`, `GPIO 5`, `EF 6`. */
const VERSIONED = /(?<![\p{L}\p{N}_.])((?:(?:ASP)?\.NET(?: Core| Framework)?|[A-Z][A-Z0-9]*[A-Z](?:\+\+|#)?|[CF]#|C\+\+))[ \u00a0](\d+(?:\.(?:\d+|x))*)(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])/gu;
/** Words that are written with a digit but are localized: quarters and fiscal years (`Q1` → `T1`, `FY21` → `EF21`). */
const LOCALIZED = /^(?:Q[1-4]|H[12]|FY\d{2,4}|[A-Z]?\d+[a-z]*)$/;
const NON_LATIN = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Thai}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}_]/u;
/** TeX math (`$Z_0 Z_1$`, `$$…$$`): not prose. */
const MATH = /\$\$[^$]*\$\$|\$[^$\s][^$]*\$/g;
/** A TeX command: a unit that has one writes math, where `_`, `\` and `^` are not identifiers. */
/** A TeX row break ending a line of a formula split across units (`au_1+bv_1\\\\`, markdown's `\\\\` being TeX's `\\`). */
const TEX_ROW_END = /\\{2,}\s*$/;
const TEX = /\\(?:frac|sum|prod|begin|end|left|right|rangle|langle|otimes|oplus|qquad|quad|math[a-z]+|sqrt|pi|alpha|beta|gamma|delta|theta|sigma|lambda|psi|phi|dagger|ket|bra|cdot|equiv|text|hat|bar|vec|partial|int|infty|le|ge|neq|approx|times|operatorname|uparrow|downarrow)(?![A-Za-z])/;
/** File extensions: a name that lost one (`SIPolicyOn` for `SIPolicyOn.p7b`) is damage. */
const EXTENSIONS = new Set(('exe dll config json xml cs vb fs cshtml vbhtml razor aspx ascx asax ashx asmx master md txt ps1 psm1 psd1 '
  + 'py js ts jsx tsx mjs p7b cer crt pem pfx p12 key csproj vbproj fsproj sln props targets proj nupkg snupkg nuspec zip msi '
  + 'msix appx bat cmd sh yml yaml html htm css scss less svg png jpg jpeg gif pdf docx xlsx pptx csv resx xaml edmx mdf ldf '
  + 'bak sql ini cfg log dat bin sys inf reg cab iso vhd vhdx jar java cpp h c go rb php pbix pbit bicep tf').split(' '));
/** Top-level domains: a domain name is not case-sensitive and names a service translators may localize (`Outlook.com`). */
const NAMESPACE_ROOTS = /^(?:System|Microsoft|Windows|Azure|Newtonsoft|NuGet|Android|Java|Xamarin|Foundation|UIKit)$/;
const DOMAIN = /\.(?:com|org|net|io|ms|gov|edu|info|azure|dev)$/i;

function isAbbreviation(segments: readonly string[]): boolean {
  // `e.g`, `i.e`, `U.S`, `a.m`, `Ph.D`
  return segments.every(s => s.length <= 2 && /^[A-Za-z]+$/.test(s));
}

/** True when a token without `\` or `/` is an identifier. */
function isIdentifier(token: string): boolean {
  if (!/[A-Za-z]/.test(token) || /^\d+x\d+$/.test(token)) return false;
  if (token.startsWith('.')) return /^\.[A-Za-z][\p{L}\p{N}_]*$/u.test(token) && /[A-Z]{2}|^\.[a-z]{2,}$/.test(token);
  if (token.includes('.')) {
    const segments = token.split('.');
    if (isAbbreviation(segments) || segments.some(seg => seg.includes('-'))) return false;
    // "month.11": a full stop without its space before a number.
    if (/^[a-z]{3,}\.\d+$/.test(token)) return false;
    // A quantity with its magnitude or unit (`2.5M`, `1.5GB`): a number, which languages write with a space or a word
    // (`2.5 millones`); SX401 compares its value.
    if (/^\d+\.\d+[A-Za-z]{1,3}$/.test(token)) return false;
    // "sentence.Next": a full stop without its space.
    if (segments.length === 2 && /^[a-z]{2,}$/.test(segments[0]) && /^[A-Z][a-z]+$/.test(segments[1])) return false;
    return segments.every(s => s.length > 0);
  }
  if (/[\p{L}\p{N}]_|_[\p{L}\p{N}]/u.test(token)) return true;
  if (LOCALIZED.test(token)) return false;
  if (/[a-z][A-Z]/.test(token)) return true;
  if (/[A-Z]{2,}[a-z]/.test(token) && !/^[A-Z]{2,}s$/.test(token)) return true;
  return /[A-Za-z]\d/.test(token);
}

/** The identifiers of an English token (hyphenated and slashed words are read part by part, paths whole). */
function identifiersOf(token: string, out: string[]): void {
  if (/^(?:[A-Za-z]:\\|%|~\/|\.\.?\/|\/)/.test(token) || token.includes('\\')) {
    if (/[A-Za-z]/.test(token)) out.push(token);
    return;
  }
  // Most tokens have no `/` or `-`: they are read without splitting.
  if (!token.includes('/')) slashPartIdentifiers(token, out);
  else for (const slashPart of token.split('/')) slashPartIdentifiers(slashPart, out);
}

function slashPartIdentifiers(slashPart: string, out: string[]): void {
  if (slashPart.includes('.') || slashPart.includes('_')) {
    if (isIdentifier(slashPart)) {
      out.push(slashPart);
      return;
    }
  }
  if (!slashPart.includes('-')) {
    if (slashPart && isIdentifier(slashPart)) out.push(slashPart);
    return;
  }
  for (const part of slashPart.split('-')) if (part && isIdentifier(part)) out.push(part);
}

interface Wanted {
  /** The identifier as the English writes it. */
  readonly text: string;
  /** For a versioned name: the name and the version. */
  readonly name?: string;
  readonly version?: string;
}

/**
 * True for a token that `identifiersOf` finds nothing in: letters with at most a capital first, and none of the
 * digits, separators or path prefixes an identifier needs. Most words of the prose are such, and this costs less
 * than reading them as identifiers.
 */
function plainWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    // 0-9, `#`, `%`, `+`, `-`, `.`, `/`, `:`, `\`, `_`, `~`, and A-Z after the first character.
    if ((c >= 48 && c <= 58) || c === 35 || c === 37 || c === 43 || c === 45 || c === 46 || c === 47 || c === 92 || c === 95
      || c === 126 || (i > 0 && c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** True when the UTF-16 unit before `at` is a letter, digit or `_` (half a surrogate pair is neither). */
function wordUnitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return /[\p{L}\p{N}_]/u.test(text[at - 1]);
}

/**
 * By ASCII code: 0 for a character that no match of `CANDIDATE` holds, 1 for a lower-case letter, 3 for a capital, 2
 * for the other characters a match may hold, each of which makes it more than a plain word (`plainWord`).
 */
const CANDIDATE_CHAR = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CANDIDATE_CHAR[c] = 1;
for (let c = 65; c <= 90; c++) CANDIDATE_CHAR[c] = 3;
for (const c of '0123456789#%+-./:\\_~') CANDIDATE_CHAR[c.charCodeAt(0)] = 2;

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * The matches of `CANDIDATE` in `visible` that are not plain words (`plainWord`), in order. Most words of the English
 * are plain, so the expression runs only on the stretches between characters no match holds (a space, a comma...)
 * that have a character other than a letter or a capital after their first: a match never crosses such a character,
 * so the matches found from a stretch's start are the ones found from the text's start.
 */
export function candidateMatches(visible: string): readonly RegExpExecArray[] {
  let out: RegExpExecArray[] | undefined;
  const n = visible.length;
  let start = 0;
  let marked = false;
  for (let i = 0; i <= n; i++) {
    // Past the end counts as a character no match holds. Other characters than ASCII may be letters or digits.
    const c = i < n ? visible.charCodeAt(i) : 32;
    if (c >= 128) continue;
    const k = CANDIDATE_CHAR[c];
    if (k === 0) {
      if (marked) {
        // `exec` on the module's expression rather than `matchAll`, which copies the expression on every call.
        CANDIDATE.lastIndex = start;
        for (let m = CANDIDATE.exec(visible); m !== null && m.index < i; m = CANDIDATE.exec(visible)) {
          if (!plainWord(m[0])) (out ??= []).push(m);
        }
        marked = false;
      }
      start = i + 1;
    } else if (k === 2 || (k === 3 && i > start)) {
      marked = true;
    }
  }
  return out ?? NO_MATCHES;
}

/** A product name with its version has a space or no-break space before an ASCII digit. */
const SPACE_DIGIT = /[ \u00a0]\d/;

const NO_IDENTIFIERS: readonly Wanted[] = [];

/** The identifiers of the English prose, each once, in order; a text with none allocates no list. */
function englishIdentifiers(english: string): readonly Wanted[] {
  const visible = english.includes('$') ? english.replace(MATH, m => ' '.repeat(m.length)) : english;
  let seen: Set<string> | undefined;
  let out: Wanted[] | undefined;
  let found: string[] | undefined;
  // A TeX command starts with `\`.
  const tex = visible.includes('\\') && (TEX.test(visible) || TEX_ROW_END.test(visible));
  for (const m of candidateMatches(visible)) {
    // Part of a longer word (`x%windir%\a`): skip.
    if (wordUnitBefore(visible, m.index)) continue;
    if (found === undefined) found = [];
    else found.length = 0;
    identifiersOf(m[0], found);
    for (const text of found) {
      if (tex && /[\\_^]/.test(text)) continue;
      if (seen === undefined) {
        seen = new Set();
        out = [];
      }
      if (!seen.has(text)) {
        seen.add(text);
        out!.push({ text });
      }
    }
  }
  if (SPACE_DIGIT.test(visible)) {
    VERSIONED.lastIndex = 0;
    for (let m = VERSIONED.exec(visible); m !== null; m = VERSIONED.exec(visible)) {
      const text = m[0].replace(/\u00a0/g, ' ');
      if (seen?.has(text)) continue;
      (seen ??= new Set()).add(text);
      (out ??= []).push({ text, name: m[1], version: m[2] });
    }
  }
  return out ?? NO_IDENTIFIERS;
}

/**
 * True when `at` starts a word of the translation: no Latin letter, digit or underscore before it (a path that starts
 * with `/` starts a word anywhere). A dot after a letter or digit joins (`status.nuget.org` does not hold `nuget.org`).
 */
function startsWord(text: string, at: number): boolean {
  if (at === 0 || text[at] === '/') return true;
  if (text[at - 1] === '.') return at < 2 || !LATIN_OR_DIGIT.test(text[at - 2]);
  return !LATIN_OR_DIGIT.test(text[at - 1]);
}

/** True when a match ends a word: no digit or underscore after it (letters are an inflection ending: `SharePointu`). */
function endsWord(text: string, end: number): boolean {
  return end >= text.length || !/[\p{N}_]/u.test(text[end]);
}

function containsWord(text: string, identifier: string): boolean {
  for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + 1)) {
    if (startsWord(text, at) && endsWord(text, at + identifier.length)) return true;
  }
  return false;
}

/** True when `halfWidth` would change `s`. */
const FULL_WIDTH_OR_NBSP = /[\u00a0\uff1a\uff0f\uff3c]/;

function halfWidth(s: string): string {
  if (!FULL_WIDTH_OR_NBSP.test(s)) return s;
  return s.replace(/\u00a0/g, ' ').replace(/\uff1a/g, ':').replace(/\uff0f/g, '/').replace(/\uff3c/g, '\\');
}

/** The unit's translation as `kept` compares it, computed once per unit. */
interface Target {
  /** The text and the visible text with full-width `：／＼` made half-width. */
  readonly t: string;
  readonly v: string;
}

function kept(w: Wanted, target: Target): boolean {
  // Full-width `：／＼` in a path are SX410's (`C：\Users` for `C:\Users`).
  const { t, v } = target;
  if (containsWord(t, w.text) || containsWord(v, w.text)) return true;
  // A versioned name is damaged when its version is lost: `C# w wersji 8` keeps it, and a name that is only a
  // capitalised word (`STEP 1` → `KROK 1`) may be translated.
  if (w.version !== undefined) return containsWord(t, w.version) || containsWord(v, w.version) || containsWord(v, w.version.replace('.', ','));
  return false;
}

interface Damage {
  readonly start: number;
  readonly end: number;
  readonly found: string;
  readonly message: string;
  /** The text that replaces the span, when the span is certainly the identifier damaged. */
  readonly replacement?: string;
  /** For a name split by spaces and written in another case: the translation's own letters without the spaces. */
  readonly joined?: string;
}

function shown(pair: UnitPair, start: number, end: number, identifier: string): boolean {
  const text = pair.t.text;
  return (startsWord(text, start) || (identifier.startsWith('.') && text[start] === '.'))
    && endsWord(text, end) && !overlapsProtected(pair.t, start, end);
}

/** True when the translation writes with a small letter a capital of the identifier (`nuGet`, `docfx`). */
function lostCapital(found: string, identifier: string): boolean {
  for (let i = 0; i < identifier.length; i++) {
    if (/[A-Z]/.test(identifier[i]) && found[i] !== identifier[i]) return true;
  }
  return false;
}

/** Edit distance, for telling a mangled identifier (`dbupdateconaccesscyexception`) from another word. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

const LATIN_WORD = /[\p{Script=Latin}\p{N}_.]+/gu;

/** A word of the translation that is the identifier mangled: same start and end, most letters in common. */
function mangled(pair: UnitPair, identifier: string): Damage | undefined {
  const key = identifier.toLowerCase();
  if (key.replace(/[^a-z0-9]/g, '').length < 8) return undefined;
  const text = pair.t.text;
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) {
    const word = m[0].replace(/\.+$/, '');
    const lower = word.toLowerCase();
    if (lower === key || lower.slice(0, 3) !== key.slice(0, 3) || lower.slice(-3) !== key.slice(-3)) continue;
    // A name all in capitals is a spreadsheet function (`NETWORKDAYS.INTL`), which a localized Excel names in the
    // language (`NETWERKDAGEN.INTL`): a word in capitals is that name, not the English one mangled.
    if (/^[A-Z][A-Z0-9.]*$/.test(identifier) && /^[\p{Lu}\p{N}.]+$/u.test(word)) continue;
    if (distance(lower, key) > Math.floor(key.length / 3) || overlapsProtected(pair.t, m.index, m.index + word.length)) continue;
    return { start: m.index, end: m.index + word.length, found: word, message: `${code(identifier)} is damaged in the translation: ${code(word)}.` };
  }
  return undefined;
}

/**
 * True when the translation writes a name with a more specific casing than the English, a correction the translator
 * made on purpose: capitals inside the name that the English lacks (`PowerShell` for `Powershell`), or a small first
 * letter before a run of capitals (`macOS` for `MacOS`, as `iOS` and `tvOS` are written). Every other letter is the same.
 */
function correctedCase(found: string, identifier: string): boolean {
  // File names and paths are exact (`.nuget`, `%windir%`, `Publish.proj`): only a plain name is corrected.
  if (found.length !== identifier.length || found === identifier || /[^\p{L}\p{N}]/u.test(identifier)) return false;
  const lowStart = /^[a-z]+[A-Z]{2,}/.test(found) && /^[A-Z]/.test(identifier);
  for (let i = 0; i < found.length; i++) {
    if (found[i] === identifier[i]) continue;
    if (i === 0 && lowStart) continue;
    if (i > 0 && /[A-Z]/.test(found[i]) && found[i].toLowerCase() === identifier[i]) continue;
    return false;
  }
  return true;
}

/**
 * True when a spelling that differs only in case is not damage: a domain name (`NuGet.org` for `nuget.org`), or a
 * capital added only to the first letter (`Program.cs`, `App_offline.htm` at a sentence start).
 */
function harmlessCase(found: string, identifier: string): boolean {
  if (correctedCase(found, identifier)) return true;
  // Windows reads `%ProgramFiles%` and `%PROGRAMFILES%` alike: the variable's case is free, the rest of the path is not.
  const variable = /^%[A-Za-z_][\w()]*%/.exec(identifier)?.[0];
  if (variable !== undefined && found.slice(variable.length) === identifier.slice(variable.length)) return true;
  // A capitalised word with a number (`Beta2`, `Preview3`): a release label, which a sentence-case title writes small.
  if (/^[A-Z][a-z]+\d+$/.test(identifier) && found === identifier[0].toLowerCase() + identifier.slice(1)) return true;
  if (lostCapital(found, identifier)) return false;
  // Capitals added to a word that is not a file or a name (`RC1` for `rc1`, `P2P` for `p2p`) read the same.
  return DOMAIN.test(identifier) || found.slice(1) === identifier.slice(1) || !/[._\\/]/.test(identifier);
}

/**
 * The longest run of ASCII letters and digits of the identifier that `loosePattern` matches as it is (no space or
 * separator allowed inside), lower-cased: every match of the pattern holds it, in any case.
 */
function literalCore(identifier: string): string {
  let best = '';
  let from = 0;
  const close = (to: number): void => {
    if (to - from > best.length) best = identifier.slice(from, to);
  };
  for (let i = 0; i < identifier.length; i++) {
    const c = identifier.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (!digit && !upper && !lower) {
      close(i);
      from = i + 1;
      continue;
    }
    if (i > from) {
      const p = identifier.charCodeAt(i - 1);
      const prevDigit = p >= 48 && p <= 57;
      // A change between letters and digits, or from a small letter to a capital, may take a space.
      if (prevDigit !== digit || (p >= 97 && p <= 122 && upper)) {
        close(i);
        from = i;
      }
    }
  }
  close(identifier.length);
  return best.toLowerCase();
}

/**
 * False when the translation cannot hold a loose match of the identifier: its lower-cased text lacks the
 * identifier's literal core. Under the `iu` flags only `ſ` (U+017F) matches an ASCII letter (`s`) that it does not
 * lower-case to, so a text with one is always searched.
 */
function mayHoldLoosely(lowerText: string, identifier: string): boolean {
  const core = literalCore(identifier);
  return core.length < 2 || lowerText.includes(core) || lowerText.includes('\u017f');
}

/**
 * The expressions `findDamage` compiled in this run, by source: the same identifiers come back in unit after unit,
 * and compiling a case-insensitive Unicode expression costs more than running it. At most `PATTERNS_KEPT`. Most loose
 * forms are scanned (`LooseIdentifier`) and need none.
 */
type Patterns = Map<string, RegExp>;
const PATTERNS_KEPT = 2000;

function compiled(patterns: Patterns, source: string): RegExp {
  let pattern = patterns.get(source);
  if (pattern === undefined) {
    if (patterns.size >= PATTERNS_KEPT) patterns.clear();
    pattern = new RegExp(source, 'giu');
    patterns.set(source, pattern);
  }
  return pattern;
}

/** The search for an identifier with a character outside ASCII: its loose expression, answering as the scan does. */
class LooseExpression {
  end = -1;

  constructor(private readonly pattern: RegExp) {}

  find(text: string, from: number): number {
    this.pattern.lastIndex = from;
    const m = this.pattern.exec(text);
    if (m === null) return -1;
    this.end = m.index + m[0].length;
    return m.index;
  }
}

/**
 * The humps of a name that machine translation may split with hyphens as it does compound words: `HttpClient` is
 * `Http` and `Client`. Undefined for a name with no hump, or with a hump of one letter (`eBook`, whose `E-Book` is
 * how German writes the word).
 */
function humps(identifier: string): string[] | undefined {
  if (!/^[A-Za-z0-9]+$/.test(identifier)) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < identifier.length; i++) {
    const prev = identifier.charCodeAt(i - 1);
    const c = identifier.charCodeAt(i);
    if (c >= 65 && c <= 90 && ((prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57))) {
      parts.push(identifier.slice(from, i));
      from = i;
    }
  }
  parts.push(identifier.slice(from));
  return parts.length > 1 && parts.every(part => part.length >= 2) ? parts : undefined;
}

/**
 * The name written with hyphens between its humps, every letter as the English has it: `Http-Client-Klasse`,
 * `IHttp-Client-Factory`, `Get-Async` for `HttpClient`, `IHttpClientFactory`, `GetAsync`.
 */
function hyphenSplit(pair: UnitPair, identifier: string): Damage | undefined {
  const parts = humps(identifier);
  if (parts === undefined) return undefined;
  const text = pair.t.text;
  for (let at = text.indexOf(parts[0]); at >= 0; at = text.indexOf(parts[0], at + 1)) {
    let end = at + parts[0].length;
    let hyphens = 0;
    for (let i = 1; i < parts.length && end >= 0; i++) {
      if (text[end] === '-') {
        end++;
        hyphens++;
      }
      end = text.startsWith(parts[i], end) ? end + parts[i].length : -1;
    }
    if (end < 0 || hyphens === 0 || text[at - 1] === '-' || !shown(pair, at, end, identifier)) continue;
    const found = text.slice(at, end);
    return { start: at, end, found, message: `${code(identifier)} is split in the translation: ${code(found)}.`, replacement: identifier };
  }
  return undefined;
}

/** The damaged form of an identifier the translation does not keep, `kept` for a harmless variant, or undefined. */
function findDamage(pair: UnitPair, w: Wanted, lowerText: string, patterns: Patterns, from = 0): Damage | 'kept' | undefined {
  const text = pair.t.text;
  const identifier = w.text;
  if (w.version === undefined) {
    const split = from === 0 && text.includes('-') ? hyphenSplit(pair, identifier) : undefined;
    if (split !== undefined) return split;
    // The text is searched only when it may hold a match.
    const loose = mayHoldLoosely(lowerText, identifier)
      ? LooseIdentifier.of(identifier) ?? new LooseExpression(compiled(patterns, loosePattern(identifier)))
      : undefined;
    for (let start = loose?.find(text, from) ?? -1; start >= 0; start = loose!.find(text, loose!.end)) {
      let end = loose!.end;
      // A name that ends in `+`, `#`, `/` or `:` matches the spaces after it too (`4.X + 和`): they are the sentence's.
      while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
      const found = text.slice(start, end);
      if (found === identifier || found.includes('\n') || !shown(pair, start, end, identifier)) continue;
      // The English writes this spelling too (`Customer Insights` beside `customerInsights`): a translation of that.
      if (/[ \u00a0]/.test(found) && pair.s.visible.includes(found)) continue;
      const compact = found.replace(/[ \u00a0]+/g, '');
      const unescaped = compact.replace(/\\(?=[._])/g, '');
      const spaced = compact !== found;
      const separatorLost = unescaped.length < identifier.length;
      if (!spaced && !separatorLost && harmlessCase(unescaped, identifier)) return 'kept';
      const how = separatorLost ? 'damaged' : spaced && unescaped !== identifier ? 'split and re-cased' : spaced ? 'split' : 're-cased';
      // `Soubor. nuspec` for "the .nuspec file": the dot went to the word before, and what belongs there (a space,
      // `\*` of `\*.dll`) is not certain.
      const glued = identifier.startsWith('.') && start > 0 && !/\s/.test(text[start - 1]);
      return {
        start, end, found,
        message: `${code(identifier)} is ${how} in the translation: ${code(found)}.`,
        replacement: glued ? undefined : identifier,
        joined: !glued && spaced && !separatorLost && unescaped !== identifier ? compact : undefined,
      };
    }
    // A later place of the name (`from`): only its loose spellings are looked for; the other damage is reported once.
    if (from > 0) return undefined;
    // A dotted name whose first part was translated: `migrieren. exe. config` for `migrate.exe.config`.
    const dot = identifier.indexOf('.');
    // Every match holds a loose match of the part after the first dot, so only a text that may hold one is searched.
    if (dot > 0 && identifier.indexOf('.', dot + 1) > 0 && /^[.A-Za-z]+$/.test(identifier.slice(dot).replace(/\.\d+/g, ''))
      && mayHoldLoosely(lowerText, identifier.slice(dot))) {
      // A word, then the tail: `migrieren. exe. config` for `.exe.config`.
      const tail = compiled(patterns, '[\\p{L}\\p{N}_-]+' + loosePattern(identifier.slice(dot)));
      tail.lastIndex = 0;
      for (let m = tail.exec(text); m !== null; m = tail.exec(text)) {
        if (m[0] === identifier || m[0].includes('\n') || !shown(pair, m.index, m.index + m[0].length, identifier)) continue;
        return { start: m.index, end: m.index + m[0].length, found: m[0], message: `${code(identifier)} is damaged in the translation: ${code(m[0])}.` };
      }
    }
  }
  // The extension or the version dropped: `SIPolicyOn` for `SIPolicyOn.p7b`, `EF` for `EF6`, `.NET` for `.NET 5`.
  const extension = /^(.*[A-Za-z0-9_])\.([a-z][a-z0-9]{0,5})$/.exec(identifier);
  const base = w.name ?? (extension && EXTENSIONS.has(extension[2].toLowerCase()) ? extension[1] : undefined)
    ?? /^([A-Za-z][A-Za-z.#+]*[A-Za-z#+])\d+(?:\.\d+)*$/.exec(identifier)?.[1];
  if (base !== undefined && base.length >= 2 && !/^\.?[a-z]+$/.test(base)) {
    for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + 1)) {
      const end = at + base.length;
      if (!shown(pair, at, end, base) || (end < text.length && /[\p{L}\p{N}]/u.test(text[end]))) continue;
      const lost = identifier.slice(base.length).trim();
      const what = lost.startsWith('.') && /[A-Za-z]/.test(lost) ? 'its extension' : 'its version';
      return { start: at, end, found: base, message: `${code(identifier)} appears without ${what} ${code(lost)}: ${code(base)}.` };
    }
  }
  return w.version === undefined ? mangled(pair, identifier) : undefined;
}

/**
 * True for an identifier no translation writes another way: a path, a snake_case name, a file name, a dotted
 * namespace (`System.Data.Entity`) or a long PascalCase type name (`DbUpdateConcurrencyException`). Product names with
 * an inner capital (`OneDrive`, `TextBox`) are transliterated or localized (`zone de texte`), domains name services
 * (`Outlook.com` is Hotmail in some markets), and letters with a digit are localized abbreviations (`DB1` → `Degr1`):
 * those are reported only when a damaged form of them is found.
 */
function mustBeKept(identifier: string): boolean {
  // A version (`v16.9.0`) may be written "version 16.9.0".
  if (/^v?\d+(?:\.\d+)*$/i.test(identifier)) return false;
  if (/[\\/_]/.test(identifier)) return true;
  if (identifier.includes('.') && !identifier.startsWith('.')) {
    if (DOMAIN.test(identifier)) return false;
    const segments = identifier.split('.');
    const last = segments[segments.length - 1];
    // A namespace: `System.Data.Entity`, `Microsoft.AspNetCore.App`, not a pattern of words (`year.month.day`). A
    // digit makes one only inside a name (`netcoreapp3.1`, `EF6.Core`): a number with a unit (`6.5h`, written
    // `6,5 Std.`) or words and numbers (`year.11.12`, a date formula) are localized.
    const named = segments.some(seg => /^[A-Za-z_]/.test(seg) && /\d/.test(seg));
    return EXTENSIONS.has(last.toLowerCase()) || /[a-z][A-Z]/.test(identifier) || named || NAMESPACE_ROOTS.test(segments[0]);
  }
  // A lower camel-case name of two humps or more (`myResourceGroup`, `appServicePlan`): a variable, parameter or an
  // example's resource name, which the code beside it uses as written. Product names start with a capital, or are
  // one small letter and a name (`iPhone`, `eBay`, `macOS`).
  if (/^[a-z]{2,}(?:[A-Z][a-z0-9]+)+$/.test(identifier) && identifier.length >= 8) return true;
  // Three humps or more: `DbUpdateConcurrencyException`, `TenantAccessBlockedException`.
  return (identifier.match(/[A-Z][a-z]+/g) ?? []).length >= 3 && /^[A-Z][a-z]/.test(identifier) && identifier.length >= 12;
}

/**
 * Letters of other scripts that look like Latin ones, with the Latin letter they pass for: Cyrillic and Greek capitals
 * and small letters that share a Latin glyph, and the Turkish dotless `ı` and dotted `İ` that Turkish casing rules put
 * into a name (`ıHttpClientFactory`). Only letters drawn alike in common fonts are listed.
 */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ...[...'АВЕКМНОРСТХаеорсхуѕіјІЈЅ'].map((c, i): [string, string] => [c, 'ABEKMHOPCTXaeopcxysijIJS'[i]]),
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο'].map((c, i): [string, string] => [c, 'ABEZHIKMNOPTYXo'[i]]),
  ['ı', 'i'], ['İ', 'I'],
]);
const LOOKALIKE = new RegExp(`[${[...LOOKALIKES.keys()].join('')}]`, 'g');

/** The text with look-alike letters read as Latin ones (same length), or null when it has none. */
function foldLookalikes(text: string): string | null {
  LOOKALIKE.lastIndex = 0;
  if (!LOOKALIKE.test(text)) return null;
  return text.replace(LOOKALIKE, c => LOOKALIKES.get(c)!);
}

/**
 * Where the translation writes the identifier with look-alike letters of another script (`HttpСlient` with a Cyrillic
 * `С`, Turkish `ıHttpClientFactory`): the same name once those letters are read as Latin, in any case, as a whole word,
 * with at least one such letter. Such a name does not compile or match what the reader types.
 */
function lookalikeSpelling(pair: UnitPair, identifier: string, folded: string | null): { start: number; end: number; found: string } | undefined {
  if (folded === null) return undefined;
  const lowerFolded = folded.toLowerCase();
  const lowerIdentifier = identifier.toLowerCase();
  // Lower-casing `İ` gives two UTF-16 units: positions then differ, and such a text is searched letter by letter below.
  const sameLength = lowerFolded.length === folded.length;
  const text = pair.t.text;
  for (let at = sameLength ? lowerFolded.indexOf(lowerIdentifier) : 0; at >= 0 && at + identifier.length <= text.length;
    at = sameLength ? lowerFolded.indexOf(lowerIdentifier, at + 1) : at + 1) {
    const end = at + identifier.length;
    if (!sameLength && folded.slice(at, end).toLowerCase() !== lowerIdentifier) continue;
    const found = text.slice(at, end);
    if (found === identifier || !/[\u0080-\uffff]/.test(found)) continue;
    if (/[\p{L}\p{N}_]/u.test(folded[at - 1] ?? '') || /[\p{L}\p{N}_]/u.test(folded[end] ?? '')) continue;
    if (!shown(pair, at, end, identifier)) continue;
    return { start: at, end, found };
  }
  return undefined;
}

/** Dashes that typography or machine translation put where a command line wants `-`. */
const DASHES = /[\u2010-\u2015\u2212\uff0d]/;
/**
 * A command-line option of the English prose: `--no-restore`, or a PowerShell parameter (`-ResourceGroupName`, a
 * capital and two letters or more). Not after a letter, digit or hyphen (`non-Windows`, `x--y`).
 */
const OPTION = /(?<![\p{L}\p{N}_-])(--?)([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)/gu;

/**
 * Reports each option of the English that the translation writes with a typographic dash in place of its hyphens
 * (`—no-restore`, `–ResourceGroupName`, `——no-restore`): a shell does not read those as an option. The fix writes the
 * option as the English does.
 */
function reportDashedOptions(ctx: CheckContext, pair: UnitPair, english: string): void {
  const done = new Set<string>();
  OPTION.lastIndex = 0;
  for (let m = OPTION.exec(english); m !== null; m = OPTION.exec(english)) {
    const [option, hyphens, name] = m;
    if (hyphens.length === 1 && !/^[A-Z][A-Za-z]{2,}/.test(name)) continue;
    if (done.has(option)) continue;
    done.add(option);
    const damaged = new RegExp(`(?<![\\p{L}\\p{N}_])(?:[\\u2010-\\u2015\\u2212\\uff0d]{1,2}|[\\u2010-\\u2015\\u2212\\uff0d]-|-[\\u2010-\\u2015\\u2212\\uff0d])${name}(?![\\p{L}\\p{N}_-])`, 'gu');
    const text = pair.t.text;
    for (let d = damaged.exec(text); d !== null; d = damaged.exec(text)) {
      const start = d.index;
      const end = start + d[0].length;
      if (overlapsProtected(pair.t, start, end)) continue;
      const range = { start: pair.tStart + start, end: pair.tStart + end };
      ctx.report({
        range, unit: pair.unit.index,
        message: `${code(option)} is written with a typographic dash in the translation: ${code(d[0])}.`,
        fixes: [{ title: `Write ${code(option)} as in the English`, preferred: true, edits: [{ range, newText: option }] }],
      });
    }
  }
}

/**
 * True when the English shows the identifier as a placeholder in angle brackets (`<project_name>.csproj`) and the
 * translation has a placeholder of its own there (`<имя_проекта>.csproj`): style guides have placeholders translated,
 * since the reader puts their own name in its place.
 */
function localizedPlaceholder(pair: UnitPair, identifier: string): boolean {
  const english = pair.s.visible;
  const at = english.indexOf('<' + identifier + '>');
  if (at < 0) return false;
  const theirs = new Set<string>();
  for (const m of english.matchAll(/<([^<>\n]{1,80})>/g)) theirs.add(m[1]);
  for (const m of pair.t.visible.matchAll(/<([^<>\n]{1,80})>/g)) if (!theirs.has(m[1]) && /\p{L}/u.test(m[1])) return true;
  return false;
}

/**
 * True when the identifier is a product's default file name (`Book1.xlsx`, `Document1.docx`: a capitalised word, a
 * number, an extension) and the translation names a file the same way in its language (`Mappe1.xlsx`, `Libro1.xlsx`):
 * a localized product saves under the localized name.
 */
function localizedDefaultName(pair: UnitPair, identifier: string): boolean {
  const m = /^[A-Z][a-z]+(\d+)\.([a-z]{2,5})$/.exec(identifier);
  if (m === null) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}_.])\\p{Lu}[\\p{L}]+${m[1]}\\.${m[2]}(?![\\p{L}\\p{N}])`, 'u').test(pair.t.text);
}

/**
 * The identifier as the English's markdown writes it, escapes included (`\_Layout.cshtml` renders `_Layout.cshtml`;
 * writing the rendered form into the translation would turn `__init__` into bold), or undefined when the English
 * does not write it in one piece.
 */
function englishMarkdown(pair: UnitPair, identifier: string): string | undefined {
  let source = '';
  for (const c of identifier) source += /[!-/:-@[-`{-~]/.test(c) ? '\\\\?' + escapeChar(c) : escapeChar(c);
  const m = new RegExp(source).exec(pair.s.text);
  return m?.[0];
}

function code(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.includes('`') ? `"${flat}"` : '`' + flat + '`';
}

/** A cmdlet (`Get-AzVM`: a small letter, a hyphen, a capital) or an option (`--no-restore`, `-Name`) may be here. */
const MAY_HOLD_COMMAND = /[a-z]-[A-Z]|(?:^|[^\p{L}\p{N}_-])--?[A-Za-z]/u;
/** A link whose text starts with a command-line program's name (see `reportTranslatedCommandLinks`). */
const MAY_HOLD_COMMAND_LINK = /\[(?:az|azd|dotnet|nuget|npm|npx|git|gh|kubectl|helm|func|docker|winget|pip|msbuild|wsl) [a-z]/;
/** Four capitals in a row: every Transact-SQL keyword has them, and most English halves do not (a cheap first test). */
const FOUR_CAPITALS = /[A-Z]{4}/;
/** A Transact-SQL keyword in capitals (see `reportTranslatedKeywords`). */
const MAY_HOLD_KEYWORD = /(?<![A-Za-z])(?:ALTER|AUTHORIZATION|BACKUP|BULK|CHECKPOINT|COMMIT|CONFIGURATION|CREATE|CURSOR|DATABASE|DBCC|DECLARE|DENY|DROP|EXECUTE|FETCH|FUNCTION|GRANT|GROUP|HAVING|INDEX|INTERSECT|LOGIN|MERGE|OPENROWSET|ORDER|OUTPUT|PERMISSION|PROCEDURE|RECONFIGURE|RESTORE|REVOKE|ROLLBACK|SCHEMA|SCOPED|SELECT|SETTINGS|TABLE|TRANSACTION|TRIGGER|TRUNCATE|UNION|UPDATE|VALUES|VIEW|WHERE)(?![A-Za-z])/;

export const identifierMismatch: Check = {
  id: 'SX406',
  alias: 'identifier-mismatch',
  description: 'An identifier, file name, path or versioned name of the English prose is re-cased, split, translated or missing in the translation.',
  tags: ['placeables', 'identifiers'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const visible = pair.s.visible;
    if (DASHES.test(pair.t.text)) reportDashedOptions(ctx, pair, visible);
    // Each search for translated names runs only when the English has what it looks for: a cmdlet or an option, a
    // link whose text starts with a program's name, a Transact-SQL keyword.
    const commands = visible.includes('-') && pair.t.text.includes('-') && MAY_HOLD_COMMAND.test(visible) ? reportTranslatedCommands(ctx, pair) : undefined;
    if (pair.s.text.includes('](') && MAY_HOLD_COMMAND_LINK.test(pair.s.text)) reportTranslatedCommandLinks(ctx, pair);
    if (FOUR_CAPITALS.test(visible) && MAY_HOLD_KEYWORD.test(visible)) reportTranslatedKeywords(ctx, pair);
    // Cheap exit: no letter-digit, inner capital, dot, underscore, slash, backslash or variable's path in the English prose.
    if (!/[a-z][A-Z]|[A-Z]{2}[a-z]|[A-Za-z]\d|\w[._\\/]\w|\.[A-Za-z]|[A-Z#] \d|~\/|:\\|%[\\/]/.test(visible)) return;
    const missing: string[] = [];
    let target: Target | undefined;
    let lower: string | undefined;
    let folded: string | null | undefined;
    for (const w of englishIdentifiers(visible)) {
      target ??= { t: halfWidth(pair.t.text), v: halfWidth(pair.t.visible) };
      if (kept(w, target)) continue;
      const damage = findDamage(pair, w, lower ??= pair.t.text.toLowerCase(), ctx.memo('patterns', (): Patterns => new Map()));
      if (damage === 'kept') continue;
      if (damage === undefined) {
        const lookalike = w.version === undefined ? lookalikeSpelling(pair, w.text, folded ??= foldLookalikes(pair.t.text)) : undefined;
        if (lookalike !== undefined) {
          const range = { start: pair.tStart + lookalike.start, end: pair.tStart + lookalike.end };
          const markdown = englishMarkdown(pair, w.text);
          ctx.report({
            range, unit: unit.index,
            message: `${code(w.text)} is written with letters of another script in the translation: ${code(lookalike.found)}.`,
            fixes: markdown !== undefined ? [{ title: `Write ${code(w.text)} as in the English`, preferred: true, edits: [{ range, newText: markdown }] }] : undefined,
          });
          continue;
        }
        // A versioned name that is gone altogether is reported for its parts (or is SX401's number); a name in
        // capitals written in the translation's own script (`تينانتاكسيسبلوكيديكسسيبشن`) is a transliteration. A
        // short name is kept when the English calls it code (`the GetAsync method`).
        if (w.version !== undefined || !(mustBeKept(w.text) || namedAsCode(visible, w.text))) continue;
        if (commands !== undefined && commands.some(name => name.includes(w.text))) continue;
        const translated = partlyTranslatedName(pair, w.text);
        if (translated === 'inflected') continue;
        if (translated !== undefined) {
          const range = { start: pair.tStart + translated.start, end: pair.tStart + translated.end };
          const markdown = englishMarkdown(pair, w.text);
          ctx.report({
            range, unit: unit.index,
            message: `${code(w.text)} is partly translated: ${code(translated.found)}.`,
            fixes: markdown !== undefined ? [{ title: `Write ${code(w.text)} as in the English`, preferred: false, edits: [{ range, newText: markdown }] }] : undefined,
          });
          continue;
        }
        if (!(/^[A-Za-z]+$/.test(w.text) && NON_LATIN.test(pair.t.visible)) && !localizedPlaceholder(pair, w.text)
          && !localizedDefaultName(pair, w.text)) missing.push(w.text);
        continue;
      }
      // Every damaged place of the name, so that fixing the first does not leave the others unreported (the name is
      // then in the translation as written, and counts as kept).
      for (let next: Damage | 'kept' | undefined = damage; next !== undefined && next !== 'kept';) {
        const range = { start: pair.tStart + next.start, end: pair.tStart + next.end };
        const markdown = next.replacement !== undefined ? englishMarkdown(pair, next.replacement) : undefined;
        const fixes: Fix[] = [];
        // Joining a split name keeps the translation's casing (`System. Management. Automation. PowerShell` where the
        // English has `Powershell`): re-casing is for a person to pick.
        if (next.joined !== undefined) fixes.push({ title: `Remove the spaces in ${code(next.joined)}`, preferred: true, edits: [{ range, newText: next.joined }] });
        if (markdown !== undefined) fixes.push({ title: `Write ${code(w.text)} as in the English`, preferred: next.joined === undefined, edits: [{ range, newText: markdown }] });
        ctx.report({ range, unit: unit.index, message: next.message, fixes: fixes.length > 0 ? fixes : undefined });
        let end = next.end;
        for (;;) {
          next = findDamage(pair, w, lower, ctx.memo('patterns', (): Patterns => new Map()), end);
          if (next === undefined || next === 'kept' || next.start < end) break;
          // A later spelling the English writes too, or one inside a dotted name (`nuget` of `nuget.exe` beside `NuGet`),
          // stands for another of the English's words.
          if (!containsWord(pair.s.text, next.found) && pair.t.text[next.end] !== '.' && pair.t.text[next.start - 1] !== '.') break;
          end = next.end;
        }
        if (next !== undefined && next !== 'kept' && next.start < end) break;
      }
    }
    if (missing.length > 0) {
      ctx.report({
        range: targetRange(pair),
        unit: unit.index,
        message: `${missing.length === 1 ? 'An identifier of the English is' : 'Identifiers of the English are'} not in the translation (translated or dropped?): ${missing.map(code).join(', ')}.`,
      });
    }
  },
};
