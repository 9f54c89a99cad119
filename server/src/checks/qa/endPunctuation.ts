/** SX503 end-punctuation: the final punctuation of the translation is of another kind than the English (`.`↔`。` etc. are equal). */
import type { Check } from '../types';
import { PROTECTED_MARK } from '../../sxs/inline';
import { isJsSpace, pairOf, targetRange } from './pair';

const CLASSES: Readonly<Record<string, string>> = {
  '.': 'period', '。': 'period', '．': 'period', '։': 'period', '।': 'period',
  '?': 'question', '？': 'question', ';': 'semicolon', '；': 'semicolon',
  '!': 'exclamation', '！': 'exclamation', ':': 'colon', '：': 'colon',
  ',': 'comma', '、': 'comma', '，': 'comma', '…': 'ellipsis',
};

/** Closing quotes and brackets, emphasis markers and direction marks that may follow the final punctuation. */
const CLOSERS = new Set([...'\u200e\u200f"\'”’»)]」』）*_'].map(c => c.charCodeAt(0)));

/** The kind of punctuation that ends the visible text (closing quotes and brackets skipped), or `none`. */
export function endClass(visible: string): string {
  let i = visible.length - 1;
  while (i >= 0 && (isJsSpace(visible.charCodeAt(i)) || CLOSERS.has(visible.charCodeAt(i)))) i--;
  if (i < 0 || visible[i] === PROTECTED_MARK) return 'none';
  if (visible[i] === '.' && visible.slice(i - 2, i + 1) === '...') return 'ellipsis';
  return CLASSES[visible[i]] ?? 'none';
}

export const endPunctuation: Check = {
  id: 'SX503',
  alias: 'end-punctuation',
  description: 'The translation ends with different punctuation than the English.',
  tags: ['punctuation'],
  defaultSeverity: 'info',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = pairOf(ctx.doc, unit);
    if (!pair) return;
    const s = endClass(pair.s.visible);
    const t = endClass(pair.t.visible);
    if (s === t) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `The translation ends with ${t === 'none' ? 'no punctuation' : 'a ' + t}; the English ends with ${s === 'none' ? 'none' : 'a ' + s}.` });
  },
};
