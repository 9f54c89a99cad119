/**
 * SX313 escape-mismatch: the backslash escapes and character references that protect markdown characters differ:
 * an escape of the English is missing from the translation, or the translation escapes markup the English uses
 * (`\*\*` where the English has `**`). Character references are compared the same way (`&#x2014;` mangled into
 * `& #x 2014;`). The English's own broken markup need not be copied: a lone escaped backtick (an odd number shown:
 * `generators\` parameters`, an apostrophe typed as a backtick, or `[\`Name]` without its partner), and an escaped
 * `\*\*` without a partner that the translation writes as the bold it was meant to be (`**and** or\*\*`).
 */
import type { Check, Fix } from '../types';
import { Half, targetRange, UnitPair } from './pair';
import { angleTextTags } from './angleText';
import { overlapsProtected } from './plainText';
import { repairedBolds } from './emphasisMismatch';

/** Characters whose escape changes how the line parses. */
const SIGNIFICANT = new Set(['*', '_', '[', ']', '|', '<', '>', '!', '#', '`', '\\', '~']);
/** Characters translators may rightly write another way (locale quotes, spaces). */
const FREE = /^[\s\u00a0"'‘’“”„«»]$/u;

/** A character reference broken by inserted spaces: `& #x 2014;`, `&lt ;`, `& amp;`. */
const MANGLED_REFERENCE = /&\s+#|&#\s|&#x\s|&\s+[a-z]+;|&[a-z]+\s+;|&#x?[0-9a-f]*\s+[0-9a-f]+;/i;

/**
 * A character reference with spaces inside, one by one: `& quot;`, `& amp;`, `&gt ;`, `& #39;`, `& #x 2014;`. A name
 * must be a reference the English uses or one of the common ones, so `R& D;` in prose is not a reference.
 */
const SPACED_REFERENCE = /&[ \t\u00a0]*(#[ \t\u00a0]*[xX]?[ \t\u00a0]*[0-9a-fA-F]+(?:[ \t\u00a0]+[0-9a-fA-F]+)*|[a-zA-Z]{2,8})[ \t\u00a0]*;/g;
const COMMON_NAMES = new Set(['quot', 'amp', 'lt', 'gt', 'apos', 'nbsp']);

interface Spaced {
  readonly start: number;
  readonly end: number;
  /** As written, spaces included. */
  readonly raw: string;
  /** Without the spaces: the reference it was. */
  readonly reference: string;
}

/** The character references of the translation that spaces broke apart (outside code spans, links and HTML). */
function spacedReferences(pair: UnitPair): Spaced[] {
  const out: Spaced[] = [];
  if (!pair.t.text.includes('&')) return out;
  const english = new Set(pair.s.entities.map(e => e.raw));
  for (const m of pair.t.text.matchAll(SPACED_REFERENCE)) {
    if (!/\s/.test(m[0])) continue;
    const reference = m[0].replace(/\s+/g, '');
    const name = m[1].startsWith('#') ? undefined : m[1];
    if (name !== undefined && !COMMON_NAMES.has(name) && !english.has(reference)) continue;
    if (name === undefined && !english.has(reference) && !/^&#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6});$/.test(reference)) continue;
    if (overlapsProtected(pair.t, m.index, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], reference });
  }
  return out;
}

interface Protected {
  /** How the character is protected: `\*` or the reference as written. */
  readonly form: string;
  readonly char: string;
}

function protectedChars(parse: Half, translation: boolean): Protected[] {
  const out: Protected[] = [];
  for (const e of parse.escapes) {
    if (!SIGNIFICANT.has(e.char)) continue;
    // `\*` that a translation puts between spaces is an asterisk as a sign (German `a \* b` for a multiplication):
    // a bare one there would not be emphasis either, so the escape protects nothing. (One of the English still
    // counts: an asterisk the reader sees, `using \* in`, must not be lost.)
    if (translation && (e.char === '*' || e.char === '_') && /^\s?$/.test(parse.text.charAt(e.start - 1)) && /^\s?$/.test(parse.text.charAt(e.end))) continue;
    out.push({ form: '\\' + e.char, char: e.char });
  }
  for (const e of parse.entities) {
    if (e.decoded !== undefined && !FREE.test(e.decoded)) out.push({ form: e.raw, char: e.decoded });
  }
  return out;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + char.length)) n++;
  return n;
}

/**
 * A protection lost or added only matters when the character shows differently: fewer of it visible than in the
 * English (the escape was dropped with the character, or the bare character became markup), or more of it (an escape
 * added where the English uses the character as markup, `\*\*` for `**`).
 */
function differences(pair: UnitPair, spaced: readonly Spaced[]): string[] {
  const parts: string[] = [];
  // A reference broken by spaces is reported as such, not as a reference missing.
  const broken = new Map<string, number>();
  for (const b of spaced) broken.set(b.reference, (broken.get(b.reference) ?? 0) + 1);
  const s = protectedChars(pair.s, false);
  const t = protectedChars(pair.t, true);
  const forms = new Map<string, { char: string; s: number; t: number }>();
  for (const p of s) {
    const e = forms.get(p.form) ?? { char: p.char, s: 0, t: 0 };
    e.s++;
    forms.set(p.form, e);
  }
  for (const p of t) {
    const e = forms.get(p.form) ?? { char: p.char, s: 0, t: 0 };
    e.t++;
    forms.set(p.form, e);
  }
  const repaired = repairedBolds(pair);
  for (const [form, e] of forms) {
    if (e.s > e.t) e.t = Math.min(e.s, e.t + (broken.get(form) ?? 0));
    // A lone backtick the English shows is a typo (an apostrophe, a quote without its partner).
    if (form === '\\`' && e.s > e.t && countChar(pair.s.visible, '`') % 2 === 1) e.s--;
    // The English's unpaired `\*\*` written as bold.
    if ((form === '\\*' || form === '\\_') && e.s > e.t && repaired > 0) e.s = Math.max(e.t, e.s - 2 * repaired);
    if (e.s === e.t) continue;
    const shown = countChar(pair.t.visible, e.char) - countChar(pair.s.visible, e.char);
    // `&amp;` → "i" is translation; `&#x2014;` → `& #x 2014;` is damage.
    const reference = form.startsWith('&');
    if (e.s > e.t && shown < 0 && reference && !SIGNIFICANT.has(e.char) && !MANGLED_REFERENCE.test(pair.t.text)) continue;
    // In a table cell `\|` is how a pipe is written (SX314 reports a bare one, and its fix adds the escape).
    if (form === '\\|' && e.t > e.s && pair.unit.context.tableCell !== undefined) continue;
    // SX316 reports `<Name>` that became a tag where the English escaped it.
    if (form === '\\<' && e.s > e.t && angleTextTags(pair).some(a => a.form === 'escape')) continue;
    if (e.s > e.t && shown < 0) parts.push(`${e.s - e.t} × ${form} missing`);
    else if (e.t > e.s && shown > 0) parts.push(`${e.t - e.s} × ${form} not in the English`);
  }
  return parts;
}

export const escapeMismatch: Check = {
  id: 'SX313',
  alias: 'escape-mismatch',
  description: 'Backslash escapes or character references that protect markdown characters differ from the English.',
  tags: ['markdown', 'escapes'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const spaced = spacedReferences(pair);
    if (spaced.length === 0 && pair.s.escapes.length === 0 && pair.s.entities.length === 0 && pair.t.escapes.length === 0 && pair.t.entities.length === 0) return;
    const parts = differences(pair, spaced);
    const counted = new Map<string, number>();
    for (const b of spaced) counted.set(`"${b.raw}" is ${b.reference} broken by spaces`, (counted.get(`"${b.raw}" is ${b.reference} broken by spaces`) ?? 0) + 1);
    const brokenParts = [...counted].map(([part, n]) => (n > 1 ? `${n} × ` : '') + part);
    if (parts.length === 0 && brokenParts.length === 0) return;
    // Closing up the spaces is certain when each broken reference is one the English has.
    const english = new Set(pair.s.entities.map(e => e.raw));
    const fixes: Fix[] | undefined = spaced.length > 0 && spaced.every(b => english.has(b.reference))
      ? [{
        title: spaced.length === 1 ? `Write ${spaced[0].reference} without spaces` : 'Write the character references without spaces',
        preferred: true,
        edits: spaced.map(b => ({ range: { start: pair.tStart + b.start, end: pair.tStart + b.end }, newText: b.reference })),
      }]
      : undefined;
    // An escaped bracket the English does not have breaks a link: the link, URL and link-text findings of the unit
    // are that fault's consequences.
    const breaksLink = parts.some(part => /× \\[[\]] not in the English/.test(part));
    ctx.report({
      range: targetRange(pair),
      unit: unit.index,
      message: `Escapes differ from the English: ${[...brokenParts, ...parts].join(', ')}.` + (breaksLink ? ' An escaped bracket breaks the link.' : ''),
      fixes,
      absorbs: breaksLink ? ['SX303', 'SX304', 'SX305', 'SX312'] : undefined,
    });
  },
};
