/**
 * Regressions from a review of the checks on real files and on locales the corpus lacks: each case is the minimal
 * unit that gave a false finding or a preferred fix that changed correct text, with what must be reported instead.
 * The locale comes from the front matter, as in a real file.
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
  return `<span data-ttu-id="ab12c-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="ab12c-${id}">${source}</span></span>\n`;
}

function doc(locale: string | undefined, ...units: string[]): string {
  return `---\ntitle: t\n${locale ? `ms.contentlocale: ${locale}\n` : ''}---\n\n${units.join('\n')}`;
}

function findings(text: string, config: ChecksConfig = everyCheck): RunFinding[] {
  return lintText(text, config).findings;
}

function codes(text: string, config: ChecksConfig = everyCheck): string[] {
  return [...new Set(findings(text, config).map(f => f.code))].sort();
}

/** The text after fix all (every preferred fix, every check on). */
function fixAll(text: string): string {
  return fixText(text, everyCheck, (t, config) => lintText(t, config)).text;
}

describe('review regressions: preferred fixes never change a correct word', () => {
  it('F1 SX406: a dot inside a host name does not start a word (status.nuget.org keeps its case)', () => {
    const text = doc('ja-jp', unit('[status.nuget.org](https://status.nuget.org) で Nuget.org の状態を確認します。',
      'Check the state of NuGet.org at [status.nuget.org](https://status.nuget.org).'));
    const fixed = fixAll(text);
    assert.ok(fixed.includes('[status.nuget.org]'), fixed);
    const sx406 = findings(text).filter(f => f.code === 'SX406');
    for (const f of sx406) assert.notStrictEqual(text.slice(f.range.start, f.range.end), 'nuget.org');
  });

  it('SX312: a URL glued to a particle or a full stop is closed with <…>, keeping every character', () => {
    for (const [locale, target] of [['ko-kr', '자세한 내용은 https://aka.ms/foo를 참조하세요.'], ['zh-cn', '有关详细信息，请访问 https://aka.ms/foo。']]) {
      const text = doc(locale, unit(target, 'For details, see https://aka.ms/foo.'));
      const fixed = fixAll(text);
      assert.ok(fixed.includes(target.replace('https://aka.ms/foo', '<https://aka.ms/foo>')), fixed);
      assert.deepStrictEqual(codes(fixed).filter(c => c === 'SX312'), [], locale);
    }
  });

  it('SX801: a locale with a numeric region is a locale', () => {
    assert.deepStrictEqual(codes(doc('es-419', unit('Hola.', 'Hello.'))).filter(c => c === 'SX801'), []);
  });

  it('F2 SX312: a fix of a bare URL that swallowed a Korean particle is not preferred', () => {
    const text = doc('ko-kr', unit('자세한 내용은 https://aka.ms/exportingx을 참조하세요.', 'For details, see https://aka.ms/exporting.'));
    const sx312 = findings(text).filter(f => f.code === 'SX312');
    assert.strictEqual(sx312.length, 1, 'the URL Markdig reads is still reported');
    assert.ok(!sx312[0].fixes?.some(f => f.preferred), 'the fix would delete 을');
    assert.ok(fixAll(text).includes('exportingx을'));
  });

  it('F3 SX406: the replacement is the English markdown, escapes included', () => {
    const text = doc('fr-fr',
      unit('Ouvrez le fichier *\\_\\_init\\_\\_. py*.', 'Open the *\\_\\_init\\_\\_.py* file.'),
      unit('Voir \\_ Layout.cshtml et \\_ViewStart.cshtml.', 'See \\_Layout.cshtml and \\_ViewStart.cshtml.'));
    const fixed = fixAll(text);
    assert.ok(fixed.includes('Ouvrez le fichier *\\_\\_init\\_\\_.py*.'), fixed);
    assert.ok(fixed.includes('Voir \\_Layout.cshtml et'), fixed);
    assert.deepStrictEqual(codes(fixed).filter(c => c === 'SX307' || c === 'SX313' || c === 'SX406'), []);
  });

  it('F4 SX406: a translation that corrects the casing of a name is not reported, and case-only fixes are not preferred', () => {
    const corrected = doc('fr-fr',
      unit('Sur macOS, ouvrez un terminal.', 'On MacOS, open a terminal.'),
      unit('Exécutez MSBuild.', 'Run MsBuild.'));
    assert.deepStrictEqual(findings(corrected).filter(f => f.code === 'SX406').map(f => f.message), []);
    // A capital lost is still damage, but re-casing is for a person to confirm.
    const lost = doc('pl-pl', unit('Otwórz plik program.cs.', 'Open the Program.cs file.'));
    const sx406 = findings(lost).filter(f => f.code === 'SX406');
    assert.strictEqual(sx406.length, 1);
    assert.ok(!sx406[0].fixes?.some(f => f.preferred));
    // A file name re-cased is still damage (`.nuget` is a folder, `%windir%` a variable).
    assert.strictEqual(findings(doc('pl-pl', unit('Usuń folder .NuGet.', 'Delete the .nuget folder.'))).filter(f => f.code === 'SX406').length, 1);
    // A name split and re-cased: joining keeps the translation's casing, and that is the preferred fix.
    const split = doc('sv-se', unit('Klassen System. Management. Automation. PowerShell används.', 'The System.Management.Automation.Powershell class is used.'));
    assert.ok(fixAll(split).includes('Klassen System.Management.Automation.PowerShell används.'), fixAll(split));
  });

  it('F5 SX501: a whitespace fix never removes a line break', () => {
    // After a visible character, where the added space shows.
    const text = doc('zh-tw', '（' + unit(' \n Visual Studio 的畫面', '**Visual Studio**'));
    const sx501 = findings(text).filter(f => f.code === 'SX501');
    assert.strictEqual(sx501.length, 1);
    assert.strictEqual(sx501[0].fixes, undefined);
    assert.strictEqual(fixAll(text).split('\n').length, text.split('\n').length);
  });

  it('F6 SX501: no space after full-width punctuation to copy the English sentence space', () => {
    for (const [locale, target] of [['zh-cn', '这是第一句。'], ['ja-jp', 'これは最初の文です。'], ['zh-tw', '請參閱「設定」！']]) {
      const text = doc(locale, unit(target, 'This is the first sentence. '));
      assert.deepStrictEqual(codes(text).filter(c => c === 'SX501'), [], locale);
    }
    // Still reported where a space is missing after Latin text and the next unit follows with nothing between.
    assert.deepStrictEqual(codes(doc('de-de', unit('Das ist der erste Satz.', 'This is the first sentence. ').trimEnd() + unit('Zweiter Satz.', 'Second sentence.')))
      .filter(c => c === 'SX501'), ['SX501']);
  });
});

describe('review regressions: no false errors on other locales', () => {
  it('E1 SX303: a locale path segment of any BCP 47 shape is accepted', () => {
    for (const locale of ['sr-latn-rs', 'es-419', 'zh-hans', 'zh-hant', 'sr-cyrl-rs', 'az-latn-az', 'uz-latn-uz', 'fil-ph']) {
      const text = doc(locale, unit(`Pogledajte [Azure](https://docs.microsoft.com/${locale}/azure/storage/).`,
        'See [Azure Storage](https://docs.microsoft.com/en-us/azure/storage/).'));
      assert.deepStrictEqual(codes(text).filter(c => c === 'SX303'), [], locale);
    }
    // A different path is still an error.
    const moved = doc('es-419', unit('Consulte [Azure](https://docs.microsoft.com/es-419/azure/blob/).', 'See [Azure](https://docs.microsoft.com/en-us/azure/storage/).'));
    assert.deepStrictEqual(codes(moved).filter(c => c === 'SX303'), ['SX303']);
  });

  it('E2 SX312: bare URLs and autolinks ignore the locale segment, by default', () => {
    const text = doc('fi-fi',
      unit('Lisätietoja on osoitteessa https://docs.microsoft.com/fi-fi/azure/storage/.', 'For more information, see https://docs.microsoft.com/en-us/azure/storage/.'),
      unit('Lataa <https://www.microsoft.com/fi-fi/download/details.aspx?id=1>.', 'Download <https://www.microsoft.com/en-us/download/details.aspx?id=1>.'),
      unit('Katso https://www.microsoft.com/sr-latn-rs.', 'See https://www.microsoft.com/en-us.'));
    assert.deepStrictEqual(codes(text).filter(c => c === 'SX312'), []);
    const strict = findings(text, { SX312: { severity: 'error', ignoreLocalePath: false } }).filter(f => f.code === 'SX312');
    assert.strictEqual(strict.length, 3);
    const other = doc('fi-fi', unit('Lataa <https://www.microsoft.com/fi-fi/download/details.aspx?id=2>.', 'Download <https://www.microsoft.com/en-us/download/details.aspx?id=1>.'));
    assert.deepStrictEqual(codes(other).filter(c => c === 'SX312'), ['SX312']);
  });

  it('SX312: a translated example placeholder with spaces stays inside the bare URL', () => {
    const text = doc('ar-sa', unit('على سبيل المثال: https://&lt;شركة "التعمير"&gt;.sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0',
      'Example: https://&lt;contoso&gt;.sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0'));
    assert.deepStrictEqual(codes(text).filter(c => c === 'SX312'), []);
    const changed = doc('ar-sa', unit('على سبيل المثال: https://&lt;شركة "التعمير"&gt;.sharepoint.com/_layouts/16/people.aspx',
      'Example: https://&lt;contoso&gt;.sharepoint.com/_layouts/15/people.aspx'));
    assert.deepStrictEqual(codes(changed).filter(c => c === 'SX312'), ['SX312']);
  });
});

describe('review regressions: no-loc terms as the languages write them (SX407)', () => {
  const noLoc = (locale: string, list: string, ...units: string[]) =>
    `---\ntitle: t\nms.contentlocale: ${locale}\nno-loc: [${list}]\n---\n\n${units.join('\n')}`;
  const sx407 = (text: string) => findings(text, { SX407: 'error' }).filter(f => f.code === 'SX407').length;

  it('E3: a capital first letter (German nouns, a sentence start) keeps the term', () => {
    assert.strictEqual(sx407(noLoc('de-de', 'Blazor, cookie, Razor', unit('Das Cookie wird von Blazor gesetzt.', 'The cookie is set by Blazor.'))), 0);
    assert.strictEqual(sx407(noLoc('fi-fi', 'cookie', unit('Cookie poistetaan, kun käyttäjä kirjautuu ulos.', 'When the user signs out, the cookie is deleted.'))), 0);
    // Letters inside the term keep their case, and a translated term is still an error.
    assert.strictEqual(sx407(noLoc('de-de', 'SignalR', unit('Apps verwenden Signalr.', 'Apps use SignalR.'))), 1);
    assert.strictEqual(sx407(noLoc('de-de', 'cookie', unit('Das Plätzchen wird gesetzt.', 'The cookie is set.'))), 1);
  });

  it('E4: a hyphen-joined compound keeps a term of several words', () => {
    assert.strictEqual(sx407(noLoc('de-de', '"Blazor Server", SignalR', unit('Blazor-Server-Apps verwenden SignalR.', 'Blazor Server apps use SignalR.'))), 0);
  });

  it('E5: a typographic apostrophe is the straight one', () => {
    assert.strictEqual(sx407(noLoc('fr-fr', '"Let\'s Encrypt"', unit('Obtenez un certificat gratuit auprès de Let’s Encrypt.', "Get a free certificate from Let's Encrypt."))), 0);
    assert.strictEqual(sx407(noLoc('fr-fr', '"Let\'s Encrypt"', unit('Obtenez un certificat gratuit auprès de Chiffrons.', "Get a free certificate from Let's Encrypt."))), 1);
  });

  it('keeps the Turkish suffix after an apostrophe silent', () => {
    assert.strictEqual(sx407(noLoc('tr-tr', 'Blazor, cookie, SignalR', unit("Tanımlama bilgisi (cookie) Blazor'ın SignalR'ı tarafından ayarlanır.", 'The cookie is set by Blazor SignalR.'))), 0);
  });
});

describe('review regressions: suspicious characters that are spelling (SX507)', () => {
  const sx507 = (text: string) => findings(text, { SX507: 'warning' }).filter(f => f.code === 'SX507');

  it('German compounds keep three letters; four are still reported, and other languages still report three', () => {
    assert.deepStrictEqual(sx507(doc('de-de', unit('Die Schifffahrt und der Auffülllagerort der Anschlusssoftware.', 'Shipping and the replenishment location of the connection software.'))), []);
    assert.strictEqual(sx507(doc('de-de', unit('Die Schiffffahrt.', 'Shipping.'))).length, 1);
    // Three letters before an ending only are a slip in German too.
    assert.strictEqual(sx507(doc('de-de', unit('Lasssen Sie das Feld leer, um es bereitzustelllen.', 'Leave the field empty to deploy it.'))).length, 2);
    assert.strictEqual(sx507(doc('pl-pl', unit('Zapisssz plik.', 'Save the file.'))).length, 1);
  });

  it('a word of one letter repeated is a pattern, reported never and never twice at one place', () => {
    assert.deepStrictEqual(sx507(doc('de-de', unit('Format tt.mm.jjjj oder jjjj-mm-tt.', 'Format dd.mm.yyyy or yyyy-mm-dd.'))), []);
    assert.deepStrictEqual(sx507(doc('pl-pl', unit('Data w formacie rrrr-MM-dd.', 'A date in the format yyyy-MM-dd.'))), []);
    assert.strictEqual(sx507(doc('ko-kr', unit('여기서 $T ^ \\aaa $는 연산자입니다.', 'where $T^\\dagger$ is the operator.'))).length, 1, 'a TeX command is not a pattern');
    const two = sx507(doc('pl-pl', unit('Zapisssz i zapisssz.', 'Save and save.')));
    assert.strictEqual(two.length, 2);
    assert.notStrictEqual(two[0].range.start, two[1].range.start);
  });

  it('a zero-width non-joiner inside Persian, Urdu or Hindi words is spelling; elsewhere it is still reported and removed', () => {
    assert.deepStrictEqual(sx507(doc('fa-ir', unit('شما می\u200cتوانید این تنظیمات را تغییر دهید.', 'You can change these settings.'))), []);
    assert.deepStrictEqual(sx507(doc('ur-pk', unit('آپ یہ ترتیبات تبدیل کر سکتے ہیں\u200cگے۔', 'You can change these settings.'))), []);
    assert.deepStrictEqual(sx507(doc('hi-in', unit('क्\u200dष सेटिंग्स बदलें।', 'Change the settings.'))), []);
    assert.strictEqual(sx507(doc('fa-ir', unit('Azure\u200c را باز کنید.', 'Open Azure.'))).length, 1);
    assert.strictEqual(sx507(doc('pl-pl', unit('Zapisz\u200c plik.', 'Save the file.'))).length, 1);
  });
});

describe('review regressions: UI labels in brackets or quotes (SX307, SX404)', () => {
  const ui = (text: string) => codes(text, { SX307: 'warning', SX404: 'warning' });

  it('Japanese and Chinese write bold UI labels and italic terms in brackets', () => {
    assert.deepStrictEqual(ui(doc('ja-jp', unit('[ファイル] > [開く] を選択します。', 'Select **File** > **Open**.'))), []);
    assert.deepStrictEqual(ui(doc('zh-tw', unit('在 [套件] 索引標籤中，選取 [在建置時產生 NuGet 套件]。', 'On the **Package** tab, select **Generate NuGet package on build**.'))), []);
    assert.deepStrictEqual(ui(doc('zh-tw', unit('確定這個項目包含「直接映像 URL」，不是網頁 URL。', 'Make sure this is a *direct image URL* and not a web page URL.'))), []);
    assert.deepStrictEqual(ui(doc('zh-cn', unit('选择 [文件] > [打开]。', 'Select **File** > **Open**.'))), []);
  });

  it('every language may write a bold UI label in square brackets or its own quotation marks', () => {
    for (const [locale, target] of [
      ['fi-fi', 'Valitse [Tiedosto] > [Avaa].'],
      ['pl-pl', 'Wybierz [Plik] > [Otwórz].'],
      ['sv-se', 'Välj [Arkiv] > [Öppna].'],
      ['de-de', 'Wählen Sie „Datei“ > „Öffnen“ aus.'],
      ['fr-fr', 'Sélectionnez «Fichier» > «Ouvrir».'],
      ['ru-ru', 'Выберите «Файл» > «Открыть».'],
      ['sw-ke', 'Chagua [Faili] > [Fungua].'],
    ]) assert.deepStrictEqual(ui(doc(locale, unit(target, 'Select **File** > **Open**.'))), [], locale);
  });

  it('still reports a lost label or step, and a bold damaged into literal markers beside quotes', () => {
    assert.deepStrictEqual(ui(doc('ja-jp', unit('[ファイル] を選択します。', 'Select **File** > **Open**.'))), ['SX307', 'SX404']);
    assert.deepStrictEqual(ui(doc('ja-jp', unit('[ファイル]、[開く] を選択します。', 'Select **File** > **Open**.'))), ['SX404']);
    assert.deepStrictEqual(ui(doc('fi-fi', unit('Valitse [Tiedosto] > Avaa.', 'Select **File** > **Open**.'))), ['SX307', 'SX404']);
    assert.deepStrictEqual(ui(doc('fi-fi', unit('Valitse Tiedosto ja Avaa.', 'Select **File** > **Open**.'))), ['SX307', 'SX404']);
    // A single quotation mark is also an apostrophe: two of them are no label.
    assert.deepStrictEqual(ui(doc('fi-fi', unit('Valitse Bill Gates’in ’Tiedosto’.', 'Select **File**.'))), ['SX307']);
    const damaged = doc('ar-sa', unit('في التطبيق يسمى \\*"أرشيف فوري"\\* .', 'In the app called *Online Archive*.'));
    assert.deepStrictEqual(ui(damaged).filter(c => c === 'SX307' || c === 'SX404'), ['SX307']);
  });
});

describe('review regressions: identifiers (SX406)', () => {
  const sx406 = (text: string) => findings(text, { SX406: 'warning' }).filter(f => f.code === 'SX406');

  it('a number with a unit or a date formula is not a namespace', () => {
    assert.deepStrictEqual(sx406(doc('de-de', unit('Die Dauer beträgt 6,5 Std.', 'The duration is 6.5h.'))), []);
    assert.deepStrictEqual(sx406(doc('de-de', unit('Geben Sie 12.11.Arbeitsdatum Jahr ein.', 'Enter year.11.12.'))), []);
    // A versioned name still must be kept.
    assert.strictEqual(sx406(doc('de-de', unit('Ziel ist netcoreapp.', 'The target is netcoreapp3.1.'))).length, 1);
  });

  it('points at the damaged token, not at the English spelling of a product name', () => {
    const text = doc('tr-tr', unit('Customer Insights varlıklarını bulabileceğiniz **customerınsights** bölümüne gidin.',
      'Navigate to **customerInsights** where you find the Customer Insights entities.'));
    const found = sx406(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].range.start, found[0].range.end), 'customerınsights');
  });

  it('keeps inflection endings silent in Finnish, Hungarian and Turkish', () => {
    for (const [locale, target, source] of [
      ['fi-fi', 'Asenna NuGet-paketti ja avaa NuGetin asetukset, Program.cs:ää ja .NET 5:tä.', 'Install the NuGet package and open the NuGet settings, Program.cs and .NET 5.'],
      ['hu-hu', 'Telepítse a NuGet-csomagot, majd nyissa meg a web.config fájlt.', 'Install the NuGet package, then open the web.config file.'],
      ['tr-tr', "NuGet'in ayarlarını ve web.config'deki değerleri Program.cs'de açın, DbContext'i yapılandırın.", 'Open the NuGet settings and the web.config values in Program.cs, configure DbContext.'],
    ]) assert.deepStrictEqual(sx406(doc(locale, unit(target, source))).map(f => f.message), [], locale);
  });
});

describe('review regressions: times and dates (SX401)', () => {
  const sx401 = (text: string) => findings(text, { SX401: 'warning' }).filter(f => f.code === 'SX401');

  it('a time with a dot (Finnish, Danish, Norwegian) is the time with a colon', () => {
    assert.deepStrictEqual(sx401(doc('fi-fi', unit('Kokous alkaa klo 10.30.', 'The meeting starts at 10:30.'))), []);
    assert.deepStrictEqual(sx401(doc('da-dk', unit('Mødet starter kl. 14.45.', 'The meeting starts at 14:45.'))), []);
    assert.strictEqual(sx401(doc('fi-fi', unit('Kokous alkaa klo 10.45.', 'The meeting starts at 10:30.'))).length, 1);
  });

  it('a localized date matches the English one, with the year in two or four digits', () => {
    assert.deepStrictEqual(sx401(doc('de-de', unit('Geben Sie 14.12.00 ein.', 'Enter 12 14 00.'))), []);
    assert.deepStrictEqual(sx401(doc('de-de', unit('Ab dem 01.04.2020.', 'From 04/01/20.'))), []);
    assert.strictEqual(sx401(doc('de-de', unit('Ab dem 01.04.2021.', 'From 04/01/20.'))).length, 1);
    // Numbers joined by mistake are not a time or a date.
    assert.strictEqual(sx401(doc('de-de', unit('Mo 14.3..h 4P', 'mon14 3..t 4p'))).length, 1);
    assert.strictEqual(sx401(doc('zh-tw', unit('問題清單-5。8', 'Issues list - 5.8'))).length, 1);
  });
});

describe('review regressions: new locale conventions', () => {
  // The default configuration: a check's own severity for a finding (an info for reduplication) stands.
  const only = (text: string, code: string) => lintText(text).findings.filter(f => f.code === code);

  it('SX504: Hindi, Vietnamese, Indonesian and Malay reduplication, and unknown languages, are an info', () => {
    for (const [locale, target, source] of [
      ['hi-in', 'आप अलग अलग सेटिंग्स चुन सकते हैं।', 'You can choose different settings.'],
      ['vi-vn', 'Dữ liệu được tải từ từ.', 'The data loads slowly.'],
      ['id-id', 'Pilih masing masing pengaturan.', 'Select each setting.'],
      ['ms-my', 'Pilih masing masing tetapan.', 'Select each setting.'],
      ['sw-ke', 'Chagua pole pole.', 'Choose slowly.'],
    ]) {
      const sx504 = only(doc(locale, unit(target, source)), 'SX504');
      assert.strictEqual(sx504.length, 1, locale);
      assert.strictEqual(sx504[0].severity, 'info', locale);
    }
    // A language without reduplication or case chains still gets a warning (Polish `plik plik` is now an info: a
    // noun may be followed by a genitive of the same form there, see review4Words).
    assert.strictEqual(only(doc('de-de', unit('Speichern Sie die Datei Datei.', 'Save the file.')), 'SX504')[0]?.severity, 'warning');
  });

  it('SX405: Finnish key names, and "Windows Key" in the English', () => {
    assert.deepStrictEqual(only(doc('fi-fi', unit('Paina Ctrl+Vaihto+Esc.', 'Press Ctrl+Shift+Esc.')), 'SX405'), []);
    assert.strictEqual(only(doc('fi-fi', unit('Paina Ctrl+Vaihto+Del.', 'Press Ctrl+Shift+Esc.')), 'SX405').length, 1);
    assert.deepStrictEqual(only(doc('pl-pl', unit('Naciśnij klawisze Windows+Ctrl+Shift+B.', 'Press the Windows Key  + Ctrl + Shift + B keys.')), 'SX405'), []);
  });

  it('SX503: the Greek question mark and Thai sentences without a full stop', () => {
    assert.deepStrictEqual(only(doc('el-gr', unit('Το μέγεθος είναι έως 10 MB;', 'Is the size up to 10MB?')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('th-th', unit('เลือกการตั้งค่าต่างๆ ที่คุณต้องการ', 'Select the various settings that you want.')), 'SX503'), []);
    // The semicolon is not a question mark in other languages, nor in a file of unknown language.
    assert.strictEqual(only(doc('pl-pl', unit('Czy rozmiar to 10 MB;', 'Is the size up to 10MB?')), 'SX503').length, 1);
    assert.deepStrictEqual(only(doc(undefined, unit('Pierwszy element;', 'First item;')), 'SX503'), []);
  });
});

describe('review regressions: fragment links in a file with includes (SX703)', () => {
  const sx703 = (text: string) => findings(text, { SX703: 'warning' }).filter(f => f.code === 'SX703');
  const link = unit('Zobacz [sekcję](#from-include).', 'See [the section](#from-include).');

  it('does not report a fragment the included file may define', () => {
    assert.deepStrictEqual(sx703(doc('ru-ru', '[!INCLUDE[intro](~/includes/intro.md)]\n', link)), []);
    assert.deepStrictEqual(sx703(doc('ru-ru', '[!include[](../includes/start.md)]\n', link)), []);
  });

  it('still reports it in a file without includes', () => {
    assert.strictEqual(sx703(doc('ru-ru', link)).length, 1);
  });
});

describe('review regressions: untranslated (SX203)', () => {
  const sx203 = (text: string) => findings(text, { SX203: 'warning' }).filter(f => f.code === 'SX203');

  it('words the target language shares with English are not untranslated (Swedish "Installation via Snap")', () => {
    const swedish = (heading: string) => doc('sv-se',
      unit('Installation via Direct Download', 'Installation via Direct Download'),
      unit(heading, heading),
      unit('Installation via pakethanteraren kräver en Snap-installation.', 'Installing via the package manager requires a Snap installation.'),
      unit('Paketet installeras via Snap.', 'The package is installed through Snap.'));
    assert.deepStrictEqual(sx203(swedish('Installation via Snap')), []);
    // An English sentence left in the same file is still reported.
    assert.strictEqual(sx203(swedish('Install the package via Snap')).length, 1);
    assert.strictEqual(sx203(swedish('Installation does not work via Snap')).length, 1);
    // Without translations to learn the language's words from, the segment is reported as before.
    assert.strictEqual(sx203(doc('sv-se', unit('Installation via Snap', 'Installation via Snap'))).length, 1);
  });

  it('a name with its handle in parentheses is not prose', () => {
    assert.deepStrictEqual(sx203(doc('pl-pl', unit('Olivier Spinelli (olivier-spinelli)', 'Olivier Spinelli (olivier-spinelli)'))), []);
    assert.strictEqual(sx203(doc('pl-pl', unit('Save the file (optional)', 'Save the file (optional)'))).length, 1);
  });
});

describe('review regressions: escapes (SX313)', () => {
  const sx313 = (text: string) => findings(text, { SX313: 'warning' }).filter(f => f.code === 'SX313');

  it('an escaped asterisk between spaces is a sign, not markup', () => {
    assert.deepStrictEqual(sx313(doc('de-de', unit('*AfA Betrag = (Degressive AfA % \\* Anzahl AfA Tage) / 360*', '*Depreciation Amount = (Declining-Balance % x Number of Depreciation Days) / 360*'))), []);
    // Escaped bold markers are still reported.
    assert.strictEqual(sx313(doc('pl-pl', unit('Przełącznik \\*\\*Włącz\\*\\*.', 'Switch **On**.'))).length, 1);
    // An asterisk of the English lost is still reported.
    assert.strictEqual(sx313(doc('ja-jp', unit('PackageReference を使用している場合。', 'When using \\* in PackageReference.'))).length, 1);
  });
});

describe('review regressions: TeX broken by machine translation (SX402)', () => {
  const sx402 = (text: string) => findings(text, { SX402: 'error' }).filter(f => f.code === 'SX402');

  it('says the formula is broken when the braces are the English math', () => {
    const found = sx402(doc('ko-kr', unit('여기서 $ \\ket $ {0} 상태입니다.', 'where the state is $\\ket{0}$.')));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'error');
    assert.match(found[0].message, /^The TeX math is broken: the English has "\{0\}" inside a formula/);
    assert.doesNotMatch(found[0].message, /not in the English/);
  });

  it('still names a placeholder that is not in the English, or one that is lost', () => {
    const added = sx402(doc('ko-kr', unit('여기서 $x$ {name} 상태입니다.', 'where the state is $x$.')));
    assert.match(added[0].message, /^Placeholders differ from the English: not in the English "\{name\}"\.$/);
    const lost = sx402(doc('pl-pl', unit('Trasa /Movies/Details.', 'The route /Movies/Details/{id:int}.')));
    assert.match(lost[0].message, /missing "\{id:int\}"/);
    // A placeholder of the English doubled is not TeX, even beside a path with backslashes or a price.
    for (const english of ['Copy {0} to C:\\Users\\Public.', 'It costs $5 for {0}.']) {
      const doubled = sx402(doc('de-de', unit(`Kopieren Sie {0} und {0}.`, english)));
      assert.match(doubled[0].message, /^Placeholders differ from the English: not in the English "\{0\}"\.$/, english);
    }
  });
});

describe('review regressions: a translation merged into the neighbouring unit (SX201)', () => {
  // The default configuration: a configured severity would stand for every finding.
  const sx201 = (text: string) => lintText(text).findings.filter(f => f.code === 'SX201');
  const paragraph = (first: string, second: string, separator = ' ') => doc('de-de',
    unit(first, 'Open the file.') + separator + unit(second, 'Then save your changes to the project.'));

  it('an empty unit whose English the previous translation also says is a warning that names the merge', () => {
    const found = sx201(paragraph('Öffnen Sie die Datei und speichern Sie dann Ihre Änderungen am Projekt.', ''));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.match(found[0].message, /unit ab12c-\d+ before it .* merged/);
    const intoNext = sx201(paragraph('', 'Öffnen Sie die Datei und speichern Sie dann Ihre Änderungen am Projekt.'));
    assert.strictEqual(intoNext[0].severity, 'warning');
    assert.match(intoNext[0].message, /after it/);
  });

  it('an empty unit is an error when the neighbour translates only its own English, or stands in another block', () => {
    const gap = sx201(paragraph('Öffnen Sie die Datei.', ''));
    assert.strictEqual(gap.length, 1);
    assert.strictEqual(gap[0].severity, 'error');
    assert.strictEqual(gap[0].message.endsWith('has an empty translation.'), true);
    const otherItem = sx201(paragraph('Öffnen Sie die Datei und speichern Sie dann Ihre Änderungen am Projekt.', '', '\n* '));
    assert.strictEqual(otherItem[0].severity, 'error');
  });
});
