/**
 * UI: the preview as an attack surface, in the real browser. A document whose halves hold script, event
 * handlers, `javascript:` links, frames, objects, `<base>`, `<meta http-equiv>`, CSS `url()` and `</span>` tricks
 * is previewed; every payload would call a canary HTTP server on 127.0.0.1 if it ran or loaded. The canary must
 * hear nothing, and the preview's DOM must hold none of the payloads as live markup.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { workbench } from './fixture';

const PREVIEW_TO_SIDE = 'SxS: Open Bilingual Preview to the Side';

function unit(id: string, target: string, source: string): string {
  return `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
}

function hostileDocument(canary: string): string {
  const hit = (name: string) => `${canary}/${name}`;
  const payloads = [
    `<script>fetch('${hit('script')}')</script>`,
    `<img src="${hit('img')}" onerror="fetch('${hit('onerror')}')">`,
    `[kliknij](javascript:fetch('${hit('js-link')}'))`,
    `<a href="javascript:fetch('${hit('js-anchor')}')">kliknij</a>`,
    `[dane](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
    `<iframe src="${hit('iframe')}"></iframe>`,
    `<object data="${hit('object')}"></object><embed src="${hit('embed')}">`,
    `<base href="${hit('base')}/">`,
    `<meta http-equiv="refresh" content="0;url=${hit('meta')}">`,
    `<style>body{background:url(${hit('css')})}</style>`,
    `<span style="background:url(${hit('inline-style')})">styl</span>`,
    `![obraz](${hit('markdown-image')})`,
    `<svg onload="fetch('${hit('svg')}')"></svg>`,
    `</span></span><script>fetch('${hit('close-trick')}')</script><span>`,
    `<details open ontoggle="fetch('${hit('ontoggle')}')">x</details>`,
  ];
  const lines = ['# ' + unit('c0ffe-101', 'Wrogi dokument', 'Hostile document'), ''];
  payloads.forEach((payload, index) => {
    const id = `c0ffe-${102 + index}`;
    lines.push(`- ${unit(id, `Tekst ${index} ${payload}`, `Text ${index} ${payload}`)}`);
  });
  lines.push('');
  return lines.join('\n');
}

describe('Preview security', function () {
  let server: http.Server;
  const hits: string[] = [];
  let file: string;

  before(async function () {
    server = http.createServer((request, response) => {
      hits.push(request.url ?? '?');
      response.end('canary');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // The workspace holds this file from the start (so quick open knows it); the payloads need the canary's port.
    file = workbench().manifest.securityCanary.file;
    fs.writeFileSync(file, hostileDocument(`http://127.0.0.1:${port}/canary`));
    // The canary answers requests that do reach it.
    await new Promise<void>((resolve, reject) => http.get(`http://127.0.0.1:${port}/canary/self-test`, response => {
      response.resume();
      response.on('end', resolve);
    }).on('error', reject));
    assert.deepStrictEqual(hits.splice(0), ['/canary/self-test']);
  });

  after(async function () {
    await new Promise(resolve => server.close(resolve));
  });

  it('runs no script and loads nothing from a hostile document', async function () {
    const wb = workbench();
    await wb.openFile(wb.manifest.securityCanary.path);
    await wb.runCommand(PREVIEW_TO_SIDE);
    const preview = wb.preview();
    const last = preview.locator('.sxs-unit[data-id="c0ffe-116"]');
    await last.waitFor({ timeout: 30_000 });
    await wb.screenshot('preview-hostile');

    // The payloads are shown as text, not as markup.
    const text = await preview.locator('.sxs-unit[data-id="c0ffe-102"] .sxs-target').innerText();
    assert.match(text, /<script>/, 'the script tag is visible text');

    const live = await preview.locator('body').evaluate(body => {
      const units = Array.from(body.querySelectorAll('.sxs-unit'));
      const inUnits = units.flatMap(u => Array.from(u.querySelectorAll('*')));
      return {
        units: units.length,
        scripts: Array.from(body.querySelectorAll('script')).filter(s => (s.textContent ?? '').includes('canary')).length,
        handlers: inUnits.filter(el => Array.from(el.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
        styles: inUnits.filter(el => el.hasAttribute('style')).length,
        dangerous: inUnits.filter(el => ['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'STYLE', 'SCRIPT', 'SVG'].includes(el.tagName.toUpperCase())).length,
        badLinks: inUnits.filter(el => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') ?? '')).length,
        remote: inUnits.filter(el => /canary/.test(el.getAttribute('src') ?? '')).length,
      };
    });
    assert.deepStrictEqual(live, { units: 16, scripts: 0, handlers: 0, styles: 0, dangerous: 0, badLinks: 0, remote: 0 });

    // Click every link in the hostile units: none may run anything.
    const links = preview.locator('.sxs-unit a');
    for (let i = 0; i < await links.count(); i++) {
      await links.nth(i).click({ timeout: 5_000 }).catch(() => undefined);
    }
    // Absence can only be shown by waiting: give any late load a bounded chance to reach the canary.
    await wb.page.waitForTimeout(3_000);
    assert.deepStrictEqual(hits, [], 'the canary heard nothing');
  });
});
