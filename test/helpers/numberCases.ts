/**
 * Cases for SX401 alone, shared by the reviews' regression tests: each case is one unit of a document in a locale.
 */
import * as assert from 'assert';
import type { RunFinding } from '../../server/src/checks/run';
import { lintText } from '../../server/src/languageService';

let nextId = 101;
function unit(target: string, source: string): string {
  const id = nextId++;
  return `<span data-ttu-id="cd34e-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="cd34e-${id}">${source}</span></span>\n`;
}

/** SX401's findings for one unit of a document in `locale`. */
export function sx401(locale: string, target: string, source: string): RunFinding[] {
  const text = `---\ntitle: t\nms.contentlocale: ${locale}\n---\n\n${unit(target, source)}`;
  return lintText(text, { SX401: 'warning' }).findings.filter(f => f.code === 'SX401');
}

/** Asserts that SX401 says nothing of each case: [locale, translation, English]. */
export function accepted(cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [locale, target, source] of cases) assert.deepStrictEqual(sx401(locale, target, source).map(f => f.message), [], `${locale}: ${target}`);
}

/** Asserts that SX401 reports each case once. */
export function reported(cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [locale, target, source] of cases) assert.strictEqual(sx401(locale, target, source).length, 1, `${locale}: ${target}`);
}
