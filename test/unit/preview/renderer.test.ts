import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { hideEnglishHalves } from '../../../client/src/markdownPreviewPlugin';
import { buildPreviewHtml, contentSecurityPolicy, createNonce, webviewShell } from '../../../client/src/preview/html';
import { isSafeUrl, renderPreviewRows } from '../../../client/src/preview/renderer';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { repoRoot } from '../../helpers/files';
import { joinLines, unit } from '../../helpers/text';
import { hasClass, parseHtml, type ParsedElement } from './html';

const resourceBase = 'https://file+.vscode-resource.test/docs/';
const resolveImage = (src: string) => (/^[a-z][a-z0-9+.-]*:|^\//i.test(src) ? undefined : resourceBase + src);

function render(text: string, problems?: ReadonlyMap<number, readonly string[]>): string {
  const data = computePreviewData(parseSxs(text), { uri: 'file:///docs/a.md', version: 1 });
  return renderPreviewRows(data, { resolveImage, problems }).map(row => row.html).join('\n');
}

const allowedTags = new Set([
  'div', 'span', 'a', 'img', 'code', 'strong', 'em', 's', 'p', 'pre', 'br', 'ul', 'ol', 'li', 'blockquote', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  // Blocks without units: HTML through the allow-list sanitizer, DocFX includes and images.
  'details', 'summary', 'figure', 'figcaption', 'kbd', 'sub', 'sup', 'del', 'ins', 'b', 'i', 'u', 'mark', 'small',
  'abbr', 'dl', 'dt', 'dd', 'caption', 'tfoot', 'q', 'samp', 'var',
]);
const allowedAttributes = new Set([
  'class', 'data-unit', 'data-line', 'data-end-line', 'data-id', 'title', 'dir', 'lang', 'href', 'src', 'alt',
  'start', 'style', 'role', 'aria-label', 'data-anchors', 'open', 'width', 'height', 'colspan', 'rowspan', 'align',
]);

/** Everything the webview could execute or load must be absent from rendered document content. */
function assertInert(html: string): ParsedElement[] {
  const elements = parseHtml(html);
  for (const element of elements) {
    assert.ok(allowedTags.has(element.name), `tag <${element.name}> in ${html}`);
    for (const [name, value] of Object.entries(element.attributes)) {
      assert.ok(allowedAttributes.has(name), `attribute ${name} on <${element.name}>`);
      assert.ok(!name.startsWith('on'), `event handler ${name}`);
      if (name === 'style') {
        // markdown-it writes only text-align on table cells.
        assert.match(value, /^text-align:(left|right|center)$/, `style ${value}`);
      }
      if (name === 'href') {
        assert.ok(isSafeUrl(value), `href ${value}`);
        // eslint-disable-next-line no-control-regex -- browsers ignore control characters inside a scheme
        assert.doesNotMatch(value.replace(/[\s\u0000-\u001f]/g, ''), /^(javascript|vbscript|data|file):/i, `href ${value}`);
      }
      if (name === 'src') assert.ok(value.startsWith(resourceBase), `src ${value}`);
    }
  }
  return elements;
}

function hostileUnit(id: string, target: string, source: string): string {
  return unit(`abcde-${id}`, target, source);
}

describe('preview renderer with hostile documents', () => {
  it('renders raw HTML in halves as text: script, img onerror, iframe, style, svg', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://evil.example/"></iframe>',
      '<style>body{display:none}</style>',
      '<svg onload=alert(1)><a xlink:href="javascript:alert(1)">x</a></svg>',
      '<div style="position:fixed;inset:0">overlay</div>',
      '<a href="javascript:alert(1)">click</a>',
      '<object data="x.swf"></object><embed src="x"><form action="https://evil"><input autofocus onfocus=alert(1)>',
      '<meta http-equiv="refresh" content="0;url=https://evil"><base href="https://evil/"><link rel=stylesheet href=https://evil/x.css>',
    ];
    const text = joinLines(...payloads.map((payload, i) => hostileUnit(String(101 + i), `T ${payload}`, `S ${payload}`) + '\n'));
    const html = render(text);
    const elements = assertInert(html);
    const units = elements.filter(e => hasClass(e, 'sxs-unit'));
    assert.equal(units.length, payloads.length);
    // The payloads are still there, as visible text.
    for (const [i, payload] of payloads.entries()) {
      assert.ok(units[i].text.includes(`T ${payload}`), `target text ${i}: ${units[i].text}`);
      assert.ok(units[i].text.includes(`S ${payload}`), `source text ${i}`);
    }
  });

  it('drops javascript:, vbscript:, data: and file: links, however they are spelled', () => {
    const links = [
      '[a](javascript:alert(1))',
      '[b](JaVaScRiPt:alert(1))',
      '[c](java&#x09;script:alert(1))',
      '[d](&#106;avascript:alert(1))',
      '[e](<javascript:alert(1)>)',
      '<javascript:alert(1)>',
      '[f](vbscript:msgbox(1))',
      '[g](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[h](file:///etc/passwd)',
      '[i][ref]\n\n[ref]: javascript:alert(1)',
      '[j](  javascript:alert(1) "title")',
    ];
    for (const link of links) {
      const html = render(hostileUnit('101', link, link));
      const anchors = assertInert(html).filter(e => e.name === 'a');
      for (const anchor of anchors) assert.ok(isSafeUrl(anchor.attributes.href ?? ''), `${link} -> ${anchor.attributes.href}`);
      assert.doesNotMatch(html, /href="\s*(javascript|vbscript|data|file):/i, link);
    }
  });

  it('keeps safe links and escapes link titles', () => {
    const html = render(hostileUnit('101', '[docs](https://learn.example/a "t\\" onmouseover=\\"alert(1)") and [rel](other.md#x)', 'x'));
    const anchors = assertInert(html).filter(e => e.name === 'a');
    assert.deepEqual(anchors.map(a => a.attributes.href), ['https://learn.example/a', 'other.md#x']);
    assert.equal(anchors[0].attributes.onmouseover, undefined);
    assert.equal(anchors[0].attributes.title, 't" onmouseover="alert(1)');
  });

  it('does not let </span>, </div> or quotes in a half escape its cell', () => {
    const trick = 'x</span></span></div></div><div class="sxs-unit" data-unit="99">"\'><b>';
    const html = render(joinLines(hostileUnit('101', trick, trick), '', hostileUnit('102', 'next', 'next')));
    const elements = assertInert(html);
    const units = elements.filter(e => hasClass(e, 'sxs-unit'));
    assert.deepEqual(units.map(u => u.attributes['data-unit']), ['0', '1']);
    assert.ok(units[0].text.includes(trick), units[0].text);
    for (const cell of elements.filter(e => hasClass(e, 'sxs-target'))) {
      assert.ok(cell.parent && hasClass(cell.parent, 'sxs-unit'), 'a target cell left its unit');
    }
  });

  it('shows local images through the resolver and never loads remote or data images', () => {
    const html = render(hostileUnit('101', '![local](media/a.png) ![remote](https://evil.example/t.png) ![proto](//evil.example/t.png) ![data](data:image/png;base64,AAAA)', 'x'));
    const elements = assertInert(html);
    const images = elements.filter(e => e.name === 'img');
    assert.deepEqual(images.map(img => img.attributes.src), [`${resourceBase}media/a.png`]);
    for (const element of elements) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (name !== 'title') assert.ok(!value.includes('evil.example'), `remote URL in ${name}`);
      }
    }
    assert.ok(elements.some(e => hasClass(e, 'sxs-image-blocked') && e.text === 'remote'));
  });

  it('escapes hostile locales, IDs and problem messages in attributes', () => {
    const text = joinLines(
      '---',
      'ms.contentlocale: pl"><script>alert(1)</script>',
      '---',
      '',
      hostileUnit('101', 'a', 'b'),
    );
    const html = render(text, new Map([[0, ['SX301: "><img src=x onerror=alert(1)>']]]));
    const elements = assertInert(html);
    const unitElement = elements.find(e => hasClass(e, 'sxs-unit'));
    assert.ok(unitElement && hasClass(unitElement, 'sxs-has-problem'));
    assert.equal(unitElement.attributes.title, 'SX301: "><img src=x onerror=alert(1)>');
    assert.equal(elements.find(e => hasClass(e, 'sxs-target'))?.attributes.lang, 'pl"><script>alert(1)</script>');
  });

  it('renders code blocks and plain blocks without units as inert text', () => {
    const text = joinLines('```html', '<script>alert(1)</script>', '```', '', '<iframe src=x></iframe>', '', hostileUnit('101', 'a', 'b'));
    const elements = assertInert(render(text));
    assert.ok(elements.some(e => e.name === 'code' && e.text.includes('<script>alert(1)</script>')));
  });
});

describe('isSafeUrl', () => {
  it('accepts relative, fragment, http(s), mailto and xref links', () => {
    for (const url of ['a.md', '../b/c.md#x', '#anchor', 'https://x.example', 'HTTP://x.example', 'mailto:a@b.example', 'xref:System.String']) {
      assert.ok(isSafeUrl(url), url);
    }
  });
  it('rejects script, data, file and protocol-relative URLs, with tricks', () => {
    for (const url of ['javascript:x', ' javascript:x', 'java\tscript:x', 'JAVASCRIPT:x', 'java\u0000script:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//evil.example/x']) {
      assert.ok(!isSafeUrl(url), JSON.stringify(url));
    }
  });
});

describe('preview webview shell', () => {
  const options = {
    cspSource: 'https://res.example', nonce: 'abc123', scriptUri: 'https://res.example/dist/webview.js',
    styleUri: 'https://res.example/media/preview.css', title: 'Preview "x"<b>', uri: 'file:///a.md', mode: 'sideBySide' as const,
  };

  it('has a strict content security policy with the nonce', () => {
    const csp = contentSecurityPolicy(options.cspSource, options.nonce);
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.match(csp, /style-src https:\/\/res\.example(;|$)/);
    assert.match(csp, /img-src https:\/\/res\.example(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('loads only the nonce-bearing script and escapes the title', () => {
    const html = buildPreviewHtml(options);
    const elements = parseHtml(html);
    const scripts = elements.filter(e => e.name === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0].attributes.nonce, 'abc123');
    assert.equal(scripts[0].text, '');
    assert.ok(elements.every(e => Object.keys(e.attributes).every(name => !name.startsWith('on'))));
    assert.equal(elements.find(e => e.name === 'title')?.text, 'Preview "x"<b>');
    assert.ok(elements.some(e => e.attributes.id === 'sxs-root'));
  });

  it('gives the translation editor the same shell: the policy, one nonce-bearing script, its own body', () => {
    const html = webviewShell({ ...options, title: 'a <b>.md' }, '', '<div id="grid-app"></div>');
    const elements = parseHtml(html);
    const policy = elements.find(e => e.name === 'meta' && e.attributes['http-equiv'] === 'Content-Security-Policy');
    assert.equal(policy?.attributes.content, contentSecurityPolicy(options.cspSource, options.nonce));
    const scripts = elements.filter(e => e.name === 'script');
    assert.deepEqual(scripts.map(e => [e.attributes.nonce, e.text]), [['abc123', '']]);
    assert.equal(elements.find(e => e.name === 'title')?.text, 'a <b>.md');
    assert.ok(elements.some(e => e.attributes.id === 'grid-app'));
    assert.equal(elements.find(e => e.name === 'body')?.attributes['data-mode'], undefined);
  });

  it('makes a new nonce every time', () => {
    const nonces = new Set(Array.from({ length: 20 }, () => createNonce(size => randomBytes(size))));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{32}$/);
  });
});

describe('built-in Markdown preview plugin', () => {
  it('removes the English halves and keeps the translation', () => {
    const md = hideEnglishHalves(new MarkdownIt({ html: true }));
    const text = joinLines(
      '# ' + unit('abcde-101', 'Tytuł', 'Title'),
      '',
      unit('abcde-102', 'Zdanie **jeden**.', 'Sentence <span style="x">one</span>.') + ' ' + unit('abcde-103', 'Dwa.', 'Two.'),
      '',
      '| ' + unit('abcde-104', 'Komórka', 'Cell') + ' |',
      '| --- |',
      '',
      '<ul><li>' + unit('abcde-105', 'Element', 'Item') + '</li></ul>',
    );
    const html = md.render(text);
    for (const english of ['Title', 'Sentence', 'one', 'Two.', 'Cell', 'Item']) assert.ok(!html.includes(english), `${english} in ${html}`);
    for (const translation of ['Tytuł', 'Zdanie', 'Dwa.', 'Komórka', 'Element']) assert.ok(html.includes(translation), translation);
  });

  it('ships CSS that hides .sxs-lookup for anything the plugin does not reach', () => {
    const css = readFileSync(path.join(repoRoot, 'media', 'markdownPreview.css'), 'utf8');
    assert.match(css, /\.sxs-lookup\s*\{[^}]*display:\s*none/);
  });
});
