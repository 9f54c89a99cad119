/**
 * SX507 suspicious-characters: mojibake (`Ã¤`, `â€™`), U+FFFD, control characters, zero-width characters the English
 * does not have, and a letter tripled (`Usstawienia` is fine, `Usssstawienia` is not). Fix for zero-width: strip them.
 */
import type { Check } from '../types';
import { pairOf } from './pair';

const MOJIBAKE = /Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u203a™œ]|Å[\u0080-\u00bf]|Ä[\u0080-\u00bf]/g;
const REPLACEMENT = /\ufffd/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;
const TRIPLED = /(\p{Ll})\1\1/gu;

export const suspiciousCharacters: Check = {
  id: 'SX507',
  alias: 'suspicious-characters',
  description: 'The translation has mojibake, replacement or control characters, zero-width characters or a tripled letter.',
  tags: ['characters'],
  defaultSeverity: 'warning',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const t = pair.t.text;
    const s = pair.s.text;
    const report = (re: RegExp, what: string, inEnglishToo: boolean) => {
      if (inEnglishToo) return;
      for (const m of t.matchAll(re)) {
        const start = pair.tStart + (m.index ?? 0);
        ctx.report({ range: { start, end: start + m[0].length }, unit: unit.index, message: `${what}: ${JSON.stringify(m[0])}.` });
      }
    };
    report(MOJIBAKE, 'Mis-decoded characters (mojibake)', new RegExp(MOJIBAKE.source).test(s));
    report(REPLACEMENT, 'Replacement character', s.includes('\ufffd'));
    report(CONTROL, 'Control character', new RegExp(CONTROL.source).test(s));
    if (!new RegExp(ZERO_WIDTH.source).test(s)) {
      const edits = [...t.matchAll(ZERO_WIDTH)].map(m => ({ range: { start: pair.tStart + (m.index ?? 0), end: pair.tStart + (m.index ?? 0) + 1 }, newText: '' }));
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
    for (const m of pair.t.visible.matchAll(TRIPLED)) {
      if (s.toLowerCase().includes(m[0])) continue;
      const at = t.indexOf(m[0]);
      if (at < 0) continue;
      ctx.report({ range: { start: pair.tStart + at, end: pair.tStart + at + 3 }, unit: unit.index, message: `Tripled letter "${m[0]}".` });
    }
  },
};
