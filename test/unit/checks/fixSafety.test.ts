/**
 * Fix safety, as a property over the whole real corpus and every check fixture: after "fix all" (every preferred fix,
 * as the editor's Fix All and `sxs-lint --fix` apply them, with every check on), no word of prose of any translation
 * has changed, no English half has changed, and checking the fixed text finds nothing that was not found before.
 * Automatic fixes may change only what the English proves: markup, IDs, code spans, URLs, placeholders, DocFX
 * tokens and whitespace (server/src/checks/fixSafety.ts says what counts as prose, and demotes a fix that would change a word).
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { fixText } from '../../../server/src/checks/fix';
import type { ChecksConfig, RunFinding } from '../../../server/src/checks/run';
import { allChecks } from '../../../server/src/checks/registry';
import { lintText } from '../../../server/src/languageService';
import type { SxsDocument } from '../../../server/src/sxs/types';
import { fixturesDir } from '../../helpers/files';
import { proseChange } from '../../../server/src/checks/fixSafety';
import { corpusFiles, readCorpusFile } from '../model/corpusData';
import { HANG_MS } from '../../helpers/deadlines';

/** Every check on, so that every fix is exercised. */
const everyCheck: ChecksConfig = Object.fromEntries(allChecks.map(check => [check.id, check.defaultSeverity]));

function key(doc: SxsDocument, finding: RunFinding): string {
  return `${finding.code} ${finding.unit === undefined ? '-' : doc.units[finding.unit].id}`;
}

/** What fix all broke in one text: words changed, English changed, new findings. */
export function fixViolations(text: string): string[] {
  const before = lintText(text, everyCheck);
  const fixed = fixText(text, everyCheck, (t, config) => lintText(t, config));
  if (fixed.text === text) return [];
  const after = fixed.model;
  const problems: string[] = [];
  if (after.units.length !== before.model.units.length) {
    problems.push(`fix all changed the number of units from ${before.model.units.length} to ${after.units.length}`);
    return problems;
  }
  const half = (doc: SxsDocument, range: { start: number; end: number } | undefined): string => (range ? doc.text.slice(range.start, range.end) : '');
  for (let i = 0; i < after.units.length; i++) {
    const a = before.model.units[i];
    const b = after.units[i];
    const change = proseChange(half(before.model, a.target), half(after, b.target));
    if (change) problems.push(`unit ${a.id}: the translation's words changed (${change}): "${half(before.model, a.target)}" → "${half(after, b.target)}"`);
    if (half(before.model, a.source) !== half(after, b.source)) problems.push(`unit ${a.id}: the English half changed`);
  }
  const known = new Map<string, number>();
  for (const finding of before.findings) known.set(key(before.model, finding), (known.get(key(before.model, finding)) ?? 0) + 1);
  for (const finding of fixed.findings) {
    const k = key(after, finding);
    const left = known.get(k) ?? 0;
    if (left === 0) problems.push(`new finding after fix all: ${k}: ${finding.message}`);
    else known.set(k, left - 1);
  }
  return problems;
}

describe('fix safety', function () {
  this.timeout(HANG_MS);

  it('fix all changes no word of any translation in the real corpus, and finds nothing new', () => {
    const problems: string[] = [];
    for (const file of corpusFiles()) {
      for (const problem of fixViolations(readCorpusFile(file))) problems.push(`${file}: ${problem}`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('fix all changes no word of any translation in the check fixtures, and finds nothing new', () => {
    const problems: string[] = [];
    for (const folder of ['checks', 'structure']) {
      const dir = path.join(fixturesDir, folder);
      for (const file of readdirSync(dir).filter(name => name.endsWith('.md') && !name.endsWith('.fixed.md'))) {
        for (const problem of fixViolations(readFileSync(path.join(dir, file), 'utf8'))) problems.push(`${folder}/${file}: ${problem}`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('the property sees a fix that drops a word', () => {
    assert.match(proseChange('Kliknij die die Taste.', 'Kliknij die Taste.') ?? '', /removes die/);
    assert.match(proseChange('(\\<http://a.example>)geschrieben wurde.', '(\\<http://a.example> wurde.') ?? '', /removes geschrieben/);
    assert.strictEqual(proseChange('Folder lib jest', 'Folder `lib` jest'), undefined);
    assert.strictEqual(proseChange('Zapisz  plik.', 'Zapisz plik.'), undefined);
    assert.strictEqual(proseChange('[tekst](https://a.example/b)', '[tekst](https://a.example/c)'), undefined);
  });
});
