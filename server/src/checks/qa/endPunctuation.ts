/**
 * SX503 end-punctuation: the final punctuation of the translation is of another kind than the English. Marks of
 * other scripts count as their class (`。` and `．` are periods, `？` and the Arabic `؟` questions, see the locale
 * table; the Ethiopic `።`, Myanmar `။` and Khmer `។` are periods), closing quotes of every language are skipped
 * (`“`, `»`, `«`, `」`), and the changes a language's style allows are not reported: in every language an added
 * final period (`Klíč je platný.` for `The key is valid`) and a period for `!`; in Japanese, Chinese, Korean and
 * Russian a period for a lead-in's `:`; in Russian, Polish, Czech and Ukrainian a list item's `;`. A file whose
 * locale is not known accepts all of these (and the Greek and Thai ones for text of those scripts).
 *
 * Where the mark depends on the block, not the sentence (Microsoft's style guides and each language's typography):
 * - final punctuation is read before trailing tags (`….</span>`, `.&nbsp;</span>`);
 * - a heading's period or colon is style: it may drop it or end with a colon (German procedure headings, `So
 *   kopieren Sie …:`); a question mark stays;
 * - a table cell takes no final period or colon: cells are fragments as often as sentences, and a column may mix them
 *   (not after another sentence of the same cell, which makes it prose);
 * - a list item that is a noun phrase takes no final period in many languages (French, Czech, Russian, Korean,
 *   Japanese…): a dropped period or colon is reported only where another item of the same list keeps the English's
 *   mark, so the translation's own list style is followed;
 * - the English's list punctuation (`;`, `,` ending an item) is English style: the item may end with none or a period;
 * - a lead-in before a list or table may end with a colon (German, Hebrew), as may a bold label (`**注:**`, `**Note**`)
 *   and a sentence whose English ends with a dash (`algorithms -`);
 * - the English's last mark may belong to a UI label, not to the sentence (`Select **Load from GitHub!**`,
 *   `**Manage NuGet Packages...**.`): then the sentence's own mark (none, or the period) is accepted;
 * - an English unit that ends with a comma (a sentence cut by segmentation, or a typo) may be closed with a period;
 * - a Japanese question may end with the particle か alone.
 */
import type { Check } from '../types';
import { PROTECTED_MARK } from '../../sxs/inline';
import { CLOSING_QUOTES, conventionsFor, endClassOf, FALLBACK, type EndClass, type LocaleConventions } from '../locale';
import { isJsSpace, targetRange, type UnitPair } from './pair';
import type { CheckContext } from '../types';
import type { SxsUnit } from '../../sxs/types';

/** Closing quotes and brackets, emphasis markers and direction marks that may follow the final punctuation. */
const CLOSERS = new Set([...'\u200e\u200f"\'”’»«›‹“‘)]」』）》〉】〕*_', ...CLOSING_QUOTES].map(c => c.charCodeAt(0)));

/**
 * Sentence marks of scripts the locale table does not list: the Ethiopic full stop `።` (Amharic, Tigrinya), the
 * Myanmar `။`, the Khmer `។` and `៕`, the Devanagari double danda `॥`, and their question marks, commas and colons.
 */
const SCRIPT_ENDS: Readonly<Record<string, EndClass>> = {
  '\u1362': 'period', '\u1367': 'question', '\u1363': 'comma', '\u1364': 'semicolon', '\u1365': 'colon', '\u1366': 'colon',
  '\u104b': 'period', '\u104a': 'comma', '\u17d4': 'period', '\u17d5': 'period', '\u17d6': 'colon', '\u0965': 'period',
};

/** Tags and white space at the end of a half's text, as written (`</a>.</span>`; not escaped `&lt;/p&gt;`). */
const RAW_TAGS_END = /(?:<\/?[A-Za-z][^<>]*>|\s|&(?:nbsp|#160|#x[aA]0);)+$/;

/** How many tags end the half's text (they are protected tokens in its visible text). */
function trailingTags(text: string): number {
  const tail = RAW_TAGS_END.exec(text.length > 400 ? text.slice(-400) : text);
  return tail ? (tail[0].match(/<\/?[A-Za-z]/g) ?? []).length : 0;
}

/** The kind of punctuation that ends the visible text (closing quotes and brackets skipped), or `none`. */
export function endClass(visible: string, conventions: LocaleConventions = FALLBACK, tags = 0): EndClass {
  let i = visible.length - 1;
  for (;;) {
    while (i >= 0 && (isJsSpace(visible.charCodeAt(i)) || CLOSERS.has(visible.charCodeAt(i)))) i--;
    // A tag after the final mark (`.</span>`, read as a protected token): the mark is still the sentence's.
    if (tags <= 0 || visible[i] !== PROTECTED_MARK) break;
    tags--;
    i--;
  }
  if (i < 0 || visible[i] === PROTECTED_MARK) return 'none';
  if (visible[i] === '.' && visible.slice(i - 2, i + 1) === '...') return 'ellipsis';
  return endClassOf(visible[i], conventions) ?? SCRIPT_ENDS[visible[i]] ?? 'none';
}

/**
 * With no known locale, the changes of a language whose marks depend on its script are accepted for text of that
 * script: the Greek `;` for `?`, Thai with no full stop. Decided by the translation's last letter.
 */
function scriptAllows(visible: string, s: EndClass, t: EndClass): boolean {
  const letters = visible.match(/[\p{Script=Greek}\p{Script=Thai}](?=[^\p{L}]*$)/u);
  if (!letters) return false;
  const language = /\p{Script=Greek}/u.test(letters[0]) ? 'el' : 'th';
  return conventionsFor(language).endPunctuation.some(([english, translation]) => english === s && translation === t);
}

/** English text: only the English marks count. */
const ENGLISH_ONLY = { ...FALLBACK, punctuation: { ...FALLBACK.punctuation, sentenceEnd: {} } };

export const endPunctuation: Check = {
  id: 'SX503',
  alias: 'end-punctuation',
  description: 'The translation ends with different punctuation than the English (changes the language\'s style allows are accepted).',
  tags: ['punctuation'],
  defaultSeverity: 'info',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const conventions = ctx.analysis.conventions;
    const s = endClass(pair.s.visible, ENGLISH_ONLY, trailingTags(pair.s.text));
    const t = endClass(pair.t.visible, conventions, trailingTags(pair.t.text));
    if (s === t || conventions.endPunctuation.some(([english, translation]) => english === s && translation === t)) return;
    if (conventions === FALLBACK && scriptAllows(pair.t.visible, s, t)) return;
    if (blockAllows(unit, pair, s, t, ctx)) return;
    ctx.report({ range: targetRange(pair), unit: unit.index, message: `The translation ends with ${ending(t)}; the English ends with ${ending(s)}.` });
  },
};

/** English text that ends with a mark inside a closing emphasis that does not open the unit: `Select **Load from GitHub!**`. */
const LABEL_END = /[!?.:…](?:\*\*|__|\*|_)\s*[.]?\s*$/;

/** The changes of final punctuation the unit's block and the English's own marks allow (see the module comment). */
function blockAllows(unit: SxsUnit, pair: UnitPair, s: EndClass, t: EndClass, ctx: CheckContext): boolean {
  const context = unit.context;
  const dropped = t === 'none' && (s === 'period' || s === 'colon');
  if (dropped && context.tableCell !== undefined && !afterSentenceInCell(unit, ctx)) return true;
  // A heading's end is style: none in English, a colon ending a German procedure heading (`So kopieren Sie …:`).
  const plain = (c: EndClass) => c === 'none' || c === 'period' || c === 'colon';
  if (context.block === 'heading' && plain(s) && plain(t)) return true;
  const listLike = context.listItem || context.tableCell !== undefined;
  if (listLike && (s === 'semicolon' || s === 'comma') && (t === 'none' || t === 'period')) return true;
  if (s === 'comma' && t === 'period') return true;
  if (t === 'colon' && (s === 'none' || s === 'period')) {
    if (/[-–—]\s*$/.test(pair.s.visible)) return true;
    if (/^\s*(\*\*|__)[^]*\1\s*$/.test(pair.t.text)) return true;
    const next = ctx.doc.units[unit.index + 1];
    if (!listLike && next && (next.context.listItem || next.context.tableCell !== undefined)) return true;
  }
  const english = pair.s.text.trimEnd();
  if (LABEL_END.test(english) && !/^\s*(\*\*|__|\*|_)/.test(english)) {
    // The mark belongs to the label; the sentence's own end is the period after the label, or nothing.
    if (t === 'none' || t === 'period') return true;
  }
  if (s === 'question' && t === 'none' && ctx.analysis.conventions.key === 'ja' && /か[^\p{L}\p{N}]*$/u.test(pair.t.visible)) return true;
  if (dropped && context.listItem) return !siblingKeeps(unit, s, ctx);
  return false;
}

/** Whether the unit follows another of the same table cell: the cell is prose of several sentences, not a fragment. */
function afterSentenceInCell(unit: SxsUnit, ctx: CheckContext): boolean {
  const previous = ctx.doc.units[unit.index - 1];
  if (!previous || previous.context.tableCell !== unit.context.tableCell) return false;
  const between = ctx.doc.text.slice(previous.range.end, unit.range.start);
  return !/[|\n]/.test(between);
}

/**
 * Whether another unit of the same list (a run of list-item units) keeps the final mark `s` of its English: then the
 * translation's list style keeps the mark, and this unit dropped it.
 */
function siblingKeeps(unit: SxsUnit, s: EndClass, ctx: CheckContext): boolean {
  const groups = ctx.memo('groups', () => listGroups(ctx.doc.units));
  const group = groups.get(unit.index);
  if (!group) return false;
  return group.some(index => {
    if (index === unit.index) return false;
    const other = ctx.doc.units[index];
    const pair = ctx.analysis.pair(other);
    if (!pair) return false;
    return endClass(pair.s.visible, ENGLISH_ONLY, trailingTags(pair.s.text)) === s
      && endClass(pair.t.visible, ctx.analysis.conventions, trailingTags(pair.t.text)) === s;
  });
}

/** Unit index → the units of its list (a run of consecutive list-item units outside tables and code). */
function listGroups(units: readonly SxsUnit[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let list: number[] = [];
  for (const unit of units) {
    const c = unit.context;
    if (c.listItem && !c.inCode && c.tableCell === undefined) {
      list.push(unit.index);
      out.set(unit.index, list);
    } else list = [];
  }
  return out;
}

/** The name of a sentence ending, with its article: "a period", "an exclamation mark", "no punctuation". */
function ending(end: string): string {
  switch (end) {
    case 'none': return 'no punctuation';
    case 'period': return 'a period';
    case 'question': return 'a question mark';
    case 'exclamation': return 'an exclamation mark';
    case 'colon': return 'a colon';
    case 'semicolon': return 'a semicolon';
    case 'comma': return 'a comma';
    case 'ellipsis': return 'an ellipsis';
    default: return `"${end}"`;
  }
}
