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

/**
 * A 53-bit hash of a text: two 32-bit hashes over its UTF-16 code units (FNV-1a, and a multiply-rotate one), all of
 * the first and 21 bits of the second. A non-negative integer, exact in a number.
 */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}

/** The hash of the unit's English, whitespace-normalized, when its translations are compared, else -1. */
function englishHash(pair: UnitPair | undefined, minWords: number): number {
  return pair && hasLetterRuns(pair.s.visible, minWords) ? hash53(pair.s.normalizedText) : -1;
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
    const { doc, analysis } = ctx;
    // Units by a hash of their English, whitespace-normalized; a unit's hash is kept for a unit an edit did not touch,
    // so an edit elsewhere reads no halves. A unit index for a hash met once (most are), a list from the second time on.
    const byHash = new Map<number, number | number[]>();
    for (const unit of doc.units) {
      const hash = analysis.unitFact('SX701.english', unit, () => englishHash(analysis.pair(unit), minWords));
      if (hash < 0) continue;
      const known = byHash.get(hash);
      if (known === undefined) byHash.set(hash, unit.index);
      else if (typeof known === 'number') byHash.set(hash, [known, unit.index]);
      else known.push(unit.index);
    }
    // The units whose English is met again, by their English itself (equal hashes of different texts part here),
    // where their translations differ: the translations' hashes are kept too, and a group whose translations all have
    // the same hash is let go unread. (Two different translations of equal 53-bit hashes, about one chance in 10^15
    // for a pair, would go unreported; a finding is only ever made from the texts themselves.)
    const groups = new Map<string, number[]>();
    for (const indices of byHash.values()) {
      if (typeof indices === 'number') continue;
      let differ = false;
      let first = -1;
      for (const index of indices) {
        const unit = doc.units[index];
        const hash = analysis.unitFact('SX701.translation', unit, () => hash53(analysis.pair(unit)!.t.normalizedText));
        if (first < 0) first = hash;
        else if (hash !== first) differ = true;
      }
      if (!differ) continue;
      for (const index of indices) {
        const source = analysis.pair(doc.units[index])!.s.normalizedText;
        const group = groups.get(source);
        if (group === undefined) groups.set(source, [index]);
        else group.push(index);
      }
    }
    for (const [source, indices] of groups) {
      if (indices.length < 2) continue;
      const list = indices.map(index => ({ index, target: analysis.pair(doc.units[index])!.t.normalizedText }));
      const sentence = indices.every(index => doc.units[index].context.block !== 'heading') && isSentence(analysis.pair(doc.units[indices[0]])!);
      const counts = new Map<string, number>();
      for (const e of list) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
      if (counts.size < 2) continue;
      let best = list[0].target;
      for (const [target, n] of counts) if (n > (counts.get(best) ?? 0)) best = target;
      const first = list.find(e => e.target === best)!;
      const bestPair = sentence ? analysis.pair(doc.units[first.index])! : undefined;
      for (const e of list) {
        if (e.target === best) continue;
        const unit = doc.units[e.index];
        const pair = analysis.pair(unit)!;
        if (bestPair && !sameSentenceSlip(pair, bestPair)) continue;
        ctx.report({
          range: targetRange(pair),
          unit: unit.index,
          message: `"${source.length > 50 ? source.slice(0, 49) + '…' : source}" is translated differently in unit ${doc.units[first.index].id}.`,
        });
      }
    }
  },
};
