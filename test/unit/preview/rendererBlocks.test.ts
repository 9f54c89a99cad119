/**
 * The renderer as the docs site renders: code blocks, HTML blocks through the allow-list sanitizer, DocFX
 * (alerts, `[!div]`, includes, `:::image`, `:::code`, `xref:`), tables with aligned lines, problem severity,
 * heading anchors.
 */
import * as assert from 'node:assert/strict';
import { renderPreviewRows, type RenderOptions } from '../../../client/src/preview/renderer';
import { allowedHtml, sanitizeHtml } from '../../../client/src/preview/sanitize';
import { isSafeUrl } from '../../../client/src/preview/renderer';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { joinLines, unit } from '../../helpers/text';
import { hasClass, parseHtml, type ParsedElement } from './html';

const resourceBase = 'https://file+.vscode-resource.test/docs/';
const resolveImage = (src: string) => (/^[a-z][a-z0-9+.-]*:|^\//i.test(src) ? undefined : resourceBase + src);

function render(text: string, options: RenderOptions = {}): { html: string; elements: ParsedElement[] } {
  const data = computePreviewData(parseSxs(text), { uri: 'file:///docs/a.md', version: 1 });
  const html = renderPreviewRows(data, { resolveImage, ...options }).map(row => row.html).join('\n');
  return { html, elements: parseHtml(html) };
}

const u = (n: number, target: string, source: string) => unit(`abcde-${100 + n}`, target, source);

describe('preview renderer: code', () => {
  it('renders a fenced block with unit-like text as code in both columns, not as a unit row', () => {
    const { elements } = render(joinLines(u(1, 'Przed', 'Before'), '', '```html', u(2, 'kod', 'code'), '```', '', u(3, 'Po', 'After'), ''));
    const units = elements.filter(e => hasClass(e, 'sxs-unit'));
    assert.deepEqual(units.map(e => e.attributes['data-id']), ['abcde-101', 'abcde-103']);
    assert.ok(!elements.some(e => hasClass(e, 'sxs-missing')), 'no "(no English half)" row');
    const codes = elements.filter(e => e.name === 'code' && e.parent?.name === 'pre');
    assert.equal(codes.length, 2, 'the block in each column');
    assert.ok(codes.every(code => code.text.includes('<span data-ttu-id="abcde-102">kod</span>')));
    assert.ok(codes.every(code => code.attributes.class === 'language-html'));
    assert.deepEqual(codes.map(code => closestHalf(code)), ['sxs-target', 'sxs-source']);
  });

  it('renders an indented code block as code', () => {
    const { elements } = render(joinLines(u(1, 'Tekst', 'Text'), '', '    var x = 1;', '    <b>y</b>', '', ''));
    const codes = elements.filter(e => e.name === 'code' && e.parent?.name === 'pre');
    assert.equal(codes.length, 2);
    assert.equal(codes[0].text, 'var x = 1;\n<b>y</b>\n');
  });
});

describe('preview renderer: HTML blocks through the allow-list', () => {
  it('keeps allowed tags and drops the rest with their attributes', () => {
    const { elements } = render(joinLines(u(1, 'a', 'b'), '', '<pre>x &lt; y</pre>', '', '<table><tr><td colspan="2" onclick="alert(1)">c</td></tr></table>', '', '<details open><summary>Więcej</summary><kbd>Ctrl</kbd>+<kbd>C</kbd></details>', ''));
    assert.ok(elements.some(e => e.name === 'pre' && e.text === 'x < y'));
    const cell = elements.find(e => e.name === 'td' && e.text === 'c');
    assert.ok(cell);
    assert.deepEqual(cell.attributes, { colspan: '2' });
    assert.equal(elements.filter(e => e.name === 'kbd').length, 4, 'two keys in each column');
    assert.ok(elements.some(e => e.name === 'details' && e.attributes.open === ''));
  });

  it('allows exactly the listed tags, and every allowed tag loses hostile attributes', () => {
    const hostile = ' onclick="alert(1)" onerror="alert(1)" style="background:url(https://evil.example/)" id="sxs-root" class="sxs-unit x" data-unit="3" href="javascript:alert(1)" src="https://evil.example/x.png" srcset="https://evil.example/y.png 2x" formaction="https://evil.example" background="https://evil.example/bg.png" poster="https://evil.example/p.png"';
    for (const tag of Object.keys(allowedHtml)) {
      const html = sanitizeHtml(`<${tag}${hostile}>t</${tag}>`, { isSafeUrl, resolveImage });
      for (const element of parseHtml(html)) {
        for (const [name, value] of Object.entries(element.attributes)) {
          assert.ok(!name.startsWith('on'), `${tag}: ${name}`);
          assert.ok(!['style', 'id', 'data-unit', 'srcset', 'formaction', 'background', 'poster'].includes(name), `${tag}: ${name}`);
          if (name === 'class') assert.doesNotMatch(value, /sxs-unit/, `${tag}: class`);
          if (name === 'href' || name === 'src') assert.doesNotMatch(value, /javascript:|evil/, `${tag}: ${name}`);
          if (name === 'data-anchors') assert.equal(value, 'sxs-root', `${tag}: the id becomes an anchor`);
        }
      }
    }
  });

  it('drops script, style, frames, forms, media and SVG with their content', () => {
    const tags = ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'textarea', 'select', 'video', 'audio', 'template', 'noscript', 'base', 'meta', 'link', 'input'];
    for (const tag of tags) {
      const html = sanitizeHtml(`<p>a<${tag} src="https://evil.example/x" href="https://evil.example/">SECRET</${tag}>b</p>`, { isSafeUrl, resolveImage });
      assert.equal(html.includes('SECRET') && !['base', 'meta', 'link', 'input', 'embed'].includes(tag), false, `${tag}: ${html}`);
      assert.doesNotMatch(html, /evil/, tag);
      assert.doesNotMatch(html, new RegExp(`<${tag}\\b`, 'i'), tag);
    }
  });

  it('shows local images through the resolver and remote ones as their alt text', () => {
    const html = sanitizeHtml('<img src="media/a.png" alt="A"><img src="https://evil.example/b.png" alt="B"><img src="data:image/png;base64,AAAA" alt="C">', { isSafeUrl, resolveImage });
    const elements = parseHtml(html);
    assert.deepEqual(elements.filter(e => e.name === 'img').map(e => e.attributes.src), [`${resourceBase}media/a.png`]);
    assert.deepEqual(elements.filter(e => hasClass(e, 'sxs-image-blocked')).map(e => e.text), ['B', 'C']);
  });
});

describe('preview renderer: DocFX', () => {
  it('renders alerts as callouts with a title, in rows with and without units', () => {
    const { elements } = render(joinLines('> [!WARNING]', `> ${u(1, 'Uwaga', 'Careful')}`, '', '> [!TIP]', '> Plain tip', ''));
    const withUnits = elements.find(e => hasClass(e, 'sxs-alert-warning'));
    assert.ok(withUnits && hasClass(withUnits, 'sxs-row'));
    const plain = elements.filter(e => e.name === 'blockquote' && hasClass(e, 'sxs-alert-tip'));
    assert.equal(plain.length, 2);
    assert.match(squash(plain[0].text), /^Tip ?Plain tip$/);
    assert.ok(elements.filter(e => hasClass(e, 'sxs-alert-title')).map(e => e.text).includes('Warning'));
  });

  it('renders [!div class] as a styled block and xref links as chips', () => {
    const { elements } = render(joinLines(u(1, 'a', 'b'), '', '> [!div class="nextstepaction"]', '> [Dalej](next.md)', '', 'See <xref:System.String> and [String](xref:System.String).', ''));
    assert.ok(elements.some(e => e.name === 'blockquote' && hasClass(e, 'sxs-div-nextstepaction') && squash(e.text) === 'Dalej'));
    const chips = elements.filter(e => hasClass(e, 'sxs-xref'));
    assert.deepEqual(chips.slice(0, 2).map(e => [e.text, e.attributes.href]), [['System.String', 'xref:System.String'], ['String', 'xref:System.String']]);
  });

  it('renders an include as a collapsible block with the resolved content, or as a link when absent', () => {
    const included = '<div class="sxs-row"><div class="sxs-unit" data-id="fffff-1">Stopka</div></div>';
    const { elements } = render(joinLines(u(1, 'a', 'b'), '', '[!INCLUDE [footer](../includes/footer.md)]', '', '[!INCLUDE [brak](../includes/missing.md)]', ''), {
      resolveInclude: path => (path === '../includes/footer.md' ? included : undefined),
    });
    const details = elements.filter(e => e.name === 'details' && hasClass(e, 'sxs-include'));
    assert.equal(details.length, 2, 'in both columns');
    assert.match(details[0].text, /Include: footer/);
    assert.ok(elements.some(e => e.attributes['data-id'] === 'fffff-1' && closest(e, x => x.name === 'details')), 'the included rows inside');
    const missing = elements.filter(e => hasClass(e, 'sxs-include-missing'));
    assert.equal(missing.length, 2);
    assert.ok(elements.some(e => e.name === 'a' && e.attributes.href === '../includes/missing.md' && e.text === 'brak'));
    assert.ok(!elements.some(e => /\[!INCLUDE/.test(e.text) && e.name === 'p'), 'no raw include syntax');
  });

  it('renders :::image through the image resolver and :::code as a chip', () => {
    const { elements } = render(joinLines(u(1, 'a', 'b'), '', ':::image type="content" source="media/shot.png" alt-text="Zrzut":::', '', ':::code language="csharp" source="~/samples/Program.cs" range="3-8":::', ''));
    const images = elements.filter(e => e.name === 'img');
    assert.deepEqual(images.map(e => [e.attributes.src, e.attributes.alt]), [[`${resourceBase}media/shot.png`, 'Zrzut'], [`${resourceBase}media/shot.png`, 'Zrzut']]);
    const chips = elements.filter(e => hasClass(e, 'sxs-docfx-code'));
    assert.equal(chips.length, 2);
    assert.equal(chips[0].text, 'code: ~/samples/Program.cs (csharp, lines 3-8)');
  });
});

describe('preview renderer: tables', () => {
  it('renders a table as one table per column, cut into aligned lines, with units in their cells', () => {
    const { elements } = render(joinLines(
      `| ${u(1, 'Nazwa', 'Name')} | ${u(2, 'Opis', 'Description')} |`,
      '|:--|--:|',
      `| \`a|b\` | ${u(3, 'Pierwszy', 'First')} |`,
      `| x | ${u(4, 'Drugi', 'Second')} |`,
      '',
    ));
    const lines = elements.filter(e => hasClass(e, 'sxs-table-row'));
    assert.equal(lines.length, 3, 'header and two body lines; no delimiter line');
    for (const line of lines) {
      const halves = elements.filter(e => e.parent === line);
      assert.deepEqual(halves.map(e => (hasClass(e, 'sxs-target') ? 'target' : 'source')), ['target', 'source']);
    }
    const targetCells = (line: ParsedElement) => elements.filter(e => (e.name === 'td' || e.name === 'th') && closest(e, x => x === line) && closestHalf(e) === 'sxs-target');
    assert.deepEqual(targetCells(lines[0]).map(e => [e.name, e.text]), [['th', 'Nazwa'], ['th', 'Opis']]);
    assert.deepEqual(targetCells(lines[1]).map(e => e.text), ['a|b', 'Pierwszy']);
    assert.deepEqual(targetCells(lines[1]).map(e => e.attributes.class), ['sxs-align-left', 'sxs-align-right']);
    const english = elements.filter(e => hasClass(e, 'sxs-cell-source')).map(e => e.text);
    assert.deepEqual(english, ['Name', 'Description', 'First', 'Second']);
    const clickable = elements.filter(e => hasClass(e, 'sxs-unit')).map(e => e.attributes['data-unit']);
    assert.deepEqual(clickable, ['0', '1', '2', '3']);
  });
});

describe('preview renderer: problems and anchors', () => {
  it('marks a unit with its worst severity, lists each problem once, worst first', () => {
    const problems = new Map([[0, [
      { severity: 'info' as const, message: 'SX901: i' },
      { severity: 'error' as const, message: 'SX101: e' },
      { severity: 'error' as const, message: 'SX101: e' },
      { severity: 'warning' as const, message: 'SX301: w' },
    ]], [1, [{ severity: 'warning' as const, message: 'SX301: w' }]]]);
    const { elements } = render(joinLines(u(1, 'a', 'b'), '', u(2, 'c', 'd'), ''), { problems });
    const units = elements.filter(e => hasClass(e, 'sxs-unit'));
    assert.ok(hasClass(units[0], 'sxs-severity-error'));
    assert.equal(units[0].attributes.title, 'SX101: e\nSX301: w\nSX901: i');
    assert.ok(hasClass(units[1], 'sxs-severity-warning'));
    const markers = elements.filter(e => hasClass(e, 'sxs-marker'));
    assert.deepEqual(markers.map(e => e.attributes.class), ['sxs-marker sxs-marker-error', 'sxs-marker sxs-marker-warning']);
  });

  it('gives headings the anchors a fragment link may use', () => {
    const { elements } = render(joinLines(`## <a name="setup"></a>${u(1, 'Konfiguracja usługi', 'Configure the service')}`, '', '## Plain heading', ''));
    const headings = elements.filter(e => hasClass(e, 'sxs-row-heading'));
    assert.deepEqual(headings[0].attributes['data-anchors'].split(' '), ['setup', 'konfiguracja-usługi', 'configure-the-service']);
    assert.equal(headings[1].attributes['data-anchors'], 'plain-heading');
  });
});

function closest(element: ParsedElement, test: (e: ParsedElement) => boolean): ParsedElement | undefined {
  for (let e: ParsedElement | undefined = element; e; e = e.parent) if (test(e)) return e;
  return undefined;
}

function closestHalf(element: ParsedElement): string | undefined {
  const half = closest(element, e => hasClass(e, 'sxs-target') || hasClass(e, 'sxs-source'));
  return half && (hasClass(half, 'sxs-target') ? 'sxs-target' : 'sxs-source');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
