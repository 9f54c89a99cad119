/**
 * SX701 inconsistent-translation: the same English (whitespace-normalized) is translated differently within the file.
 * Units whose translation differs from the most frequent one (the first, on a tie) are reported.
 */
import type { Check } from '../types';
import { numberOption, pairOf, targetRange } from './pair';

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

export const inconsistentTranslation: Check = {
  id: 'SX701',
  alias: 'inconsistent-translation',
  description: 'The same English is translated differently in the same file.',
  tags: ['consistency'],
  defaultSeverity: 'info',
  defaultOptions: { minWords: 2 },
  checkDocument(ctx) {
    const minWords = numberOption(ctx.options, 'minWords', 2);
    const groups = new Map<string, { index: number; target: string }[]>();
    for (const unit of ctx.doc.units) {
      const pair = pairOf(ctx.doc, unit);
      if (!pair) continue;
      const source = norm(pair.s.text);
      if ((pair.s.visible.match(/\p{L}+/gu)?.length ?? 0) < minWords) continue;
      const list = groups.get(source);
      const entry = { index: unit.index, target: norm(pair.t.text) };
      if (list) list.push(entry);
      else groups.set(source, [entry]);
    }
    for (const [source, list] of groups) {
      if (list.length < 2) continue;
      const counts = new Map<string, number>();
      for (const e of list) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
      if (counts.size < 2) continue;
      let best = list[0].target;
      for (const [target, n] of counts) if (n > (counts.get(best) ?? 0)) best = target;
      const first = list.find(e => e.target === best)!;
      for (const e of list) {
        if (e.target === best) continue;
        const unit = ctx.doc.units[e.index];
        const pair = pairOf(ctx.doc, unit)!;
        ctx.report({
          range: targetRange(pair),
          unit: unit.index,
          message: `"${source.length > 50 ? source.slice(0, 49) + '…' : source}" is translated differently in unit ${ctx.doc.units[first.index].id}.`,
        });
      }
    }
  },
};
