/**
 * Heading sections: a heading and everything up to the next heading of the same or a higher level.
 */
import type { Heading, OffsetRange, SxsDocument } from '../sxs/types';

export interface Section {
  readonly heading: Heading;
  /** From the start of the heading to the start of the next heading of the same or a higher level. */
  readonly range: OffsetRange;
}

export function headingSections(doc: SxsDocument): Section[] {
  const headings = doc.headings;
  return headings.map((heading, i) => {
    let end = doc.text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= heading.level) {
        end = headings[j].range.start;
        break;
      }
    }
    return { heading, range: { start: heading.range.start, end } };
  });
}
