/**
 * SX313 escape-mismatch: the backslash escapes and character references that protect markdown characters differ:
 * an escape of the English is missing from the translation, or the translation escapes markup the English uses
 * (`\*\*` where the English has `**`). Character references are compared the same way (`&#x2014;` mangled into
 * `& #x 2014;`).
 */
import type { Check } from '../types';
import { pairOf, targetRange, tokensOf, UnitPair } from './pair';
import type { InlineParse } from '../../sxs/inline';

/** Characters whose escape changes how the line parses. */
const SIGNIFICANT = new Set(['*', '_', '[', ']', '|', '<', '>', '!', '#', '`', '\\', '~']);

function escapes(parse: InlineParse): string[] {
  const out: string[] = [];
  for (const e of tokensOf(parse, 'escape')) if (SIGNIFICANT.has(e.char)) out.push('\\' + e.char);
  return out;
}

/** References other than the ones translators may legitimately replace with the character (`&nbsp;`, quotes, dashes). */
function references(parse: InlineParse): string[] {
  const out: string[] = [];
  for (const e of tokensOf(parse, 'entity')) {
    const raw = e.raw.toLowerCase();
    if (raw === '&nbsp;' || raw === '&quot;' || raw === '&apos;' || e.decoded === undefined) continue;
    out.push(e.raw);
  }
  return out;
}

function counts(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of list) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function differences(pair: UnitPair): string[] {
  const parts: string[] = [];
  const compare = (s: string[], t: string[]) => {
    const sc = counts(s);
    const tc = counts(t);
    for (const key of new Set([...sc.keys(), ...tc.keys()])) {
      const a = sc.get(key) ?? 0;
      const b = tc.get(key) ?? 0;
      if (a > b) parts.push(`${a - b} × ${key} missing`);
      else if (b > a) parts.push(`${b - a} × ${key} not in the English`);
    }
  };
  compare(escapes(pair.s), escapes(pair.t));
  compare(references(pair.s), references(pair.t));
  return parts;
}

export const escapeMismatch: Check = {
  id: 'SX313',
  alias: 'escape-mismatch',
  description: 'Backslash escapes or character references that protect markdown characters differ from the English.',
  tags: ['markdown', 'escapes'],
  defaultSeverity: 'warning',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const parts = differences(pair);
    if (parts.length === 0) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Escapes differ from the English: ${parts.join(', ')}.` });
  },
};
