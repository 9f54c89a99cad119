/**
 * SX406's loose search of an identifier in the translation is a scan, not the identifier's regular expression
 * (`loosePattern` with the `giu` flags), which costs more to compile than to run. The scan must find exactly what
 * the expression finds, match after match: these tests run both on the identifiers and damaged spellings of real
 * units and on generated ones.
 */
import * as assert from 'assert';
import { LooseIdentifier, loosePattern } from '../../../server/src/checks/qa/identifierScan';
import { Random } from '../../fuzz/fuzzLib';

/** Every match of the expression, as `start-end`, searched from where the last one ended (as SX406 goes on). */
function expressionMatches(identifier: string, text: string): string[] {
  const pattern = new RegExp(loosePattern(identifier), 'giu');
  const out: string[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(`${m.index}-${m.index + m[0].length}`);
  return out;
}

function scanMatches(identifier: string, text: string): string[] {
  const scan = LooseIdentifier.of(identifier);
  assert.ok(scan, `no scan for ${identifier}`);
  const out: string[] = [];
  for (let start = scan.find(text, 0); start >= 0; start = scan.find(text, scan.end)) out.push(`${start}-${scan.end}`);
  return out;
}

function assertSame(identifier: string, text: string): void {
  assert.deepStrictEqual(scanMatches(identifier, text), expressionMatches(identifier, text), `${JSON.stringify(identifier)} in ${JSON.stringify(text)}`);
}

const IDENTIFIERS = [
  'DbUpdateConcurrencyException', 'System.Data.Entity.dll', 'simple_send_d2c_message.py', 'SIPolicyOn.p7b', 'EF6',
  '.NET', '.nuspec', '_Layout.cshtml', '__init__', 'C:\\Users\\me', '%windir%\\system32', '~/wwwroot', '../src/app',
  '/usr/local/bin', 'netcoreapp3.1', 'Notepad++', 'HttpClient', 'customerInsights', 'web.config', 'a.b_c.d', 'x86',
  'C#', 'Win+R', 'key:value', 'FY21', 'OAuth2', 'migrate.exe.config', 'Skift', 'SKU_s',
];

describe('SX406 loose identifier scan', () => {
  it('finds what the expression finds in damaged spellings', () => {
    const texts = [
      'Db Update Concurrency Exception und dbupdateconcurrencyexception',
      'System. Data. Entity. dll, System . Data . Entity . dll, System\\.Data\\.Entity\\.dll',
      'simple_send_d2c_message py und simple \\_send\\_ d2c message.py',
      'SIPolicyOn. p7b, sipolicyon.P7B, EF 6, ef6, . NET, .net,  .   nuspec',
      '\\_Layout. cshtml, \\_\\_init\\_\\_, _ _init_ _, C : \\ Users \\ me, c:\\users\\ME',
      '%WINDIR% \\ System32, ~ / wwwroot, .. / src / app, /  usr / local / bin /',
      'netcoreapp 3. 1, netcoreapp 3 1, Notepad + +  , Notepad++, Http Client, http\u00a0client',
      'customer Insights, web config, A . b _ c . D, X 86, c #  x, win + r, key : value, fy21',
      'o auth 2, migrieren. exe. config, \u017fkift, \u212Aey:value, sku s, SKU\\_S',
      'line\nDb\nUpdate, Http\n Client, Db  Update, Db\u00a0\u00a0Update',
    ];
    let matched = 0;
    for (const identifier of IDENTIFIERS) {
      for (const text of texts) {
        assertSame(identifier, text);
        matched += expressionMatches(identifier, text).length;
      }
    }
    // The cases hold matches, not only texts where neither finds anything.
    assert.ok(matched > 40, `only ${matched} matches`);
  });

  it('finds what the expression finds in generated text', () => {
    const random = new Random(406);
    const pieces = ['a', 'B', 'k', 'S', 'x', '1', '9', '.', '_', '\\', '/', ':', '#', '+', '-', '%', '~', ' '];
    const noise = [' ', ' ', '  ', '\u00a0', '\\', '.', '_', '\n', '\u017f', '\u212a', 'K', 's', 'é', '😀', 'ab', '1'];
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      // An identifier with no space (SX406's never have one) and at least one letter or digit.
      let identifier = '';
      const length = 1 + random.int(8);
      while (identifier.length < length) identifier += random.pick(pieces.slice(0, -1));
      if (!/[A-Za-z0-9]/.test(identifier)) identifier += 'Q';
      // A text: the identifier damaged (case, spaces, backslashes, separators written as spaces) among noise.
      let text = '';
      for (let part = 0; part < 3; part++) {
        for (let i = 0; i < random.int(4); i++) text += random.pick(noise);
        for (const c of identifier) {
          if (random.chance(0.2)) text += random.pick([' ', '\u00a0', '  ', '\\']);
          text += random.chance(0.3) ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
          if (random.chance(0.05)) text += random.pick(noise);
        }
      }
      assertSame(identifier, text);
      matched += expressionMatches(identifier, text).length;
    }
    assert.ok(matched > 1000, `only ${matched} matches`);
  });

  it('leaves an identifier with a character outside ASCII to the expression', () => {
    assert.strictEqual(LooseIdentifier.of('Größe_x'), undefined);
    assert.ok(LooseIdentifier.of('Grosse_x'));
  });
});
