/**
 * SX406 on names that machine translation translated in part: a cmdlet's verb, an option's words, a code name's humps,
 * and a short code name translated away altogether. The damaged cases are those of the real corpus (Polish, Czech,
 * Swedish, French, Chinese) and of the reviews' damaged files; the correct ones are what translators do write.
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

describe('SX406: names translated in part', () => {
  it('reports a cmdlet whose verb was translated, once, with a suggestion that writes the English cmdlet', () => {
    assert.deepStrictEqual(messages('es-es', 'Ejecute el cmdlet Obtener-AzVM para enumerar las máquinas.', 'Run the Get-AzVM cmdlet to list the machines.'),
      ['`Get-AzVM` is translated: `Obtener-AzVM`.']);
    const text = doc('es-es', 'Ejecute Obtener-AzVM.', 'Run Get-AzVM.');
    const [finding] = lintText(text, config).findings.filter(f => f.code === 'SX406');
    const [fix] = finding.fixes ?? [];
    assert.strictEqual(fix.preferred, false, 'a suggestion, not applied by --fix');
    const [edit] = fix.edits;
    assert.strictEqual(text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end), text.replace('Obtener-AzVM', 'Get-AzVM'));
  });

  it('reports options and parameters whose words were translated, paired in order', () => {
    assert.deepStrictEqual(messages('pl-pl', '--układ lub-l', '--layout or -l'), ['`--layout` is translated: `--układ`.']);
    assert.deepStrictEqual(messages('sv-se', '-Personifiering', '-Impersonation'), ['`-Impersonation` is translated: `-Personifiering`.']);
    assert.deepStrictEqual(messages('es-es', 'Ejecute Get-AzVM -NombreGrupoRecursos miGrupo.', 'Run Get-AzVM -ResourceGroupName myGroup.'),
      ['`-ResourceGroupName` is translated: `-NombreGrupoRecursos`.'], 'and not again as a missing name');
    assert.deepStrictEqual(messages('zh-tw', '現在支援新的 \'-get-help \' 選項。', 'now support a new \'-ConfigFile\' option.'),
      ['`-ConfigFile` is translated: `-get-help`.']);
  });

  it('reports a code name with humps translated, and a short code name translated away', () => {
    assert.deepStrictEqual(messages('es-es', 'Llame al método ObtenerAsync de la clase HttpClient.', 'Call the GetAsync method of the HttpClient class.'),
      ['`GetAsync` is partly translated: `ObtenerAsync`.']);
    assert.deepStrictEqual(messages('es-es', 'Establezca la propiedad MaxConexiones en 10.', 'Set the MaxConnections property to 10.'),
      ['`MaxConnections` is partly translated: `MaxConexiones`.']);
    assert.deepStrictEqual(messages('cs-cz', 'Vrátí PoskytovatelNotApplicable.', 'Returns ProviderNotApplicable.'),
      ['`ProviderNotApplicable` is partly translated: `PoskytovatelNotApplicable`.']);
    assert.deepStrictEqual(messages('pl-pl', 'Nazwa klasy **przekazywaniem plików** i dodaj następujące właściwości:', 'Name the class **FileUpload** and add the following properties:'),
      ['An identifier of the English is not in the translation (translated or dropped?): `FileUpload`.']);
    assert.deepStrictEqual(messages('fr-fr', 'Utilisez la classe Client HTTP pour envoyer des requêtes.', 'Use the HttpClient class to send requests.'),
      ['An identifier of the English is not in the translation (translated or dropped?): `HttpClient`.']);
  });

  it('reports a command a link names that the translation translated in the link to the same place', () => {
    assert.deepStrictEqual(messages('it-it', 'Creare un gruppo con il comando [az gruppo crea](/cli/azure/group#az-group-create).',
      'Create a group with the [az group create](/cli/azure/group#az-group-create) command.'),
    ['`az group create` is translated: `az gruppo crea`.']);
    assert.deepStrictEqual(messages('pl-pl', 'Uruchom [kompilację dotnet](/dotnet/core/tools/dotnet-build).', 'Run [dotnet build](/dotnet/core/tools/dotnet-build).'),
      ['`dotnet build` is translated: `kompilację dotnet`.']);
    // The command's words kept, with the language's words around or between them; a link's text that is no command.
    for (const [locale, target, source] of [
      ['cs-cz', 'Viz [příkazu NuGet sources](cli-ref-sources.md).', 'See the [nuget sources command](cli-ref-sources.md).'],
      ['ja-jp', '[nuget の sign](cli-ref-sign.md) を参照してください。', 'See [nuget sign](cli-ref-sign.md).'],
      ['fr-fr', 'Voir [bot dotnet codé](bot.md).', 'See [dotnet bot encoded](bot.md).'],
    ]) assert.deepStrictEqual(messages(locale, target, source), [], target);
  });

  it('reports Transact-SQL keywords in capitals translated into capitals of the language', () => {
    assert.deepStrictEqual(messages('da-dk', 'Nogle indstillinger træder i kraft, når du har kørt REKONFIGURER-sætningen.', 'Some options take effect after you run the RECONFIGURE statement.'),
      ['`RECONFIGURE` is translated: `REKONFIGURER`.']);
    for (const [locale, target, source] of [
      ['da-dk', 'Kør RECONFIGURE-sætningen.', 'Run the RECONFIGURE statement.'],
      // A key name in capitals is the language's; emphasis in capitals is not a keyword.
      ['de-de', 'Drücken Sie ENTF, und WICHTIG: speichern.', 'Press DELETE, and IMPORTANT: save.'],
      ['fr-fr', 'Utilisez l\'instruction de sélection.', 'Use the SELECT statement.'],
    ]) assert.deepStrictEqual(messages(locale, target, source), [], target);
  });

  it('accepts what translators write: kept, inflected or localized UI names, other compounds, options kept', () => {
    const correct: Array<[string, string, string]> = [
      ['de-de', 'Verwenden Sie die HttpClient-Klasse, um Anforderungen zu senden.', 'Use the HttpClient class to send requests.'],
      ['ja-jp', 'HttpClient クラスを使用して要求を送信します。', 'Use the HttpClient class to send requests.'],
      ['es-es', 'Llame al método `GetAsync`.', 'Call the GetAsync method.'],
      // An inflection changes the end of a name (Polish locative), not its start.
      ['pl-pl', 'Użyj klasy SharePoincie w kodzie.', 'Use the SharePoint class in code.'],
      // A UI feature's name is localized by the product (German Office), and the English does not call it code.
      ['de-de', 'Aktivieren Sie AutoKorrektur in den Optionen.', 'Turn on AutoCorrect in the options.'],
      // A short product name the English does not call code may be translated or left out.
      ['fr-fr', 'Ouvrez le dossier OneDrive.', 'Open the OneDrive folder.'],
      ['fr-fr', 'Entrez du texte dans la zone de texte.', 'Type text in the TextBox.'],
      // English compounds with a PowerShell verb are not cmdlets.
      ['de-de', 'Installieren Sie das Plug-In.', 'Install the Add-In.'],
      ['fr-fr', 'La fenêtre pop-up est en lecture seule.', 'The Pop-Up window is Read-Only.'],
      // Another approved verb is another cmdlet, not a translation.
      ['es-es', 'Ejecute Set-AzVM.', 'Run Get-AzVM.'],
      // Options kept in any case; a hyphen inside a word or before a number is not an option.
      ['es-es', 'Use la opción --no-restore y el parámetro -name.', 'Use the --no-restore option and the -Name parameter.'],
      ['pl-pl', 'Wartość od -1 do 10 w pliku e-mail.', 'A value from -1 to 10 in the e-mail file.'],
      // The translation adds a word with a hyphen, and the English option is kept.
      ['de-de', 'Verwenden Sie --force für Ein- und -ausgabe.', 'Use --force for input and output.'],
    ];
    for (const [locale, target, source] of correct) assert.deepStrictEqual(messages(locale, target, source), [], `${locale}: ${target}`);
  });
});
