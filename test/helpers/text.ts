/**
 * Building test documents: lines joined with a chosen line ending, a cursor marker, and sxs unit markup.
 */

/** Marks the cursor in a test document; `withCursor` takes it out and reports its offset. */
export const CURSOR = '‸';

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

export function joinCrlfLines(...lines: string[]): string {
  return lines.join('\r\n');
}

/** Removes the single cursor marker from `text` and returns the text and the marker's offset. */
export function withCursor(text: string): { text: string; offset: number } {
  const offset = text.indexOf(CURSOR);
  if (offset < 0 || text.indexOf(CURSOR, offset + 1) >= 0) {
    throw new Error(`The test text must hold exactly one cursor marker ${CURSOR}.`);
  }
  return { text: text.slice(0, offset) + text.slice(offset + CURSOR.length), offset };
}

/** One unit in the canonical byte form. */
export function unit(id: string, target: string, source: string, sourceId: string = id): string {
  return `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${sourceId}">${source}</span></span>`;
}

/** The 0-based line and character of an offset (independent of the code under test). */
export function lineCharAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Applies offset edits (non-overlapping) to a text. */
export function applyOffsetEdits(text: string, edits: readonly { range: { start: number; end: number }; newText: string }[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}
