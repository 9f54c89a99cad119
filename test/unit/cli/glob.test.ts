/**
 * Glob patterns and .gitignore rules as matchers of relative paths.
 */
import * as assert from 'node:assert/strict';
import { globToRegExp, isGlob, splitGlobBase } from '../../../server/src/cli/glob';
import { isIgnored, parseGitignore } from '../../../server/src/cli/gitignore';

function matches(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}

describe('glob patterns', () => {
  it('matches *, **, ?, classes and alternatives', () => {
    assert.ok(matches('*.md', 'a.md'));
    assert.ok(!matches('*.md', 'sub/a.md'), '* stays in one segment');
    assert.ok(matches('**/*.md', 'a.md'), '**/ matches zero segments');
    assert.ok(matches('**/*.md', 'x/y/a.md'));
    assert.ok(matches('docs/**', 'docs/a/b.md'));
    assert.ok(!matches('docs/**', 'other/a.md'));
    assert.ok(matches('a/**/b.md', 'a/b.md'));
    assert.ok(matches('a/**/b.md', 'a/x/y/b.md'));
    assert.ok(matches('?.md', 'x.md'));
    assert.ok(!matches('?.md', 'xy.md'));
    assert.ok(matches('[ab].md', 'b.md'));
    assert.ok(!matches('[!ab].md', 'b.md'));
    assert.ok(matches('[!ab].md', 'c.md'));
    assert.ok(matches('{pl-pl,cs-cz}/*.md', 'cs-cz/a.md'));
    assert.ok(!matches('{pl-pl,cs-cz}/*.md', 'he-il/a.md'));
    assert.ok(matches('{a,b/{c,d}}.md', 'b/d.md'));
    assert.ok(matches('a\\*.md', 'a*.md'));
    assert.ok(!matches('a\\*.md', 'ab.md'));
    assert.ok(matches('a.b(c).md', 'a.b(c).md'), 'regular-expression characters are literal');
    assert.ok(!matches('a.md', 'aXmd'));
  });

  it('tells globs from paths and finds the folder to search', () => {
    assert.equal(isGlob('docs/a.md'), false);
    assert.equal(isGlob('docs/*.md'), true);
    assert.deepEqual(splitGlobBase('docs/pl-pl/**/*.md'), { base: 'docs/pl-pl', rest: '**/*.md' });
    assert.deepEqual(splitGlobBase('*.md'), { base: '', rest: '*.md' });
    assert.deepEqual(splitGlobBase('../x/{a,b}/*.md'), { base: '../x', rest: '{a,b}/*.md' });
  });
});

describe('.gitignore rules', () => {
  const root = '/r';

  function ignored(text: string, relative: string, isDirectory = false, nested?: { folder: string; text: string }): boolean {
    const files = [{ folder: root, rules: parseGitignore(text) }];
    if (nested) {
      files.push({ folder: nested.folder, rules: parseGitignore(nested.text) });
    }
    return isIgnored(files, `${root}/${relative}`, isDirectory);
  }

  it('matches names at any depth unless anchored', () => {
    assert.ok(ignored('draft.md', 'draft.md'));
    assert.ok(ignored('draft.md', 'a/b/draft.md'));
    assert.ok(ignored('/draft.md', 'draft.md'));
    assert.ok(!ignored('/draft.md', 'a/draft.md'), 'a leading slash anchors');
    assert.ok(ignored('a/draft.md', 'a/draft.md'));
    assert.ok(!ignored('a/draft.md', 'x/a/draft.md'), 'a middle slash anchors');
    assert.ok(ignored('**/gen/*.md', 'x/y/gen/a.md'));
  });

  it('skips comments and blank lines, honours escapes and trailing spaces', () => {
    assert.ok(!ignored('# draft.md\n\n', 'draft.md'));
    assert.ok(ignored('\\#draft.md', '#draft.md'));
    assert.ok(ignored('draft.md   ', 'draft.md'));
  });

  it('applies directory-only patterns to folders only', () => {
    assert.ok(ignored('build/', 'build', true));
    assert.ok(!ignored('build/', 'build', false));
  });

  it('lets the last matching rule win, so negation re-includes', () => {
    assert.ok(!ignored('*.md\n!keep.md', 'keep.md'));
    assert.ok(ignored('*.md\n!keep.md', 'other.md'));
    assert.ok(ignored('!keep.md\n*.md', 'keep.md'));
  });

  it('lets a nested .gitignore override the outer one for its own folder only', () => {
    const nested = { folder: '/r/sub', text: '!draft.md' };
    assert.ok(!ignored('draft.md', 'sub/draft.md', false, nested));
    assert.ok(ignored('draft.md', 'draft.md', false, nested));
    assert.ok(ignored('', 'sub/x.md', false, { folder: '/r/sub', text: '/x.md' }));
    assert.ok(!ignored('', 'sub/deeper/x.md', false, { folder: '/r/sub', text: '/x.md' }));
  });
});
