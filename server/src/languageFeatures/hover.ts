/**
 * Hover over a unit half. On the translated half: the English it translates, rendered as markdown, the unit's
 * ID and the problems found on the unit. On the English half: a note that it is the hidden English reference,
 * and the translation. The hover range is the half under the cursor.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../checks/types';
import type { SxsDocument, SxsUnit } from '../sxs/types';
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

function problemLines(unit: SxsUnit, findings: readonly Finding[]): string[] {
  return findings
    .filter(finding => finding.unit === unit.index ||
      (finding.unit === undefined && finding.range.start < unit.range.end && unit.range.start < finding.range.end))
    .map(finding => {
      const severity: Severity = finding.severity ?? 'error';
      return `- **${severity}** ${finding.code}: ${finding.message}`;
    });
}

export function getHover(doc: SxsDocument, position: Position, findings: readonly Finding[] = []): Hover | null {
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
    parts.push(`**English reference** (hidden on the published page) · ${inlineCode(unit.sourceId ?? unit.id)}`);
    parts.push('Translation:');
    parts.push(halfMarkdown(targetText));
  }
  const problems = problemLines(unit, findings);
  if (problems.length > 0) {
    parts.push('---');
    parts.push(problems.join('\n'));
  }
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n') },
    range: toRange(doc, at.range),
  };
}
