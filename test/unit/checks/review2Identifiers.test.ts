/**
 * SX406 and names split with hyphens: machine translation hyphenates a name's humps as it does compound words
 * (`Http-Client-Klasse` for "the HttpClient class"). From a review's files of real damage the checks missed.
 */
import * as assert from 'assert';
import { fixText } from '../../../server/src/checks/fix';
import { lintText } from '../../../server/src/languageService';
import { unit } from '../../helpers/text';

const config = { SX406: 'warning' } as const;

function doc(target: string, source: string): string {
  return `---\nms.contentlocale: de-de\n---\n\n${unit('ab12c-101', target, source)}\n`;
}

function split(target: string, source: string): string[] {
  const text = doc(target, source);
  return lintText(text, config).findings.filter(f => f.code === 'SX406').map(f => text.slice(f.range.start, f.range.end));
}

describe('SX406 names split with hyphens', () => {
  it('reports a name whose humps machine translation joined with hyphens, with a fix that only removes the hyphens', () => {
    assert.deepStrictEqual(split('Verwenden Sie die Http-Client-Klasse.', 'Use the HttpClient class.'), ['Http-Client']);
    assert.deepStrictEqual(split('Registrieren Sie die IHttp-Client-Factory.', 'Register the IHttpClientFactory.'), ['IHttp-Client-Factory']);
    assert.deepStrictEqual(split('Rufen Sie Get-Async auf.', 'Call GetAsync.'), ['Get-Async']);
    const text = doc('Verwenden Sie die Http-Client-Klasse.', 'Use the HttpClient class.');
    const [fix] = lintText(text, config).findings.flatMap(f => f.fixes ?? []);
    const [edit] = fix.edits;
    assert.strictEqual(text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end), text.replace('Http-Client-Klasse', 'HttpClient-Klasse'));
    // Two words become one: the fix is for a person to pick, never applied by Fix All.
    assert.ok(!fix.preferred);
    assert.strictEqual(fixText(text, config, (t, c) => lintText(t, c)).text, text);
  });

  it('says nothing of a name kept whole in a compound, a one-letter hump, or a name the English hyphenates', () => {
    assert.deepStrictEqual(split('Verwenden Sie die HttpClient-Klasse.', 'Use the HttpClient class.'), []);
    assert.deepStrictEqual(split('Lesen Sie das E-Book.', 'Read the eBook.'), []);
    assert.deepStrictEqual(split('Führen Sie Get-Process aus.', 'Run Get-Process.'), []);
    assert.deepStrictEqual(split('Rufen Sie `Get-Async` im Beispiel auf, nicht GetAsync.', 'Call GetAsync, not `Get-Async` of the sample.'), []);
  });
});
