/**
 * Regressions from the third review (language conventions): each correct unit is the minimal one that gave a false
 * finding or a preferred fix that changed correct text; each damaged unit is a change the same check must still
 * report. The locale comes from the front matter, as in a real file, or is missing (the fallback conventions).
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
  return `<span data-ttu-id="ef56a-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="ef56a-${id}">${source}</span></span>\n`;
}

function doc(locale: string, ...units: string[]): string {
  return `---\ntitle: t\nms.contentlocale: ${locale}\n---\n\n${units.join('\n')}`;
}

/** A file whose locale is not known: no `ms.contentlocale`, and no path. */
function noLocale(...units: string[]): string {
  return `---\ntitle: t\n---\n\n${units.join('\n')}`;
}

function only(text: string, code: string, config: ChecksConfig = everyCheck): RunFinding[] {
  return lintText(text, config).findings.filter(f => f.code === code);
}

/** The text after fix all (every preferred fix). */
function fixAll(text: string, config: ChecksConfig = everyCheck): string {
  return fixText(text, config, (t, c) => lintText(t, c)).text;
}

describe('review 3: the fallback conventions accept what any language accepts (SX503, SX504)', () => {
  it('a Korean, Japanese or Russian lead-in ending with a period, and a list item with ";", in a file of no known locale', () => {
    const text = noLocale(
      unit('다음 코드를 살펴보세요.', 'Consider the following code:'),
      unit('次のコードを確認してください。', 'Consider the following code:'),
      unit('Рассмотрим следующий код.', 'Consider the following code:'),
      unit('pakiety zaprojektowane w celu uszkodzenia systemu;', 'Packages that are designed to harm the system.'));
    assert.deepStrictEqual(only(text, 'SX503'), []);
  });

  it('the Greek question mark and Thai without a full stop only for text of those scripts', () => {
    assert.deepStrictEqual(only(noLocale(unit('Τι είναι αυτό;', 'What is this?')), 'SX503'), []);
    assert.deepStrictEqual(only(noLocale(unit('ติดตั้งแพ็กเกจ', 'Install the package.')), 'SX503'), []);
    assert.strictEqual(only(noLocale(unit('Was ist das;', 'What is this?')), 'SX503').length, 1);
    assert.strictEqual(only(noLocale(unit('Installieren Sie das Paket', 'Install the package.')), 'SX503').length, 1);
  });

  it('a changed ending is still reported in a file of no known locale', () => {
    assert.strictEqual(only(noLocale(unit('Was ist das.', 'What is this?')), 'SX503').length, 1);
    assert.strictEqual(only(noLocale(unit('다음 코드를 살펴보세요?', 'Consider the following code:')), 'SX503').length, 1);
  });

  it('a noun before the participle of the same form, in a file of no known locale', () => {
    assert.deepStrictEqual(only(noLocale(unit('Apri il contenuto contenuto nel file.', 'Open the content in the file.')), 'SX504'), []);
  });
});

describe('review 3: ordinals with a superscript in English only (SX311)', () => {
  const english = 'It\'s the 3<sup>rd</sup> update of the year.';
  const cases: [string, string][] = [
    ['es-mx', 'Es la 3.ª actualización del año.'],
    ['pt-br', 'É a 3ª atualização do ano.'],
    ['fr-fr', 'C\'est la 3e mise à jour de l\'année.'],
    ['fr-fr', 'C\'est la 3<sup>e</sup> mise à jour de l\'année.'],
    ['el-gr', 'Είναι η 3η ενημέρωση της χρονιάς.'],
    ['id-id', 'Ini adalah pembaruan ke-3 tahun ini.'],
    ['uk-ua', 'Це третє оновлення року.'],
    ['hi-in', 'यह वर्ष का तीसरा अपडेट है।'],
    ['zh-tw', '這是今年第三次更新。'],
  ];

  it('the language writes the ordinal without it, or with its own', () => {
    for (const [locale, target] of cases) assert.deepStrictEqual(only(doc(locale, unit(target, english)), 'SX311'), [], target);
    assert.deepStrictEqual(only(doc('de-de', unit('Verbinden Sie sich mit Lösungen von Drittanbietern.', 'Connect to 3<sup>rd</sup> party solutions.')), 'SX311'), []);
  });

  it('a superscript that is no ordinal, or a broken one, is still reported', () => {
    assert.strictEqual(only(doc('es-mx', unit('E = mc2', 'E = mc<sup>2</sup>')), 'SX311').length, 1);
    assert.strictEqual(only(doc('es-mx', unit('Es la 3.ª <sup>actualización del año.', english)), 'SX311').length, 1);
    assert.strictEqual(only(doc('es-mx', unit('Es la 3.ª actualización del año.', 'It\'s the 3<sup>rd</sup> update, see<sup>1</sup>.')), 'SX311').length, 1);
  });
});

describe('review 3: italics in scripts that have none (SX307)', () => {
  it('Arabic, Hebrew, Japanese and Chinese drop the English italics', () => {
    const english = 'This is *important*.';
    for (const [locale, target] of [['ar-sa', 'هذا مهم.'], ['he-il', 'זה חשוב.'], ['ja-jp', 'これは重要です。'], ['zh-tw', '這很重要。']]) {
      assert.deepStrictEqual(only(doc(locale, unit(target, english)), 'SX307'), [], target);
    }
    // The script decides, not the file: Arabic text with a product name in Latin letters.
    assert.deepStrictEqual(only(noLocale(unit('استخدم Visual Studio لإنشاء المشروع.', 'Use *Visual Studio* to create the project.')), 'SX307'), []);
  });

  it('a lost bold, or italics lost in a Latin-script translation, are still reported', () => {
    assert.strictEqual(only(doc('ar-sa', unit('هذا مهم.', 'This is **important**.')), 'SX307').length, 1);
    assert.strictEqual(only(doc('ja-jp', unit('これは重要です。', 'This is ***important***.')), 'SX307').length, 1);
    assert.strictEqual(only(doc('es-mx', unit('Esto es importante.', 'This is *important*.')), 'SX307').length, 1);
    assert.strictEqual(only(doc('ar-sa', unit('Use Visual Studio.', 'Use *Visual Studio*.')), 'SX307').length, 1);
  });
});

describe('review 3: joiners that are part of the spelling (SX507)', () => {
  it('a Persian suffix after a Latin word, and a joiner after an Indic virama', () => {
    assert.deepStrictEqual(only(doc('fa-ir', unit('API\u200cها را فهرست کنید.', 'List the APIs.')), 'SX507'), []);
    assert.deepStrictEqual(only(doc('fa-ir', unit('SDK\u200cهای جدید را نصب کنید.', 'Install the new SDKs.')), 'SX507'), []);
    assert.deepStrictEqual(only(doc('ml-in', unit('അവന\u0d4d\u200d വന്നു.', 'He came.')), 'SX507'), []);
  });

  it('a joiner inside a Latin word, or alone between words, is still reported and removed', () => {
    const text = doc('fa-ir', unit('Get\u200cItem را اجرا کنید.', 'Run GetItem.'));
    assert.strictEqual(only(text, 'SX507').length, 1);
    assert.ok(fixAll(text).includes('GetItem'));
    assert.strictEqual(only(doc('fa-ir', unit('API \u200c ها را فهرست کنید.', 'List the APIs.')), 'SX507').length, 1);
  });
});

describe('review 3: Greek clitic before an article (SX504)', () => {
  it('`το το`, `τους τους` are grammatical Greek', () => {
    assert.deepStrictEqual(only(doc('el-gr', unit('Ενημερώστε το το συντομότερο δυνατό.', 'Update it as soon as possible.')), 'SX504'), []);
    assert.deepStrictEqual(only(doc('el-gr', unit('Δώστε τους τους κωδικούς.', 'Give them the codes.')), 'SX504'), []);
  });

  it('another doubled word is still reported', () => {
    assert.strictEqual(only(doc('el-gr', unit('Ανοίξτε το αρχείο αρχείο.', 'Open the file.')), 'SX504').length, 1);
  });
});

describe('review 3: expected length (SX601)', () => {
  it('Hebrew spells out a unit, Tamil an abbreviation, French and Polish a term of a short segment', () => {
    assert.deepStrictEqual(only(doc('he-il', unit('הזמן הקצוב המוגדר כברירת מחדל הוא 100 אלפיות שנייה.', 'The default timeout is 100 ms.')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('ta-in', unit('மெய்நிகர் இயந்திரத்தை உருவாக்கவும்', 'Create a VM')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('fr-fr', unit('Effectuer la génération de modèles automatique pour le modèle Movie', 'Scaffold the Movie model')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('pl-pl', unit('W przypadku korzystania z usług IIS w kolektywie serwerów sieci Web:', 'When using IIS in a web farm:')), 'SX601'), []);
    assert.deepStrictEqual(only(doc('ru-ru', unit('включены страницы с понятными пользователям сообщениями об ошибках;', 'Friendly error pages enabled.')), 'SX601'), []);
  });

  it('a translation far too long or too short is still reported', () => {
    const long = 'Effectuer la génération de modèles automatique pour le modèle Movie et encore une fois la génération de modèles';
    assert.strictEqual(only(doc('fr-fr', unit(long, 'Scaffold the Movie model')), 'SX601').length, 1);
    assert.strictEqual(only(doc('he-il', unit('הזמן הקצוב המוגדר כברירת מחדל הוא 100 אלפיות שנייה, וזה הזמן הקצוב המוגדר כברירת מחדל גם לכל השרתים האחרים.', 'The default timeout is 100 ms.')), 'SX601').length, 1);
    assert.strictEqual(only(doc('ta-in', unit('மெய்நிகர்', 'Create a virtual machine for the test environment.')), 'SX601').length, 1);
    assert.strictEqual(only(doc('pl-pl', unit('Zobacz cli reference for nuget sign (Informacje dotyczące interfejsu wiersza polecenia dla znaku nuget).', 'See CLI reference for nuget sign.')), 'SX601').length, 1);
  });
});

describe('review 3: the Windows logo key (SX405)', () => {
  it('is named in the language, and only `Windows+R` is written as a combination', () => {
    assert.deepStrictEqual(only(doc('es-mx', unit('Usa la tecla del logotipo de Windows+R.', 'Use Windows logo key+R.')), 'SX405'), []);
    assert.deepStrictEqual(only(doc('fr-fr', unit('Appuyez sur la touche de logo Windows+Maj+S.', 'Press Windows logo key+Shift+S.')), 'SX405'), []);
  });

  it('another key is still reported', () => {
    assert.strictEqual(only(doc('es-mx', unit('Usa la tecla del logotipo de Windows+E.', 'Use Windows logo key+R.')), 'SX405').length, 1);
    assert.strictEqual(only(doc('es-mx', unit('Usa Ctrl+R.', 'Use Windows logo key+R.')), 'SX405').length, 1);
  });
});

describe('review 3: whitespace that is stray in the English (SX501)', () => {
  it('a clean translation is not reported and not changed by fix all', () => {
    const text = doc('he-il',
      unit('ערוך את הקובץ.', '\u00a0Edit the file.'),
      `[${unit('Eingeben von Kriterien in Filtern', 'Entering Criteria in Filters ').trim()}](ui-enter-criteria-filters.md)\n`,
      unit('Nie wszystkie wersje systemu Windows obsługują dostawcę CSP.', '\u00a0 Not all editions of Windows support the CSP.'));
    assert.deepStrictEqual(only(text, 'SX501'), []);
    assert.strictEqual(fixAll(text), text);
  });

  it('a sentence space the translation lacks before the next unit is still reported, and copied only when it is a plain space', () => {
    const next = unit('Zweiter Satz.', 'Second sentence.');
    const plain = doc('de-de', unit('Das ist der erste Satz.', 'This is the first sentence. ').trimEnd() + next);
    assert.strictEqual(only(plain, 'SX501').length, 1);
    assert.ok(fixAll(plain).includes('>Das ist der erste Satz. <'));
    const noBreak = doc('de-de', unit('Das ist der erste Satz.', 'This is the first sentence.\u00a0').trimEnd() + next);
    assert.strictEqual(only(noBreak, 'SX501').length, 1);
    assert.strictEqual(fixAll(noBreak), noBreak);
  });

  it('whitespace the translation adds beside a visible character is still reported and removed; a no-break space is never copied', () => {
    const added = doc('de-de', '(' + unit('  Datei bearbeiten.', 'Edit the file.'));
    assert.strictEqual(only(added, 'SX501').length, 1);
    assert.ok(fixAll(added).includes('>Datei bearbeiten.<'));
    const before = doc('de-de', unit('Datei bearbeiten. ', 'Edit the file.').trimEnd() + ').\n');
    assert.strictEqual(only(before, 'SX501').length, 1);
    const other = doc('de-de', '(' + unit(' Datei bearbeiten.', '\u00a0Edit the file.'));
    assert.strictEqual(only(other, 'SX501').length, 1);
    assert.strictEqual(fixAll(other), other);
  });
});

describe('review 4: whitespace that never shows (SX501)', () => {
  it('is not reported: HTML collapses it at a line\'s start and end and beside other white space or a tag', () => {
    const text = doc('fr-fr',
      // Added at the end, then the line ends or a space follows.
      unit('Modifiez le fichier. ', 'Edit the file.'),
      unit('Enregistrez-le. ', 'Save it.').trimEnd() + ' ' + unit('Fermez-le.', 'Close it.'),
      // Added at the start of a line, and after a tag.
      unit(' Ouvrez le dossier.', 'Open the folder.'),
      '# <a name="x"></a>' + unit(' Titre', 'Title'),
      // Lacking at the end of a line.
      unit('Dernière phrase.', 'Last sentence. '));
    assert.deepStrictEqual(only(text, 'SX501'), []);
    assert.strictEqual(fixAll(text), text);
  });
});
