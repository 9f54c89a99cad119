/**
 * The file policy (config/policy.ts) and the language service that applies it: the nearest configuration with its
 * `extends`, ignores, the baseline it names or the fallback one, inline suppressions, what is forgotten when a file
 * changes; and the suppression quick fixes, byte for byte.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { PolicyResolver, applyPolicy, defaultPolicy, type PolicyHost } from '../../../server/src/config/policy';
import { writeBaseline } from '../../../server/src/config/baseline';
import { createLanguageService, lintText } from '../../../server/src/languageService';
import { defaultSettings } from '../../../server/src/languageFeatures/settings';
import type { SxsDiagnostic } from '../../../server/src/languageFeatures/diagnostics';
import { applyEdits, textDocument } from '../../helpers/documents';

const root = path.resolve('/work-tree');
const at = (...parts: string[]): string => path.join(root, ...parts);

function hostOf(files: Record<string, string>): PolicyHost & { files: Record<string, string>; reads: string[] } {
  const host = {
    files,
    reads: [] as string[],
    readFile(file: string): string | undefined {
      host.reads.push(file);
      return Object.prototype.hasOwnProperty.call(files, file) ? files[file] : undefined;
    },
  };
  return host;
}

const unit = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

/** A unit whose code span was translated: SX301, an error. */
const damaged = (id: string): string => unit(id, 'Uruchom `polecenie`.', 'Run `command`.');

describe('file policy', () => {
  it('finds the nearest configuration, with what it extends, and its ignores relative to it', () => {
    const host = hostOf({
      [at('base.jsonc')]: '{ "checks": { "SX301": "warning", "SX302": "error" } }',
      [at('docs', '.sxslint.jsonc')]: '{ "extends": "../base.jsonc", "checks": { "SX302": "off" }, "ignores": ["includes/**"] }',
    });
    const resolver = new PolicyResolver(host);
    const policy = resolver.forFile(at('docs', 'a', 'b.md'));
    assert.equal(policy.configFile, at('docs', '.sxslint.jsonc'));
    assert.deepEqual(policy.checks, { SX301: 'warning', SX302: 'off' });
    assert.equal(policy.ignored, false);
    assert.equal(resolver.forFile(at('docs', 'includes', 'x.md')).ignored, true);
    assert.equal(resolver.forFile(at('other.md')).configFile, undefined, 'a file above the configuration has none');
    assert.strictEqual(resolver.forFile(at('docs', 'a', 'b.md')), policy, 'the same object while nothing changed');
  });

  it('reads the baseline the configuration names, relative to it, and falls back to the given one', () => {
    const baseline = writeBaseline([{ file: 'a.md', unitId: 'abcde-101', code: 'SX301' }]);
    const host = hostOf({
      [at('docs', '.sxslint.jsonc')]: '{ "baseline": "../known.json" }',
      [at('known.json')]: baseline.replace('"a.md"', '"docs/a.md"'),
      [at('fallback.json')]: baseline,
    });
    const resolver = new PolicyResolver(host, { baselineFile: at('fallback.json') });
    const named = resolver.forFile(at('docs', 'a.md'));
    assert.equal(named.baselineFile, at('known.json'));
    assert.ok(named.baseline?.has({ file: 'docs/a.md', unitId: 'abcde-101', code: 'SX301' }));
    const fallback = resolver.forFile(at('a.md'));
    assert.equal(fallback.baselineFile, at('fallback.json'));
    assert.ok(fallback.baseline?.has({ file: 'a.md', unitId: 'abcde-101', code: 'SX301' }));
  });

  it('reports a broken configuration at the line of the error, and the defaults apply', () => {
    const host = hostOf({ [at('.sxslint.jsonc')]: '{\n  "checks": {\n    "SX301": "loud"\n  },\n  "colour": 1\n}' });
    const policy = new PolicyResolver(host, { isKnownCheck: id => /^SX\d{3}$/.test(id) }).forFile(at('a.md'));
    assert.ok(policy.problems.some(problem => problem.line === 3 && /loud/.test(problem.message)), JSON.stringify(policy.problems));
    assert.ok(policy.problems.some(problem => problem.line === 5 && /colour/.test(problem.message)), JSON.stringify(policy.problems));
    assert.deepEqual(policy.checks, {});
  });

  it('forgets a changed, created or deleted configuration, and what extends it', () => {
    const host = hostOf({ [at('base.jsonc')]: '{ "checks": { "SX301": "warning" } }', [at('docs', '.sxslint.jsonc')]: '{ "extends": "../base.jsonc" }' });
    const resolver = new PolicyResolver(host);
    assert.deepEqual(resolver.forFile(at('docs', 'a.md')).checks, { SX301: 'warning' });
    host.files[at('base.jsonc')] = '{ "checks": { "SX301": "off" } }';
    assert.deepEqual(resolver.forFile(at('docs', 'a.md')).checks, { SX301: 'warning' }, 'cached until told');
    resolver.invalidate(at('base.jsonc'));
    assert.deepEqual(resolver.forFile(at('docs', 'a.md')).checks, { SX301: 'off' });
    host.files[at('docs', 'a', '.sxslint.jsonc')] = '{ "checks": { "SX302": "error" } }';
    resolver.invalidate(at('docs', 'a', '.sxslint.jsonc'));
    assert.deepEqual(resolver.forFile(at('docs', 'a', 'b.md')).checks, { SX302: 'error' }, 'a new configuration is found');
    delete host.files[at('docs', 'a', '.sxslint.jsonc')];
    resolver.invalidate(at('docs', 'a', '.sxslint.jsonc'));
    assert.equal(resolver.forFile(at('docs', 'a', 'b.md')).configFile, at('docs', '.sxslint.jsonc'), 'a deleted one is gone');
  });

  it('lets through what neither a comment nor the baseline hides, and nothing of an ignored file', () => {
    const text = [damaged('abcde-101'), '', '<!-- sxs-disable-next-line SX301 -->', damaged('abcde-102'), '', damaged('abcde-103'), ''].join('\n');
    const { model, findings } = lintText(text);
    // lintText applies the comments of the default policy already.
    assert.deepEqual(findings.filter(f => f.code === 'SX301').map(f => model.units[f.unit!].id), ['abcde-101', 'abcde-103']);
    const baselineFile = at('known.json');
    const policy = new PolicyResolver(hostOf({ [baselineFile]: writeBaseline([{ file: 'docs/a.md', unitId: 'abcde-103', code: 'SX301' }]) }), { baselineFile })
      .forFile(at('docs', 'a.md'));
    const kept = applyPolicy(model, findings, policy, () => undefined).filter(f => f.code === 'SX301');
    assert.deepEqual(kept.map(f => model.units[f.unit!].id), ['abcde-101']);
    assert.deepEqual(applyPolicy(model, findings, { ...defaultPolicy, ignored: true }, () => undefined), []);
  });
});

describe('the language service applies the file policy', () => {
  const uri = 'file:///work-tree/docs/a.md';
  const text = [damaged('abcde-101'), '', damaged('abcde-102'), ''].join('\n');

  it('uses the configuration file over the settings, and hides baselined findings', () => {
    const host = hostOf({
      [at('docs', '.sxslint.jsonc')]: '{ "checks": { "SX301": "warning" }, "baseline": "known.json" }',
      [at('docs', 'known.json')]: writeBaseline([{ file: 'a.md', unitId: 'abcde-102', code: 'SX301' }]),
    });
    const resolver = new PolicyResolver(host);
    const service = createLanguageService({ policyOf: () => resolver.forFile(at('docs', 'a.md')) });
    const settings = { ...defaultSettings, checks: { SX301: 'off' as const } };
    const found = service.getDiagnostics(textDocument(text, uri), settings).filter(d => d.code === 'SX301');
    assert.deepEqual(found.map(d => [d.range.start.line, d.severity]), [[0, 2]], 'the file says warning, and the baseline hides unit 102');
  });

  it('gives an ignored file nothing', () => {
    const resolver = new PolicyResolver(hostOf({ [at('docs', '.sxslint.jsonc')]: '{ "ignores": ["a.md"] }' }));
    const service = createLanguageService({ policyOf: () => resolver.forFile(at('docs', 'a.md')) });
    assert.deepEqual(service.getDiagnostics(textDocument(text, uri)), []);
  });
});

describe('suppression quick fixes', () => {
  function actions(text: string, code = 'SX301', baseline = false) {
    const service = createLanguageService(baseline ? { policyOf: () => ({ ...defaultPolicy, file: at('a.md'), baselineFile: at('known.json') }) } : {});
    const document = textDocument(text);
    const diagnostics = service.getDiagnostics(document).filter(d => d.code === code) as SxsDiagnostic[];
    assert.ok(diagnostics.length > 0, `a ${code} diagnostic`);
    const list = service.getCodeActions(document, diagnostics[0].range, { diagnostics: [diagnostics[0] as Diagnostic] });
    return { list, apply: (title: RegExp) => {
      const action = list.find(a => title.test(a.title));
      assert.ok(action?.edit?.changes, `an action ${title}: ${list.map(a => a.title).join(' | ')}`);
      return applyEdits(text, action.edit.changes[document.uri]);
    } };
  }

  it('disables a check for a paragraph line with a comment line above it, in the file\'s line endings', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['# Tytuł', '', damaged('abcde-101'), ''].join(eol);
      const fixed = actions(text).apply(/for this line/);
      assert.equal(fixed, ['# Tytuł', '', '<!-- sxs-disable-next-line SX301 -->', damaged('abcde-101'), ''].join(eol));
      assert.deepEqual(lintText(fixed).findings.filter(f => f.code === 'SX301'), [], 'the finding is gone');
    }
  });

  it('puts the comment at the end of a table row or list item, which a line of its own would split', () => {
    const table = ['| A | B |', '|---|---|', `| ${damaged('abcde-101')} | x |`, ''].join('\n');
    assert.equal(actions(table).apply(/for this line/), ['| A | B |', '|---|---|', `| ${damaged('abcde-101')} | x | <!-- sxs-disable-line SX301 -->`, ''].join('\n'));
    const list = ['- first', `- ${damaged('abcde-101')}`, '- third', ''].join('\n');
    const fixed = actions(list).apply(/for this line/);
    assert.equal(fixed, ['- first', `- ${damaged('abcde-101')} <!-- sxs-disable-line SX301 -->`, '- third', ''].join('\n'));
    assert.deepEqual(lintText(fixed).findings.filter(f => f.code === 'SX301'), []);
  });

  it('disables a check for the file after the front matter', () => {
    const text = ['---', 'title: T', '---', '# Tytuł', '', damaged('abcde-101'), ''].join('\n');
    const fixed = actions(text).apply(/for this file/);
    assert.equal(fixed, ['---', 'title: T', '---', '<!-- sxs-disable-file SX301 -->', '# Tytuł', '', damaged('abcde-101'), ''].join('\n'));
    assert.deepEqual(lintText(fixed).findings.filter(f => f.code === 'SX301'), []);
  });

  it('offers "Add this finding to the baseline" only when a baseline applies', () => {
    const text = [damaged('abcde-101'), ''].join('\n');
    assert.ok(!actions(text).list.some(a => /baseline/.test(a.title)));
    const withBaseline = actions(text, 'SX301', true).list.find(a => /baseline/.test(a.title));
    assert.deepEqual(withBaseline?.command?.arguments, [{ uri: 'file:///test/doc.md', code: 'SX301', unitId: 'abcde-101' }]);
  });
});
