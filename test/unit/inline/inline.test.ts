import * as assert from 'assert';
import { referenceDefinitions, tokenizeInline, walkTokens, PROTECTED_MARK, InlineToken, InlineParse } from '../../../server/src/sxs/inline';
import { spawnSync } from 'node:child_process';
import { HANG_MS } from '../../helpers/deadlines';

function kinds(p: InlineParse): string[] {
  const out: string[] = [];
  walkTokens(p.tokens, t => {
    if (t.kind !== 'text') out.push(t.kind);
  });
  return out;
}

function all<K extends InlineToken['kind']>(p: InlineParse, kind: K): Extract<InlineToken, { kind: K }>[] {
  const out: Extract<InlineToken, { kind: K }>[] = [];
  walkTokens(p.tokens, t => {
    if (t.kind === kind) out.push(t as Extract<InlineToken, { kind: K }>);
  });
  return out;
}

describe('inline tokenizer', () => {
  describe('code spans', () => {
    it('matches backtick runs of equal length and trims one space', () => {
      const p = tokenizeInline('a `` x`y `` b `c`');
      assert.deepStrictEqual(all(p, 'code').map(c => c.content), ['x`y', 'c']);
    });
    it('reads merged adjacent spans as one span containing backticks (CommonMark)', () => {
      const p = tokenizeInline('`Clean``Build`a `Rebuild`');
      assert.deepStrictEqual(all(p, 'code').map(c => c.content), ['Clean``Build', 'Rebuild']);
    });
    it('leaves an unmatched run literal', () => {
      const p = tokenizeInline('a ``b` c');
      assert.strictEqual(all(p, 'code').length, 0);
      assert.strictEqual(p.visible, 'a ``b` c');
    });
    it('does not read markup inside code', () => {
      const p = tokenizeInline('`<span asp-validation-for` and `**x**` [a](b)');
      assert.deepStrictEqual(kinds(p), ['code', 'code', 'link']);
      assert.strictEqual(p.strong, 0);
    });
    it('turns line endings inside code into spaces', () => {
      assert.strictEqual(all(tokenizeInline('`a\r\nb`'), 'code')[0].content, 'a b');
    });
  });

  describe('escapes and entities', () => {
    it('reads backslash escapes of ASCII punctuation only', () => {
      const p = tokenizeInline('\\<label> \\* \\a');
      assert.deepStrictEqual(all(p, 'escape').map(e => e.char), ['<', '*']);
      assert.strictEqual(p.visible, '<label> * \\a');
    });
    it('an escaped backtick does not open code', () => {
      const p = tokenizeInline('The \\`lib\\` folder');
      assert.strictEqual(all(p, 'code').length, 0);
      assert.strictEqual(p.visible, 'The `lib` folder');
    });
    it('decodes known entities and keeps broken ones as text', () => {
      const p = tokenizeInline('&lt;div&gt; &#x2014; & #x 2014; &unknownthing;');
      assert.deepStrictEqual(all(p, 'entity').map(e => e.raw), ['&lt;', '&gt;', '&#x2014;', '&unknownthing;']);
      assert.strictEqual(p.visible, '<div> — & #x 2014; &unknownthing;');
    });
  });

  describe('links and images', () => {
    it('reads inline links with titles, nested parentheses and offsets', () => {
      const text = 'see [the *docs*](https://x.com/a_(b) "T") now';
      const p = tokenizeInline(text);
      const [link] = all(p, 'link');
      assert.strictEqual(link.destination, 'https://x.com/a_(b)');
      assert.strictEqual(link.title, 'T');
      assert.strictEqual(text.slice(link.start, link.end), '[the *docs*](https://x.com/a_(b) "T")');
      assert.strictEqual(text.slice(link.destinationRange.start, link.destinationRange.end), 'https://x.com/a_(b)');
      assert.strictEqual(text.slice(link.textStart, link.textEnd), 'the *docs*');
      assert.strictEqual(p.em, 1);
      assert.strictEqual(p.visible, 'see the docs now');
    });
    it('a space between ] and ( breaks the link', () => {
      const p = tokenizeInline('[Koligacja ARR] ( https://azure.github.io/x)');
      assert.strictEqual(all(p, 'link').length, 0);
    });
    it('an escaped ] breaks the link', () => {
      const p = tokenizeInline('["Kupowanie"\\](https://x.com)');
      assert.strictEqual(all(p, 'link').length, 0);
    });
    it('reads reference and collapsed links', () => {
      const p = tokenizeInline('[a][ref] and [b][]');
      assert.deepStrictEqual(all(p, 'link').map(l => [l.form, l.destination]), [['reference', 'ref'], ['reference', 'b']]);
    });
    it('reads images and links around images', () => {
      const p = tokenizeInline('[![alt](img.png)](https://x.com)');
      const links = all(p, 'link');
      assert.deepStrictEqual(links.map(l => [l.image, l.destination]), [[false, 'https://x.com'], [true, 'img.png']]);
    });
    it('a broken image is not an image', () => {
      const p = tokenizeInline('![[Obraz] ] (9-working-with-images/_static/image4.jpg "ch9images 4.jpg")');
      assert.strictEqual(all(p, 'link').length, 0);
    });
    it('does not nest links in links', () => {
      const p = tokenizeInline('[a [b](c) d](e)');
      assert.deepStrictEqual(all(p, 'link').map(l => l.destination), ['c']);
    });
    it('accepts a destination in angle brackets', () => {
      const [link] = all(tokenizeInline('[a](<b c.md>)'), 'link');
      assert.strictEqual(link.destination, 'b c.md');
    });
  });

  describe('autolinks and HTML', () => {
    it('reads autolinks, bare URLs and trims trailing punctuation', () => {
      const p = tokenizeInline('<https://a.com/x> and https://b.com/a_b_c. and www.c.com, <me@x.org>');
      assert.deepStrictEqual(all(p, 'autolink').map(a => [a.url, a.bare]), [
        ['https://a.com/x', false], ['https://b.com/a_b_c', true], ['www.c.com', true], ['me@x.org', false]]);
      assert.strictEqual(p.strong + p.em, 0);
    });
    it('reads HTML tags with attributes, comments, and namespaced names', () => {
      const p = tokenizeInline('<a href="x" id=y>t</a><br/><!-- c --><o:p></o:p>');
      const html = all(p, 'html');
      assert.deepStrictEqual(html.map(h => [h.name, h.closing]), [
        ['a', false], ['a', true], ['br', false], ['!--', false], ['o:p', false], ['o:p', true]]);
      assert.strictEqual(html[0].attributes.get('href'), 'x');
      assert.strictEqual(html[0].attributes.get('id'), 'y');
      assert.strictEqual(html[2].selfClosing, true);
    });
    it('mangled tags are text', () => {
      const p = tokenizeInline('< o: p >< / o: p > <Etykieta > x');
      assert.deepStrictEqual(all(p, 'html').map(h => h.name), ['etykieta']);
      assert.strictEqual(tokenizeInline('a < b > c').tokens.every(t => t.kind === 'text'), true);
    });
  });

  describe('DocFX tokens', () => {
    it('reads includes, alerts, code snippets, div and video', () => {
      const p = tokenizeInline('[!INCLUDE[x](~/inc.md)] [!Note] [!code-csharp[Main](sample.cs?range=1-5)] [!div class="nextstepaction"] [!VIDEO https://v.com/x]');
      assert.deepStrictEqual(all(p, 'docfx').map(d => [d.docfx, d.value]), [
        ['include', '~/inc.md'], ['alert', 'NOTE'], ['code', 'sample.cs?range=1-5'], ['div', 'class="nextstepaction"'], ['video', 'https://v.com/x']]);
      assert.strictEqual(all(p, 'link').length, 0);
    });
    it('reads xrefs in both forms and @uid; backticks in uids do not open code', () => {
      const p = tokenizeInline('<xref:Microsoft.Extensions.Options.OptionsBuilder`1> `c` @System.String. [T](xref:A.B)');
      assert.deepStrictEqual(all(p, 'docfx').map(d => [d.docfx, d.value]), [
        ['xref', 'Microsoft.Extensions.Options.OptionsBuilder`1'], ['xref', 'System.String']]);
      assert.deepStrictEqual(all(p, 'code').map(c => c.content), ['c']);
      assert.deepStrictEqual(all(p, 'link').map(l => l.destination), ['xref:A.B']);
    });
    it('an e-mail address is not an @uid', () => {
      assert.strictEqual(all(tokenizeInline('me@x.org'), 'docfx').length, 0);
    });
    it('reads colon directives', () => {
      const p = tokenizeInline(':::no-loc text="Razor"::: :::image type="content" source="a.png" alt-text="Obraz":::');
      assert.deepStrictEqual(all(p, 'docfx').map(d => [d.docfx, d.value]), [['no-loc', 'Razor'], ['image', 'a.png']]);
    });
  });

  describe('placeholders', () => {
    it('reads {name}, {0} and {{x}}, not spaced or translated-looking braces', () => {
      const p = tokenizeInline('"{id:int}" {0} {{x}} { Environment} {identyfikator: int}');
      assert.deepStrictEqual(all(p, 'placeholder').map(x => x.raw), ['{id:int}', '{0}', '{{x}}']);
    });
  });

  describe('emphasis', () => {
    it('counts strong, em and strikethrough', () => {
      const p = tokenizeInline('**a** *b* __c__ _d_ ~~e~~ ***f***');
      assert.deepStrictEqual([p.strong, p.em, p.strike], [3, 3, 1]);
      assert.strictEqual(p.unmatchedDelimiters.length, 0);
      assert.strictEqual(p.visible, 'a b c d e f');
    });
    it('reports unmatched runs and keeps them visible', () => {
      const p = tokenizeInline('**Określ wartość ***`LocalSqlServer`***');
      assert.deepStrictEqual([p.strong, p.em], [1, 1]);
      assert.strictEqual(p.unmatchedDelimiters.length, 1);
      assert.strictEqual(p.unmatchedDelimiters[0].start, 0);
    });
    it('intraword underscores are not delimiters; a lone star before punctuation can open', () => {
      const p = tokenizeInline('snake_case_name and *.nupkg');
      assert.strictEqual(p.unmatchedDelimiters.length, 1);
      assert.strictEqual(p.unmatchedDelimiters[0].char, '*');
    });
    it('applies the rule of three', () => {
      const p = tokenizeInline('*foo**bar**baz*');
      assert.deepStrictEqual([p.strong, p.em], [1, 1]);
    });
    it('records emphasis span offsets', () => {
      const text = 'go to **Users** \\> **Active users**';
      const p = tokenizeInline(text);
      assert.deepStrictEqual(p.emphasis.map(e => text.slice(e.start, e.end)), ['**Users**', '**Active users**']);
    });
    it('handles CJK text next to delimiters', () => {
      const p = tokenizeInline('**設定**を選択します');
      assert.strictEqual(p.strong, 1);
    });
    it('single tildes are literal (paths such as ~/Pages)', () => {
      const p = tokenizeInline('~/Pages and ~x~');
      assert.strictEqual(p.strike, 0);
      assert.strictEqual(p.unmatchedDelimiters.length, 0);
    });
  });

  it('marks protected tokens in visible text', () => {
    const p = tokenizeInline('Run `dotnet` on <https://a.com>');
    assert.strictEqual(p.visible, `Run ${PROTECTED_MARK} on ${PROTECTED_MARK}`);
  });

  it('covers the half with tokens in order, without overlap', () => {
    const text = 'A **b** [c `d`](e) <br> &amp; \\* {0} @X.Y x';
    const p = tokenizeInline(text);
    let at = 0;
    for (const t of p.tokens) {
      assert.ok(t.start >= at, `token ${t.kind} at ${t.start} overlaps`);
      at = t.end;
    }
    assert.strictEqual(at, text.length);
  });

  it('takes time linear in the size of long pathological input', function () {
    this.timeout(HANG_MS);
    // CPU times of the same input at two sizes, in the same process, never a time limit: 4x the input may take up
    // to 8x the time (quadratic work takes 16x). Sizes alternate and the best of each is kept, as load only slows.
    // Measured in a child process: in this one, after hundreds of tests, the large input's allocations meet a full
    // heap and its collections (counted in process CPU time) made 4x the input take 12x the time, quadratic or not.
    const measure = `
      const { tokenizeInline } = require(${JSON.stringify(require.resolve('../../../server/src/sxs/inline'))});
      const cpu = run => { const before = process.cpuUsage(); run(); const used = process.cpuUsage(before); return (used.user + used.system) / 1000; };
      const text = k => '\`'.repeat(2000 * k) + ' *a'.repeat(3000 * k) + '['.repeat(2000 * k) + ' <a '.repeat(1000 * k);
      const small = text(4);
      const large = text(16);
      tokenizeInline(small);
      let smallMs = Infinity;
      let largeMs = Infinity;
      for (let round = 0; round < 4 && (round === 0 || largeMs > 8 * smallMs); round++) {
        for (let i = 0; i < 2; i++) smallMs = Math.min(smallMs, cpu(() => tokenizeInline(small)));
        largeMs = Math.min(largeMs, cpu(() => tokenizeInline(large)));
      }
      process.stdout.write(JSON.stringify({ smallMs, largeMs }));`;
    const child = spawnSync(process.execPath, ['-e', measure], { encoding: 'utf8' });
    assert.strictEqual(child.status, 0, child.stderr);
    const { smallMs, largeMs } = JSON.parse(child.stdout) as { smallMs: number; largeMs: number };
    assert.ok(largeMs <= 8 * smallMs, `4x the input took ${(largeMs / smallMs).toFixed(1)}x the time (${smallMs.toFixed(0)} ms -> ${largeMs.toFixed(0)} ms)`);
  });

  describe('plain halves', () => {
    // Characters that start markup only in some spellings: a half that holds them in no such spelling is one text
    // token, and markup after plain text keeps its offsets.
    it('reads lookalike characters as one run of text', () => {
      for (const text of ['Note: see the light!', 'a ] b & c { d', 'Press Ctrl+C:  then wait', 'https is a scheme', 'x {. y', '']) {
        const p = tokenizeInline(text);
        assert.deepStrictEqual(p.tokens, text === '' ? [] : [{ kind: 'text', start: 0, end: text.length }], text);
        assert.strictEqual(p.visible, text);
        assert.deepStrictEqual([p.emphasis, p.unmatchedDelimiters, p.strong + p.em + p.strike], [[], [], 0]);
      }
    });
    it('reads markup after a plain run at its offsets', () => {
      const cases: [string, string, number][] = [
        ['Right: see http://example.com now', 'autolink', 11],
        ['Copy {0} now', 'placeholder', 5],
        ['A &amp; B', 'entity', 2],
        ['Open ![image](a.png) here', 'link', 5],
        ['Run :::image source="a.png"::: now', 'docfx', 4],
        ['end with two spaces  \nnext', 'hardBreak', 19],
      ];
      for (const [text, kind, start] of cases) {
        const p = tokenizeInline(text);
        assert.deepStrictEqual(p.tokens.map(t => t.kind), ['text', kind, 'text'], text);
        assert.deepStrictEqual([p.tokens[0].end, p.tokens[1].start], [start, start], text);
      }
    });
  });

  describe('reference definitions', () => {
    it('reads definitions at line starts only, with up to three spaces before them, the first of a label winning', () => {
      const text = '[A]: /a\n   [b  c]: <x y>\n    [d]: /indented\ntext [e]: /inline\n[a]: /again\r[f]: /after-cr\u2028[g]: /after-ls';
      assert.deepStrictEqual([...referenceDefinitions(text)], [['a', '/a'], ['b c', 'x y'], ['f', '/after-cr'], ['g', '/after-ls']]);
    });
    it('skips a place inside a definition that runs across a lone carriage return', () => {
      // The angle-bracket destination may hold `\r`: the `[` after it starts a line but is part of the definition.
      assert.deepStrictEqual([...referenceDefinitions('[a]: <x\r[b]: y>\n[c]: z')], [['a', 'x\r[b]: y'], ['c', 'z']]);
    });
  });
});
