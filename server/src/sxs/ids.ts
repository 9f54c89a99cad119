/** Unit IDs: `PREFIX-[p]NUMBER`, PREFIX five lower-case hex digits. */
import type { UnitIdParts } from './types';

const ID_PATTERN = /^([0-9a-f]{5})-(p?)(\d+)$/;

export function parseUnitId(id: string): UnitIdParts {
  const match = ID_PATTERN.exec(id);
  if (!match) {
    return { prefix: undefined, number: undefined, merged: false, wellFormed: false };
  }
  return { prefix: match[1], number: Number(match[3]), merged: match[2] === 'p', wellFormed: true };
}

/** The prefix used by most well-formed IDs (the first one seen wins a tie), or undefined. */
export function majorityPrefix(ids: Iterable<UnitIdParts>): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const parts of ids) {
    if (!parts.prefix) {
      continue;
    }
    const count = (counts.get(parts.prefix) ?? 0) + 1;
    counts.set(parts.prefix, count);
    if (count > bestCount) {
      best = parts.prefix;
      bestCount = count;
    }
  }
  return best;
}
