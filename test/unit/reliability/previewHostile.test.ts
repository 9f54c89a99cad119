/**
 * Hostile document content through the whole preview path (parser -> preview data -> renderer): nothing
 * executable may survive in the HTML, whichever half it is in and however the span markup is bent around it.
 */
import * as assert from 'node:assert/strict';
import { renderPreviewRows } from '../../../client/src/preview/renderer';
import { allowedHtml } from '../../../client/src/preview/sanitize';
import { computePreviewData } from '../../../server/src/languageFeatures/preview';
import { parseSxs } from '../../../server/src/sxs/parser';
import { unit } from '../../helpers/text';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVa\tScRiPt:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  '<svg><script>alert(1)</script></svg>',
  '<form action="https://evil.example"><button>x</button></form>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '[x](vbscript:msgbox(1))',
  '<https://evil.example/"onmouseover="alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

function documents(payload: string): string[] {
  return [
    `${unit('abcde-1', payload, 'English')}\n`,
    `${unit('abcde-2', 'Tłumaczenie', payload)}\n`,
    // `</span>` trickery: the payload closes the half early or opens a span of its own.
    `${unit('abcde-3', `a</span>${payload}<span>`, `b</span></span>${payload}`)}\n`,
    `${unit('abcde-4', `a\\</span>${payload}`, `<span class="x" onclick="alert(1)">${payload}`)}\n`,
    `# ${unit('abcde-5', payload, payload)}\n\n> [!NOTE]\n> ${unit('abcde-6', payload, 'x')}\n\n| a |\n|---|\n| ${unit('abcde-7', payload, payload)} |\n\n${payload}\n\n\`\`\`\n${payload}\n\`\`\`\n`,
    `[${unit('abcde-8', 'link', 'link')}](javascript:alert(1)) ![${unit('abcde-9', 'alt', 'alt')}](data:image/png;base64,AAAA)\n`,
  ];
}

/** What must not appear in rendered HTML: live tags, event handlers, script URLs in attributes, CSS URLs. */
function executable(html: string): string | undefined {
  const patterns: [string, RegExp][] = [
    ['a live tag', /<\s*\/?\s*(script|iframe|object|embed|base|meta|style|link|form|svg|math|frame|frameset|applet|template)\b/i],
    ['an event-handler attribute', /<[^>]*\son[a-z]+\s*=/i],
    ['a script or data URL in an attribute', /\s(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i],
    ['a style attribute', /<[^>]*\sstyle\s*=/i],
  ];
  for (const [what, pattern] of patterns) {
    const match = pattern.exec(html);
    if (match) return `${what}: ${html.slice(Math.max(0, match.index - 40), match.index + 80)}`;
  }
  return undefined;
}

describe('preview of hostile content', () => {
  for (const payload of payloads) {
    it(`renders ${JSON.stringify(payload).slice(0, 60)} as inert text in every position`, () => {
      for (const text of documents(payload)) {
        const data = computePreviewData(parseSxs(text), { uri: 'file:///x.md', version: 1 });
        const html = renderPreviewRows(data, { resolveImage: src => `https://file%2B.vscode-resource.vscode-cdn.net/${src}` })
          .map(row => row.html).join('\n');
        assert.ok(html.length > 0);
        const found = executable(html);
        assert.equal(found, undefined, `in ${JSON.stringify(text).slice(0, 120)}: ${found}`);
      }
    });
  }

  it('the check itself finds live markup (it can fail)', () => {
    assert.ok(executable('<p><img src=x onerror=alert(1)></p>'));
    assert.ok(executable('<a href="javascript:alert(1)">x</a>'));
    assert.ok(executable('<script>1</script>'));
    assert.equal(executable('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'), undefined);
  });

  it('keeps every tag the HTML-block allow-list admits inert, whatever attributes it carries', () => {
    const hostile = ' onclick="alert(1)" onmouseover=alert(1) style="background:url(javascript:alert(1))" href="javascript:alert(1)" src="data:text/html,x" srcset="https://evil.example/x 2x" action="https://evil.example" formaction="javascript:alert(1)" xlink:href="javascript:alert(1)" data="x.swf" class="sxs-unit" data-unit="0" id="sxs-root"';
    for (const tag of Object.keys(allowedHtml)) {
      const text = `${unit('abcde-1', 'a', 'b')}\n\n<${tag}${hostile}>x</${tag}>\n\n<div>\n<${tag}${hostile}>y</${tag}>\n</div>\n`;
      const data = computePreviewData(parseSxs(text), { uri: 'file:///x.md', version: 1 });
      const html = renderPreviewRows(data, { resolveImage: () => undefined }).map(row => row.html).join('\n');
      const found = executable(html);
      assert.equal(found, undefined, `<${tag}>: ${found}`);
      assert.doesNotMatch(html.replace(/<div class="sxs-unit[^>]*data-unit="0"/, ''), /data-unit="0"|id="sxs-root"|class="[^"]*sxs-unit/, `<${tag}> forges a unit or an id`);
    }
  });

  it('keeps DocFX constructs inert: includes, :::image, :::code, [!div], alerts, xref', () => {
    const constructs = [
      '[!INCLUDE [<img src=x onerror=alert(1)>](javascript:alert(1))]',
      '[!INCLUDE [t](../x.md"onmouseover="alert(1))]',
      ':::image type="content" source="javascript:alert(1)" alt-text="<script>alert(1)</script>":::',
      ':::image type="content" source="https://evil.example/x.png" alt-text="x":::',
      ':::code language="<script>" source="javascript:alert(1)" range="1":::',
      '> [!div class="x" onclick="alert(1)"]\n> y',
      '> [!NOTE]\n> <img src=x onerror=alert(1)>',
      '<xref:"onmouseover="alert(1)>',
    ];
    for (const construct of constructs) {
      const text = `${unit('abcde-1', 'a', 'b')}\n\n${construct}\n`;
      const data = computePreviewData(parseSxs(text), { uri: 'file:///x.md', version: 1 });
      const html = renderPreviewRows(data, {
        resolveImage: src => (/^[a-z]+:/i.test(src) ? undefined : `https://file%2B.vscode-resource.vscode-cdn.net/${src}`),
        resolveInclude: () => undefined,
      }).map(row => row.html).join('\n');
      const found = executable(html);
      assert.equal(found, undefined, `${construct}: ${found}`);
      assert.doesNotMatch(html, /(src|href)="[^"]*evil\.example/, construct);
    }
  });
});
