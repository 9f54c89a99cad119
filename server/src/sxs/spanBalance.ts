/**
 * Span tag work inside unit halves, with htmlparser2's tokenizer.
 *
 * Markdown decides what is a tag: a `<span` inside an inline code span, or after a backslash, is text.
 * So the slice is first masked (code spans and escaped characters become spaces, same length, so offsets
 * stay the same), and only then tokenized.
 */
import { Tokenizer } from 'htmlparser2';

/** A copy of `text.slice(start, end)` where inline code spans and backslash-escaped characters are spaces. */
export function maskCodeAndEscapes(text: string, start: number, end: number): string {
  let out = '';
  let copied = start;
  let i = start;
  let closers: BacktickRuns | undefined;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) {
      if (i + 1 < end) {
        out += text.slice(copied, i) + '  ';
        i += 2;
        copied = i;
        continue;
      }
      i++;
      continue;
    }
    if (code === 96 /* ` */) {
      let runEnd = i + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === 96) {
        runEnd++;
      }
      closers ??= new BacktickRuns(text, start, end);
      const closing = closers.endOfRunFrom(runEnd, runEnd - i);
      if (closing >= 0) {
        out += text.slice(copied, i) + ' '.repeat(closing - i);
        i = closing;
        copied = i;
        continue;
      }
      i = runEnd;
      continue;
    }
    i++;
  }
  return out + text.slice(copied, end);
}

/**
 * The backtick runs of [start, end), grouped by length, read once. Looking for a closing run from each unclosed
 * opener in turn would read the rest of the half once per opener (quadratic on hostile text); here each
 * length's cursor only moves forward, as the openers come in document order.
 */
class BacktickRuns {
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();

  constructor(text: string, start: number, end: number) {
    let at = text.slice(start, end).indexOf('`');
    at = at < 0 ? -1 : start + at;
    while (at >= 0 && at < end) {
      let runEnd = at + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === 96) {
        runEnd++;
      }
      const length = runEnd - at;
      let runs = this.byLength.get(length);
      if (runs === undefined) {
        runs = { starts: [], next: 0 };
        this.byLength.set(length, runs);
      }
      runs.starts.push(at);
      const next = text.slice(runEnd, end).indexOf('`');
      at = next < 0 ? -1 : runEnd + next;
    }
  }

  /** The offset just after the first run of exactly `length` backticks starting at or after `from`, or -1. */
  endOfRunFrom(from: number, length: number): number {
    const runs = this.byLength.get(length);
    if (runs === undefined) {
      return -1;
    }
    while (runs.next < runs.starts.length && runs.starts[runs.next] < from) {
      runs.next++;
    }
    return runs.next < runs.starts.length ? runs.starts[runs.next] + length : -1;
  }
}

export interface SpanEvent {
  /** Offset (in the masked slice) of the `<` of the tag. */
  readonly at: number;
  /** Offset just after the tag's `>`. */
  readonly end: number;
  readonly open: boolean;
}

const noop = (): void => undefined;

/** The `<span …>` opens and `</span>` closes in an HTML snippet, in order, with offsets into it. */
export function spanEvents(html: string): SpanEvent[] {
  const events: SpanEvent[] = [];
  let pendingOpen = -1;
  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    onopentagname(start, endIndex) {
      pendingOpen = isSpan(html, start, endIndex) ? start - 1 : -1;
    },
    onopentagend(endIndex) {
      if (pendingOpen >= 0) {
        // htmlparser2 reports the index of the `>`; our ends are exclusive.
        events.push({ at: pendingOpen, end: endIndex + 1, open: true });
        pendingOpen = -1;
      }
    },
    onselfclosingtag() {
      pendingOpen = -1;
    },
    onclosetag(start, endIndex) {
      if (isSpan(html, start, endIndex)) {
        events.push({ at: start - 2, end: html.indexOf('>', endIndex) + 1 || endIndex, open: false });
      }
    },
    onattribdata: noop,
    onattribentity: noop,
    onattribend: noop,
    onattribname: noop,
    oncdata: noop,
    oncomment: noop,
    ondeclaration: noop,
    onend: noop,
    onprocessinginstruction: noop,
    ontext: noop,
    ontextentity: noop,
  });
  tokenizer.write(html);
  tokenizer.end();
  return events;
}

function isSpan(html: string, start: number, end: number): boolean {
  return end - start === 4 && html.slice(start, end).toLowerCase() === 'span';
}

/** True when the slice may hold span tags at all (the common case is no). */
export function mayHoldSpanTags(text: string, start: number, end: number): boolean {
  // Search a view of [start, end) only: an unbounded search per unit would make hostile files quadratic.
  const slice = text.slice(start, end);
  if (slice.includes('<span') || slice.includes('</span')) {
    return true;
  }
  return hasUpperCaseSpan(text, start, end);
}

function hasUpperCaseSpan(text: string, start: number, end: number): boolean {
  // Rare: `<SPAN>` or `<Span>`; only look when there is a `<` followed by `s`/`S` in some case mix.
  const slice = text.slice(start, end);
  let at = slice.indexOf('<');
  while (at >= 0) {
    const next = start + (text.charCodeAt(start + at + 1) === 47 /* / */ ? at + 2 : at + 1);
    if (text.slice(next, next + 4).toLowerCase() === 'span') {
      return true;
    }
    at = slice.indexOf('<', at + 1);
  }
  return false;
}

/** Whether the spans in a half are balanced (ignoring code spans and escapes). */
export function spansBalanced(text: string, start: number, end: number): boolean {
  if (!mayHoldSpanTags(text, start, end)) {
    return true;
  }
  let depth = 0;
  for (const event of spanEvents(maskCodeAndEscapes(text, start, end))) {
    depth += event.open ? 1 : -1;
    if (depth < 0) {
      return false;
    }
  }
  return depth === 0;
}
