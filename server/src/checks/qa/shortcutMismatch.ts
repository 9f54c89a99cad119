/**
 * SX405 shortcut-mismatch: key combinations (`Ctrl+Shift+P`, `<kbd>` runs) differ from the English.
 *
 * Key names are read through the locale table (`checks/locale/conventions.ts`): German `Strg+Umschalt+Entf` is the
 * English `Ctrl+Shift+Delete`, French `Maj` is `Shift`, Spanish `Supr` is `Delete`. What cannot be translated is
 * compared exactly: the modifiers, letters, digits and function keys (`Ctrl+X` → `Strg+Y` is reported). A word that
 * is no key name of the table may be a translated key name or action (`Ctrl+click` → `Strg+Klick`, `Alt+Down Arrow`
 * → `Alt+Nach-unten-Taste`), so it matches any word key of the English.
 */
import type { Check } from '../types';
import type { InlineParse } from '../../sxs/inline';
import { allConventions, ENGLISH_KEYS, MODIFIER_KEYS, type LocaleConventions } from '../locale';
import { listValues, targetRange } from './pair';

/** One key of a combination: a canonical key name, a literal (letter, digit, F-key, symbol) or a word. */
interface Key {
  readonly kind: 'name' | 'literal' | 'word';
  readonly value: string;
}

interface Shortcut {
  readonly raw: string;
  readonly keys: readonly Key[];
}

interface KeyReader {
  /** Local or English name (lower case) → canonical key. */
  readonly names: ReadonlyMap<string, string>;
  /** A combination that starts with a modifier name, English or local. */
  readonly combo: RegExp;
  /**
   * The modifier names (lower case) and `key`: a word before a `+` of a combination ends with one of them. Undefined
   * when a name has a character that `mayHoldCombination` does not read as part of a word.
   */
  readonly before: readonly string[] | undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Names of the Mac keys in the languages that translate them (the locale table names the PC keys): German `Befehl`
 * or `Befehlstaste` and `Wahltaste`, French `Commande`, Spanish, Italian and Portuguese `Comando`, Swedish, Danish and
 * Norwegian `Kommando`, Finnish `Komento`, Catalan `Ordre` (the names those languages' Mac keyboard guides use).
 */
const MAC_KEYS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  de: { cmd: ['befehl', 'befehlstaste'], alt: ['wahltaste'] },
  fr: { cmd: ['commande'] },
  es: { cmd: ['comando'] },
  it: { cmd: ['comando'] },
  pt: { cmd: ['comando'] },
  sv: { cmd: ['kommando'] },
  da: { cmd: ['kommando'] },
  nb: { cmd: ['kommando'] },
  fi: { cmd: ['komento'] },
  ca: { cmd: ['ordre'] },
};

/** The Mac key names of a language; every language's for the fallback (`*`). */
function macKeys(conventions: LocaleConventions): Readonly<Record<string, readonly string[]>>[] {
  return conventions.key === '*' ? Object.values(MAC_KEYS) : MAC_KEYS[conventions.key] ? [MAC_KEYS[conventions.key]] : [];
}

/**
 * One key in a combination: a run of Latin letters and digits (`P`, `Entrée`), or of letters of another script
 * (`Пробел`). A key ends where the script changes, so a Korean particle (`Ctrl+C를`) or Chinese text that follows
 * without a space (`Ctrl+Shift+P键打开`) is not part of it.
 */
const KEY_TOKEN = '(?:[\\p{sc=Latin}\\p{N}]+|[\\p{L}\\p{N}]+)';

/** How to read the key names of a language (made once per document, through the analysis's memo). */
function readerFor(conventions: LocaleConventions): KeyReader {
  const names = new Map<string, string>();
  for (const table of [ENGLISH_KEYS, conventions.keys, ...macKeys(conventions)]) {
    for (const [key, list] of Object.entries(table)) for (const name of list) names.set(name.toLowerCase(), key);
  }
  const modifierNames = [...names].filter(([, key]) => MODIFIER_KEYS.has(key)).map(([name]) => name)
    .sort((a, b) => b.length - a.length);
  const modifiers = modifierNames.map(escapeRegExp);
  // A key may be followed by the word "key" (`Windows Key + Ctrl + Shift + B`).
  const key = '(?:[ \\u00a0]+key(?![\\p{L}\\p{N}]))?';
  // The modifier names are Latin: one that follows Chinese or Korean text with no space (`按Ctrl+C`) still starts a
  // combination.
  const combo = new RegExp(`(?<![\\p{sc=Latin}\\p{N}])(?:${modifiers.join('|')})(?![\\p{sc=Latin}\\p{N}])${key}(?:\\s*\\+\\s*${KEY_TOKEN}${key})+`, 'giu');
  const readable = modifierNames.every(name => name.length > 0 && [...name].every(c => isWordChar(c.charCodeAt(0))));
  return { names, combo, before: readable ? [...modifierNames, 'key'] : undefined };
}

/**
 * The reader of every language of the table, made with the module: its expression is compiled once per process on
 * first use, not once per document (a document in another language's table gets its own through the analysis).
 */
const READERS: ReadonlyMap<LocaleConventions, KeyReader> = new Map(allConventions().map(c => [c, readerFor(c)]));

function keyOf(name: string, reader: KeyReader): Key {
  const lower = name.trim().toLowerCase();
  const canonical = reader.names.get(lower) ?? reader.names.get(lower.split(/[\s-]+/)[0]);
  if (canonical !== undefined) return { kind: 'name', value: canonical };
  // Letters, digits, function keys and symbols are the same in every language.
  if ([...lower].length <= 1 || /^f\d{1,2}$/.test(lower) || !/\p{L}/u.test(lower)) return { kind: 'literal', value: lower };
  return { kind: 'word', value: lower };
}

/**
 * Combinations spelled out in words, as the Japanese, Korean and Chinese style guides write them: the held keys, the
 * verb "hold down", then the key or the click (`Ctrl キーを押しながら F5 キーを押します`, `Ctrl キーと Shift キーを押しながら
 * B`, `Ctrl 키를 누른 상태로 클릭`, `Ctrl 키를 누른 채 C`, `按住 Ctrl 键并单击`). Group 1 is the held keys, group 2 the
 * key pressed, group 3 the mouse action (a word, matched like a translated key name).
 */
const LATIN_KEY = '[\\p{sc=Latin}\\p{N}]+(?![\\p{sc=Latin}\\p{N}])';
const SPELLED: readonly { readonly verb: string; readonly re: RegExp }[] = [
  { verb: '押し', re: new RegExp(`(?<![\\p{sc=Latin}\\p{N}])(${LATIN_KEY}\\s*(?:キー)?(?:\\s*[と、,]\\s*${LATIN_KEY}\\s*(?:キー)?)*)\\s*を\\s*押し(?:ながら|たまま)[、,]?\\s*(?:(${LATIN_KEY})|(ダブルクリック|クリック|ドラッグ|タップ))`, 'gu') },
  { verb: '누른', re: new RegExp(`(?<![\\p{sc=Latin}\\p{N}])(${LATIN_KEY}\\s*(?:키)?(?:\\s*(?:와|과|및|,)\\s*${LATIN_KEY}\\s*(?:키)?)*)\\s*[를을]\\s*누른\\s*(?:채로?|상태로|상태에서)[,]?\\s*(?:(${LATIN_KEY})|(더블\\s*클릭|두\\s*번\\s*클릭|클릭|드래그|탭))`, 'gu') },
  { verb: '按住', re: new RegExp(`按住\\s*(${LATIN_KEY}\\s*(?:键)?(?:\\s*[和与、,]\\s*${LATIN_KEY}\\s*(?:键)?)*)\\s*(?:的同时|同时|并)?\\s*(?:按\\s*(${LATIN_KEY})|(双击|单击|点击|拖动))`, 'gu') },
];
const LATIN_RUN = /[\p{sc=Latin}\p{N}]+/gu;

/** The combinations spelled out in words in `visible`, when every held key is a modifier. */
function spelledShortcuts(visible: string, reader: KeyReader): Shortcut[] {
  const out: Shortcut[] = [];
  for (const { verb, re } of SPELLED) {
    if (!visible.includes(verb)) continue;
    for (const m of visible.matchAll(re)) {
      const held = [...m[1].matchAll(LATIN_RUN)].map(r => r[0]);
      const keys = held.map(k => keyOf(k, reader));
      if (!keys.every(k => k.kind === 'name' && MODIFIER_KEYS.has(k.value))) continue;
      const last = m[2] ?? m[3];
      out.push({ raw: [...held, last].join('+'), keys: [...keys, m[2] !== undefined ? keyOf(m[2], reader) : { kind: 'word', value: m[3] }] });
    }
  }
  return out;
}

/** A space of `\s`. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A character that `mayHoldCombination` reads as part of a word: an ASCII letter or digit, or any but a space outside ASCII. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && !isSpace(c));
}

/**
 * False when no combination can start in `visible`: before every `+` (and the spaces before it) the word does not
 * end with a modifier name or `key`. The word is read loosely (any character outside ASCII belongs to it), so this
 * never says no where the expression would match; most texts with a `+` (`C++`, `1 + 1`) never run it, and the
 * expression of a language whose texts have no combination is never compiled.
 */
function mayHoldCombination(visible: string, reader: KeyReader): boolean {
  const before = reader.before;
  if (before === undefined) return true;
  for (let plus = visible.indexOf('+'); plus >= 0; plus = visible.indexOf('+', plus + 1)) {
    let end = plus;
    while (end > 0 && isSpace(visible.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isWordChar(visible.charCodeAt(start - 1))) start--;
    if (start === end) continue;
    const word = visible.slice(start, end).toLowerCase();
    // The long s is an `s` to the expression (`iu` flags), not to `toLowerCase`.
    if (word.includes('\u017f') || before.some(name => word.endsWith(name))) return true;
  }
  return false;
}

const KBD = /<kbd>([^<]*)<\/kbd>/gi;
const NONE: readonly Shortcut[] = [];

export function shortcuts(parse: InlineParse, reader: KeyReader): readonly Shortcut[] {
  let out: Shortcut[] | undefined;
  // A combination has a `+` and a `<kbd>` a `<`: most text has neither, and the expressions need not run. They run
  // with `exec` (`matchAll` copies the expression on every call).
  const visible = parse.visible;
  if (visible.includes('+') && mayHoldCombination(visible, reader)) {
    const combo = reader.combo;
    combo.lastIndex = 0;
    for (let m = combo.exec(visible); m !== null; m = combo.exec(visible)) {
      (out ??= []).push({ raw: m[0].replace(/\s+/g, ''), keys: m[0].split('+').map(k => keyOf(k, reader)) });
    }
  }
  const text = parse.text;
  if (text.includes('<')) {
    KBD.lastIndex = 0;
    for (let m = KBD.exec(text); m !== null; m = KBD.exec(text)) (out ??= []).push({ raw: `<kbd>${m[1].trim()}</kbd>`, keys: m[1].split('+').map(k => keyOf(k, reader)) });
  }
  return out ?? NONE;
}

/**
 * The English "Windows logo key+R" is no combination of key names; the translation names the key in its words
 * (`tecla del logotipo de Windows+R`, `Windows-Logo-Taste+R`), and what it writes as a combination is `Windows+R`.
 */
const LOGO_KEY = new RegExp(`(?<![\\p{L}\\p{N}])Windows[ \\u00a0]+logo[ \\u00a0]+key((?:\\s*\\+\\s*${KEY_TOKEN})+)`, 'giu');

/**
 * The missing and extra combinations less the English "Windows logo key+…" the translation writes `Windows+…`, each
 * once, and less the rest of it that the English reads as a combination of its own (`Shift+S` of `Windows logo
 * key+Shift+S`).
 */
function withLogoKeys(missing: readonly Shortcut[], extra: readonly Shortcut[], english: string, reader: KeyReader): { missing: Shortcut[]; extra: Shortcut[] } {
  const logo = [...english.matchAll(LOGO_KEY)].map(m => ({ raw: `Windows${m[1]}`, keys: [keyOf('windows', reader), ...m[1].split('+').slice(1).map(k => keyOf(k, reader))] }));
  const paired: Shortcut[] = [];
  const leftExtra = extra.filter(b => {
    const k = logo.findIndex(a => sameShortcut(a, b, false));
    if (k < 0) return true;
    paired.push(...logo.splice(k, 1));
    return false;
  });
  const leftMissing = missing.filter(a => {
    const k = paired.findIndex(p => sameShortcut({ raw: a.raw, keys: [p.keys[0], ...a.keys] }, p, false));
    if (k < 0) return true;
    paired.splice(k, 1);
    return false;
  });
  return { missing: leftMissing, extra: leftExtra };
}

function sameKey(a: Key, b: Key, loose: boolean): boolean {
  if (a.kind === b.kind && a.value === b.value) return true;
  // A word matches any word or named key that is not a modifier: it may be a translated key name or action.
  if (!loose) return false;
  const wordLike = (k: Key) => k.kind === 'word' || (k.kind === 'name' && !MODIFIER_KEYS.has(k.value));
  return (a.kind === 'word' || b.kind === 'word') && wordLike(a) && wordLike(b);
}

function sameShortcut(a: Shortcut, b: Shortcut, loose: boolean): boolean {
  return a.keys.length === b.keys.length && a.keys.every((k, i) => sameKey(k, b.keys[i], loose));
}

export const shortcutMismatch: Check = {
  id: 'SX405',
  alias: 'shortcut-mismatch',
  description: 'Keyboard shortcuts differ from the English (translated key names such as Strg, Umschalt, Maj are accepted).',
  tags: ['placeables', 'ui'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const conventions = ctx.analysis.conventions;
    const reader = READERS.get(conventions) ?? ctx.analysis.memo('shortcut key reader', () => readerFor(conventions));
    const s = shortcuts(pair.s, reader);
    const t = shortcuts(pair.t, reader);
    if (s.length === 0 && t.length === 0) return;
    // Exact matches first, then words against words, so a loose match never takes an exact one's partner.
    const used = new Array<boolean>(t.length).fill(false);
    let missing: readonly Shortcut[] = s;
    for (const loose of [false, true]) {
      missing = missing.filter(a => {
        const k = t.findIndex((b, i) => !used[i] && sameShortcut(a, b, loose));
        if (k < 0) return true;
        used[k] = true;
        return false;
      });
    }
    // A combination the translation spells out in words pairs with a missing one; one with no English partner is
    // not reported (the English may spell it out too: "hold down Ctrl and click").
    if (missing.length > 0) {
      const spelled = spelledShortcuts(pair.t.visible, reader);
      const taken = new Array<boolean>(spelled.length).fill(false);
      for (const loose of [false, true]) {
        missing = missing.filter(a => {
          const k = spelled.findIndex((b, i) => !taken[i] && sameShortcut(a, b, loose));
          if (k < 0) return true;
          taken[k] = true;
          return false;
        });
      }
    }
    let extra = t.filter((_, i) => !used[i]);
    if (extra.length > 0 && pair.s.visible.includes('logo')) ({ missing, extra } = withLogoKeys(missing, extra, pair.s.visible, reader));
    if (missing.length === 0 && extra.length === 0) return;
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${listValues(missing.map(m => m.raw))}`);
    if (extra.length) parts.push(`not in the English ${listValues(extra.map(m => m.raw))}`);
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Keyboard shortcuts differ from the English: ${parts.join('; ')}.` });
  },
};
