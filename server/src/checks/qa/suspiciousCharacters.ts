/**
 * SX507 suspicious-characters: mojibake (`Ã¤`, `â€™`), U+FFFD, control characters, zero-width characters the English
 * does not have, and a letter tripled (`Usstawienia` is fine, `Usssstawienia` is not). Fix for zero-width: strip them.
 *
 * Not reported: three letters where the language's compounds keep them and a stem follows (German `Schifffahrt`,
 * the locale table's `tripledLetters`; `lasssen` and four or more are still reported), a word of one letter repeated (`jjjj`, `rrrr`: a date
 * pattern), and a zero-width (non-)joiner inside a word of a script that spells with it (Persian `می‌توانید`
 * and `API‌ها`, Urdu, Kurdish, and the Indic scripts, where it also follows a virama), and a zero-width space in
 * Thai, Lao, Khmer or Burmese (or next to a letter of their scripts), where it marks a word boundary.
 */
import type { Check } from '../types';

const MOJIBAKE = /Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u203a™œ]|Å[\u0080-\u00bf]|Ä[\u0080-\u00bf]/g;
const REPLACEMENT = /\ufffd/g;
// The check is about control and zero-width characters, so its patterns name them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// An alternation, not a class: a zero-width joiner inside a class reads as a joined sequence.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const TRIPLED = /(\p{Ll})\1\1+/gu;
/**
 * Scripts whose spelling uses the zero-width non-joiner and joiner between letters: Arabic script (Persian, Urdu,
 * Kurdish, Pashto), Syriac, N'Ko, Mongolian, and the Indic scripts (Hindi, Marathi, Bengali, Malayalam, …).
 */
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;

/** A letter, mark or digit of any script (a neighbour of a joiner inside a word). */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** The virama of the Indic scripts: a joiner after it selects a conjunct's or a final consonant's form (`ന്‍`). */
const VIRAMA = /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca]/;

/**
 * True for a ZWNJ or ZWJ at `at` that is part of the spelling: inside a word with a letter or mark of a joining
 * script on one side (Persian `می‌توانید`, and a Persian suffix after a Latin word, `API‌ها`), or after a virama.
 */
function spelledJoiner(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  if (c !== 0x200c && c !== 0x200d) return false;
  const before = at > 0 ? t[at - 1] : '';
  const after = at + 1 < t.length ? t[at + 1] : '';
  if (VIRAMA.test(before)) return true;
  return (JOINING_SCRIPT.test(before) && WORD_CHARACTER.test(after)) || (WORD_CHARACTER.test(before) && JOINING_SCRIPT.test(after));
}

/**
 * Scripts written without spaces between words, where a zero-width space marks a word boundary (for line breaking):
 * Thai, Lao, Khmer, Myanmar.
 */
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Languages written in those scripts: Thai, Lao, Khmer, Burmese. */
const UNSPACED_LANGUAGES = new Set(['th', 'lo', 'km', 'my']);

/**
 * True for a zero-width space at `at` that marks a word boundary: next to a letter or mark of a script written without
 * spaces, or anywhere in such a language but inside a Latin word or number (`Get\u200bItem` breaks the name).
 */
function wordBoundaryMark(t: string, at: number, unspacedLanguage: boolean): boolean {
  if (t.charCodeAt(at) !== 0x200b) return false;
  const before = at > 0 ? t[at - 1] : '';
  const after = at + 1 < t.length ? t[at + 1] : '';
  if (UNSPACED_SCRIPT.test(before) || UNSPACED_SCRIPT.test(after)) return true;
  return unspacedLanguage && !(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after));
}

const MOJIBAKE_FIRST = 1;
const REPLACEMENT_FIRST = 2;
const CONTROL_FIRST = 4;
const ZERO_WIDTH_FIRST = 8;

/** A first character of any of the expressions above. */
// eslint-disable-next-line no-control-regex
const ANY_FIRST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00c3\u00c4\u00c5\u00e2\ufffd\u200b-\u200d\u2060\ufeff]/;

/** Which of the expressions can match `t` (most text has none of their first characters). */
function candidates(t: string): number {
  if (!ANY_FIRST.test(t)) return 0;
  let found = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 32 && c < 127) continue;
    if (c === 0xc3 || c === 0xe2 || c === 0xc5 || c === 0xc4) found |= MOJIBAKE_FIRST;
    else if (c === 0xfffd) found |= REPLACEMENT_FIRST;
    else if (c <= 8 || c === 11 || c === 12 || (c >= 14 && c <= 31) || (c >= 127 && c <= 159)) found |= CONTROL_FIRST;
    else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) found |= ZERO_WIDTH_FIRST;
  }
  return found;
}

/** True when some character (or surrogate pair) comes three times in a row: without that, TRIPLED cannot match. */
function mayTriple(v: string): boolean {
  for (let i = 2; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === v.charCodeAt(i - 1) && c === v.charCodeAt(i - 2)) return true;
    if (c >= 0xdc00 && c <= 0xdfff && i >= 5 && c === v.charCodeAt(i - 2) && c === v.charCodeAt(i - 4)
      && v.charCodeAt(i - 1) === v.charCodeAt(i - 3) && v.charCodeAt(i - 1) === v.charCodeAt(i - 5)) return true;
  }
  return false;
}

export const suspiciousCharacters: Check = {
  id: 'SX507',
  alias: 'suspicious-characters',
  description: 'The translation has mojibake, replacement or control characters, zero-width characters or a tripled letter.',
  tags: ['characters'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const t = pair.t.text;
    const s = pair.s.text;
    const found = candidates(t);
    if (found === 0 && !mayTriple(pair.t.visible)) return;
    const report = (re: RegExp, what: string, inEnglishToo: boolean) => {
      if (inEnglishToo) return;
      for (const m of t.matchAll(re)) {
        const start = pair.tStart + (m.index ?? 0);
        ctx.report({ range: { start, end: start + m[0].length }, unit: unit.index, message: `${what}: ${JSON.stringify(m[0])}.` });
      }
    };
    if (found & MOJIBAKE_FIRST) report(MOJIBAKE, 'Mis-decoded characters (mojibake)', new RegExp(MOJIBAKE.source).test(s));
    if (found & REPLACEMENT_FIRST) report(REPLACEMENT, 'Replacement character', s.includes('\ufffd'));
    if (found & CONTROL_FIRST) report(CONTROL, 'Control character', new RegExp(CONTROL.source).test(s));
    if ((found & ZERO_WIDTH_FIRST) && !new RegExp(ZERO_WIDTH.source).test(s)) {
      const unspaced = UNSPACED_LANGUAGES.has(ctx.analysis.language ?? '');
      const edits = [...t.matchAll(ZERO_WIDTH)].filter(m => !spelledJoiner(t, m.index) && !wordBoundaryMark(t, m.index, unspaced)).map(m => ({ range: { start: pair.tStart + (m.index ?? 0), end: pair.tStart + (m.index ?? 0) + 1 }, newText: '' }));
      if (edits.length) {
        ctx.report({
          range: edits[0].range,
          unit: unit.index,
          message: `Zero-width character${edits.length > 1 ? 's' : ''} not in the English.`,
          fixes: [{ title: 'Remove the zero-width characters', preferred: true, edits }],
        });
      }
    }
    // Tripled letters only in visible prose, and not when the English has the same run (`www`, `Zzz`).
    const visible = pair.t.visible;
    const compounds = ctx.analysis.conventions.tripledLetters;
    let from = 0;
    for (const m of visible.matchAll(TRIPLED)) {
      const run = m[0];
      const end = m.index + run.length;
      // Where compounds keep three letters, the second part of the compound follows (`Schiff|fahrt`); a run before
      // an ending only (`bereitzustelllen`, `lasssen`) is a typing slip.
      if (compounds && run.length === 3 && /^[\p{L}\p{M}]{3}/u.test(visible.slice(end, end + 3))) continue;
      // A word of one letter repeated is a pattern (`tt.mm.jjjj`, `rrrr-MM-dd`), not a typing slip (but `\aaa` for
      // `\dagger` is a TeX command mangled).
      if ((m.index === 0 || !/[\p{L}\p{M}\\]/u.test(visible[m.index - 1])) && (end >= visible.length || !/[\p{L}\p{M}]/u.test(visible[end]))) continue;
      if (s.toLowerCase().includes(run.slice(0, 3))) continue;
      // Each run at its own place in the text (a second `jjjj` is not the first one again).
      const at = t.indexOf(run, from);
      if (at < 0) continue;
      from = at + run.length;
      ctx.report({ range: { start: pair.tStart + at, end: pair.tStart + at + run.length }, unit: unit.index, message: `Tripled letter "${run}".` });
    }
  },
};
