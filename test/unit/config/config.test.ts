import * as assert from 'assert';
import { lineOfKey, parseJsonc } from '../../../server/src/config/jsonc';
import { matchesAny } from '../../../server/src/config/glob';
import { loadConfig, formatConfigError } from '../../../server/src/config/configFile';
import { parseSuppressions } from '../../../server/src/config/suppressions';
import { createBaseline, filterByBaseline, readBaseline, writeBaseline } from '../../../server/src/config/baseline';

describe('configuration', () => {
  describe('JSONC', () => {
    it('reads comments and trailing commas', () => {
      const r = parseJsonc('// c\n{ "a": [1, 2,], /* x */ "b": { "c": "d", }, }\n');
      assert.deepStrictEqual(r.value, { a: [1, 2], b: { c: 'd' } });
    });
    it('reports the line and column of an error', () => {
      const r = parseJsonc('{\n  "a": 1\n  "b": 2\n}');
      assert.strictEqual(r.error?.line, 3);
      assert.strictEqual(r.error?.column, 3);
    });
    it('reads a byte order mark, and names the position of a bad character, a bad string and the end of the file', () => {
      assert.deepStrictEqual(parseJsonc('\ufeff{ "a": 1 }').value, { a: 1 });
      assert.deepStrictEqual(parseJsonc('{\n  "a": 1,\n  b: 2\n}').error, { message: 'Unexpected character', line: 3, column: 3 });
      assert.strictEqual(parseJsonc('{\n "a": "x\ny"\n}').error?.line, 2);
      assert.match(parseJsonc('{ "a": [1, 2').error?.message ?? '', /end of file/);
      assert.match(parseJsonc('').error?.message ?? '', /end of file/);
      assert.strictEqual(parseJsonc('{} {}').error?.message, 'Unexpected content after the value');
    });
    it('gives plain objects, with __proto__ an ordinary key', () => {
      const value = parseJsonc('{ "__proto__": { "x": 1 } }').value as Record<string, unknown>;
      assert.strictEqual(Object.getPrototypeOf(value), Object.prototype);
      assert.deepStrictEqual(Object.keys(value), ['__proto__']);
      assert.strictEqual(({} as Record<string, unknown>).x, undefined);
    });
    it('finds the line of a key through the parse tree', () => {
      const parsed = parseJsonc('{\n  // "SX301" is off below\n  "checks": {\n    "SX301": "off"\n  },\n  "extends": [\n    "a",\n    "b"\n  ]\n}');
      assert.strictEqual(lineOfKey(parsed.tree, ['checks', 'SX301']), 4);
      assert.strictEqual(lineOfKey(parsed.tree, ['checks']), 3);
      assert.strictEqual(lineOfKey(parsed.tree, ['extends', 1]), 8);
      assert.strictEqual(lineOfKey(parsed.tree, ['nope']), 0);
      assert.strictEqual(lineOfKey(parsed.tree, ['checks', 'SX301', 'x']), 0);
    });
  });

  describe('.sxslint.jsonc', () => {
    const known = (k: string) => /^SX\d{3}$/i.test(k) || k === 'end-punctuation';
    it('reads severities, options, true/false and ignores', () => {
      const { config, errors } = loadConfig('/r/.sxslint.jsonc', `{
        "checks": { "SX302": "info", "end-punctuation": false, "SX303": { "severity": "warning", "ignoreLocalePath": false }, "SX301": true },
        "ignores": ["**/TOC.md"],
      }`, undefined, known);
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(config.checks, { SX302: 'info', 'end-punctuation': 'off', SX303: { severity: 'warning', ignoreLocalePath: false }, SX301: {} });
      assert.deepStrictEqual(config.ignores, ['**/TOC.md']);
    });
    it('resolves extends through the callback; the file overrides its base', () => {
      const files: Record<string, string> = { '/base.jsonc': '{ "checks": { "SX301": "off", "SX302": "info" }, "ignores": ["a/**"] }' };
      const { config, errors } = loadConfig('/r/.sxslint.jsonc', '{ "extends": "../base.jsonc", "checks": { "SX301": "error" } }',
        (ref, from) => {
          assert.strictEqual(from, '/r/.sxslint.jsonc');
          const file = ref === '../base.jsonc' ? '/base.jsonc' : '';
          return files[file] ? { file, text: files[file] } : undefined;
        });
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(config.checks, { SX301: 'error', SX302: 'info' });
      assert.deepStrictEqual(config.ignores, ['a/**']);
    });
    it('reports a missing base and an extends cycle', () => {
      const a = loadConfig('/a', '{ "extends": "nope" }', () => undefined);
      assert.match(formatConfigError(a.errors[0]), /^\/a:1: Cannot find/);
      const cyc = loadConfig('/a', '{ "extends": "b" }', ref => ref === 'b' ? { file: '/b', text: '{ "extends": "a" }' } : { file: '/a', text: '{ "extends": "b" }' });
      assert.ok(cyc.errors.some(e => /cycle/.test(e.message)));
    });
    it('names the file and line of bad values and keeps the good ones', () => {
      const { config, errors } = loadConfig('/r/.sxslint.jsonc', '{\n  "checks": {\n    "SX301": "loud",\n    "SX999x": "off",\n    "SX302": "info"\n  },\n  "colour": 1\n}', undefined, known);
      assert.deepStrictEqual(errors.map(e => [e.file, e.line]), [['/r/.sxslint.jsonc', 7], ['/r/.sxslint.jsonc', 3], ['/r/.sxslint.jsonc', 4]]);
      assert.deepStrictEqual(config.checks, { SX302: 'info' });
    });
    it('points at the key itself, not at an earlier mention of its name', () => {
      const text = '{\n  // SX999x was renamed; "SX999x" stays below\n  "checks": {\n    "SX999x": "off"\n  },\n  "extends": ["ok", 3]\n}';
      const { errors } = loadConfig('/r/.sxslint.jsonc', text, () => ({ file: '/ok', text: '{}' }), known);
      assert.deepStrictEqual(errors.map(e => [e.line, e.message]), [[6, '"extends" must be a path or a list of paths.'], [4, '"SX999x" is not a check ID or alias.']]);
    });
    it('reads a baseline path and rejects one that is not a string', () => {
      assert.deepStrictEqual(loadConfig('/r/.sxslint.jsonc', '{ "baseline": "sxs-baseline.json" }'), { config: { checks: {}, ignores: [], baseline: 'sxs-baseline.json' }, errors: [] });
      const bad = loadConfig('/r/.sxslint.jsonc', '{\n  "baseline": 1\n}');
      assert.deepStrictEqual(bad.errors.map(e => e.line), [2]);
      assert.deepStrictEqual(bad.config, { checks: {}, ignores: [] });
    });
    it('falls back to the defaults when the file does not parse', () => {
      const { config, errors } = loadConfig('/r/.sxslint.jsonc', '{ "checks": { "SX301": "off" ');
      assert.deepStrictEqual(config, { checks: {}, ignores: [] });
      assert.strictEqual(errors.length, 1);
      assert.strictEqual(errors[0].line, 1);
      assert.match(formatConfigError(errors[0]), /^\/r\/\.sxslint\.jsonc:1: .*column 30/);
    });
  });

  describe('ignores globs', () => {
    it('matches ** , * and {a,b}, and bare names at any depth', () => {
      assert.ok(matchesAny('docs/nuget/TOC.md', ['**/TOC.md']));
      assert.ok(matchesAny('TOC.md', ['**/TOC.md']));
      assert.ok(matchesAny('a/includes/x.md', ['includes']));
      assert.ok(matchesAny('docs/a.md', ['docs/*.{md,yml}']));
      assert.ok(!matchesAny('docs/sub/a.md', ['docs/*.md']));
      assert.ok(!matchesAny('docs/a.md', ['**/TOC.md']));
      assert.ok(matchesAny('includes/a/b.md', ['includes/']), 'a pattern matching a folder takes what is below it');
      assert.ok(matchesAny('docs\\sub\\a.md', ['docs/sub/*.md']), 'Windows separators in the path');
      assert.ok(matchesAny('a.md', ['./a.md']));
      assert.ok(!matchesAny('docs/a.md', []));
    });
  });

  describe('inline suppressions', () => {
    const doc = [
      '<!-- sxs-disable-next-line SX301 -->', // 0
      'line 1', // 1
      '<!-- sxs-disable inline-code-mismatch, SX304 -->', // 2
      'line 3', // 3
      '<!-- sxs-enable -->', // 4
      'line 5 <!-- sxs-disable-line -->', // 5
      'line 6', // 6
    ].join('\n');
    const s = parseSuppressions(doc);
    it('disables the next line for the named code only', () => {
      assert.ok(s.isSuppressed('SX301', 1));
      assert.ok(!s.isSuppressed('SX302', 1));
      assert.ok(!s.isSuppressed('SX301', 6));
    });
    it('disables blocks by ID or alias until sxs-enable', () => {
      assert.ok(s.isSuppressed('SX301', 3, 'inline-code-mismatch'));
      assert.ok(s.isSuppressed('SX304', 3));
      assert.ok(!s.isSuppressed('SX305', 3));
      assert.ok(!s.isSuppressed('SX304', 6));
    });
    it('disables a whole line with no codes', () => {
      assert.ok(s.isSuppressed('SX999', 5));
    });
    it('disables the whole file', () => {
      const f = parseSuppressions('a\n<!-- sxs-disable-file SX503 -->\nb');
      assert.ok(f.isSuppressed('SX503', 0));
      assert.ok(f.isSuppressed('sx503', 2));
      assert.ok(!f.isSuppressed('SX501', 2));
    });
    it('an unclosed block runs to the end of the file', () => {
      assert.ok(parseSuppressions('<!-- sxs-disable -->\na\nb').isSuppressed('SX101', 2));
    });
  });

  describe('baseline', () => {
    const entries = [
      { file: 'docs/b.md', unitId: 'abcde-102', code: 'SX503' },
      { file: 'docs/a.md', unitId: 'abcde-101', code: 'SX301' },
      { file: 'docs/a.md', unitId: '', code: 'SX801' },
    ];
    it('round-trips through its file form, sorted', () => {
      const text = writeBaseline(entries);
      assert.ok(text.indexOf('docs/a.md') < text.indexOf('docs/b.md'));
      const { baseline, errors } = readBaseline('baseline.json', text);
      assert.deepStrictEqual(errors, []);
      assert.strictEqual(baseline.size, 3);
    });
    it('filters findings by file, unit and check', () => {
      const baseline = createBaseline(entries);
      const findings = [
        { file: 'docs/a.md', unitId: 'abcde-101', code: 'SX301' },
        { file: 'docs/a.md', unitId: 'abcde-101', code: 'SX302' },
        { file: 'docs/a.md', unitId: 'abcde-102', code: 'SX301' },
        { file: 'docs\\b.md', unitId: 'abcde-102', code: 'SX503' },
      ];
      assert.deepStrictEqual(filterByBaseline(findings, baseline).map(f => f.code + f.unitId), ['SX302abcde-101', 'SX301abcde-102']);
    });
    it('a bad baseline is an error with its line and filters nothing', () => {
      const { baseline, errors } = readBaseline('b.json', '{\n "findings": [\n');
      assert.strictEqual(baseline.size, 0);
      assert.strictEqual(errors[0].file, 'b.json');
      assert.ok(errors[0].line >= 2);
    });
  });
});
