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
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How to read the key names of a language (made once per document, through the analysis's memo). */
function readerFor(conventions: LocaleConventions): KeyReader {
  const names = new Map<string, string>();
  for (const table of [ENGLISH_KEYS, conventions.keys]) {
    for (const [key, list] of Object.entries(table)) for (const name of list) names.set(name.toLowerCase(), key);
  }
  const modifiers = [...names].filter(([, key]) => MODIFIER_KEYS.has(key)).map(([name]) => name)
    .sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A key may be followed by the word "key" (`Windows Key + Ctrl + Shift + B`).
  const key = '(?:[ \\u00a0]+key(?![\\p{L}\\p{N}]))?';
  const combo = new RegExp(`(?<![\\p{L}\\p{N}])(?:${modifiers.join('|')})(?![\\p{L}\\p{N}])${key}(?:\\s*\\+\\s*[\\p{L}\\p{N}]+${key})+`, 'giu');
  return { names, combo };
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

const KBD = /<kbd>([^<]*)<\/kbd>/gi;
const NONE: readonly Shortcut[] = [];

export function shortcuts(parse: InlineParse, reader: KeyReader): readonly Shortcut[] {
  let out: Shortcut[] | undefined;
  // A combination has a `+` and a `<kbd>` a `<`: most text has neither, and the expressions need not run. They run
  // with `exec` (`matchAll` copies the expression on every call).
  const visible = parse.visible;
  if (visible.includes('+')) {
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
    const extra = t.filter((_, i) => !used[i]);
    if (missing.length === 0 && extra.length === 0) return;
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${listValues(missing.map(m => m.raw))}`);
    if (extra.length) parts.push(`not in the English ${listValues(extra.map(m => m.raw))}`);
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Keyboard shortcuts differ from the English: ${parts.join('; ')}.` });
  },
};
