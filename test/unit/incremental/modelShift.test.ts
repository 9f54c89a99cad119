/**
 * The shifted model (a keystroke inside a half, without parsing) is exactly what the parser gives for the new text:
 * over every file of the corpus, letters, spaces and snippets typed and deleted inside halves; and the edits that
 * could change the structure are left to the parser.
 */
import * as assert from 'assert';
import { shiftedModel } from '../../../server/src/modelShift';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusFiles, readCorpusFile } from '../model/corpusData';
import { Random } from '../../fuzz/fuzzLib';

const TYPED = ['x', 'ł', ' ', 'ab', '1', '  ', 'x', 'é'];
const OTHER = ['data-ttu-id', 'class', '*', '_', '`', '<', '>', '&', ';', '\\', '|', '[', ']', '(', ')', '"', '#', '\n', '&lt;', '</span>', '<b>', '-', '.', ':'];

describe('shifted model', function () {
  this.timeout(300_000);

  it('equals the parse of the new text for edits inside halves, over the corpus', () => {
    const generator = new Random(7);
    const next = (): number => generator.next();
    let shifted = 0;
    let tried = 0;
    for (const file of corpusFiles()) {
      const text = readCorpusFile(file);
      const model = parseSxs(text);
      if (model.units.length === 0) continue;
      for (let k = 0; k < 6; k++) {
        const unit = model.units[Math.floor(next() * model.units.length)];
        const half = unit.source !== undefined && next() < 0.3 ? unit.source : unit.target;
        const length = half.end - half.start;
        const at = half.start + Math.floor(next() * (length + 1));
        const r = next();
        let edited: string;
        if (r < 0.4) edited = text.slice(0, at) + TYPED[Math.floor(next() * TYPED.length)] + text.slice(at);
        else if (r < 0.65) edited = text.slice(0, at) + text.slice(Math.min(half.end, at + 1 + Math.floor(next() * 4)));
        else if (r < 0.75) edited = text.slice(0, half.start) + text.slice(half.end);
        else if (r < 0.85) edited = text.slice(0, at) + 'y' + text.slice(Math.min(half.end, at + 1));
        else edited = text.slice(0, at) + OTHER[Math.floor(next() * OTHER.length)] + text.slice(at);
        if (edited === text) continue;
        tried++;
        const actual = shiftedModel(model, edited);
        if (actual === undefined) continue;
        shifted++;
        assert.deepStrictEqual(actual, parseSxs(edited), `${file}: edit at ${at} (${JSON.stringify(text.slice(half.start, half.end))} -> ${JSON.stringify(edited.slice(half.start, half.end + edited.length - text.length))})`);
      }
    }
    // Most keystrokes inside halves take the fast path; otherwise this test would compare nothing.
    assert.ok(shifted > tried / 3, `${shifted} of ${tried} edits shifted`);
  });

  it('equals the parse after every keystroke of a word typed and erased again', () => {
    const text = readCorpusFile(corpusFiles().find(file => file.endsWith('fundamentals/routing.md'))!);
    let model = parseSxs(text);
    const unit = model.units.find(u => !u.broken && u.target.end - u.target.start > 20 && !u.context.inFrontMatter)!;
    let current = text;
    let at = unit.target.end;
    const steps: string[] = [];
    for (const c of ' słowo') steps.push(c);
    let fast = 0;
    const apply = (edited: string): void => {
      const actual = shiftedModel(model, edited);
      const expected = parseSxs(edited);
      if (actual !== undefined) {
        fast++;
        assert.deepStrictEqual(actual, expected);
      }
      model = actual ?? expected;
      current = edited;
    };
    for (const c of steps) {
      apply(current.slice(0, at) + c + current.slice(at));
      at += c.length;
    }
    for (let i = 0; i < steps.length; i++) {
      apply(current.slice(0, at - 1) + current.slice(at));
      at--;
    }
    assert.strictEqual(current, text);
    assert.strictEqual(fast, steps.length * 2);
  });

  it('leaves to the parser the edits that could change the structure', () => {
    const unit = '<span data-ttu-id="abcde-101">Zobacz to, &lt;b&gt; i *tak* data-ttu</span><span class="sxs-lookup"><span data-stu-id="abcde-101">See it</span></span>';
    const text = `# Title\n\n${unit}\n`;
    const model = parseSxs(text);
    const target = model.units[0].target;
    const t = text.slice(target.start, target.end);
    const insert = (where: number, s: string): string => text.slice(0, target.start + where) + s + text.slice(target.start + where);
    // Inside an entity, beside a hyphen (`data-ttu-id`), at the half's start, markup typed, and a line break.
    for (const edited of [insert(t.indexOf('lt;') + 1, 'x'), insert(t.indexOf('ttu'), 'x'), insert(0, 'x'), insert(3, '<'), insert(3, '\n')]) {
      assert.strictEqual(shiftedModel(model, edited), undefined, JSON.stringify(edited));
    }
    assert.notStrictEqual(shiftedModel(model, insert(3, 'x')), undefined);
  });
});
