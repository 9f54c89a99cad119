/**
 * SX307 emphasis-mismatch: the number of strong, emphasis or strikethrough nodes differs from the English. A bold or
 * italic the translation lacks may stand as a label in brackets or quotation marks instead (`[Tiedosto]`, `[確定]`,
 * `„Datei“`, `「以外」`, conventions `uiLabels`): the translation must then have as many more such labels than the
 * English as it lacks bold and italic. Italics lost in Arabic, Hebrew, Chinese or Japanese text are not reported:
 * those scripts have no italics, and their style guides drop them (a lost bold is still reported). A bold whose
 * closing marker the English escaped (`**and** or\*\*`, an odd `\*\*` with no partner, shown literally by mistake)
 * may be repaired by the translation: one more bold for each such marker is not reported.
 */
import type { Check } from '../types';
import { targetRange, type UnitPair } from './pair';
import { bracketLabels } from './uiPathMismatch';

/**
 * True when the translation shows more `*` or `_` as text than the English (escaped, or a run emphasis did not use):
 * the bold or italic was damaged there, not replaced by a quoted label (`\*"أرشيف فوري"\*`).
 */
function literalMarkers(pair: UnitPair): boolean {
  const count = (half: UnitPair['t']) => half.escapes.filter(e => e.char === '*' || e.char === '_').length
    + half.unmatchedDelimiters.filter(d => d.char !== '~').reduce((n, d) => n + d.remaining, 0);
  return count(pair.t) > count(pair.s);
}

/** An escaped `**` or `__` (`\*\*`) written as one marker. */
const ESCAPED_PAIR = /(?<!\\)(?:\\\*\\\*|\\_\\_)(?!\\[*_])/g;

/**
 * How many bolds the translation may have beyond the English because the English broke them: an odd number of escaped
 * `\*\*` markers leaves one without its partner, which the translation may write as the bold it was meant to be.
 */
export function repairedBolds(pair: UnitPair): number {
  if (pair.t.strong <= pair.s.strong || !pair.s.text.includes('\\')) return 0;
  const markers = pair.s.text.match(ESCAPED_PAIR)?.length ?? 0;
  return Math.min(markers % 2, pair.t.strong - pair.s.strong);
}

/** Letters of scripts with no italic tradition, whose style guides drop the English italics: Arabic, Hebrew, Han, kana. */
const NO_ITALIC_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** True when most letters of the translation are of a script without italics (names in Latin letters may remain). */
function withoutItalics(visible: string): boolean {
  const own = visible.match(NO_ITALIC_SCRIPT)?.length ?? 0;
  if (own === 0) return false;
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  return own * 2 > letters;
}

export const emphasisMismatch: Check = {
  id: 'SX307',
  alias: 'emphasis-mismatch',
  description: 'Bold, italic or strikethrough formatting differs from the English (count of each).',
  tags: ['markdown', 'emphasis'],
  defaultSeverity: 'warning',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const parts: string[] = [];
    const compare = (name: string, t: number, s: number) => {
      if (t !== s) parts.push(`${t} ${name} (English ${s})`);
    };
    compare('bold', pair.t.strong, pair.s.strong + repairedBolds(pair));
    compare('italic', pair.t.em, pair.s.em);
    compare('strikethrough', pair.t.strike, pair.s.strike);
    if (parts.length === 0) return;
    const brackets = ctx.analysis.conventions.uiLabels;
    if (pair.t.strong <= pair.s.strong && pair.t.em <= pair.s.em && pair.t.strike === pair.s.strike && !literalMarkers(pair)) {
      const lacking = pair.s.strong - pair.t.strong + pair.s.em - pair.t.em;
      const labels = bracketLabels(pair.t.visible, brackets) - bracketLabels(pair.s.visible, brackets);
      if (labels >= lacking) return;
      // Italics lost in a script that has none (its style guides drop them); every lost bold still needs its label.
      if (labels >= pair.s.strong - pair.t.strong && withoutItalics(pair.t.visible)) return;
    }
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `Formatting differs from the English: ${parts.join(', ')}.` });
  },
};
