/**
 * The parser on small in-memory documents: the hard cases of sxs-format.md §5 and §9, one by one.
 */
import * as assert from 'assert';
import { parseSxs } from '../../../server/src/sxs/parser';
import { computeLineStarts, lineAt, offsetAt, positionAt } from '../../../server/src/sxs/lineIndex';
import { parseUnitId } from '../../../server/src/sxs/ids';
import type { ParseProblemKind, SxsDocument, SxsUnit } from '../../../server/src/sxs/types';
import { joinCrlfLines, joinLines, unit } from '../../helpers/text';

const slice = (doc: SxsDocument, range: { start: number; end: number } | undefined): string | undefined =>
  range && doc.text.slice(range.start, range.end);
const target = (doc: SxsDocument, u: SxsUnit): string | undefined => slice(doc, u.target);
const source = (doc: SxsDocument, u: SxsUnit): string | undefined => slice(doc, u.source);
const kinds = (doc: SxsDocument): ParseProblemKind[] => doc.problems.map(problem => problem.kind);

describe('parser', () => {
  describe('units', () => {
    it('reads one canonical unit with exact ranges of every part', () => {
      const text = `1. ${unit('096f7-128', 'Wybierz kartę **Zainstalowano**.', 'Select the **Installed** tab.')}\n`;
      const doc = parseSxs(text);
      assert.strictEqual(doc.units.length, 1);
      const [u] = doc.units;
      assert.strictEqual(u.id, '096f7-128');
      assert.strictEqual(u.sourceId, '096f7-128');
      assert.strictEqual(target(doc, u), 'Wybierz kartę **Zainstalowano**.');
      assert.strictEqual(source(doc, u), 'Select the **Installed** tab.');
      assert.strictEqual(slice(doc, u.targetIdRange), '096f7-128');
      assert.strictEqual(slice(doc, u.sourceIdRange), '096f7-128');
      assert.strictEqual(slice(doc, u.targetOpen), '<span data-ttu-id="096f7-128">');
      assert.strictEqual(u.range.start, 3);
      assert.strictEqual(u.range.end, text.length - 1);
      assert.ok(slice(doc, u.lookup)!.startsWith('<span class="sxs-lookup">'));
      assert.ok(slice(doc, u.lookup)!.endsWith('</span></span>'));
      assert.strictEqual(u.broken, false);
      assert.deepStrictEqual(doc.problems, []);
      assert.strictEqual(doc.prefix, '096f7');
      assert.strictEqual(u.context.listItem, true);
    });

    it('reads several units on one line, including with nothing between them', () => {
      const text = unit('2eb3b-126', 'A', 'a') + unit('2eb3b-127', ' - [#2646](https://x/2646)', ' - [#2646](https://x/2646)') + ' | ' + unit('2eb3b-128', 'C', 'c');
      const doc = parseSxs(text);
      assert.deepStrictEqual(doc.units.map(u => u.id), ['2eb3b-126', '2eb3b-127', '2eb3b-128']);
      assert.strictEqual(target(doc, doc.units[1]), ' - [#2646](https://x/2646)');
      assert.deepStrictEqual(doc.problems, []);
    });

    it('reads a unit that spans lines (previous/next link pair)', () => {
      const text = joinLines('Intro', unit('a1b2c-140', '[Poprzednie](a.md)\n[dalej](b.md)', '[Previous](a.md)\n[Next](b.md)'), '');
      const doc = parseSxs(text);
      assert.strictEqual(doc.units.length, 1);
      assert.strictEqual(source(doc, doc.units[0]), '[Previous](a.md)\n[Next](b.md)');
      assert.strictEqual(lineAt(doc.lineStarts, doc.units[0].range.start), 1);
      assert.strictEqual(lineAt(doc.lineStarts, doc.units[0].range.end - 1), 3);
    });

    it('keeps balanced HTML spans inside halves (Word-style span with a style attribute)', () => {
      const inner = '<span style="word-break:normal;word-wrap:normal">ResponseCompressionAlgorithm</span>';
      const doc = parseSxs(`| ${unit('b7e4e-129', inner, inner)} | \`null\` |`);
      assert.strictEqual(target(doc, doc.units[0]), inner);
      assert.strictEqual(source(doc, doc.units[0]), inner);
      assert.deepStrictEqual(doc.problems, []);
    });

    it('does not count `<span` inside inline code as a tag', () => {
      const half = 'Use `<span asp-validation-for` here.';
      const doc = parseSxs(unit('11111-101', half, half));
      assert.strictEqual(source(doc, doc.units[0]), half);
      assert.deepStrictEqual(doc.problems, []);
    });

    it('reads literal `<span>` text as a broken unit, English up to the last close before the next unit', () => {
      const text = unit('04aa6-133', 'z poszczególnymi <span> znaczników', 'with each of the <span> tags rendering') + '\n' + unit('04aa6-134', 'B', 'b');
      const doc = parseSxs(text);
      assert.strictEqual(doc.units.length, 2);
      const [first, second] = doc.units;
      assert.strictEqual(first.broken, true);
      assert.strictEqual(source(doc, first), 'with each of the <span> tags rendering');
      assert.deepStrictEqual(kinds(doc), ['unbalancedSpan', 'sourceNotClosed']);
      assert.strictEqual(doc.problems[0].unit, 0);
      assert.strictEqual(second.broken, false);
      assert.strictEqual(source(doc, second), 'b');
    });

    it('reports an escaped close `\\</span>` (odd backslashes) but not `\\\\</span>`', () => {
      const escaped = parseSxs(unit('5f5a6-106', 'Kup licencje.', 'select **Buy licenses**.\\'));
      assert.deepStrictEqual(kinds(escaped), ['escapedClose']);
      assert.strictEqual(escaped.units[0].broken, true);
      assert.strictEqual(escaped.problems[0].unit, 0);

      const doubled = parseSxs(unit('12345-101', 'c:\\\\', 'c:\\\\'));
      assert.deepStrictEqual(kinds(doubled), []);
      assert.strictEqual(source(doubled, doubled.units[0]), 'c:\\\\');

      const escapedTarget = parseSxs(unit('12345-101', 'A\\', 'A'));
      assert.deepStrictEqual(kinds(escapedTarget), ['escapedClose']);
    });

    it('reports a stray `</span>` in the target and reads the next unit normally', () => {
      const text = '<span data-ttu-id="2a890-112">instrukcjami </span> w tym</span><span class="sxs-lookup"><span data-stu-id="2a890-112">the instructions</span> found</span></span> ' + unit('2a890-113', 'X', 'x');
      const doc = parseSxs(text);
      assert.strictEqual(doc.units.length, 2);
      assert.ok(kinds(doc).includes('unbalancedSpan'));
      assert.ok(kinds(doc).includes('sourceNotClosed'));
      assert.strictEqual(source(doc, doc.units[0]), 'the instructions</span> found');
      assert.strictEqual(doc.units[1].broken, false);
    });

    it('never lets an unclosed English half swallow the units after it', () => {
      const text = '<span data-ttu-id="d8728-113">A</span><span class="sxs-lookup"><span data-stu-id="d8728-113"><span style="x">B</span>\n' + unit('d8728-114', 'C', 'c');
      const doc = parseSxs(text);
      assert.deepStrictEqual(doc.units.map(u => u.id), ['d8728-113', 'd8728-114']);
      assert.strictEqual(doc.units[0].broken, true);
      assert.ok(doc.units[0].range.end <= doc.units[1].range.start);
      assert.strictEqual(doc.units[1].broken, false);
    });

    it('reads a target without its sxs-lookup half as an orphan', () => {
      const doc = parseSxs('<span data-ttu-id="aaaaa-101">Sama</span> tekst ' + unit('aaaaa-102', 'B', 'b'));
      assert.strictEqual(doc.units.length, 2);
      assert.strictEqual(doc.units[0].sourceId, undefined);
      assert.strictEqual(doc.units[0].source, undefined);
      assert.strictEqual(target(doc, doc.units[0]), 'Sama');
      assert.deepStrictEqual(kinds(doc), ['orphanTarget']);
    });

    it('reports an sxs-lookup half with no target before it, once', () => {
      const doc = parseSxs('Text <span class="sxs-lookup"><span data-stu-id="aaaaa-101">English</span></span> end');
      assert.strictEqual(doc.units.length, 0);
      assert.deepStrictEqual(kinds(doc), ['orphanSource']);
      assert.strictEqual(slice(doc, doc.problems[0].range), '<span class="sxs-lookup"><span data-stu-id="aaaaa-101">English</span></span>');
    });

    it('reads a mismatched pair: target and English IDs as written', () => {
      const doc = parseSxs(unit('aaaaa-101', 'A', 'a', 'aaaaa-102'));
      assert.strictEqual(doc.units[0].id, 'aaaaa-101');
      assert.strictEqual(doc.units[0].sourceId, 'aaaaa-102');
      assert.strictEqual(slice(doc, doc.units[0].sourceIdRange), 'aaaaa-102');
    });

    it('reads non-canonical markup (single quotes, extra spaces) and says so', () => {
      const doc = parseSxs(`<span  data-ttu-id='aaaaa-101'>A</span><span class='sxs-lookup'><span data-stu-id='aaaaa-101'>a</span></span>`);
      assert.strictEqual(doc.units.length, 1);
      assert.strictEqual(doc.units[0].id, 'aaaaa-101');
      assert.strictEqual(doc.units[0].sourceId, 'aaaaa-101');
      assert.strictEqual(target(doc, doc.units[0]), 'A');
      assert.strictEqual(source(doc, doc.units[0]), 'a');
      assert.ok(kinds(doc).every(kind => kind === 'nonCanonicalMarkup'));
      assert.ok(kinds(doc).length >= 1);
    });

    it('reports an opener that never closes its tag and reads nothing from it', () => {
      const doc = parseSxs('<span data-ttu-id="aaaaa-101" Broken text\n' + unit('aaaaa-102', 'B', 'b'));
      assert.deepStrictEqual(doc.units.map(u => u.id), ['aaaaa-102']);
      assert.ok(kinds(doc).includes('nonCanonicalMarkup'));
    });

    it('keeps CRLF files, invisible direction marks and a missing final newline byte-exact', () => {
      const he = '\u200fב- audience insights, עבור אל **נתונים**\u200e';
      const text = joinCrlfLines('---', 'ms.contentlocale: he-IL', '---', '', `# ${unit('12ab3-103', he, 'In audience insights, go to **Data**')}`, unit('12ab3-104', 'X', 'x'));
      const doc = parseSxs(text);
      assert.strictEqual(doc.eol, '\r\n');
      assert.strictEqual(doc.locale, 'he-IL');
      assert.strictEqual(target(doc, doc.units[0]), he);
      assert.strictEqual(doc.units[1].range.end, text.length);
      assert.strictEqual(lineAt(doc.lineStarts, doc.units[1].range.start), 5);
      assert.strictEqual(doc.units[0].context.block, 'heading');
    });
  });

  describe('IDs', () => {
    it('parses prefixes, numbers and merged-paragraph IDs', () => {
      assert.deepStrictEqual(parseUnitId('4ec2a-p101'), { prefix: '4ec2a', number: 101, merged: true, wellFormed: true });
      assert.deepStrictEqual(parseUnitId('9d2bc-5047'), { prefix: '9d2bc', number: 5047, merged: false, wellFormed: true });
      assert.strictEqual(parseUnitId('9D2BC-101').wellFormed, false);
      assert.strictEqual(parseUnitId('9d2b-101').wellFormed, false);
      assert.strictEqual(parseUnitId('9d2bc-').wellFormed, false);
    });

    it('takes the prefix most units use', () => {
      const doc = parseSxs([unit('aaaaa-101', 'a', 'a'), unit('bbbbb-102', 'b', 'b'), unit('aaaaa-103', 'c', 'c')].join(' '));
      assert.strictEqual(doc.prefix, 'aaaaa');
    });
  });

  describe('markdown context', () => {
    const ctx = (text: string, index = 0) => parseSxs(text).units[index].context;

    it('knows headings, their anchors and setext headings', () => {
      const doc = parseSxs(joinLines(`## <a name="find-a-package"></a>${unit('096f7-111', 'Znajdowanie pakietu', 'Find a package')}`, '', `<a name="x"></a>${unit('096f7-112', 'Opis', 'Overview')}`, '====', ''));
      assert.strictEqual(doc.units[0].context.headingLevel, 2);
      assert.strictEqual(doc.units[1].context.headingLevel, 1);
      assert.deepStrictEqual(doc.headings.map(h => [h.level, h.anchor, h.units]), [[2, 'find-a-package', [0]], [1, 'x', [1]]]);
    });

    it('knows list items and their indented continuations', () => {
      const text = joinLines('- ' + unit('aaaaa-101', 'a', 'a'), '', '    ' + unit('aaaaa-102', 'b', 'b'), '', 'Tail ' + unit('aaaaa-103', 'c', 'c'));
      assert.strictEqual(ctx(text, 0).listItem, true);
      assert.strictEqual(ctx(text, 1).listItem, true);
      assert.strictEqual(ctx(text, 1).inCode, false);
      assert.strictEqual(ctx(text, 2).listItem, false);
    });

    it('knows table cells by index', () => {
      const text = joinLines('| Name | Value |', '|---|---|', `| ${unit('aaaaa-101', 'a', 'a')} | ${unit('aaaaa-102', 'b', 'b')} |`);
      assert.strictEqual(ctx(text, 0).tableCell, 0);
      assert.strictEqual(ctx(text, 1).tableCell, 1);
    });

    it('knows blockquotes and alerts', () => {
      const text = joinLines('> [!NOTE]', '> ' + unit('aaaaa-101', 'a', 'a'));
      assert.strictEqual(ctx(text).blockquote, true);
      assert.strictEqual(ctx(text).alert, 'NOTE');
    });

    it('knows link text and image alt units', () => {
      assert.strictEqual(ctx(`[${unit('aaaaa-101', 'a', 'a')}](#a)`).linkText, true);
      const image = ctx(`![${unit('aaaaa-101', 'a', 'a')} ](x.png)`);
      assert.strictEqual(image.imageAlt, true);
      assert.strictEqual(image.linkText, false);
    });

    it('knows units in code blocks, inline code and front matter', () => {
      // A well-formed unit of the file's own prefix in code stays a unit (the page shows its markup: SX110).
      const real = unit('aaaaa-100', 'x', 'x');
      assert.strictEqual(ctx(joinLines(real, '', '```html', unit('aaaaa-101', 'a', 'a'), '```'), 1).inCode, true);
      assert.strictEqual(ctx(joinLines(real, '', '    ' + unit('aaaaa-101', 'a', 'a')), 1).inCode, true);
      assert.strictEqual(ctx(joinLines(real, '', 'Use `' + unit('aaaaa-101', 'a', 'a') + '` here'), 1).inCode, true);
      assert.strictEqual(ctx('Use ``` here ' + unit('aaaaa-101', 'a', 'a')).inCode, false);
      const front = ctx(joinLines('---', 'title: ' + unit('aaaaa-101', 'a', 'a'), '---', 'Body'));
      assert.strictEqual(front.inFrontMatter, true);
    });

    it('reads front matter fields', () => {
      const doc = parseSxs(joinLines('---', 'title: "Tytuł"', 'ms.contentlocale: pl-PL', 'ms.translationtype: MT', '---', unit('aaaaa-103', 'a', 'a')));
      assert.strictEqual(doc.frontMatter?.fields.get('title'), 'Tytuł');
      assert.strictEqual(doc.locale, 'pl-PL');
    });

    it('reports merge-conflict markers, and `=======` only inside a conflict', () => {
      const conflict = parseSxs(joinLines('<<<<<<< HEAD', unit('aaaaa-101', 'a', 'a'), '=======', unit('aaaaa-101', 'b', 'a'), '>>>>>>> other'));
      assert.deepStrictEqual(kinds(conflict), ['mergeConflictMarker', 'mergeConflictMarker', 'mergeConflictMarker']);
      const setext = parseSxs(joinLines(unit('aaaaa-101', 'a', 'a'), '======='));
      assert.deepStrictEqual(kinds(setext), []);
    });
  });

  describe('code is content', () => {
    it('reads unit-like text in code as text in a file without real units: no units, no problems', () => {
      for (const text of [
        joinLines('# Format', '', '```html', unit('abcde-101', 'Tekst', 'Text'), '```'),
        joinLines('# Format', '', 'Write `' + unit('abcde-101', 'Tekst', 'Text') + '` for each segment.'),
        joinLines('# Format', '', '    ' + unit('abcde-101', 'Tekst', 'Text')),
      ]) {
        const doc = parseSxs(text);
        assert.deepStrictEqual(doc.units, [], text);
        assert.deepStrictEqual(doc.problems, [], text);
      }
    });

    it('drops broken or foreign unit-like text in code from a file with real units, with its problems', () => {
      const doc = parseSxs(joinLines(unit('abcde-101', 'a', 'a'), '', '```', '<span data-ttu-id=\\"x\\">broken', unit('zzzzz-101', 'b', 'b'), '```'));
      assert.deepStrictEqual(doc.units.map(u => u.id), ['abcde-101']);
      assert.deepStrictEqual(kinds(doc), []);
    });

    it('keeps a well-formed unit of the file\'s prefix that markdown renders as code', () => {
      const doc = parseSxs(joinLines(unit('abcde-101', 'a', 'a'), '', '    ' + unit('abcde-102', 'b', 'b')));
      assert.deepStrictEqual(doc.units.map(u => [u.id, u.index, u.context.inCode]), [['abcde-101', 0, false], ['abcde-102', 1, true]]);
    });

    it('reads merge-conflict markers inside a fenced code block as content', () => {
      const doc = parseSxs(joinLines(unit('abcde-101', 'a', 'a'), '', '```', '<<<<<<< Mine', 'x', '=======', 'y', '>>>>>>> Theirs', '```'));
      assert.deepStrictEqual(kinds(doc), []);
    });

    it('does not make code of indentation inside DocFX :::row:::, :::column::: and :::zone::: containers', () => {
      const doc = parseSxs(joinLines(':::row:::', '', '    :::column:::', '', `    ### <a name="x"></a>${unit('abcde-101', 'Nagłówek', 'Heading')}`, '',
        '    ' + unit('abcde-102', 'Tekst', 'Text'), '', '    :::column-end:::', '', ':::row-end:::', '', ':::zone target="docs":::', '', '    ' + unit('abcde-103', 'a', 'a'), '', ':::zone-end:::', '',
        '    ' + unit('abcde-104', 'Kod', 'Code')));
      assert.deepStrictEqual(doc.units.map(u => [u.id, u.context.block, u.context.inCode]), [
        ['abcde-101', 'heading', false], ['abcde-102', 'paragraph', false], ['abcde-103', 'paragraph', false], ['abcde-104', 'indentedCode', true],
      ]);
    });
  });

  describe('plain markdown', () => {
    it('finds nothing in files without units', () => {
      const doc = parseSxs(joinLines('# [Omówienie](overview.md)', '', 'Text with `<span>` in code.'));
      assert.deepStrictEqual(doc.units, []);
      assert.deepStrictEqual(doc.problems, []);
      assert.strictEqual(doc.prefix, undefined);
    });

    it('handles empty text', () => {
      const doc = parseSxs('');
      assert.deepStrictEqual(doc.units, []);
      assert.deepStrictEqual(doc.lineStarts, [0]);
    });
  });

  describe('line index', () => {
    it('treats \\n, \\r\\n and a lone \\r as line ends', () => {
      const text = 'a\nb\r\nc\rd';
      const starts = computeLineStarts(text);
      assert.deepStrictEqual(starts, [0, 2, 5, 7]);
      assert.deepStrictEqual(positionAt(starts, 6), { line: 2, character: 1 });
      assert.strictEqual(offsetAt(text, starts, { line: 1, character: 99 }), 3);
      assert.strictEqual(offsetAt(text, starts, { line: 9, character: 0 }), text.length);
    });
  });
});
