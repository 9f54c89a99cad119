/**
 * The sentence of the current English that most likely replaced an old one: among the lines of L that H does not
 * have, the most similar sentence, line, table cell or run of up to three sentences, when the similarity is at least
 * 0.6 (word tokens, 2 × common / total). Otherwise the old sentence was deleted or rewritten beyond recognition. Pure.
 */
import { similarityOfTokens, similarityTokens } from './wordDiff';
import { normalizeWhitespace } from './text';

export interface Replacement {
  readonly text: string;
  readonly similarity: number;
}

export const REPLACEMENT_THRESHOLD = 0.6;

/** Sentences of a line: split after `.`, `!` or `?` followed by a space and a capital, digit or markup. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}*_`[<])/u).map(part => part.trim()).filter(part => part !== '');
}

/** The candidate texts of the lines of `current` that `handoff` does not have. */
export function replacementCandidates(handoff: string, current: string): string[] {
  const old = new Set(handoff.split(/\r\n|\n|\r/).map(normalizeWhitespace));
  const candidates = new Set<string>();
  for (const raw of current.split(/\r\n|\n|\r/)) {
    const line = normalizeWhitespace(raw);
    if (line === '' || old.has(line)) continue;
    const text = line.replace(/^(>\s?)+/, '').replace(/^([-*+]|\d+[.)])\s+/, '').replace(/^#{1,6}\s+/, '');
    candidates.add(text);
    if (text.includes('|')) {
      for (const cell of text.split('|')) if (cell.trim() !== '') candidates.add(cell.trim());
    }
    const parts = sentences(text);
    for (let i = 0; i < parts.length; i++) {
      for (let n = 1; n <= 3 && i + n <= parts.length; n++) candidates.add(parts.slice(i, i + n).join(' '));
    }
  }
  return [...candidates];
}

/** A finder over the candidates of one (H, L) pair, computed once. */
export function createReplacementFinder(handoff: string, current: string): (oldEnglish: string) => Replacement | undefined {
  const candidates = replacementCandidates(handoff, current).map(text => ({ text, tokens: similarityTokens(text) }));
  return oldEnglish => {
    const target = similarityTokens(normalizeWhitespace(oldEnglish));
    let best: Replacement | undefined;
    for (const { text, tokens } of candidates) {
      // An upper bound first: texts of very different lengths cannot reach the threshold or beat the best.
      const bound = (2 * Math.min(tokens.length, target.length)) / (tokens.length + target.length);
      if (bound < REPLACEMENT_THRESHOLD || (best !== undefined && bound <= best.similarity)) continue;
      const score = similarityOfTokens(target, tokens);
      if (score >= REPLACEMENT_THRESHOLD && (best === undefined || score > best.similarity)) best = { text, similarity: score };
    }
    return best;
  };
}

export function findReplacement(oldEnglish: string, handoff: string, current: string): Replacement | undefined {
  return createReplacementFinder(handoff, current)(oldEnglish);
}
