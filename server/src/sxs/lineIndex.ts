/**
 * Offsets <-> line/character positions. Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP and VS Code.
 * Characters are UTF-16 code units, the LSP default encoding.
 */

export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // Fast path: only `\n` line endings.
    let at = text.indexOf('\n');
    while (at >= 0) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    return starts;
  }
  // `\r` present: jump between the next `\r` and the next `\n` with indexOf rather than test every character.
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      const next = lf === cr + 1 ? cr + 2 : cr + 1;
      starts.push(next);
      cr = text.indexOf('\r', next);
      if (lf >= 0 && lf < next) {
        lf = text.indexOf('\n', next);
      }
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

/** The 0-based line that holds `offset` (binary search). */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

export function positionAt(lineStarts: readonly number[], offset: number): LinePosition {
  const line = lineAt(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

/** The offset of a position; a character past the end of its line is clamped to the line's end. */
export function offsetAt(text: string, lineStarts: readonly number[], position: LinePosition): number {
  if (position.line >= lineStarts.length) {
    return text.length;
  }
  if (position.line < 0) {
    return 0;
  }
  const start = lineStarts[position.line];
  const end = lineContentEnd(text, lineStarts, position.line);
  return Math.max(start, Math.min(start + position.character, end));
}

/** The offset where a line's content ends (before its line break). */
export function lineContentEnd(text: string, lineStarts: readonly number[], line: number): number {
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  if (end > lineStarts[line] && text.charCodeAt(end - 1) === 10) {
    end--;
  }
  if (end > lineStarts[line] && text.charCodeAt(end - 1) === 13) {
    end--;
  }
  return end;
}
