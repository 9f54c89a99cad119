/**
 * SX406 on a fourth review's text: names a localized product shows in the language (a default file name, a
 * spreadsheet function), a release label in a sentence-case title, a formula split across units; and names machine
 * translation translated in part in other scripts and languages, which were missed.
 */
import * as assert from 'assert';
import { fixText } from '../../../server/src/checks/fix';
import { lintText } from '../../../server/src/languageService';
import { unit } from '../../helpers/text';

const config = { SX406: 'warning' } as const;

function messages(locale: string, target: string, source: string): string[] {
  const text = `---\nms.contentlocale: ${locale}\n---\n\n${unit('ab12c-101', target, source)}\n`;
  return lintText(text, config).findings.filter(f => f.code === 'SX406').map(f => f.message);
}

describe('SX406 on review 4 text', () => {
  it('accepts a product\'s default file name in the language, and still reports another file name translated', () => {
    for (const [locale, target] of [['da-dk', 'Excel gemmer den nye projektmappe som Mappe1.xlsx.'], ['es-es', 'Excel guarda el libro nuevo como Libro1.xlsx.'],
      ['fi-fi', 'Excel tallentaa uuden työkirjan nimellä Kirja1.xlsx.'], ['hu-hu', 'Az Excel az új munkafüzetet Munkafüzet1.xlsx néven menti.']]) {
      assert.deepStrictEqual(messages(locale, target, 'Excel saves the new workbook as Book1.xlsx.'), [], locale);
    }
    assert.strictEqual(messages('es-es', 'Abra el archivo programa.cs.', 'Open the Program.cs file.').length, 1);
    assert.strictEqual(messages('es-es', 'Excel guarda el libro como Libro2.xlsx.', 'Excel saves the workbook as Book1.xlsx.').length, 1, 'another number');
  });

  it('accepts a spreadsheet function the localized product names in capitals', () => {
    assert.deepStrictEqual(messages('nl-nl', 'Gebruik NETWERKDAGEN.INTL om werkdagen te tellen.', 'Use NETWORKDAYS.INTL to count working days.'), []);
    // A name with small letters mangled is still reported.
    assert.strictEqual(messages('pl-pl', 'Wyjątek DbUpdateConcurencyExeption.', 'The DbUpdateConcurrencyException exception.').length, 1);
  });

  it('accepts a release label written small in a sentence-case title', () => {
    assert.deepStrictEqual(messages('cs-cz', 'Zpráva k vydání NuGet 3,5 beta2', 'NuGet 3.5 Beta2 Release Notes'), []);
    assert.strictEqual(messages('cs-cz', 'Použijte třídu httpClient.', 'Use the HttpClient class.').length, 1, 'a name re-cased is still reported');
  });

  it('reads a line of a formula split across units as TeX', () => {
    assert.deepStrictEqual(messages('ko-kr', 'au_1 + bv_1\\\\\\\\', 'au_1+bv_1\\\\\\\\'), []);
  });

  it('reports every damaged place of a name, so that fix all repairs them all', () => {
    const text = `---\nms.contentlocale: cs-cz\n---\n\n${unit('ab12c-101', 'Verze *include* (3. x+) a *Exclude* (3. x +).', 'Versions *include* (3.x+) and *Exclude* (3.x+).')}\n`;
    assert.strictEqual(lintText(text, config).findings.filter(f => f.code === 'SX406').length, 2);
    const fixed = fixText(text, config, (t, c) => lintText(t, c)).text;
    assert.ok(fixed.includes('(3.x+) a *Exclude* (3.x+)'), fixed);
    // A later lower-case spelling inside a dotted name the English writes too is another word (`nuget.exe`).
    assert.strictEqual(messages('ja-jp', 'nuget プロトコルを実装する nuget.exe を使用します。', 'Use nuget.exe, which implements the NuGet protocols.').length, 1);
  });

  it('reports a lower camel-case name translated away, as the code beside it uses it as written', () => {
    assert.deepStrictEqual(messages('it-it', 'Eliminare il gruppo di risorse *mioGruppoRisorse*.', 'Delete the resource group *myResourceGroup*.'),
      ['An identifier of the English is not in the translation (translated or dropped?): `myResourceGroup`.']);
    assert.strictEqual(messages('pl-pl', 'Element `<span>` z atrybutem wskazującym, że NazwaAutora jest powiązana.', 'A `<span>` element whose attribute says that authorName is bound.').length, 1);
    // Kept, and product names with one small letter first.
    assert.deepStrictEqual(messages('it-it', 'Eliminare il gruppo *myResourceGroup*.', 'Delete the group *myResourceGroup*.'), []);
    assert.deepStrictEqual(messages('fr-fr', 'Ouvrez l\'application sur votre iPhone.', 'Open the app on your iPhone.'), []);
  });

  it('reports a path that starts with a variable when the translation translated the variable', () => {
    assert.deepStrictEqual(messages('sl-si', 'Datoteke so shranjene v %UPORABNIŠKIPROFIL%\\Documents.', 'The files are saved in %USERPROFILE%\\Documents.'),
      ['An identifier of the English is not in the translation (translated or dropped?): `%USERPROFILE%\\Documents`.']);
    assert.deepStrictEqual(messages('sl-si', 'Datoteke so shranjene v %UserProfile%\\Documents.', 'The files are saved in %USERPROFILE%\\Documents.'), []);
  });

  it('reports a name translated in part into another script, and parameters and verbs of other languages', () => {
    assert.deepStrictEqual(messages('uk-ua', 'Зареєструйте IHttpКлиентФабрика у контейнері.', 'Register the IHttpClientFactory interface in the container.'),
      ['`IHttpClientFactory` is partly translated: `IHttpКлиентФабрика`.']);
    assert.deepStrictEqual(messages('ro-ro', 'Setați -AcțiuneEroare la Stop.', 'Set -ErrorAction to Stop.'),
      ['`-ErrorAction` is translated: `-AcțiuneEroare`.']);
    assert.deepStrictEqual(messages('kk-kz', 'Алу-AzVM командлетін іске қосыңыз.', 'Run the Get-AzVM cmdlet.'),
      ['`Get-AzVM` is translated: `Алу-AzVM`.']);
    assert.deepStrictEqual(messages('ka-ge', 'გამოიყენეთ -სტატუსი პარამეტრი.', 'Use the -Status parameter.'),
      ['`-Status` is translated: `-სტატუსი`.']);
  });
});

describe('SX405 on review 4 text', () => {
  function sx405(locale: string, target: string, source: string): number {
    const text = `---\nms.contentlocale: ${locale}\n---\n\n${unit('ab12c-101', target, source)}\n`;
    return lintText(text, { SX405: 'warning' }).findings.filter(f => f.code === 'SX405').length;
  }

  it('reads the Mac Command key by its Finnish, Catalan, Danish and Norwegian names', () => {
    assert.strictEqual(sx405('fi-fi', 'Kopioi teksti painamalla **Komento+C**.', 'Press **Command+C** to copy the text.'), 0);
    assert.strictEqual(sx405('ca-es', 'Premeu **Ordre+C** per copiar el text.', 'Press **Command+C** to copy the text.'), 0);
    assert.strictEqual(sx405('da-dk', 'Tryk på **Kommando+C** for at kopiere teksten.', 'Press **Command+C** to copy the text.'), 0);
    // The letter still counts.
    assert.strictEqual(sx405('fi-fi', 'Kopioi teksti painamalla **Komento+V**.', 'Press **Command+C** to copy the text.'), 1);
  });
});
