/**
 * Hover over a unit half. On the translated half: the English it translates, rendered as markdown, the unit's
 * ID and the problems found on the unit. On the English half: the translation, each right-to-left line isolated
 * so that it reads in its own direction. Problems are listed once, without those VS Code already shows for the
 * hovered position. The hover range is the half under the cursor.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../checks/types';
import type { SxsDocument, SxsUnit } from '../sxs/types';
import { wordDiff } from '../english/wordDiff';
import { offsetAt, toRange } from './positions';
import { unitHalfAt } from './units';

/** A code span that survives backticks in its content. */
function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function halfMarkdown(text: string): string {
  return text.trim() === '' ? '*(empty)*' : text.trim();
}

interface FindingIndex {
  /** How many findings were indexed (an array that grew since is indexed again). */
  readonly length: number;
  /** Positions in the findings of each unit's findings. */
  readonly byUnit: Map<number, number[]>;
  /** Positions of the findings of no unit. */
  readonly withoutUnit: number[];
}

/** Per findings array (the language service keeps one per document version): a hover reads only its unit's. */
const findingIndexes = new WeakMap<readonly Finding[], FindingIndex>();

function findingIndex(findings: readonly Finding[]): FindingIndex {
  let index = findingIndexes.get(findings);
  if (index === undefined || index.length !== findings.length) {
    index = { length: findings.length, byUnit: new Map(), withoutUnit: [] };
    for (let i = 0; i < findings.length; i++) {
      const unit = findings[i].unit;
      if (unit === undefined) {
        index.withoutUnit.push(i);
      } else {
        const list = index.byUnit.get(unit);
        if (list === undefined) index.byUnit.set(unit, [i]);
        else list.push(i);
      }
    }
    findingIndexes.set(findings, index);
  }
  return index;
}

/**
 * The unit's problems, each once, worst first. Problems whose range holds the hovered position are left out:
 * VS Code shows those itself, above this hover.
 */
function problemLines(unit: SxsUnit, findings: readonly Finding[], offset: number): string[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const seen = new Set<string>();
  const { byUnit, withoutUnit } = findingIndex(findings);
  // The unit's findings and the overlapping ones of no unit, in the order of `findings`.
  const indexes = [
    ...(byUnit.get(unit.index) ?? []),
    ...withoutUnit.filter(i => findings[i].range.start < unit.range.end && unit.range.start < findings[i].range.end),
  ].sort((a, b) => a - b);
  return indexes.map(i => findings[i])
    .filter(finding => !(finding.range.start <= offset && offset <= finding.range.end))
    .filter(finding => {
      const key = `${finding.code}\u0000${finding.message}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .sort((a, b) => rank[a.severity ?? 'error'] - rank[b.severity ?? 'error'])
    .map(finding => {
      const severity: Severity = finding.severity ?? 'error';
      return `- **${severity}** ${finding.code}: ${finding.message}`;
    });
}

/**
 * Text in a hover, isolated with its own direction: right-to-left text (Hebrew, Arabic) keeps its order and its
 * final punctuation on the right side, and left-to-right text beside it is not reordered. FSI…PDI is the Unicode
 * first-strong isolate, which markdown passes through and the hover renders like `dir="auto"`.
 */
function isolated(text: string): string {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text) ? `\u2068${text}\u2069` : text;
}

function isolatedLines(markdown: string): string {
  return markdown.split('\n').map(line => (line.trim() === '' ? line : isolated(line))).join('\n');
}

/** How a unit's English moved on since the hand-off, for the hover (from the English comparison, when there is one). */
export interface UnitEnglishChange {
  readonly kind: 'stale' | 'notFromHandoff';
  /** The English half as the unit has it (the hand-off English). */
  readonly oldEnglish: string;
  /** The sentence of the current English that most likely replaced it, if any. */
  readonly newEnglish?: string;
  /** The hand-off commit (short) and the current English (`live (89b4f6a)`, `the working tree`). */
  readonly handoff: string;
  readonly currentLabel: string;
}

/** Markdown punctuation escaped, so a diff shows the English source as written. */
function literal(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** `~~removed~~` and `**added**` around the changed words, with the spaces outside the markers. */
function marked(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] === '' ? literal(text) : `${literal(match[1])}${marker}${literal(match[2])}${marker}${literal(match[3])}`;
}

function englishChangeLines(change: UnitEnglishChange): string[] {
  if (change.kind === 'notFromHandoff') {
    return [`**English not from the hand-off** (\`${change.handoff}\`): this English half is not in the hand-off English, so whether it changed cannot be told.`];
  }
  const lines = [`**English changed since the hand-off** (\`${change.handoff}\` → ${change.currentLabel})`];
  if (change.newEnglish === undefined) {
    lines.push(`~~${literal(change.oldEnglish.trim())}~~`, '*No similar sentence in the current English: deleted or rewritten.*');
  } else {
    lines.push(wordDiff(change.oldEnglish.trim(), change.newEnglish).map(part =>
      part.kind === 'same' ? literal(part.text) : marked(part.text, part.kind === 'removed' ? '~~' : '**')).join(''));
    lines.push('New English:', change.newEnglish);
  }
  return lines;
}

export function getHover(
  doc: SxsDocument, position: Position, findings: readonly Finding[] = [],
  englishChange?: (unit: number) => UnitEnglishChange | undefined,
): Hover | null {
  const offset = offsetAt(doc, position);
  const at = unitHalfAt(doc, offset);
  if (at === undefined) {
    return null;
  }
  const { unit } = at;
  const targetText = doc.text.slice(unit.target.start, unit.target.end);
  const sourceText = unit.source ? doc.text.slice(unit.source.start, unit.source.end) : undefined;
  const parts: string[] = [];
  if (at.half === 'target') {
    parts.push(`**English** · ${inlineCode(unit.id)}`);
    parts.push(sourceText === undefined ? '*(this unit has no English half)*' : halfMarkdown(sourceText));
  } else {
    parts.push(`**Translation** · ${inlineCode(unit.sourceId ?? unit.id)}`);
    parts.push(isolatedLines(halfMarkdown(targetText)));
  }
  const change = englishChange?.(unit.index);
  if (change !== undefined) {
    parts.push('---');
    parts.push(...englishChangeLines(change));
  }
  const problems = problemLines(unit, findings, offset);
  if (problems.length > 0) {
    parts.push('---');
    parts.push(problems.join('\n'));
  }
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n') },
    range: toRange(doc, at.range),
  };
}
