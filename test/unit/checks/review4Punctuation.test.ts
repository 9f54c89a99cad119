/**
 * Regressions from the fourth reviews (punctuation, length and consistency infos, code spans): each correct unit is
 * the minimal one that gave a false finding or a preferred fix that changed correct text; each damaged unit is a
 * change the same check must still report.
 */
import * as assert from 'assert';
import { fixText } from '../../../server/src/checks/fix';
import type { ChecksConfig, RunFinding } from '../../../server/src/checks/run';
import { allChecks } from '../../../server/src/checks/registry';
import { lintText } from '../../../server/src/languageService';

const everyCheck: ChecksConfig = Object.fromEntries(allChecks.map(check => [check.id, check.defaultSeverity]));

let nextId = 101;
/** One unit, on a line of its own (after `prefix`: a list marker, a heading's `#`). */
function unit(target: string, source: string, prefix = ''): string {
  const id = nextId++;
  return `${prefix}<span data-ttu-id="ef56b-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="ef56b-${id}">${source}</span></span>\n`;
}

/** Units as paragraphs (a blank line between). */
function doc(locale: string, ...units: string[]): string {
  return `---\ntitle: t\nms.contentlocale: ${locale}\n---\n\n${units.join('\n')}`;
}

/** Lines written as given (a list, a table). */
function lines(locale: string, ...rows: string[]): string {
  return `---\ntitle: t\nms.contentlocale: ${locale}\n---\n\n${rows.join('')}`;
}

function only(text: string, code: string): RunFinding[] {
  return lintText(text, everyCheck).findings.filter(f => f.code === code);
}

function fixAll(text: string): string {
  return fixText(text, everyCheck, (t, c) => lintText(t, c)).text;
}

describe('review 4: SX301 reads spreadsheet formulas as the localized spreadsheet writes them', () => {
  it('translated function names and ";" argument separators are the same formula, and fix all leaves them', () => {
    const text = doc('es-es',
      unit('Por ejemplo, `=SUMA(A2:A10)` suma los valores.', 'For example, `=SUM(A2:A10)` adds the values.'),
      unit('Otro ejemplo: `=SUMA(A2:A10;C2:C10)` suma los valores.', 'Another example, `=SUM(A2:A10, C2:C10)` adds the values.'),
      unit('Ejemplo: `=REDONDEAR(1,5;0)` redondea.', 'Example: `=ROUND(1.5, 0)` rounds.'),
      unit('Primjer: `=SUM(A2:A10; C2:C10)` zbraja.', 'Example: `=SUM(A2:A10, C2:C10)` adds.'));
    assert.deepStrictEqual(only(text, 'SX301'), []);
    assert.strictEqual(fixAll(text), text);
  });

  it('a changed cell reference, number or string in a formula is still reported', () => {
    assert.strictEqual(only(doc('es-es', unit('Otro: `=SUMA(A2:A10;C2:C11)` suma.', 'Another, `=SUM(A2:A10, C2:C10)` adds.')), 'SX301').length, 1);
    assert.strictEqual(only(doc('es-es', unit('Ejemplo: `=REDONDEAR(15;0)` redondea.', 'Example: `=ROUND(1.5, 0)` rounds.')), 'SX301').length, 1);
    assert.strictEqual(only(doc('es-es', unit('Ejemplo: `=SI(A1="sí";1;0)` prueba.', 'Example: `=IF(A1="yes", 1, 0)` tests.')), 'SX301').length, 1);
    assert.strictEqual(only(doc('es-es', unit('Ejemplo: `SUMA(A2)` suma.', 'Example: `SUM(A2)` adds.')), 'SX301').length, 1);
  });
});

describe('review 4: SX502 leaves spaces inside TeX math', () => {
  it('double spaces inside $…$ and in a display-math line are not reported; in prose they are', () => {
    const tex = doc('ko-kr',
      unit('상태는 $ ( \\ket { 00 }  +  \\ket { 11 } )/ \\sqrt { 2 } $ 로 정의 됩니다.', 'The states are $(\\ket{00} + \\ket{11}) / \\sqrt{2}$.'),
      unit('&=O_f ( \\ket { 0 }  +  \\ket { 1 } )/ \\sqrt { 2 }', '& = O_f (\\ket{0} + \\ket{1}) / \\sqrt{2}'));
    assert.deepStrictEqual(only(tex, 'SX502'), []);
    assert.strictEqual(only(doc('ko-kr', unit('상태는 $x + y$ 로  정의 됩니다.', 'The states are $x + y$ defined.')), 'SX502').length, 1);
    assert.strictEqual(only(doc('ko-kr', unit('상태는 $\\ket{0}$ 로  정의 됩니다.', 'The states are $\\ket{0}$ defined.')), 'SX502').length, 1);
  });
});

describe('review 4: SX503 follows the block\'s punctuation style', () => {
  it('a period followed only by markup written as text is a period', () => {
    assert.deepStrictEqual(only(doc('ar-sa', unit('<b>للحصول على مزيد من المعلومات.&nbsp;</b>', 'for more information.')), 'SX503'), []);
    // Written as text (escaped), a tag is what the reader sees last.
    assert.strictEqual(only(doc('pl-pl', unit('&lt;p&gt;Moja aplikacja&lt;/p&gt;', 'My application!')), 'SX503').length, 1);
  });

  it('headings, and lists and table columns that drop the period throughout', () => {
    const text = lines('fr-fr',
      unit('Création d\'une tâche', 'Creating a task.', '## '), '\n',
      unit('Le déplacement implique les étapes suivantes :', 'Moving involves these steps:'), '\n',
      unit('Création d\'une tâche de publication', 'Creating a publish task.', '1. '),
      unit('Génération d\'une image Docker', 'Building a Docker image.', '1. '),
      '\n| Nom | Description |\n|---|---|\n',
      `| a | ${unit('Cesta k souboru licence', 'Path to a license file.').trim()} |\n`,
      `| b | ${unit('Akce, která se má provést', 'The action to take.').trim()} |\n`);
    assert.deepStrictEqual(only(text, 'SX503'), []);
  });

  it('the last sentence of a table cell of several sentences that drops its period is still reported', () => {
    const text = lines('pl-pl', '| a | b |\n|---|---|\n',
      `| x | ${unit('Są one wykluczane.', 'They are excluded.').trim()} ${unit('Tagi mają pierwszeństwo przed tagami . `include`', 'Tags take precedence over `include`.').trim()} |\n`);
    assert.strictEqual(only(text, 'SX503').length, 1);
  });

  it('a list item that drops the period its list keeps is still reported', () => {
    const text = lines('cs-cz',
      unit('Přejít na přihlašovací stránku', 'Go to the login page.', '1. '),
      unit('Klikněte na tlačítko **Přihlásit se**.', 'Click on **Sign in**.', '1. '),
      unit('Zadejte podrobnosti účtu.', 'Enter your account details.', '1. '));
    assert.strictEqual(only(text, 'SX503').length, 1);
  });

  it('a lead-in before a list ends with a colon; a bold label takes a colon', () => {
    const de = lines('de-de',
      unit('Um allgemeine Informationen für Projekte einzurichten:', 'To set general information for jobs'), '\n',
      unit('Wählen Sie das Symbol.', 'Choose the icon.', '1. '));
    assert.deepStrictEqual(only(de, 'SX503'), []);
    assert.deepStrictEqual(only(doc('ja-jp', unit('**注:**', '**Note**')), 'SX503'), []);
    assert.deepStrictEqual(only(lines('de-de', unit('So kopieren Sie Projektplanzeilen:', 'To copy job planning lines', '## ')), 'SX503'), []);
    // A colon for a period in running text is still reported.
    assert.strictEqual(only(doc('de-de', unit('Die Seite zeigt aktuelle Informationen:', 'The page shows current information.')), 'SX503').length, 1);
  });

  it('questions of Japanese (か) and Thai, a Swedish list item, the English\'s label marks, comma and dash', () => {
    assert.deepStrictEqual(only(doc('ja-jp', unit('パッケージ A はパッケージ B の依存として表示されるか', 'Is Package A listed as a dependent of Package B?')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('th-th', unit('Azure Virtual Machines คืออะไร', 'What is Azure Virtual Machines?')), 'SX503'), []);
    assert.deepStrictEqual(only(lines('sv-se', unit('Paket som är utformade för att skada systemen.', 'Packages that are designed to harm the systems;', '- ')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('tr-tr', unit('**GitHub\'dan yükle!** seçeneğini belirleyin', 'Select the **Load from GitHub!**')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('ja-jp', unit('**[NuGet パッケージの管理]** を選択します。', 'Select **Manage NuGet Packages...**.')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('fr-fr', unit('Il s\'agit d\'un bon point de départ.', 'This is a simple project, and a good place to start,')), 'SX503'), []);
    assert.deepStrictEqual(only(doc('pl-pl', unit('Użyj jednego z algorytmów:', 'Use one of the algorithms -')), 'SX503'), []);
  });

  it('a dropped question mark or a changed mark in a sentence is still reported', () => {
    assert.strictEqual(only(doc('pl-pl', unit('Kiedy jest generowany wyciąg', 'When is the billing statement generated?')), 'SX503').length, 1);
    assert.strictEqual(only(doc('ja-jp', unit('パッケージ A は表示されます', 'Is Package A listed?')), 'SX503').length, 1);
    assert.strictEqual(only(doc('ru-ru', unit('Запустите Visual Studio', 'Start Visual Studio.')), 'SX503').length, 1);
  });
});

describe('review 4: SX601 does not judge a few words by their length, nor count a gloss', () => {
  it('segments of up to four content words and glossed titles are accepted', () => {
    assert.deepStrictEqual(only(doc('vi-vn', unit('Tạo máy ảo', 'Create a virtual machine')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('de-de', unit('**Sachkonten**', '**General Ledger Accounts**')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('sv-se', unit('et', 'ampersand')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('ko-kr', unit('구체적으로는 다음과 같습니다.', 'Namely:')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('ru-ru', unit('Щелкните **ASP.NET Core Web App (Model-View-Controller)** (Веб-приложение ASP.NET Core (модель — представление — контроллер)).', '**ASP.NET Core Web App (Model-View-Controller)**.')), 'SX601'), []);
  });

  it('a truncated sentence and English left in plain text with a gloss are still reported', () => {
    assert.strictEqual(only(doc('pl-pl', unit('3.', 'Back up your Documents, Pictures, and Desktop folders with OneDrive')), 'SX601').length, 1);
    assert.strictEqual(only(doc('pl-pl', unit('Log IntervalTrackers as ETW events - #9593 (Śledzenie interwałów dzienników jako zdarzenia ETW — #9593)', 'Log IntervalTrackers as ETW events - #9593')), 'SX601').length, 1);
  });
});

describe('review 4: SX701 compares the terms of a sentence, the whole of a label or heading', () => {
  it('two phrasings of a sentence with the same marked terms are free variation', () => {
    const text = doc('de-de',
      unit('Wählen Sie in der Liste die Aktion **Neu** für den Artikel.', 'Choose the **New** action in the list for the item.'),
      unit('Wählen Sie in der Liste für den Artikel die Aktion **Neu** aus.', 'Choose the **New** action in the list for the item.'));
    assert.deepStrictEqual(only(text, 'SX701'), []);
    const short = doc('de-de',
      unit('Wählen Sie die Aktion **Neu**.', 'Choose the **New** action.'),
      unit('Wählen Sie die Aktion **Neu** aus.', 'Choose the **New** action.'));
    assert.deepStrictEqual(only(short, 'SX701'), []);
  });

  it('a sentence whose UI label differs, and a heading translated two ways, are still reported', () => {
    const sentence = doc('de-de',
      unit('Wählen Sie in der Liste die Aktion **Neu** für den Artikel.', 'Choose the **New** action in the list for the item.'),
      unit('Wählen Sie in der Liste die Aktion **Erstellen** für den Artikel.', 'Choose the **New** action in the list for the item.'));
    assert.strictEqual(only(sentence, 'SX701').length, 1);
    const spelling = doc('de-de',
      unit('Die folgenden Schritte beschreiben, wie die Bildanalyse-Erweiterung aktiviert wird.', 'The following steps describe how to enable the Image Analyzer extension.'),
      unit('Die folgenden Schritte beschreiben, wie die Bild-Analyse-Erweiterung aktiviert wird.', 'The following steps describe how to enable the Image Analyzer extension.'));
    assert.strictEqual(only(spelling, 'SX701').length, 1);
    const heading = lines('pl-pl', unit('Rozszerzenia formantu ListView', 'ListView Control Enhancements', '## '), '\n', unit('Ulepszenia kontrolki ListView', 'ListView Control Enhancements', '## '));
    assert.strictEqual(only(heading, 'SX701').length, 1);
  });
});

describe('review 4: SX601 still holds a short segment with a name to the lower bound', () => {
  it('a name of the English shortened away is reported', () => {
    assert.strictEqual(only(doc('sv-se', unit('Sök', 'SourcePath')), 'SX601').length, 1);
  });
});
