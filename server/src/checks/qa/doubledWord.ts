/** SX504 doubled-word: the same word twice in a row in the translation (`the the`), unless the English has it too. Fix: remove one. */
import type { Check } from '../types';
import { listOption, pairOf } from './pair';

const WORDS = /\p{L}[\p{L}\p{M}]*/gu;

export const doubledWord: Check = {
  id: 'SX504',
  alias: 'doubled-word',
  description: 'A word is repeated twice in a row.',
  tags: ['spelling'],
  defaultSeverity: 'warning',
  defaultOptions: { exceptions: ['sie', 'vous', 'nous'] },
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const exceptions = new Set(listOption(ctx.options, 'exceptions', ['sie', 'vous', 'nous']).map(e => e.toLowerCase()));
    const text = pair.t.text;
    // Only text tokens: words inside code, URLs or HTML are not prose.
    for (const token of pair.t.tokens) {
      if (token.kind !== 'text') continue;
      const chunk = text.slice(token.start, token.end);
      let previous: { word: string; end: number } | undefined;
      for (const m of chunk.matchAll(WORDS)) {
        const word = m[0].toLowerCase();
        const at = m.index ?? 0;
        if (previous && previous.word === word && /^[ \u00a0]+$/.test(chunk.slice(previous.end, at)) && !exceptions.has(word)
          && !new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}[ \\u00a0]+${escapeRegExp(word)}(?![\\p{L}])`, 'iu').test(pair.s.text)) {
          const start = pair.tStart + token.start + previous.end;
          const end = pair.tStart + token.start + at + m[0].length;
          ctx.report({
            range: { start: pair.tStart + token.start + at, end },
            unit: unit.index,
            message: `"${m[0]}" is repeated.`,
            fixes: [{ title: `Remove the repeated "${m[0]}"`, preferred: true, edits: [{ range: { start, end }, newText: '' }] }],
          });
        }
        previous = { word, end: at + m[0].length };
      }
    }
  },
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
