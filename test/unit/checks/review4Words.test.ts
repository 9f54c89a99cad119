/**
 * Regressions from the fourth reviews (doubled words, untranslated units, empty English halves, the English's own
 * broken markup): each correct unit is the minimal one that gave a false finding or a fix that changed correct text;
 * each damaged unit is a change the same check must still report.
 */
import * as assert from 'assert';
import type { ChecksConfig, RunFinding } from '../../../server/src/checks/run';
import { allChecks } from '../../../server/src/checks/registry';
import { lintText } from '../../../server/src/languageService';

/** Every check on, each with the severity its finding gives (a configured severity would override an info). */
const everyCheck: ChecksConfig = Object.fromEntries(allChecks.map(check => [check.id, {}]));

let nextId = 101;
function unit(target: string, source: string): string {
  const id = nextId++;
  return `<span data-ttu-id="ab12c-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="ab12c-${id}">${source}</span></span>\n`;
}

function doc(locale: string, ...units: string[]): string {
  return `---\ntitle: t\nms.contentlocale: ${locale}\n---\n\n${units.join('\n')}`;
}

function only(text: string, code: string): RunFinding[] {
  return lintText(text, everyCheck).findings.filter(f => f.code === code);
}

describe('review 4: SX504 doubled words', () => {
  it('a genitive after a noun of the same form is an info with no fix (Polish, Czech)', () => {
    for (const [locale, target, source] of [
      ['pl-pl', 'Wybierz pulę aplikacji aplikacji.', "Select the app's Application Pool."],
      ['cs-cz', 'Konfigurace použitá pro sestavení sestavení, výchozí nastavení pro ladění.', 'Configuration used to build the assembly, defaulting to Debug.'],
    ]) {
      const found = only(doc(locale, unit(target, source)), 'SX504');
      assert.strictEqual(found.length, 1, target);
      assert.strictEqual(found[0].severity, 'info', target);
      assert.deepStrictEqual(found[0].fixes ?? [], [], target);
    }
  });

  it('a Swedish stranded preposition and Turkish reduplication are infos with no fix', () => {
    const sv = only(doc('sv-se', unit('Kontakta ägare till paketet som du har tvisten med med hjälp av länken.', 'Contact the owners of the package you have the dispute with using the link.')), 'SX504');
    const tr = only(doc('tr-tr', unit('Sistem, tek tek kullanıcıları ve grupları destekler.', 'The system supports individual users and groups.')), 'SX504');
    for (const found of [sv, tr]) {
      assert.strictEqual(found.length, 1);
      assert.strictEqual(found[0].severity, 'info');
      assert.deepStrictEqual(found[0].fixes ?? [], []);
    }
  });

  it('prepositions and conjunctions of a case language, and a Latin word in Cyrillic text, stay warnings', () => {
    for (const [locale, target, source] of [
      ['pl-pl', 'Odśwież przeglądarkę bezpośrednio w w środowisku Visual Studio.', 'Refresh the browser right from within the Visual Studio environment.'],
      ['cs-cz', 'Použijte token jako `$owners$` v `.nuspec` a a zadejte hodnoty.', 'Use a token such as `$owners$` in the `.nuspec` and provide the values.'],
      ['ru-ru', 'Отправка требования к входу MFA в OpenID Connect Connect Server', 'Send MFA sign-in requirement to OpenID Connect server'],
    ]) {
      const found = only(doc(locale, unit(target, source)), 'SX504');
      assert.strictEqual(found.length, 1, target);
      assert.strictEqual(found[0].severity, 'warning', target);
      assert.strictEqual(found[0].fixes?.length, 1, target);
    }
  });

  it('a run of repeats is one warning, also where two would be an info', () => {
    const found = only(doc('pl-pl', unit('Pole wyboru wyboru wyboru wyboru projektów nie jest odczytywane.', 'Checkbox for selecting projects is not read.')), 'SX504');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.match(found[0].message, /4 times/);
  });

  it('an Excel function name in capitals before the word it spells is not a doubling', () => {
    for (const [locale, target] of [
      ['es-es', 'La función SUMA suma valores.'], ['it-it', 'La funzione SOMMA somma i valori.'], ['pt-pt', 'A função SOMA soma valores.'],
      ['fr-fr', 'Utiliser ET et OU pour tester une combinaison de conditions'], ['es-es', 'Usar las funciones Y y O para probar condiciones'],
      ['ca-es', 'Utilitzar les funcions I i O per provar una combinació de condicions'],
    ]) {
      assert.deepStrictEqual(only(doc(locale, unit(target, 'The SUM function adds values, and AND and OR test conditions.')), 'SX504'), [], target);
    }
  });

  it('a sentence-start capital is still the same word, and a stutter is still reported', () => {
    assert.strictEqual(only(doc('de-de', unit('Und und dann wählen Sie die Datei aus.', 'And then select the file.')), 'SX504').length, 1);
    assert.strictEqual(only(doc('de-de', unit('Sie müssen am Ende **/analyze** hinzufügen hinzufügen.', 'You must add **/analyze** at the end.')), 'SX504').length, 1);
  });

  it('words inside TeX math are not prose', () => {
    const text = doc('ko-kr',
      unit('이제 $ = 생성을 통해 o o ^ ^ ^ \\dagger $ 이 (가) 이전 문제를 해결 했습니다.', 'Now $O = O^\\dagger$ by construction, thus we have resolved both of the earlier problems.'),
      unit('$ $ M m ^ 인 경우 행렬 m은 Hermitian 라고 $ = \\dagger $ 합니다.', 'A matrix $M$ is said to be Hermitian if $M=M^\\dagger$.'));
    assert.deepStrictEqual(only(text, 'SX504'), []);
  });
});

describe('review 4: SX203 what the product shows in English', () => {
  it('bold UI labels kept where the document keeps the English labels (the product is not localized)', () => {
    const text = doc('da-dk',
      unit('På siden **Virtual machines** skal du vælge **Create new** ressourcegruppe.', 'On the **Virtual machines** page, choose to **Create new** resource group.'),
      unit('**Virtual machine name**', '**Virtual machine name**'),
      unit('**Availability options**', '**Availability options**'),
      unit('Når udrulningen er fuldført, vises meddelelsen **Your deployment is complete**.', 'When the deployment finishes, the message **Your deployment is complete** appears.'),
      unit('Deployment succeeded', 'Deployment succeeded'));
    assert.deepStrictEqual(only(text, 'SX203'), []);
  });

  it('a label left in English where the document translates its labels is still reported', () => {
    const text = doc('de-de',
      unit('Wählen Sie auf der Seite **Virtuelle Computer** die Option **Neu erstellen** aus.', 'On the **Virtual machines** page, select **Create new**.'),
      unit('**Virtual machine name**', '**Virtual machine name**'));
    assert.strictEqual(only(text, 'SX203').length, 1);
  });

  it('a message a lead-in announces, and a product name with its audience', () => {
    const text = doc('da-dk',
      unit('Hvis installationen mislykkes, vises følgende fejlmeddelelse:', 'If the installation fails, the following error message appears:'),
      unit("The subscription is not registered to use namespace 'Microsoft.Compute'.", "The subscription is not registered to use namespace 'Microsoft.Compute'."),
      unit('Microsoft 365 Apps for enterprise', 'Microsoft 365 Apps for enterprise'));
    assert.deepStrictEqual(only(text, 'SX203'), []);
  });

  it('a prose sentence left in English is still reported', () => {
    const text = doc('pl-pl',
      unit('Poniższe licencje są dostarczane.', 'The following licenses are provided.'),
      unit('Such licenses and notices are provided for informational purposes only.', 'Such licenses and notices are provided for informational purposes only.'));
    assert.strictEqual(only(text, 'SX203').length, 1);
  });
});

describe('review 4: SX202 punctuation left outside the English half', () => {
  it('a translation of punctuation only is not reported; one with words is', () => {
    for (const target of [',', '.', '/ \\ |']) assert.deepStrictEqual(only(doc('pl-pl', unit(target, '')), 'SX202'), [], target);
    assert.strictEqual(only(doc('pl-pl', unit('Ważne: usuń plik.', '')), 'SX202').length, 1);
  });
});

describe('review 4: SX313, SX307, SX308 the English\'s own broken markup', () => {
  it('a lone escaped backtick of the English need not be copied; a pair must', () => {
    assert.deepStrictEqual(only(doc('fr-fr', unit('Le tableau suivant détaille les paramètres des générateurs de code :', 'The following table details the code generators\\` parameters:')), 'SX313'), []);
    assert.deepStrictEqual(only(doc('cs-cz', unit('[IVsPackageInstaller2](#ivspackageinstaller2-interface) Obsahuje metodu.', '[\\`IVsPackageInstaller2](#ivspackageinstaller2-interface) Contains method.')), 'SX313'), []);
    assert.strictEqual(only(doc('pl-pl', unit('\\`Folder lib nie jest używany.', 'The \\`lib\\` folder is not used.')), 'SX313').length, 1);
  });

  it('a bold whose closing marker the English escaped, repaired by the translation', () => {
    const text = doc('he-il', unit('בחר אם ברצונך להשתמש במחברי **ו-** או **או** כדי לשלב.', 'Choose if you want to use **and** or\\*\\* connectors to combine.'));
    assert.deepStrictEqual(only(text, 'SX313'), []);
    assert.deepStrictEqual(only(text, 'SX307'), []);
    // Escaped markers in pairs are meant to show: bolding them is damage.
    const paired = doc('pl-pl', unit('Użyj **tekst** dla pogrubienia.', 'Use \\*\\*text\\*\\* for bold.'));
    assert.strictEqual(only(paired, 'SX307').length, 1);
    assert.strictEqual(only(paired, 'SX313').length, 1);
  });

  it('the two markers of one broken bold are one SX308 finding', () => {
    const found = only(doc('fr-fr', unit('**`RowCreated`**se déclenche après la `GridViewRow` a été créé.', '**`RowCreated`** fires after the `GridViewRow` has been created')), 'SX308');
    assert.strictEqual(found.length, 1);
  });
});
