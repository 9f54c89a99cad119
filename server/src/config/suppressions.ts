/**
 * Inline suppression comments in a document, for parity with markdownlint:
 * `<!-- sxs-disable-file [codes] -->`, `<!-- sxs-disable-next-line [codes] -->`, `<!-- sxs-disable-line [codes] -->`,
 * `<!-- sxs-disable [codes] -->` … `<!-- sxs-enable [codes] -->`. Codes are IDs or aliases, separated by spaces or
 * commas; none means every check. (Generated loc files lose these on the next handoff; a baseline is more durable.)
 */

interface Range {
  /** 0-based lines, inclusive. */
  readonly from: number;
  readonly to: number;
  /** Lower-case IDs/aliases, or undefined for all checks. */
  readonly codes: ReadonlySet<string> | undefined;
}

export interface Suppressions {
  /** True when a finding of `code` (or its `alias`) on the 0-based `line` is suppressed. */
  isSuppressed(code: string, line: number, alias?: string): boolean;
}

const COMMENT = /<!--\s*sxs-(disable-file|disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

function codesOf(list: string): Set<string> | undefined {
  const codes = list.split(/[\s,]+/).map(c => c.trim().toLowerCase()).filter(Boolean);
  return codes.length ? new Set(codes) : undefined;
}

export function parseSuppressions(text: string): Suppressions {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const last = lineStarts.length - 1;
  const ranges: Range[] = [];
  /** Open `sxs-disable` blocks: start line and codes. */
  const open: { from: number; codes: Set<string> | undefined }[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const line = lineAt(m.index ?? 0);
    const codes = codesOf(m[2]);
    switch (m[1]) {
      case 'disable-file':
        ranges.push({ from: 0, to: last, codes });
        break;
      case 'disable-next-line':
        ranges.push({ from: line + 1, to: line + 1, codes });
        break;
      case 'disable-line':
        ranges.push({ from: line, to: line, codes });
        break;
      case 'disable':
        open.push({ from: line, codes });
        break;
      case 'enable':
        for (let k = open.length - 1; k >= 0; k--) {
          const block = open[k];
          // `sxs-enable` with no codes closes every block; with codes, the blocks for those codes.
          if (!codes || (block.codes && [...block.codes].every(c => codes.has(c)))) {
            ranges.push({ from: block.from, to: line, codes: block.codes });
            open.splice(k, 1);
          } else if (!block.codes || [...codes].some(c => block.codes!.has(c))) {
            // Re-enabling some codes of a wider block: end it here and keep the rest disabled.
            ranges.push({ from: block.from, to: line, codes: block.codes });
            open.splice(k, 1);
            const rest = block.codes ? new Set([...block.codes].filter(c => !codes.has(c))) : undefined;
            if (!block.codes) {
              ranges.push({ from: line, to: last, codes: undefined, except: codes } as Range & { except: Set<string> });
            } else if (rest && rest.size) open.push({ from: line, codes: rest });
          }
        }
        break;
    }
  }
  for (const block of open) ranges.push({ from: block.from, to: last, codes: block.codes });
  return {
    isSuppressed(code, line, alias) {
      const id = code.toLowerCase();
      const a = alias?.toLowerCase();
      return ranges.some(r => {
        if (line < r.from || line > r.to) return false;
        const except = (r as Range & { except?: Set<string> }).except;
        if (except && (except.has(id) || (a !== undefined && except.has(a)))) return false;
        return !r.codes || r.codes.has(id) || (a !== undefined && r.codes.has(a));
      });
    },
  };
}
