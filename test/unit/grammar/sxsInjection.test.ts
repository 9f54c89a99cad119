import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { injectionGrammarPath, scopesAt, tokenizeLines } from './tokenize';

const unit = (id: string, target: string, source: string) =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

async function scopes(lines: readonly string[], lineIndex: number, needle: string, occurrence = 1): Promise<readonly string[]> {
  const tokens = await tokenizeLines(lines);
  return scopesAt(tokens[lineIndex], lines[lineIndex], needle, occurrence);
}

function has(scopeList: readonly string[], scope: string): boolean {
  return scopeList.some(s => s === scope || s.split(' ').includes(scope));
}

function assertHas(scopeList: readonly string[], scope: string): void {
  assert.ok(has(scopeList, scope), `expected ${scope} in [${scopeList.join(', ')}]`);
}

function assertLacks(scopeList: readonly string[], prefix: string): void {
  assert.ok(!scopeList.some(s => s.split(' ').some(part => part.startsWith(prefix))),
    `expected no ${prefix}* in [${scopeList.join(', ')}]`);
}

describe('sxs injection grammar', () => {
  const line = `1. ${unit('096f7-128', 'Wybierz kartę **Zainstalowano**.', 'Select the **Installed** tab.')}`;

  it('is injected into markdown and excludes code', () => {
    const grammar = JSON.parse(readFileSync(injectionGrammarPath, 'utf8')) as { scopeName: string; injectionSelector: string };
    assert.equal(grammar.scopeName, 'text.html.markdown.sxs');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
    for (const excluded of ['-markup.fenced_code', '-markup.raw.block', '-markup.inline.raw']) {
      assert.ok(grammar.injectionSelector.includes(excluded), excluded);
    }
  });

  it('scopes the target opener tag and its ID', async () => {
    const open = await scopes([line], 0, '<span data-ttu-id');
    assertHas(open, 'meta.tag.inline.sxs.target.begin.html');
    assertHas(open, 'punctuation.definition.tag.begin.html');
    assertHas(await scopes([line], 0, 'span data-ttu-id'), 'entity.name.tag.html');
    assertHas(await scopes([line], 0, 'data-ttu-id'), 'entity.other.attribute-name.sxs.html');
    const id = await scopes([line], 0, '096f7-128');
    assertHas(id, 'constant.other.sxs.id');
    assertLacks(id, 'meta.sxs.source');
  });

  it('leaves the translated half as markdown', async () => {
    const target = await scopes([line], 0, 'Wybierz');
    assertLacks(target, 'meta.sxs');
    assertLacks(target, 'meta.tag');
    assertHas(await scopes([line], 0, '**Zainstalowano**'), 'markup.bold.markdown');
  });

  it('scopes the </span> that closes the translated half', async () => {
    assertHas(await scopes([line], 0, '</span><span class'), 'meta.tag.inline.sxs.target.end.html');
  });

  it('scopes the English half, its wrapper and its ID as meta.sxs.source', async () => {
    const wrapper = await scopes([line], 0, '<span class="sxs-lookup">');
    assertHas(wrapper, 'meta.sxs.source');
    assertHas(wrapper, 'meta.tag.inline.sxs.source.begin.html');
    assertHas(await scopes([line], 0, 'sxs-lookup'), 'support.class.sxs-lookup');
    const id = await scopes([line], 0, '096f7-128', 2);
    assertHas(id, 'meta.sxs.source');
    assertHas(id, 'constant.other.sxs.id');
    const english = await scopes([line], 0, 'Select the');
    assertHas(english, 'meta.sxs.source');
    assertHas(english, 'meta.sxs.source.content');
    const close = await scopes([line], 0, '</span></span>');
    assertHas(close, 'meta.tag.inline.sxs.source.end.html');
    assertLacks(close, 'meta.sxs.source.content');
  });

  it('ends the English half at its </span></span>, so the next unit starts fresh', async () => {
    const two = `${unit('4ec2a-103', 'Pierwsze.', 'First.')} ${unit('4ec2a-104', 'Drugie.', 'Second.')} after`;
    assertHas(await scopes([two], 0, 'First.'), 'meta.sxs.source');
    assertLacks(await scopes([two], 0, 'Drugie.'), 'meta.sxs.source');
    assertHas(await scopes([two], 0, '4ec2a-104'), 'meta.tag.inline.sxs.target.begin.html');
    assertHas(await scopes([two], 0, 'Second.'), 'meta.sxs.source.content');
    assertLacks(await scopes([two], 0, ' after'), 'meta.sxs');
  });

  it('follows an English half across lines', async () => {
    const lines = [
      '<span data-ttu-id="abcde-120">[Poprzednie](a.md)',
      '[dalej](b.md)</span><span class="sxs-lookup"><span data-stu-id="abcde-120">[Previous](a.md)',
      '[Next](b.md)</span></span> tail',
    ];
    assertHas(await scopes(lines, 1, '[Previous]'), 'meta.sxs.source.content');
    assertHas(await scopes(lines, 2, '[Next]'), 'meta.sxs.source.content');
    assertLacks(await scopes(lines, 2, ' tail'), 'meta.sxs');
  });

  it('keeps a code span with <span inside the English half', async () => {
    const text = unit('c0ffe-101', 'Użyj `<span asp-validation-for`.', 'Use `<span asp-validation-for`.') + ' tail';
    assertHas(await scopes([text], 0, '<span asp', 2), 'markup.inline.raw.string.markdown');
    assertLacks(await scopes([text], 0, ' tail'), 'meta.sxs');
  });

  it('lets a balanced nested span close without ending the English half', async () => {
    const text = unit('b7e4e-129', 'X', '<span style="word-break:normal">Response</span> more') + ' tail';
    assertHas(await scopes([text], 0, ' more'), 'meta.sxs.source.content');
    assertLacks(await scopes([text], 0, ' tail'), 'meta.sxs');
  });

  it('does not touch units inside fenced code, indented code or inline code', async () => {
    const lines = ['```html', unit('aaaaa-101', 'Tekst', 'Text'), '```', 'Use `' + unit('aaaaa-102', 'A', 'B') + '` here'];
    for (const needle of ['data-ttu-id', 'Text', 'aaaaa-101']) assertLacks(await scopes(lines, 1, needle), 'meta.sxs');
    assertLacks(await scopes(lines, 1, 'aaaaa-101'), 'constant.other.sxs');
    assertLacks(await scopes(lines, 3, 'data-ttu-id'), 'meta.tag.inline.sxs');
    assertLacks(await scopes(lines, 3, 'B</span>'), 'meta.sxs');
    const indented = ['    ' + unit('aaaaa-103', 'A', 'B')];
    assertLacks(await scopes(indented, 0, 'B</span>'), 'meta.sxs');
  });

  it('scopes units inside headings', async () => {
    const heading = `## <a name="x"></a>${unit('096f7-111', 'Znajdowanie', 'Find')}`;
    const english = await scopes([heading], 0, 'Find');
    assertHas(english, 'markup.heading.markdown');
    assertHas(english, 'meta.sxs.source');
    assertLacks(await scopes([heading], 0, 'Znajdowanie'), 'meta.sxs');
  });
});
