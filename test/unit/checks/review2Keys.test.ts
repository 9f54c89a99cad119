/**
 * Regressions from the second review (keyboard shortcuts, URLs, characters, end punctuation): each correct unit is
 * the minimal one that gave a false finding or a preferred fix that changed correct text; each damaged unit is a
 * change the same check must still report. The locale comes from the front matter, as in a real file.
 */
import * as assert from 'assert';
import { fixText } from '../../../server/src/checks/fix';
import type { ChecksConfig, RunFinding } from '../../../server/src/checks/run';
import { allChecks } from '../../../server/src/checks/registry';
import { lintText } from '../../../server/src/languageService';

const everyCheck: ChecksConfig = Object.fromEntries(allChecks.map(check => [check.id, check.defaultSeverity]));

let nextId = 101;
function unit(target: string, source: string): string {
  const id = nextId++;
  return `<span data-ttu-id="cd34e-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="cd34e-${id}">${source}</span></span>\n`;
}

function doc(locale: string, ...units: string[]): string {
  return `---\ntitle: t\nms.contentlocale: ${locale}\n---\n\n${units.join('\n')}`;
}

function only(text: string, code: string, config: ChecksConfig = everyCheck): RunFinding[] {
  return lintText(text, config).findings.filter(f => f.code === code);
}

/** The text after fix all (every preferred fix). */
function fixAll(text: string, config: ChecksConfig = everyCheck): string {
  return fixText(text, config, (t, c) => lintText(t, c)).text;
}

describe('review 2: keyboard shortcuts (SX405)', () => {
  it('a key ends where the script changes: a Korean particle or Chinese text after it is not part of it', () => {
    const english = 'Press Ctrl+Shift+P to open the command palette.';
    assert.deepStrictEqual(only(doc('ko-kr', unit('명령 팔레트를 열려면 Ctrl+Shift+P를 누릅니다.', english)), 'SX405'), []);
    assert.deepStrictEqual(only(doc('ko-kr', unit('Ctrl+C를 눌러 앱을 중지합니다.', 'Press Ctrl+C to stop the app.')), 'SX405'), []);
    assert.deepStrictEqual(only(doc('zh-cn', unit('按Ctrl+Shift+P键打开命令面板。', english)), 'SX405'), []);
  });

  it('a changed key next to a particle or Chinese text is still reported, without the particle', () => {
    const english = 'Press Ctrl+Shift+P to open the command palette.';
    const ko = only(doc('ko-kr', unit('명령 팔레트를 열려면 Ctrl+Shift+O를 누릅니다.', english)), 'SX405');
    assert.strictEqual(ko.length, 1);
    assert.ok(ko[0].message.includes('"Ctrl+Shift+O"'), ko[0].message);
    assert.strictEqual(only(doc('zh-cn', unit('按Ctrl+Shift+O键打开命令面板。', english)), 'SX405').length, 1);
  });

  it('Japanese, Korean and Chinese "hold X and press Y / click" is X+Y', () => {
    const cases: [string, string, string][] = [
      ['ja-jp', 'Ctrl キーを押しながら、F5 キーを押します。', 'Press CTRL+F5.'],
      ['ja-jp', 'ソリューションをビルドするには、Ctrl キーと Shift キーを押しながら B キーを押します。', 'To build the solution, press CTRL+SHIFT+B.'],
      ['ja-jp', 'Ctrl キーを押しながらクリックします。', 'Ctrl+click.'],
      ['ko-kr', 'Ctrl 키를 누른 상태로 클릭합니다.', 'Ctrl+click.'],
      ['ko-kr', 'Ctrl 키를 누른 채 C 키를 누릅니다.', 'Press Ctrl+C.'],
      ['zh-cn', '按住 Ctrl 键并单击。', 'Ctrl+click.'],
    ];
    for (const [locale, target, source] of cases) assert.deepStrictEqual(only(doc(locale, unit(target, source)), 'SX405'), [], target);
  });

  it('a spelled-out combination with another key is reported, one with no English partner is not', () => {
    assert.strictEqual(only(doc('ja-jp', unit('Ctrl キーを押しながら、F6 キーを押します。', 'Press CTRL+F5.')), 'SX405').length, 1);
    assert.strictEqual(only(doc('ja-jp', unit('Alt キーを押しながらクリックします。', 'Ctrl+click.')), 'SX405').length, 1);
    assert.strictEqual(only(doc('ko-kr', unit('Shift 키를 누른 채 C 키를 누릅니다.', 'Press Ctrl+C.')), 'SX405').length, 1);
    assert.deepStrictEqual(only(doc('ja-jp', unit('Ctrl キーを押しながらクリックします。', 'Hold down Ctrl and click.')), 'SX405'), []);
  });

  it('German Befehl is the Mac Command key, and still not Strg', () => {
    assert.deepStrictEqual(only(doc('de-de', unit('Drücken Sie STRG+UMSCHALT+P (Windows) bzw. BEFEHL+UMSCHALT+P (macOS).',
      'Press Ctrl+Shift+P (Windows) or Cmd+Shift+P (macOS).')), 'SX405'), []);
    assert.deepStrictEqual(only(doc('de-de', unit('Drücken Sie Befehlstaste+C.', 'Press Cmd+C.')), 'SX405'), []);
    assert.strictEqual(only(doc('de-de', unit('Drücken Sie BEFEHL+UMSCHALT+O.', 'Press Cmd+Shift+P.')), 'SX405').length, 1);
    assert.strictEqual(only(doc('de-de', unit('Drücken Sie STRG+UMSCHALT+P.', 'Press Cmd+Shift+P.')), 'SX405').length, 1);
  });
});

describe('review 2: URLs that differ only in locale (SX303, SX312)', () => {
  const localized = doc('de-de',
    unit('Weitere Informationen finden Sie im [Preisrechner](https://azure.microsoft.com/de-de/pricing/calculator/).',
      'For more information, see the [pricing calculator](https://azure.microsoft.com/pricing/calculator/).'),
    unit('Laden Sie das [Tool](https://go.microsoft.com/fwlink/?linkid=2099&clcid=0x407) herunter.',
      'Download the [tool](https://go.microsoft.com/fwlink/?linkid=2099&clcid=0x409).'),
    unit('Siehe [Office-Hilfe](https://support.office.com/article/abc?ui=de-DE&rs=de-DE&ad=DE).',
      'See [Office help](https://support.office.com/article/abc?ui=en-US&rs=en-US&ad=US).'),
    unit('Siehe [Bing](https://www.bing.com/?mkt=de-de&setlang=de).', 'See [Bing](https://www.bing.com/?mkt=en-us&setlang=en).'),
    unit('Siehe [Dokumentation](https://learn.microsoft.com/azure/).', 'See [the documentation](https://learn.microsoft.com/en-us/azure/).'));

  it('an added or dropped locale segment and locale-valued query parameters are the same page', () => {
    assert.deepStrictEqual(only(localized, 'SX303'), []);
    assert.strictEqual(fixAll(localized), localized);
  });

  it('with ignoreLocalePath off they are reported, but the English URL is never a preferred fix', () => {
    const strict: ChecksConfig = { SX303: { severity: 'error', ignoreLocalePath: false } };
    const sx303 = only(localized, 'SX303', strict);
    assert.strictEqual(sx303.length, 5);
    for (const f of sx303) assert.ok(!f.fixes?.some(x => x.preferred), f.message);
    assert.strictEqual(fixAll(localized, strict), localized);
  });

  it('a translated path or a changed non-locale parameter is still an error with a preferred fix', () => {
    const text = doc('de-de',
      unit('Siehe [Preise](https://azure.microsoft.com/de-de/preise/rechner/).', 'See [pricing](https://azure.microsoft.com/pricing/calculator/).'),
      unit('Siehe [Tool](https://go.microsoft.com/fwlink/?linkid=2100&clcid=0x407).', 'See [tool](https://go.microsoft.com/fwlink/?linkid=2099&clcid=0x409).'),
      unit('Siehe [Artikel](https://example.com/a?id=de-DE).', 'See [article](https://example.com/a?id=en-US-2).'),
      unit('Siehe [Seite](https://example.com/a?rs=13).', 'See [page](https://example.com/a?rs=12).'));
    const sx303 = only(text, 'SX303');
    assert.strictEqual(sx303.length, 4);
    for (const f of sx303) assert.ok(f.fixes?.some(x => x.preferred), f.message);
  });

  it('bare URLs: the same for SX312', () => {
    const text = doc('ja-jp', unit('詳細については https://azure.microsoft.com/ja-jp/pricing/ を参照してください。',
      'For details, see https://azure.microsoft.com/pricing/.'));
    assert.deepStrictEqual(only(text, 'SX312'), []);
    const strict: ChecksConfig = { SX312: { severity: 'error', ignoreLocalePath: false } };
    const sx312 = only(text, 'SX312', strict);
    assert.strictEqual(sx312.length, 1);
    assert.ok(!sx312[0].fixes?.some(x => x.preferred));
    assert.strictEqual(fixAll(text, strict), text);
    const damaged = doc('ja-jp', unit('詳細については https://azure.microsoft.com/ja-jp/kakaku/ を参照してください。',
      'For details, see https://azure.microsoft.com/pricing/.'));
    assert.strictEqual(only(damaged, 'SX312').length, 1);
  });
});

describe('review 2: ordinal suffix in superscript (SX311)', () => {
  it('a <sup> around the suffix of an ordinal is the language\'s typography, any other added <sup> is reported', () => {
    assert.deepStrictEqual(only(doc('fr-fr', unit('C’est le 3<sup>e</sup> paramètre de la méthode.', 'It is the 3rd parameter of the method.')), 'SX311'), []);
    assert.deepStrictEqual(only(doc('fr-fr', unit('Le 1<sup>er</sup> janvier.', 'On January 1st.')), 'SX311'), []);
    assert.strictEqual(only(doc('fr-fr', unit('C’est le <sup>3</sup> paramètre.', 'It is the 3rd parameter.')), 'SX311').length, 1);
    assert.strictEqual(only(doc('fr-fr', unit('Voir la note<sup>e</sup>.', 'See the note.')), 'SX311').length, 1);
    assert.strictEqual(only(doc('fr-fr', unit('C’est le 3<sup>e</sup> paramètre.', 'It is the 3<sup>rd</sup> parameter, x<sup>2</sup>.')), 'SX311').length, 1);
  });
});

describe('review 2: characters and end punctuation (SX507, SX503)', () => {
  it('a zero-width space between Thai, Khmer, Lao or Myanmar words is a word boundary', () => {
    const cases: [string, string][] = [
      ['th-th', 'คุณสามารถ\u200bใช้\u200bเครื่องมือ\u200bนี้'],
      ['km-kh', 'អ្នក\u200bអាច\u200bប្រើ\u200bឧបករណ៍\u200bនេះ'],
      ['lo-la', 'ທ່ານ\u200bສາມາດ\u200bໃຊ້'],
      ['my-mm', 'သင်\u200bအသုံးပြု\u200bနိုင်သည်'],
    ];
    for (const [locale, target] of cases) {
      const text = doc(locale, unit(target, 'You can use this tool'));
      assert.deepStrictEqual(only(text, 'SX507'), [], locale);
      assert.strictEqual(fixAll(text), text, locale);
    }
  });

  it('a zero-width space inside a Latin name, or in a language with spaces, is still reported', () => {
    assert.strictEqual(only(doc('th-th', unit('ใช้ `Get\u200bItem`', 'Use `GetItem`')), 'SX507').length, 1);
    assert.strictEqual(only(doc('de-de', unit('Öffnen Sie Visual\u200bStudio', 'Open Visual Studio')), 'SX507').length, 1);
  });

  it('the Ethiopic, Myanmar and Khmer full stops are periods', () => {
    assert.deepStrictEqual(only(doc('am-et', unit('ይህ መሣሪያ ነው።', 'This is a tool.')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('my-mm', unit('ဤသည်မှာ ကိရိယာတစ်ခု ဖြစ်သည်။', 'This is a tool.')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('km-kh', unit('នេះគឺជាឧបករណ៍មួយ។', 'This is a tool.')), 'SX503'), []);
    assert.strictEqual(only(doc('am-et', unit('ይህ መሣሪያ ነው፧', 'This is a tool.')), 'SX503').length, 1);
    assert.strictEqual(only(doc('km-kh', unit('នេះគឺជាឧបករណ៍មួយ', 'This is a tool.')), 'SX503').length, 1);
  });
});
