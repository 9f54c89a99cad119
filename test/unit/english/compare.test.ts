/**
 * The pure stale-unit core against the real English history of `test/data/english-source/`: the hand-off English
 * and the live English come straight from the stored blobs, and every localized file must give exactly the
 * manifest's stale units and units not found at hand-off.
 */
import * as assert from 'node:assert/strict';
import { parseSxs } from '../../../server/src/sxs/parser';
import { compareWithEnglish } from '../../../server/src/english/compare';
import { bodyStart, frontMatterValue, handoffCommit, normalizeWhitespace, stripFrontMatter } from '../../../server/src/english/text';
import { similarity, wordDiff } from '../../../server/src/english/wordDiff';
import { findReplacement } from '../../../server/src/english/replacement';
import { englishAt, liveIndex, localizedText, manifest } from '../../helpers/englishSource';

describe('english: text primitives', () => {
  it('normalises whitespace and line wraps', () => {
    assert.equal(normalizeWhitespace('  a\n  b\t\tc \r\n'), 'a b c');
  });

  it('strips the front matter from the first --- line to the next', () => {
    assert.equal(stripFrontMatter('---\ntitle: x\n---\n# Body\n'), '# Body\n');
    assert.equal(stripFrontMatter('---\r\ntitle: x\r\n---\r\nBody'), 'Body');
    assert.equal(stripFrontMatter('# No front matter\n---\n'), '# No front matter\n---\n');
    assert.equal(bodyStart('---\nnever closed\n'), 0);
  });

  it('reads ms.sourcegitcommit', () => {
    const text = '---\nms.sourcegitcommit: 40C039ACE0330DD9E68922882017F9878F4283D1\ntitle: "q"\n---\n';
    assert.equal(handoffCommit(text), '40c039ace0330dd9e68922882017f9878f4283d1');
    assert.equal(frontMatterValue(text, 'title'), 'q');
    assert.equal(handoffCommit('---\nms.sourcegitcommit: not-a-sha\n---\n'), undefined);
  });
});

describe('english: word diff and similarity', () => {
  it('keeps the same words and marks the removed and added ones', () => {
    const parts = wordDiff('its own localized metadata because.', 'its own localized metadata.');
    assert.deepEqual(parts, [{ kind: 'same', text: 'its own localized metadata' }, { kind: 'removed', text: ' because' }, { kind: 'same', text: '.' }]);
  });

  it('gives back both texts', () => {
    const a = 'Use the `nuget sign` command to sign a package.';
    const b = 'Use `dotnet nuget sign` to sign packages, or the `nuget sign` command.';
    const parts = wordDiff(a, b);
    assert.equal(parts.filter(p => p.kind !== 'added').map(p => p.text).join(''), a);
    assert.equal(parts.filter(p => p.kind !== 'removed').map(p => p.text).join(''), b);
  });

  it('rates similarity from 0 to 1', () => {
    assert.equal(similarity('a b c', 'a b c'), 1);
    assert.equal(similarity('a b c', 'x y z'), 0);
    assert.ok(similarity('You are signed in.', "You're signed in.") > 0.6);
  });

  it('finds the sentence that replaced an old one among the lines that are new', () => {
    const handoff = 'Intro.\n\nEach package has its own metadata because.\n';
    const current = 'Intro.\n\nEach package has its own metadata. Something else entirely here.\n';
    assert.deepEqual(findReplacement('Each package has its own metadata because.', handoff, current)?.text, 'Each package has its own metadata.');
    assert.equal(findReplacement('A deleted sentence with no heir.', handoff, 'Intro.\n\nTotally new words only.\n'), undefined);
  });
});

describe('english: stale units of the real NuGet files', () => {
  let totalStale = 0;
  for (const file of manifest.localized_files) {
    it(`${file.key}: exactly the manifest's stale units`, () => {
      const model = parseSxs(localizedText(file));
      assert.equal(model.units.length, file.expected.units);
      const handoff = englishAt(file.english_path, file.handoff_index);
      const live = englishAt(file.english_path, liveIndex);
      assert.equal(handoff !== undefined, file.expected.english_exists_at_handoff);
      assert.equal(live !== undefined, file.expected.english_exists_on_live);
      if (handoff === undefined || live === undefined) {
        assert.deepEqual(file.expected.stale_ids, []);
        return;
      }
      const comparison = compareWithEnglish(model, handoff, live);
      const ids = (indexes: readonly number[]) => indexes.map(index => model.units[index].id);
      assert.deepEqual(ids(comparison.stale), file.expected.stale_ids);
      assert.deepEqual(ids(comparison.notFromHandoff), file.expected.not_found_at_handoff_ids);
      totalStale += comparison.stale.length;
      // Whitespace-only changes, units found only after normalisation and moved units are never stale.
      const never = [
        ...file.expected.whitespace_only_changes.map(change => change.id),
        ...file.expected.found_on_live_only_after_whitespace_normalisation_ids,
        ...file.expected.moved_ids,
      ];
      for (const id of never) assert.ok(!ids(comparison.stale).includes(id), `${id} must not be stale`);
    });
  }

  it('165 stale units in all, as the manifest says', () => {
    assert.equal(totalStale, manifest.localized_files.reduce((sum, file) => sum + file.expected.stale_ids.length, 0));
    assert.equal(totalStale, 165);
  });

  it('finds the edited sentence of one-stale (ac175-162) as the reference heuristic does', () => {
    const file = manifest.localized_files.find(f => f.key === 'one-stale')!;
    const model = parseSxs(localizedText(file));
    const comparison = compareWithEnglish(model, englishAt(file.english_path, file.handoff_index)!, englishAt(file.english_path, liveIndex)!);
    const [unit] = comparison.stale;
    assert.equal(comparison.replacementOf(unit)?.text, file.expected.stale[0].replaced_by);
  });

  it('agrees with most replaced_by hints of the reference heuristic', () => {
    let agree = 0;
    let hinted = 0;
    for (const file of manifest.localized_files) {
      const handoff = englishAt(file.english_path, file.handoff_index);
      const live = englishAt(file.english_path, liveIndex);
      if (handoff === undefined || live === undefined) continue;
      const model = parseSxs(localizedText(file));
      const comparison = compareWithEnglish(model, handoff, live);
      for (const stale of file.expected.stale) {
        const index = model.units.findIndex(unit => unit.id === stale.id);
        const found = comparison.replacementOf(index);
        if (typeof stale.replaced_by !== 'string') continue;
        hinted++;
        if (found !== undefined && normalizeWhitespace(found.text) === normalizeWhitespace(stale.replaced_by)) agree++;
      }
    }
    assert.ok(hinted > 0);
    console.log(`      replaced_by: ${agree} of ${hinted} agree`);
    assert.ok(agree / hinted >= 0.5, `${agree} of ${hinted}`);
  });

  it('reports new English paragraphs of the rewritten article, and none where nothing was added', () => {
    const newEnglishOf = (key: string) => {
      const file = manifest.localized_files.find(f => f.key === key)!;
      const model = parseSxs(localizedText(file));
      return compareWithEnglish(model, englishAt(file.english_path, file.handoff_index)!, englishAt(file.english_path, liveIndex)!).newEnglish;
    };
    assert.deepEqual(newEnglishOf('unchanged'), []);
    assert.deepEqual(newEnglishOf('front-matter-only'), []);
    assert.deepEqual(newEnglishOf('rewrapped'), []);
    assert.deepEqual(newEnglishOf('changed-outside-units'), []);
    assert.ok(newEnglishOf('many-stale').length > 0);
  });
});

describe('english: new English not yet translated', () => {
  const unit = (id: string, english: string) =>
    `<span data-ttu-id="${id}">T</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
  const localized = ['---', 'ms.sourcegitcommit: 0123456789abcdef0123456789abcdef01234567', '---',
    `# ${unit('aaaaa-101', 'Title here')}`, '', unit('aaaaa-102', 'First paragraph of the article.'), ''].join('\n');

  it('places a new paragraph after the unit before it, and skips code, tables and old text', () => {
    const handoff = '---\nx: 1\n---\n# Title here\n\nFirst paragraph of the article.\n';
    const current = [
      '---', 'x: 2', '---', '# Title here', '', 'First paragraph of the article.', '',
      'A brand new paragraph that nobody translated yet.', '', '```', 'code that is new and long enough', '```', '',
      '| a new | table row here |', '', '    indented code block with words', '',
    ].join('\n');
    const comparison = compareWithEnglish(parseSxs(localized), handoff, current);
    assert.deepEqual(comparison.newEnglish, [{ text: 'A brand new paragraph that nobody translated yet.', afterUnit: 1 }]);
    assert.deepEqual(comparison.stale, []);
  });

  it('puts a paragraph before every unit at the top', () => {
    const handoff = '# Title here\n\nFirst paragraph of the article.\n';
    const current = 'Some new words before the title appear.\n\n# Title here\n\nFirst paragraph of the article.\n';
    assert.deepEqual(compareWithEnglish(parseSxs(localized), handoff, current).newEnglish,
      [{ text: 'Some new words before the title appear.', afterUnit: undefined }]);
  });
});
