/**
 * SX406 on correct text from a third review: a quantity with its magnitude, an environment variable in another case,
 * a placeholder translated as style guides ask, and a fix that must keep the space after a name ending in `+`; and a name
 * written with look-alike letters of another script, which was missed.
 */
import * as assert from 'assert';
import { lintText } from '../../../server/src/languageService';
import { unit } from '../../helpers/text';

const config = { SX406: 'warning' } as const;

function doc(locale: string, target: string, source: string): string {
  return `---\nms.contentlocale: ${locale}\n---\n\n${unit('ab12c-101', target, source)}\n`;
}

function messages(locale: string, target: string, source: string): string[] {
  return lintText(doc(locale, target, source), config).findings.filter(f => f.code === 'SX406').map(f => f.message);
}

describe('SX406 on review 3 text', () => {
  it('reads a number with its magnitude as a number, not a name', () => {
    assert.deepStrictEqual(messages('es-mx', 'Hasta 2.5 millones de solicitudes.', 'Up to 2.5M requests.'), []);
    assert.deepStrictEqual(messages('de-de', 'Bis zu 1,5 GB pro Datei.', 'Up to 1.5GB per file.'), []);
    // A dotted name is still a name.
    assert.strictEqual(messages('de-de', 'Öffnen Sie die Datei web. config.', 'Open the web.config file.').length, 1);
  });

  it('lets an environment variable change case', () => {
    assert.deepStrictEqual(messages('cs-cz', 'Soubory jsou ve složce %ProgramFiles%\\Microsoft.', 'The files are in %PROGRAMFILES%\\Microsoft.'), []);
    assert.deepStrictEqual(messages('cs-cz', 'Přejděte do *%ProgramFiles%\\Microsoft Visual Studio 10.0\\Team Tools*.',
      'Go to *%PROGRAMFILES%\\Microsoft Visual Studio 10.0\\Team Tools*.'), []);
  });

  it('accepts a placeholder in angle brackets translated, and still reports a dropped one', () => {
    assert.deepStrictEqual(messages('ru-ru', 'Выберите команду **Изменить <имя_проекта>.csproj**.', 'Select **Edit <project_name>.csproj**.'), []);
    assert.strictEqual(messages('ru-ru', 'Выберите команду **Изменить .csproj**.', 'Select **Edit <project_name>.csproj**.').length, 1);
  });

  it('marks a split name without the space that follows it, so its fix keeps that space', () => {
    const text = doc('zh-tw', '適用於 NuGet 4.X + 和 MSBuild。', 'For NuGet 4.x+ and MSBuild.');
    const [finding] = lintText(text, config).findings.filter(f => f.code === 'SX406');
    assert.strictEqual(text.slice(finding.range.start, finding.range.end), '4.X +');
    for (const fix of finding.fixes ?? []) {
      const [edit] = fix.edits;
      const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
      assert.ok(fixed.includes(' 和 MSBuild'), `${fix.title} keeps the space before 和: ${fixed}`);
    }
  });

  it('reports a name written with look-alike letters of another script, with a fix that writes it as in the English', () => {
    // A Cyrillic `С` in `HttpClient`; Turkish casing's dotless `ı` and dotted `İ`.
    assert.deepStrictEqual(messages('uk-ua', 'Використовуйте клас HttpСlient для запитів.', 'Use the HttpClient class for requests.'),
      ['`HttpClient` is written with letters of another script in the translation: `HttpСlient`.']);
    assert.strictEqual(messages('tr-tr', 'ıHttpClientFactory arabirimi kullanıma sunuldu.', 'The IHttpClientFactory interface was introduced.').length, 1);
    assert.strictEqual(messages('tr-tr', 'Bu özellik İHttpClientFactory kullanır.', 'This feature uses IHttpClientFactory.').length, 1);
    const text = doc('tr-tr', 'ıHttpClientFactory arabirimi kullanıma sunuldu.', 'The IHttpClientFactory interface was introduced.');
    const [fix] = lintText(text, config).findings.flatMap(f => f.fixes ?? []);
    const [edit] = fix.edits;
    assert.strictEqual(text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end), text.replace('ıHttpClientFactory', 'IHttpClientFactory'));
  });

  it('says nothing of the same name in Latin letters, or of words of the script around it', () => {
    assert.deepStrictEqual(messages('uk-ua', 'Використовуйте клас HttpClient для запитів.', 'Use the HttpClient class for requests.'), []);
    assert.deepStrictEqual(messages('tr-tr', 'IHttpClientFactory arabirimi kullanıma sunuldu.', 'The IHttpClientFactory interface was introduced.'), []);
    assert.deepStrictEqual(messages('ru-ru', 'Вызовите метод СоруТо.', 'Call the method CopyTo.'),
      ['`CopyTo` is written with letters of another script in the translation: `СоруТо`.']);
    assert.deepStrictEqual(messages('ru-ru', 'Вызовите метод МСОРУТО сейчас.', 'Call the method CopyToX now.'), []);
  });

  it('reports a command-line option written with a typographic dash, with a fix that restores the hyphens', () => {
    assert.deepStrictEqual(messages('es-mx', 'Ejecute dotnet build con —no-restore.', 'Run dotnet build with --no-restore.'),
      ['`--no-restore` is written with a typographic dash in the translation: `—no-restore`.']);
    assert.strictEqual(messages('es-mx', 'Especifique –ResourceGroupName.', 'Specify -ResourceGroupName.').length, 1);
    const text = doc('zh-tw', '使用 ——no-restore 選項。', 'Use the --no-restore option.');
    const [fix] = lintText(text, config).findings.flatMap(f => f.fixes ?? []);
    const [edit] = fix.edits;
    assert.strictEqual(text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end), text.replace('——no-restore', '--no-restore'));
  });

  it('says nothing of an option kept, in code, or of a dash that is punctuation', () => {
    assert.deepStrictEqual(messages('es-mx', 'Ejecute dotnet build con --no-restore.', 'Run dotnet build with --no-restore.'), []);
    assert.deepStrictEqual(messages('es-mx', 'Ejecute `dotnet build —no-restore`.', 'Run `dotnet build --no-restore`.'), []);
    assert.deepStrictEqual(messages('es-mx', 'Compile el proyecto —sin restaurar— con --no-restore.', 'Build the project with --no-restore.'), []);
    assert.deepStrictEqual(messages('de-de', 'Die Option –Force fehlt.', 'A non-Force option is missing.'), []);
  });
});
