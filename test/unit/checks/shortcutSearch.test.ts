/**
 * SX405 runs a language's combination expression only on a text where the word before some `+` ends with a modifier
 * name or `key`. Each combination here is written in a way that test must still let through (spaces and no-break
 * spaces around the `+`, `Key`, `⌘`, a name glued to Chinese text, capitals, the long s that the expression reads
 * as `s`): the translation that keeps it has no finding, and the one that changes its key has one.
 */
import * as assert from 'assert';
import { lintText } from '../../../server/src/languageService';
import { unit } from '../../helpers/text';

function doc(locale: string, target: string, source: string): string {
  return `---\nms.contentlocale: ${locale}\n---\n\n${unit('cd34e-101', target, source)}\n`;
}

function sx405(locale: string, target: string, source: string): string[] {
  return lintText(doc(locale, target, source), { SX405: 'warning' }).findings.filter(f => f.code === 'SX405').map(f => f.message);
}

describe('SX405 texts searched for combinations', () => {
  const cases: readonly [locale: string, kept: string, changed: string, english: string][] = [
    ['de-de', 'Drücken Sie Strg \u00a0+\u00a0 C.', 'Drücken Sie Strg \u00a0+\u00a0 V.', 'Press Ctrl + C.'],
    ['de-de', 'Drücken Sie Windows Key + R.', 'Drücken Sie Windows Key + E.', 'Press Windows Key + R.'],
    ['fr-fr', 'Appuyez sur ⌘+C.', 'Appuyez sur ⌘+X.', 'Press ⌘+C.'],
    ['zh-cn', '按Ctrl+S保存。', '按Ctrl+D保存。', 'Press Ctrl+S to save.'],
    ['de-de', 'Drücken Sie STRG+UMSCHALT+P.', 'Drücken Sie STRG+UMSCHALT+Q.', 'Press Ctrl+Shift+P.'],
  ];
  for (const [locale, kept, changed, english] of cases) {
    it(`${locale}: ${JSON.stringify(kept)}`, () => {
      assert.deepStrictEqual(sx405(locale, kept, english), []);
      assert.strictEqual(sx405(locale, changed, english).length, 1);
    });
  }

  it('finds a combination whose modifier has the long s, which the expression reads as s', () => {
    assert.deepStrictEqual(sx405('en-us', 'Press \u017fhift+P.', 'Press Shift+P.'), ['Keyboard shortcuts differ from the English: missing "Shift+P"; not in the English "\u017fhift+P".']);
  });

  it('does not report a + that starts no combination', () => {
    assert.deepStrictEqual(sx405('de-de', 'Verwenden Sie C++ und 1 + 1.', 'Use C++ and 1 + 1.'), []);
  });
});
