/**
 * Glob patterns (the one dialect of `config/glob.ts`) and .gitignore rules as matchers of relative paths.
 */
import * as assert from 'node:assert/strict';
import { createPathMatcher, globMatcher, isGlob, splitGlobBase } from '../../../server/src/config/glob';
import { isIgnored, parseGitignore } from '../../../server/src/cli/gitignore';

function matches(pattern: string, path: string): boolean {
  return globMatcher(pattern)(path);
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
    assert.ok(matches('*.md', '.hidden.md'), 'dot files match like any other');
    assert.ok(matches('**/*.md', '.github/a.md'));
    assert.ok(matches('[a-c]?.md', 'bx.md'));
    assert.ok(!matches('docs/*.md', 'docs'));
  });

  it('matches a path when the pattern matches it or one of its folders', () => {
    const excluded = createPathMatcher(['**/node_modules', 'drafts/', './out', '**/*.tmp.md']);
    assert.ok(excluded('node_modules/x/a.md'));
    assert.ok(excluded('a/node_modules/b/c.md'));
    assert.ok(excluded('drafts/a.md'));
    assert.ok(!excluded('docs/drafts/a.md'), 'anchored to the root');
    assert.ok(excluded('out/a.md'));
    assert.ok(excluded('x/y.tmp.md'));
    assert.ok(!excluded('docs/a.md'));
    const anyDepth = createPathMatcher(['includes', 'docs/*.yml'], { bareNamesAtAnyDepth: true });
    assert.ok(anyDepth('a/b/includes/x.md'));
    assert.ok(anyDepth('includes'));
    assert.ok(!anyDepth('a/includes.md'));
    assert.ok(anyDepth('docs/toc.yml'));
    assert.ok(!anyDepth('a/docs/toc.yml'), 'a pattern with a slash stays anchored');
    assert.equal(createPathMatcher([])('a.md'), false);
  });

  it('tells globs from paths and finds the folder to search', () => {
    assert.equal(isGlob('docs/a.md'), false);
    assert.equal(isGlob('docs/*.md'), true);
    assert.deepEqual(splitGlobBase('docs/pl-pl/**/*.md'), { base: 'docs/pl-pl', rest: '**/*.md' });
    assert.deepEqual(splitGlobBase('*.md'), { base: '', rest: '*.md' });
    assert.deepEqual(splitGlobBase('../x/{a,b}/*.md'), { base: '../x', rest: '{a,b}/*.md' });
    assert.deepEqual(splitGlobBase('/*.md'), { base: '/', rest: '*.md' });
    assert.deepEqual(splitGlobBase('/abs/docs/[ab]*.md'), { base: '/abs/docs', rest: '[ab]*.md' });
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

  it('follows git: **, classes, escapes, and no re-including below an excluded folder', () => {
    assert.ok(ignored('a/**/gen', 'a/x/y/gen', true));
    assert.ok(ignored('a/**/gen', 'a/gen', true));
    assert.ok(ignored('draft[0-9].md', 'x/draft7.md'));
    assert.ok(ignored('\\!important.md', '!important.md'));
    assert.ok(ignored('build/\n!build/keep.md', 'build/keep.md'), 'a file below an excluded folder stays excluded');
    assert.ok(!ignored('build/*\n!build/keep.md', 'build/keep.md'), 'but the folder\'s contents can be re-included');
    assert.ok(ignored('/docs/*.md', 'docs/a.md'));
    assert.ok(!ignored('/docs/*.md', 'docs/sub/a.md'));
    assert.ok(ignored('*.md\r\n', 'a.md'), 'CRLF files');
  });

  it('lets a nested .gitignore override the outer one for its own folder only', () => {
    const nested = { folder: '/r/sub', text: '!draft.md' };
    assert.ok(!ignored('draft.md', 'sub/draft.md', false, nested));
    assert.ok(ignored('draft.md', 'draft.md', false, nested));
    assert.ok(ignored('', 'sub/x.md', false, { folder: '/r/sub', text: '/x.md' }));
    assert.ok(!ignored('', 'sub/deeper/x.md', false, { folder: '/r/sub', text: '/x.md' }));
    assert.ok(!ignored('', 'x.md', false, { folder: '/r/sub', text: 'x.md' }), 'a nested file says nothing outside its folder');
    assert.ok(ignored('', 'sub/deeper/y.md', false, { folder: '/r/sub', text: 'deeper/y.md' }), 'relative to its own folder');
  });
});
