/**
 * SX313 escape-mismatch: the backslash escapes and character references that protect markdown characters differ:
 * an escape of the English is missing from the translation, or the translation escapes markup the English uses
 * (`\*\*` where the English has `**`). Character references are compared the same way (`&#x2014;` mangled into
 * `& #x 2014;`).
 */
import type { Check } from '../types';
import { Half, pairOf, targetRange, UnitPair } from './pair';
import { angleTextTags } from './angleText';

/** Characters whose escape changes how the line parses. */
const SIGNIFICANT = new Set(['*', '_', '[', ']', '|', '<', '>', '!', '#', '`', '\\', '~']);
/** Characters translators may rightly write another way (locale quotes, spaces). */
const FREE = /^[\s\u00a0"'‘’“”„«»]$/u;

/** A character reference broken by inserted spaces: `& #x 2014;`, `&lt ;`, `& amp;`. */
const MANGLED_REFERENCE = /&\s+#|&#\s|&#x\s|&\s+[a-z]+;|&[a-z]+\s+;|&#x?[0-9a-f]*\s+[0-9a-f]+;/i;

interface Protected {
  /** How the character is protected: `\*` or the reference as written. */
  readonly form: string;
  readonly char: string;
}

function protectedChars(parse: Half): Protected[] {
  const out: Protected[] = [];
  for (const e of parse.escapes) if (SIGNIFICANT.has(e.char)) out.push({ form: '\\' + e.char, char: e.char });
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
function differences(pair: UnitPair): string[] {
  const parts: string[] = [];
  const s = protectedChars(pair.s);
  const t = protectedChars(pair.t);
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
  for (const [form, e] of forms) {
    if (e.s === e.t) continue;
    const shown = countChar(pair.t.visible, e.char) - countChar(pair.s.visible, e.char);
    // `&amp;` → "i" is translation; `&#x2014;` → `& #x 2014;` is damage.
    const reference = form.startsWith('&');
    if (e.s > e.t && shown < 0 && reference && !SIGNIFICANT.has(e.char) && !MANGLED_REFERENCE.test(pair.t.text)) continue;
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
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    if (pair.s.escapes.length === 0 && pair.s.entities.length === 0 && pair.t.escapes.length === 0 && pair.t.entities.length === 0) return;
    const parts = differences(pair);
    if (parts.length === 0) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Escapes differ from the English: ${parts.join(', ')}.` });
  },
};
