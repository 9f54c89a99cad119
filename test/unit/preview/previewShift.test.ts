/**
 * The preview's rows carried from one version to the next when a keystroke inside a half shifts the model (see
 * `carryPreviewRows`): the language service's answer for the new version must be the one computed from a fresh parse,
 * over the corpus, with letters typed and deleted inside halves, headings and tables included.
 */
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/languageService';
import { computeCompactPreviewData } from '../../../server/src/languageFeatures/preview';
import type { CompactPreviewData } from '../../../server/src/protocol';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusMarkdownFiles, readCorpusFile } from '../../helpers/files';
import { textDocument } from '../../helpers/documents';
import { Random } from '../../fuzz/fuzzLib';

const TYPED = ['x', 'ł', ' ', '1', 'é'];

describe('preview rows carried across a shifted model', function () {
  this.timeout(300_000);

  it('gives the answer of a fresh parse after edits inside halves, over the corpus', () => {
    const generator = new Random(11);
    const next = (): number => generator.next();
    let carried = 0;
    let compared = 0;
    for (const file of corpusMarkdownFiles()) {
      const text = readCorpusFile(file);
      const model = parseSxs(text);
      if (model.units.length === 0) continue;
      const service = createLanguageService();
      const uri = 'file:///doc.md';
      let before = service.getPreviewData(textDocument(text, uri, 1), true) as CompactPreviewData;
      let current = text;
      // Units in headings first, so the rows that may not be carried are edited too.
      const headings = model.units.filter(unit => unit.context.block === 'heading');
      for (let version = 2; version < 6; version++) {
        const pool = headings.length > 0 && next() < 0.3 ? headings : model.units;
        const unit = pool[Math.floor(next() * pool.length)];
        // Offsets of the first version: earlier edits were undone, so they hold.
        const at = unit.target.start + Math.floor(next() * (unit.target.end - unit.target.start + 1));
        const edited = version % 2 === 0
          ? current.slice(0, at) + TYPED[Math.floor(next() * TYPED.length)] + current.slice(at)
          : text;
        const after = service.getPreviewData(textDocument(edited, uri, version), true) as CompactPreviewData;
        assert.deepStrictEqual(after, computeCompactPreviewData(parseSxs(edited), { uri, version }), `${file}, version ${version}`);
        compared++;
        // Carried rows hand the same table objects on to the next answer.
        if (after.rowExtras.some(([, extras], i) => extras.table !== undefined && extras.table === before.rowExtras[i]?.[1].table)) carried++;
        before = after;
        current = edited;
      }
    }
    // The rows were carried often enough for this test to compare something.
    assert.ok(carried > 50, `rows carried ${carried} times in ${compared} comparisons`);
  });
});
