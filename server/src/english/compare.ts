/**
 * Which units' English has moved on since the hand-off. H is the English file at the localized file's
 * `ms.sourcegitcommit`, L the English file now (a ref or the working tree), both without front matter, and S a
 * unit's English half as written between its tags; all compared with whitespace normalised:
 *
 * - **stale**: S is in H and not in L, so the translation describes a sentence the English no longer says;
 * - **not from the hand-off**: S is not in H (the hand-off altered the English: an added escape, a sentence continued
 *   over a `> ` line…), so no verdict is possible and the unit is never stale;
 * - **current**: S is in both.
 *
 * Also: paragraphs of prose in L that no unit covers and that H did not have ("new English not yet translated"),
 * each placed after the nearest unit whose English precedes it in L. Pure: the texts are given.
 */
import type { SxsDocument } from '../sxs/types';
import { createReplacementFinder, type Replacement } from './replacement';
import { normalizeWhitespace, stripFrontMatter } from './text';

export type UnitVerdict = 'current' | 'stale' | 'notFromHandoff';

export interface NewEnglishParagraph {
  /** The paragraph as written in the current English (without list, quote and heading markers). */
  readonly text: string;
  /** The unit after which it would go: the last unit whose English comes before it in L; undefined: the top. */
  readonly afterUnit: number | undefined;
}

export interface EnglishComparison {
  /** The verdict per unit index; undefined for a unit without an English half. */
  readonly verdicts: readonly (UnitVerdict | undefined)[];
  /** Indexes of the stale units, in document order. */
  readonly stale: readonly number[];
  /** Indexes of the units whose English is not in the hand-off English. */
  readonly notFromHandoff: readonly number[];
  readonly newEnglish: readonly NewEnglishParagraph[];
  /** The sentence of the current English that most likely replaced a stale unit's English (memoised). */
  replacementOf(unit: number): Replacement | undefined;
}

/** The English half of a unit as written, or undefined. */
export function englishOf(model: SxsDocument, unit: number): string | undefined {
  const source = model.units[unit]?.source;
  return source === undefined ? undefined : model.text.slice(source.start, source.end);
}

export function compareWithEnglish(model: SxsDocument, handoffText: string, currentText: string): EnglishComparison {
  const handoff = stripFrontMatter(handoffText);
  const current = stripFrontMatter(currentText);
  const normHandoff = normalizeWhitespace(handoff);
  const normCurrent = normalizeWhitespace(current);
  const verdicts: (UnitVerdict | undefined)[] = [];
  const stale: number[] = [];
  const notFromHandoff: number[] = [];
  const normEnglish: (string | undefined)[] = [];
  for (const unit of model.units) {
    const english = englishOf(model, unit.index);
    if (english === undefined) {
      verdicts.push(undefined);
      normEnglish.push(undefined);
      continue;
    }
    const norm = normalizeWhitespace(english);
    normEnglish.push(norm);
    let verdict: UnitVerdict;
    if (!normHandoff.includes(norm)) {
      verdict = 'notFromHandoff';
      notFromHandoff.push(unit.index);
    } else if (!normCurrent.includes(norm)) {
      verdict = 'stale';
      stale.push(unit.index);
    } else {
      verdict = 'current';
    }
    verdicts.push(verdict);
  }
  const replacements = new Map<number, Replacement | undefined>();
  let finder: ((oldEnglish: string) => Replacement | undefined) | undefined;
  return {
    verdicts,
    stale,
    notFromHandoff,
    newEnglish: findNewEnglish(current, normHandoff, normCurrent, normEnglish),
    replacementOf: unit => {
      if (verdicts[unit] !== 'stale') return undefined;
      if (!replacements.has(unit)) {
        finder ??= createReplacementFinder(handoff, current);
        replacements.set(unit, finder(englishOf(model, unit) ?? ''));
      }
      return replacements.get(unit);
    },
  };
}

/** A block of the English that is prose: not code, HTML, a table, a DocFX block or a link definition. */
function proseOf(lines: readonly string[]): string | undefined {
  const first = lines[0];
  if (/^( {4,}|\t)/.test(first)) return undefined;
  const stripped = lines.map(line => line
    .replace(/^\s*(>\s?)+/, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .trim());
  const head = stripped[0];
  if (/^(<|\||:::|\[!(INCLUDE|div|code|VIDEO)|\[[^\]]+\]:\s)/i.test(head) || /^\|/.test(stripped[stripped.length - 1])) return undefined;
  const text = stripped.join(' ').trim();
  if ((text.match(/\p{L}{2,}/gu) ?? []).length < 4) return undefined;
  return text;
}

/** The blocks (runs of non-blank lines) of a markdown body, outside fenced code and HTML comments. */
function proseBlocks(body: string): { raw: string; prose: string }[] {
  const blocks: { raw: string; prose: string }[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  let comment = false;
  const flush = () => {
    if (current.length > 0) {
      const prose = proseOf(current);
      if (prose !== undefined) blocks.push({ raw: current.join('\n'), prose });
    }
    current = [];
  };
  for (const line of body.split(/\r\n|\n|\r/)) {
    const content = line.replace(/^\s*(>\s?)*/, '');
    if (fence !== undefined) {
      if (content.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const opener = /^\s*(```+|~~~+)/.exec(content);
    if (opener !== null) {
      flush();
      fence = opener[1];
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      flush();
      comment = true;
      continue;
    }
    if (content.trim() === '') {
      flush();
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks;
}

function findNewEnglish(
  current: string, normHandoff: string, normCurrent: string, normEnglish: readonly (string | undefined)[],
): NewEnglishParagraph[] {
  const covering = normEnglish
    .map((norm, unit) => ({ unit, norm }))
    .filter((entry): entry is { unit: number; norm: string } => entry.norm !== undefined && entry.norm !== '');
  // Where each unit's English stands in L, for placing a new paragraph after the nearest unit before it.
  const placed = covering
    .map(entry => ({ unit: entry.unit, at: normCurrent.indexOf(entry.norm) }))
    .filter(entry => entry.at >= 0)
    .sort((a, b) => a.at - b.at);
  const found: NewEnglishParagraph[] = [];
  let searchFrom = 0;
  for (const block of proseBlocks(current)) {
    const norm = normalizeWhitespace(block.raw);
    const at = normCurrent.indexOf(norm, searchFrom);
    if (at >= 0) searchFrom = at + norm.length;
    // Conservative: a paragraph the hand-off already had, or that any unit's English is part of, is not new.
    // (Its prose, without list, quote and heading markers, also counts: `<pre>x</pre>` that became `> x` is not new.)
    if (normHandoff.includes(norm) || normHandoff.includes(normalizeWhitespace(block.prose))
      || covering.some(entry => norm.includes(entry.norm))) continue;
    let afterUnit: number | undefined;
    for (const entry of placed) {
      if (at >= 0 && entry.at < at) afterUnit = entry.unit;
      else break;
    }
    found.push({ text: block.prose, afterUnit });
  }
  return found;
}
