/**
 * Hostile documents for the timing tests and `npm run fuzz`: each one aims at a place where a careless scan
 * would read the rest of the text once per unit, run or line.
 */

export const unit = '<span data-ttu-id="abcde-1">Tłumaczenie</span><span class="sxs-lookup"><span data-stu-id="abcde-1">Translation</span></span>';

export function repeat(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/**
 * The least CPU time of `times` runs, in ms. CPU time, not wall time: while other work shares the machine a run
 * waits for a core, and that wait is not its cost; the least of several runs is the least disturbed one.
 */
export function bestOf(times: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Hostile documents of about `length` characters. */
export const hostile: Readonly<Record<string, (length: number) => string>> = {
  'one line of unit openers': n => repeat('<span data-ttu-id="abcde-1">', n),
  'nested spans in a translation': n => `<span data-ttu-id="abcde-1">${repeat('<span>', n / 2)}${repeat('</span>', n / 2)}</span><span class="sxs-lookup"><span data-stu-id="abcde-1">x</span></span>`,
  'nested spans in an English half': n => `<span data-ttu-id="abcde-1">x</span><span class="sxs-lookup"><span data-stu-id="abcde-1">${repeat('<span>', n / 2)}${repeat('</span>', n / 2)}</span></span>`,
  'an unclosed quote at the top': n => `"${repeat(`${unit} "\n`, n)}`,
  'an unclosed comment at the top': n => `<!--\n${repeat(`${unit}\n`, n)}`,
  'an unclosed code fence at the top': n => `\`\`\`\n${repeat(`${unit}\n`, n)}`,
  'backticks': n => repeat('`', n),
  'backtick runs of growing length in a half': n => {
    const parts = ['<span data-ttu-id="abcde-1"><span>'];
    for (let k = 1, length = 0; length < n; k++) {
      parts.push(`${'`'.repeat(k)}a`);
      length += k + 1;
    }
    return `${parts.join('')}</span><span class="sxs-lookup"><span data-stu-id="abcde-1">x</span></span>`;
  },
  '`<span` repeated': n => repeat('<span', n),
  '`data-ttu-id` without tags': n => repeat('data-ttu-id ', n),
  'a tolerant opener that never closes': n => `<span ${repeat('data-ttu-id=x ', n)}`,
  'English halves with no translation': n => repeat('<span class="sxs-lookup"><span data-stu-id="abcde-1">x', n),
  'units on one table row': n => `| a | b |\n|---|---|\n| ${repeat(`${unit} | `, n)}`,
  'one heading per unit': n => repeat(`# ${unit}\n`, n),
  'units on one line': n => repeat(`${unit} `, n),
  'backslashes in a half': n => `<span data-ttu-id="abcde-1"><span>${repeat('\\', n)}</span><span class="sxs-lookup"><span data-stu-id="abcde-1">x</span></span>`,
  'blockquote markers': n => `${repeat('> ', n)}${unit}`,
  'lone CR line endings': n => repeat(`${unit}\r`, n),
  'link text units': n => repeat(`[${unit}](`, n),
};


/**
 * One line of `count` unit openers, each followed by a word and none closed: every one is a broken unit with
 * several findings. 330,000 of them make 10 MB and about a million findings, more than a spread into a call
 * (`push(...findings)`) or one string of the whole report can hold.
 */
export function openersWithText(count: number): string {
  return '<span data-ttu-id="abcde-101">x'.repeat(count);
}
