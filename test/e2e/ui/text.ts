/** Small text helpers for picking what to point at in the editor. */

/**
 * A word of `fragment` (letters only, at least `minLength` long) that occurs exactly once in `fileText`,
 * so that finding it on screen finds this unit and no other.
 */
export function uniqueWord(fileText: string, fragment: string, minLength = 6): string {
  const words = fragment.match(/\p{L}+/gu) ?? [];
  const candidates = words.filter(w => w.length >= minLength).sort((a, b) => b.length - a.length);
  const unique = candidates.find(w => fileText.split(w).length === 2);
  if (!unique) throw new Error(`no word of "${fragment}" occurs only once in the file`);
  return unique;
}
