/**
 * SX701 inconsistent-translation: the same English (whitespace-normalized) is translated differently within the file.
 * Units whose translation differs from the most frequent one (the first, on a tie) are reported.
 *
 * Consistency is a matter of terminology: a UI label, a term, a heading must read the same each time, but a whole
 * sentence may be phrased two correct ways (`wählen … aus` / `klicken … auf`). So two translations of an English
 * sentence (`isSentence`) are reported only where they differ in what they mark as terms (their bold, italic, code and
 * link text, in order: `marked`) or only in spelling (`Bildanalyse` / `Bild-Analyse`): not where they are rephrased.
 */
import type { Check } from '../types';
import { declareOptions } from '../options';
import { classOf, codePointAt, LETTER } from './chars';
import { numberOption, targetRange, type UnitPair } from './pair';
import { contentWords } from './lengthRatio';

/**
 * An English sentence, not a label or term: it ends with a full stop, `!` or `?` and has at least three content words
 * (`contentWords`), or it has more than four (headings are compared whole).
 */
function isSentence(pair: UnitPair): boolean {
  const words = contentWords(pair.s.visible, 4);
  return words > 4 || (words >= 3 && /[.!?][\s"'”’)\]*_]*$/.test(pair.s.visible));
}

/**
 * Whether two translations of one English sentence differ in a way consistency cares about: in their marked terms, or
 * only in spelling (hyphens, spaces, punctuation, case: `Bildanalyse` / `Bild-Analyse`, `elementu :` / `elementu:`).
 * Any other difference is a rephrasing.
 */
function sameSentenceSlip(a: UnitPair, b: UnitPair): boolean {
  if (marked(a) !== marked(b)) return true;
  const letters = (pair: UnitPair) => pair.t.visible.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return letters(a) === letters(b);
}

/** What a translation marks as terms: the text of its emphasis spans, code spans and links, in order. */
function marked(pair: UnitPair): string {
  const t = pair.t;
  const parts: string[] = [];
  for (const e of t.emphasis) parts.push(t.text.slice(e.start, e.end));
  for (const token of t.tokens) {
    if (token.kind === 'code' || token.kind === 'link') parts.push(t.text.slice(token.start, token.end));
  }
  return parts.join('\u0000').replace(/\s+/g, ' ');
}

/** True when `visible` has at least `min` runs of letters (`\p{L}+`). */
function hasLetterRuns(visible: string, min: number): boolean {
  if (min <= 0) return true;
  let runs = 0;
  let inRun = false;
  const end = visible.length;
  for (let i = 0; i < end;) {
    const cp = codePointAt(visible, i, end);
    const letter = classOf(cp) === LETTER;
    if (letter && !inRun && ++runs >= min) return true;
    inRun = letter;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

export const inconsistentTranslation: Check = {
  id: 'SX701',
  alias: 'inconsistent-translation',
  description: 'The same English is translated differently in the same file.',
  tags: ['consistency'],
  defaultSeverity: 'info',
  ...declareOptions({
    minWords: { type: 'number', default: 2, minimum: 0, description: 'Fewest words the English needs for its translations to be compared.' },
  }),
  checkDocument(ctx) {
    const minWords = numberOption(ctx.options, 'minWords', 2);
    // Units by their English, whitespace-normalized; the translations are read only where the English repeats.
    // A unit index for an English met once (most are), a list from the second time on.
    const groups = new Map<string, number | number[]>();
    for (const unit of ctx.doc.units) {
      const pair = ctx.analysis.pair(unit);
      if (!pair || !hasLetterRuns(pair.s.visible, minWords)) continue;
      const source = pair.s.normalizedText;
      const known = groups.get(source);
      if (known === undefined) groups.set(source, unit.index);
      else if (typeof known === 'number') groups.set(source, [known, unit.index]);
      else known.push(unit.index);
    }
    for (const [source, indices] of groups) {
      if (typeof indices === 'number') continue;
      const sentence = indices.every(index => ctx.doc.units[index].context.block !== 'heading') && isSentence(ctx.analysis.pair(ctx.doc.units[indices[0]])!);
      const list = indices.map(index => ({ index, target: ctx.analysis.pair(ctx.doc.units[index])!.t.normalizedText }));
      const counts = new Map<string, number>();
      for (const e of list) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
      if (counts.size < 2) continue;
      let best = list[0].target;
      for (const [target, n] of counts) if (n > (counts.get(best) ?? 0)) best = target;
      const first = list.find(e => e.target === best)!;
      const bestPair = sentence ? ctx.analysis.pair(ctx.doc.units[first.index])! : undefined;
      for (const e of list) {
        if (e.target === best) continue;
        const unit = ctx.doc.units[e.index];
        const pair = ctx.analysis.pair(unit)!;
        if (bestPair && !sameSentenceSlip(pair, bestPair)) continue;
        ctx.report({
          range: targetRange(pair),
          unit: unit.index,
          message: `"${source.length > 50 ? source.slice(0, 49) + '…' : source}" is translated differently in unit ${ctx.doc.units[first.index].id}.`,
        });
      }
    }
  },
};
