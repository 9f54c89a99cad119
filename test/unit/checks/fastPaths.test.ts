/**
 * Hand-written scanners that stand in for regular expressions in the checks' hot paths, compared with the expressions
 * they replace on seeded random strings (built from the characters where the two could part: boundaries of the digit
 * ranges, letters that lower-case to more than one character, apostrophes, surrogates).
 */
import * as assert from 'assert';
import { candidateMatches } from '../../../server/src/checks/qa/identifierMismatch';
import { hasDigit } from '../../../server/src/checks/qa/numbers';
import { addAsciiWords } from '../../../server/src/checks/qa/targetSameAsSource';
import { Random } from '../../fuzz/fuzzLib';

function randomText(random: Random, alphabet: readonly string[], maxLength: number): string {
  let s = '';
  const n = random.int(maxLength + 1);
  for (let i = 0; i < n; i++) s += alphabet[random.int(alphabet.length)];
  return s;
}

describe('fast paths of the checks', () => {
  it('hasDigit answers as the classes of every script\'s digits', () => {
    const zeros = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
      0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
      0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10];
    const classes = new RegExp(`[${zeros.map(z => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`);
    // Each range's ends and the characters just outside them, and text around.
    const alphabet = ['a', ' ', 'é', '中', '\uff1a', '\u065f', '\uff1a', '\ufffd', ...zeros.flatMap(z => [z - 1, z, z + 9, z + 10].map(c => String.fromCharCode(c)))];
    const random = new Random(16);
    let withDigit = 0;
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, alphabet, 4);
      const expected = classes.test(s);
      assert.equal(hasDigit(s), expected, JSON.stringify(s));
      if (expected) withDigit++;
    }
    // Both answers occur.
    assert.ok(withDigit > 1000 && withDigit < 19000, String(withDigit));
  });

  it('addAsciiWords finds the ASCII words of the lower-cased text as the word pattern does', () => {
    const word = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
    // Letters, marks, apostrophes, the Kelvin sign (lower-cases to `k`), `İ` (to two characters), an astral letter,
    // a lone surrogate, punctuation.
    const alphabet = ['a', 'B', 'z', "'", '’', ' ', '-', '.', '1', 'é', '\u0301', '\u212a', '\u0130', 'Σ', 'ß', '\ud835\udc00', '\ud835', '中'];
    const random = new Random(203);
    let words = 0;
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, alphabet, 12);
      const expected = [...new Set([...s.toLowerCase().matchAll(word)].map(m => m[0]).filter(w => /^[a-z'’]+$/.test(w)))].sort();
      const found = new Set<string>();
      addAsciiWords(s, found);
      assert.deepEqual([...found].sort(), expected, JSON.stringify(s));
      words += expected.length;
    }
    assert.ok(words > 3000, String(words));
  });

  it('candidateMatches finds the candidates of SX406 that are not plain words, as the whole-text match does', () => {
    // SX406's candidate expression run over the whole text, and its test for a plain word.
    const candidate = /(?:[A-Za-z]:\\|%[A-Za-z_]+%[\\/]|~\/|\.\.?\/|\/(?=[\p{L}\p{N}_]+\/)|\.(?=[A-Za-z]))?[\p{L}\p{N}_]+[#+]*(?:[.\\/-][\p{L}\p{N}_]+[#+]*)*/gu;
    const plain = (w: string): boolean => !/[0-9:#%+\-./\\_~]/.test(w) && !/[A-Z]/.test(w.slice(1));
    // Letters, capitals, digits (an Arabic-Indic one), every other character a match may hold, characters none holds
    // (ASCII and not), a mark, an astral letter, a lone surrogate.
    const alphabet = ['a', 'b', 'A', 'Z', 'é', '中', '1', '\u0663', '_', '#', '+', '.', '\\', '/', '-', ':', '%', '~', ' ', ',', '(',
      '\u0301', '\u00a0', '«', '\ud835\udc00', '\ud835', '@', '$'];
    const random = new Random(406);
    let kept = 0;
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, alphabet, 14);
      const expected = [...s.matchAll(candidate)].filter(m => !plain(m[0])).map(m => [m.index, m[0]]);
      assert.deepEqual(candidateMatches(s).map(m => [m.index, m[0]]), expected, JSON.stringify(s));
      kept += expected.length;
    }
    // Many texts have such matches, and many have none.
    assert.ok(kept > 5000, String(kept));
  });
});
