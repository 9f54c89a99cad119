/**
 * Locale detection (front matter, repository folder in the path, setting, unknown) and the conventions table's
 * lookup, and the locale reaching the checks through the run options, `lintText` and the language service.
 */
import * as assert from 'assert';
import { allConventions, conventionsFor, FALLBACK, localeFromPath, normalizeLocale, resolveLocale } from '../../../server/src/checks/locale';
import { runChecks } from '../../../server/src/checks/run';
import { qaChecks } from '../../../server/src/checks/qa';
import { createLanguageService, lintText } from '../../../server/src/languageService';
import { defaultSettings, toSettings } from '../../../server/src/languageFeatures/settings';
import { parseSxs } from '../../../server/src/sxs/parser';

const unit = (id: string, target: string, source: string) =>
  `<span data-ttu-id="abcde-${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="abcde-${id}">${source}</span></span>\n`;

/**
 * A doubled Russian word: reported plainly for ru, as possibly grammatical where a language may double words (Turkish,
 * or a locale not known). The fallback accepts what every language accepts, so a locale shows in how far it is
 * stricter.
 */
const russianBody = unit('101', 'Откройте файл файл.', 'Open the file.');
const withFrontMatter = (locale: string) => `---\ntitle: T\nms.contentlocale: ${locale}\n---\n${russianBody}`;
const doubledWordOnly = { checks: qaChecks.filter(c => c.id === 'SX504') };
const sx504 = { SX504: 'warning' as const };
/** The doubled-word findings that say the language may double words. */
const infos = (findings: readonly { code: string; message: string }[]) => findings.filter(f => f.code === 'SX504' && f.message.includes('grammatically'));

describe('locale detection', () => {
  it('normalizes locale tags', () => {
    assert.equal(normalizeLocale('de-de'), 'de-DE');
    assert.equal(normalizeLocale(' zh_tw '), 'zh-TW');
    assert.equal(normalizeLocale('zh-hant-tw'), 'zh-Hant-TW');
    assert.equal(normalizeLocale('PL'), 'pl');
    assert.equal(normalizeLocale(''), undefined);
    assert.equal(normalizeLocale('not a locale'), undefined);
  });

  it('reads the locale suffix of a repository folder in a path or URI', () => {
    assert.equal(localeFromPath('/home/me/docs.microsoft.com-nuget.de-de/docs/consume-packages/install.md'), 'de-DE');
    assert.equal(localeFromPath('C:\\src\\AspNetCore.Docs.pl-pl\\aspnetcore\\index.md'), 'pl-PL');
    assert.equal(localeFromPath('file:///work/azure-docs-pr.zh-tw/articles/a.md'), 'zh-TW');
    assert.equal(localeFromPath('file:///c%3A/repos/sql-docs.ja-JP/docs/a.md'), 'ja-JP');
    assert.equal(localeFromPath('/repos/OfficeDocs-SharePoint-pr.sv-se/x/y.md'), 'sv-SE');
    // The folder nearest the file wins.
    assert.equal(localeFromPath('/a/outer.fr-fr/inner.es-es/f.md'), 'es-ES');
  });

  it('finds no locale in a path without a localized folder', () => {
    assert.equal(localeFromPath('/home/me/docs/en/readme.md'), undefined);
    assert.equal(localeFromPath('/corpus/pl-pl/file.md'), undefined, 'a bare locale folder is not a repository suffix');
    assert.equal(localeFromPath('/docs/notes.de-de'), undefined, 'the file name itself is not a folder');
    assert.equal(localeFromPath('untitled:Untitled-1'), undefined);
    assert.equal(localeFromPath(undefined), undefined);
  });

  it('prefers the front matter, then the path, then the setting', () => {
    assert.equal(resolveLocale({ frontMatter: 'cs-CZ', path: '/r/x.de-de/a.md', setting: 'fr-FR' }), 'cs-CZ');
    assert.equal(resolveLocale({ path: '/r/x.de-de/a.md', setting: 'fr-FR' }), 'de-DE');
    assert.equal(resolveLocale({ path: '/r/a.md', setting: 'fr-FR' }), 'fr-FR');
    assert.equal(resolveLocale({ path: '/r/a.md', setting: '' }), undefined);
  });
});

describe('locale conventions table', () => {
  it('falls back by language subtag, then to the permissive default', () => {
    assert.equal(conventionsFor('de-AT').key, 'de');
    assert.equal(conventionsFor('zh-CN').key, 'zh');
    assert.equal(conventionsFor('zh-TW').key, 'zh-tw');
    assert.equal(conventionsFor('pt-BR').key, 'pt');
    assert.equal(conventionsFor('fi-FI').key, 'fi');
    assert.equal(conventionsFor('sw-KE'), FALLBACK);
    assert.equal(conventionsFor(undefined), FALLBACK);
  });

  it('covers the corpus locales and es, it, zh-CN, pt, nl', () => {
    for (const locale of ['pl-PL', 'cs-CZ', 'ja-JP', 'he-IL', 'ar-SA', 'tr-TR', 'de-DE', 'fr-FR', 'ru-RU', 'ko-KR', 'zh-TW', 'sv-SE', 'es-ES', 'it-IT', 'zh-CN', 'pt-BR', 'nl-NL']) {
      assert.notEqual(conventionsFor(locale), FALLBACK, locale);
    }
  });

  it('has the conventions of fi, el, th, hi, vi, id, ms and the CJK bracket labels', () => {
    assert.deepStrictEqual(conventionsFor('fi-FI').keys.shift, ['vaihto', 'vaihtonäppäin']);
    assert.ok(conventionsFor('el-GR').endPunctuation.some(([en, t]) => en === 'question' && t === 'semicolon'));
    assert.ok(conventionsFor('th-TH').endPunctuation.some(([en, t]) => en === 'period' && t === 'none'));
    for (const locale of ['hi-IN', 'vi-VN', 'id-ID', 'ms-MY', 'tr-TR']) assert.ok(conventionsFor(locale).doubledWords.reduplication, locale);
    assert.ok(!conventionsFor('pl-PL').doubledWords.reduplication);
    assert.ok(conventionsFor('de-DE').tripledLetters && !conventionsFor('pl-PL').tripledLetters);
    for (const locale of ['ja-JP', 'zh-CN', 'zh-TW', 'ko-KR']) assert.ok(conventionsFor(locale).uiLabels.length > 0, locale);
    // Every language: square brackets and its double quotation marks; never a single mark, which is also an apostrophe.
    assert.deepStrictEqual(conventionsFor('fr-FR').uiLabels, [['[', ']'], ['«', '»'], ['"', '"'], ['“', '”']]);
    assert.ok(!conventionsFor('ja-JP').uiLabels.some(([open]) => open === '‘'));
    assert.ok(conventionsFor('ja-JP').uiLabels.some(([open]) => open === '「'));
    for (const c of allConventions()) assert.ok(!c.uiLabels.some(pair => pair.some(mark => '‘’‚‹›\'״'.includes(mark))), c.key);
  });

  it('gives the fallback what every language accepts', () => {
    assert.ok(FALLBACK.doubledWords.reduplication && FALLBACK.tripledLetters && FALLBACK.uiLabels.length > 0);
    // The Greek question mark is an allowed change in Greek only: `;` keeps its class for every other language.
    assert.ok(!FALLBACK.endPunctuation.some(([en, t]) => en === 'question' && t === 'semicolon'));
    for (const c of allConventions()) {
      for (const word of c.doubledWords.grammatical) assert.ok(FALLBACK.doubledWords.grammatical.includes(word), word);
      for (const [key, names] of Object.entries(c.keys)) for (const name of names) assert.ok(FALLBACK.keys[key]?.includes(name), name);
      assert.ok(c.length.expansion > 0.3 && c.length.expansion < 2, c.key);
    }
  });
});

describe('the locale reaches the checks', () => {
  it('from the front matter', () => {
    assert.equal(infos(runChecks(parseSxs(withFrontMatter('ru-RU')), sx504, doubledWordOnly)).length, 0);
    assert.equal(infos(runChecks(parseSxs(withFrontMatter('tr-TR')), sx504, doubledWordOnly)).length, 1);
  });

  it('from the run options when the front matter has none, never over the front matter', () => {
    const bare = parseSxs(russianBody);
    assert.equal(infos(runChecks(bare, sx504, doubledWordOnly)).length, 1, 'unknown locale: the doubling may be grammatical');
    assert.equal(infos(runChecks(bare, sx504, { ...doubledWordOnly, locale: 'ru-RU' })).length, 0);
    assert.equal(infos(runChecks(parseSxs(withFrontMatter('tr-TR')), sx504, { ...doubledWordOnly, locale: 'ru-RU' })).length, 1);
  });

  it('from the file path in lintText', () => {
    assert.equal(infos(lintText(russianBody, sx504).findings).length, 1);
    assert.equal(infos(lintText(russianBody, sx504, { path: '/repos/docs.ru-ru/a.md' }).findings).length, 0);
    assert.equal(infos(lintText(russianBody, sx504, { locale: 'ru-RU' }).findings).length, 0);
  });

  it('from the document URI and the sxs.locale setting in the language service', () => {
    const service = createLanguageService();
    const doc = (uri: string, version = 1) => ({ uri, version, getText: () => russianBody });
    const settings = toSettings({ checks: sx504 });
    const count = (uri: string, s = settings, version = 1) => infos(service.getFindings(doc(uri, version), s)).length;
    assert.equal(count('file:///repos/docs.ru-ru/a.md'), 0);
    assert.equal(count('file:///repos/plain/a.md'), 1);
    assert.equal(count('file:///repos/plain/a.md', toSettings({ checks: sx504, locale: 'ru-RU' })), 0);
    assert.equal(count('file:///repos/plain/a.md', toSettings({ checks: sx504, locale: '' }), 2), 1, 'the setting cleared, the checks run afresh');
    assert.equal(toSettings({}).locale, defaultSettings.locale);
    assert.equal(toSettings({ locale: 42 }).locale, '');
  });
});
