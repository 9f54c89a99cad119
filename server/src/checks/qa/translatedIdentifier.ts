/**
 * SX406's search for names that machine translation translated in part: a PowerShell cmdlet whose verb was translated
 * (`Obtener-AzVM` for `Get-AzVM`), a command-line option or parameter whose words were translated (`--sin-restaurar`
 * for `--no-restore`, `-Nombre` for `-Name`), and a code name whose humps were translated in part (`ObtenerAsync` for
 * `GetAsync`, `MaxConexiones` for `MaxConnections`).
 *
 * Each is reported only on evidence that the translation's form stands where the English name should: the English
 * name is absent from the whole translation, code spans included, and the translation writes, in its prose, a form of
 * the same shape that the English does not have. A translator who localizes a UI feature's name
 * (`AutoKorrektur` for `AutoCorrect`) is not reported: a partly translated name counts only when the English calls it
 * code (`the GetAsync method`, `GetAsync()`).
 */
import type { CheckContext } from '../types';
import type { UnitPair } from './pair';
import { overlapsProtected, plainText } from './plainText';

/** A place in the translation (offsets in the translation half) where a name of the English stands translated. */
export interface Translated {
  readonly start: number;
  readonly end: number;
  readonly found: string;
}

/**
 * PowerShell's approved verbs (the list `Get-Verb` prints). A cmdlet is named verb-noun with one of them, so a verb
 * outside the list before a cmdlet's noun is a translation of it.
 */
const VERBS = new Set(('add approve assert backup block build checkpoint clear close compare complete compress confirm '
  + 'connect convert convertfrom convertto copy debug deny deploy disable disconnect dismount edit enable enter exit '
  + 'expand export find format get grant group hide import initialize install invoke join limit lock measure merge '
  + 'mount move new open optimize out ping pop protect publish push read receive redo register remove rename repair '
  + 'request reset resize resolve restart restore resume revoke save search select send set show skip split start '
  + 'step stop submit suspend switch sync test trace unblock undo uninstall unlock unprotect unpublish unregister '
  + 'update use wait watch write').split(' '));

/** A cmdlet name of the English prose: an approved verb, a hyphen, and a noun with a capital (`Get-AzVM`). */
const CMDLET = /(?<![\p{L}\p{N}_-])([A-Z][a-z]+(?:[A-Z][a-z]+)?)-([A-Z][A-Za-z0-9]*[A-Za-z0-9])(?![\p{L}\p{N}_-])/gu;

/** English particles and short words that follow a verb in a hyphenated compound (`Pop-Up`, `Read-Only`). */
const PARTICLES = /^(?:[A-Za-z]{1,2}|Only|Back|Out|Off|Over|Down|Away|Through|Ahead|Along|Around|About)$/;

/**
 * A command-line option: `--` and words joined by hyphens (`--no-restore`), or one hyphen and a word of three letters
 * or more (`-Name`, `-ResourceGroupName`, a PowerShell parameter). Not after a letter, digit or hyphen
 * (`non-Windows`, `e-mail`), and not before a digit (`-1`).
 */
const OPTION = /(?<![\p{L}\p{N}_\-\u2010-\u2015])(--?)(\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)/gu;

/** Words the English uses to say that the name beside it is code. */
const CODE_WORDS = /^(?:methods?|propert(?:y|ies)|class(?:es)?|interfaces?|enum(?:s|erations?)?|structs?|structures?|constructors?|delegates?|fields?|events?|attributes?|parameters?|arguments?|functions?|variables?|namespaces?|exceptions?|types?|cmdlets?)$/i;

/**
 * The humps of a name, in any script: a run of capitals not followed by a small letter, or a letter and the small
 * letters after it (`GetAsync` → Get, Async; `IHttpКлиентФабрика` → I, Http, Клиент, Фабрика), or digits.
 */
function humps(name: string): string[] {
  return name.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu) ?? [];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * True when the English calls the name code: a code word just before or after it (`the GetAsync method`, `property
 * MaxConnections`), or a call (`GetAsync()`).
 */
export function namedAsCode(english: string, name: string): boolean {
  for (let at = english.indexOf(name); at >= 0; at = english.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}_]/u.test(english[at - 1] ?? '') || /[\p{L}\p{N}_]/u.test(english[end] ?? '')) continue;
    if (english[end] === '(') return true;
    const after = /^[ \u00a0]+(\p{L}+)/u.exec(english.slice(end, end + 20));
    if (after !== null && CODE_WORDS.test(after[1])) return true;
    const before = /(\p{L}+)[ \u00a0]+$/u.exec(english.slice(Math.max(0, at - 20), at));
    if (before !== null && CODE_WORDS.test(before[1])) return true;
  }
  return false;
}

/**
 * Where the translation writes a code name of the English with some of its humps translated: a name of the
 * translation's prose with an inner capital, absent from the English, that keeps at least one of the English name's
 * humps and changes at least one (`ObtenerAsync`, `MaxConexiones`, `IHttpКлиентФабрика`). When only the last hump
 * changes, and only in its last two letters (`SharePoincie`, `OneDrivie`: an inflection), the name is there, inflected.
 */
export function partlyTranslatedName(pair: UnitPair, name: string): Translated | 'inflected' | undefined {
  const wanted = humps(name);
  if (wanted.length < 2 || !/^[A-Za-z0-9]+$/.test(name)) return undefined;
  const wantedSet = new Set(wanted);
  const text = pair.t.text;
  const english = pair.s.text;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.-])\p{L}[\p{L}\p{N}]*(?![\p{L}\p{N}_])/gu)) {
    const found = m[0];
    if (!/\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(found) || english.includes(found)) continue;
    const start = m.index;
    const end = start + found.length;
    if (overlapsProtected(pair.t, start, end)) continue;
    const got = humps(found);
    const keptHumps = got.filter(h => wantedSet.has(h)).length;
    if (keptHumps === 0 || keptHumps === got.length) continue;
    if (got.length === wanted.length && got.slice(0, -1).every((h, i) => h === wanted[i])) {
      const last = wanted[wanted.length - 1].toLowerCase();
      const inflected = got[got.length - 1].toLowerCase();
      const same = commonPrefix(last, inflected);
      if (same >= 3 && same >= last.length - 2) return 'inflected';
    }
    // The kept humps must include the English name's first or last (`Max…`, `…Async`): a name that shares only a
    // hump in the middle is another name.
    const first = got[0] === wanted[0];
    const lastKept = got[got.length - 1] === wanted[wanted.length - 1];
    if (!first && !lastKept) continue;
    return { start, end, found };
  }
  return undefined;
}

function report(ctx: CheckContext, pair: UnitPair, englishName: string, t: Translated): void {
  const range = { start: pair.tStart + t.start, end: pair.tStart + t.end };
  ctx.report({
    range, unit: pair.unit.index,
    message: `\`${englishName}\` is translated: \`${t.found}\`.`,
    // A suggestion: the translated form is wrong, but a person checks that this is the name it stands for.
    fixes: [{ title: `Write \`${englishName}\` as in the English`, preferred: false, edits: [{ range, newText: englishName }] }],
  });
}

/**
 * Reports cmdlets whose verb the translation translated, and options whose words it translated. A cmdlet is paired
 * by its noun; options are paired in order, only when the English lacks as many of its options in the translation
 * as the translation has options of the same kind that the English lacks. Returns the English names reported, whose
 * parts are then not reported again as missing.
 */
export function reportTranslatedCommands(ctx: CheckContext, pair: UnitPair): readonly string[] {
  const english = plainText(pair.s);
  const lowerEnglish = pair.s.text.toLowerCase();
  const lowerText = pair.t.text.toLowerCase();
  const text = pair.t.text;
  const reported = new Set<number>();
  const names: string[] = [];

  for (const m of english.matchAll(CMDLET)) {
    const [cmdlet, verb, noun] = m;
    // English compounds such as `Read-Only` and `Add-In` have an approved verb too, before a particle.
    if (!VERBS.has(verb.toLowerCase()) || PARTICLES.test(noun) || lowerText.includes(cmdlet.toLowerCase())) continue;
    const translated = new RegExp(`(?<![\\p{L}\\p{N}_-])(\\p{L}+)-${noun}(?![\\p{L}\\p{N}_-])`, 'gu');
    for (const d of text.matchAll(translated)) {
      if (VERBS.has(d[1].toLowerCase()) || d[1].toLowerCase() === verb.toLowerCase()) continue;
      const start = d.index;
      if (overlapsProtected(pair.t, start, start + d[0].length) || reported.has(start)) continue;
      reported.add(start);
      names.push(cmdlet);
      report(ctx, pair, cmdlet, { start, end: start + d[0].length, found: d[0] });
    }
  }

  for (const kind of ['--', '-']) {
    const missing: string[] = [];
    for (const m of english.matchAll(OPTION)) {
      if (m[1] !== kind) continue;
      // A PowerShell parameter has a capital (`-Name`); a single hyphen before a small word is prose or a range.
      if (kind === '-' && !/^[A-Z][A-Za-z]{2,}$/.test(m[2])) continue;
      if (!/^[A-Za-z0-9-]+$/.test(m[2]) || lowerText.includes(m[0].toLowerCase()) || missing.includes(m[0])) continue;
      missing.push(m[0]);
    }
    if (missing.length === 0) continue;
    const extra: Translated[] = [];
    for (const m of text.matchAll(OPTION)) {
      if (m[1] !== kind || (kind === '-' && m[2].length < 3)) continue;
      const start = m.index;
      const end = start + m[0].length;
      // `-Nombre,` and `--sin-restaurar.` end at the word; a hyphen joining more words stays part of the option.
      if (lowerEnglish.includes(m[0].toLowerCase()) || overlapsProtected(pair.t, start, end)) continue;
      if (text[start - 1] !== undefined && !/[\s(["'«„“‘*]/u.test(text[start - 1])) continue;
      extra.push({ start, end, found: m[0] });
    }
    if (extra.length !== missing.length) continue;
    missing.forEach((option, i) => {
      if (reported.has(extra[i].start)) return;
      names.push(option);
      report(ctx, pair, option, extra[i]);
    });
  }
  return names;
}

/**
 * Command-line programs whose commands docs link to their reference (`[az group create](…)`, `[dotnet new](…)`), with
 * the commands their documentation lists (any for `az`, whose command groups are many); a link's text such as
 * `[dotnet bot encoded](…)` is not a command.
 */
const PROGRAMS: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ['az', undefined],
  ['dotnet', new Set(('add build build-server clean dev-certs format help list migrate msbuild new nuget pack publish remove '
    + 'restore run sdk sln store test tool vstest watch workload').split(' '))],
  ['nuget', new Set(('add client-certs config delete help init install list locals mirror pack push restore search setapikey '
    + 'sign sources spec trusted-signers update verify').split(' '))],
]);

/** Words after a command in a link's text that name it rather than belong to it (`[nuget sign command](…)`). */
const NAMING_WORDS = /(?: (?:command|commands|reference|cli))+$/;

/** The command of a link's text (`az group create`, `dotnet add package`), or undefined when it is not one. */
function commandOf(linkText: string): string[] | undefined {
  const words = linkText.replace(NAMING_WORDS, '').split(' ');
  if (words.length < 2 || !words.every(w => /^[a-z][a-z0-9-]*$/.test(w)) || !PROGRAMS.has(words[0])) return undefined;
  const commands = PROGRAMS.get(words[0]);
  return commands === undefined || commands.has(words[1]) ? words : undefined;
}

/** True when the text holds the words in order, each a whole word, in any case (`nuget の sign`, `NuGet Locals`). */
function holdsInOrder(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  if (!words.every(word => lower.includes(word))) return false;
  let from = 0;
  for (const word of words) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}_-])${word}(?![\\p{L}\\p{N}_-])`, 'u').exec(lower.slice(from));
    if (m === null) return false;
    from += m.index + word.length;
  }
  return true;
}

/** The link texts of a half by destination: `[text](destination…)`. */
function linkTexts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\[([^\][\n]+)\]\(([^()\s]+)/g)) if (!out.has(m[2])) out.set(m[2], m[1]);
  return out;
}

/**
 * Reports a command of a command-line program that the English writes as a link's text (`[az group create](…)`) and
 * the translation translated in the link to the same destination (`[az gruppo crea](…)`, `[kompilację dotnet](…)` for
 * `[dotnet build](…)`): the reader types it as it stands. The command's words must stand in the link's text, in order;
 * words between them (`nuget の sign`) and around them (`příkazu NuGet sources`) are the language's.
 */
export function reportTranslatedCommandLinks(ctx: CheckContext, pair: UnitPair): void {
  const english = linkTexts(pair.s.text);
  let translated: Map<string, string> | undefined;
  for (const [destination, linkText] of english) {
    const command = commandOf(linkText);
    if (command === undefined) continue;
    translated ??= linkTexts(pair.t.text);
    const found = translated.get(destination);
    if (found === undefined || holdsInOrder(found, command)) continue;
    const start = pair.t.text.indexOf(`[${found}](${destination}`) + 1;
    report(ctx, pair, command.join(' '), { start, end: start + found.length, found });
  }
}

/**
 * Transact-SQL statement and clause keywords as the language's reference writes them, in capitals. Key names that are
 * also keywords (`DELETE`, `INSERT`) are left out: a translation may name the key in its language (`ENTF`).
 */
const SQL_KEYWORDS = new Set(('ALTER AUTHORIZATION BACKUP BULK CHECKPOINT COMMIT CONFIGURATION CREATE CURSOR DATABASE DBCC '
  + 'DECLARE DENY DROP EXECUTE FETCH FUNCTION GRANT GROUP HAVING INDEX INTERSECT LOGIN MERGE OPENROWSET ORDER OUTPUT '
  + 'PERMISSION PROCEDURE RECONFIGURE RESTORE REVOKE ROLLBACK SCHEMA SCOPED SELECT SETTINGS TABLE TRANSACTION TRIGGER '
  + 'TRUNCATE UNION UPDATE VALUES VIEW WHERE').split(' '));

/** A word in capitals of any script, three letters or more. */
const CAPITALS = /(?<![\p{L}\p{N}_])\p{Lu}{3,}(?![\p{L}\p{N}_])/gu;

/**
 * Reports Transact-SQL keywords in capitals in the English prose (`the RECONFIGURE statement`, `ALTER DATABASE SCOPED
 * CONFIGURATION`) that the translation translated into capitals of its own (`REKONFIGURER`, `ÆNDRE INDSTILLINGER`): the
 * run of the English's keywords that the translation lacks is paired with the run of capitals it has that the English
 * has not, when there is exactly one of each.
 */
export function reportTranslatedKeywords(ctx: CheckContext, pair: UnitPair): void {
  const english = plainText(pair.s);
  const missing: string[] = [];
  for (const m of english.matchAll(/(?<![\p{L}\p{N}_])[A-Z]{3,}(?:[ _][A-Z]{3,})*(?![\p{L}\p{N}_])/gu)) {
    const words = m[0].split(/[ _]/);
    if (!words.some(w => SQL_KEYWORDS.has(w)) || pair.t.text.includes(m[0])) continue;
    missing.push(m[0]);
  }
  if (missing.length !== 1) return;
  const text = plainText(pair.t);
  const runs: Translated[] = [];
  let last: Translated | undefined;
  for (const m of text.matchAll(CAPITALS)) {
    if (pair.s.text.includes(m[0])) continue;
    const start = m.index;
    // Words of one run are joined by a space or an underscore.
    if (last !== undefined && /^[ _]$/.test(text.slice(last.end, start))) {
      last = { start: last.start, end: start + m[0].length, found: text.slice(last.start, start + m[0].length) };
      runs[runs.length - 1] = last;
      continue;
    }
    last = { start, end: start + m[0].length, found: m[0] };
    runs.push(last);
  }
  if (runs.length === 1) report(ctx, pair, missing[0], runs[0]);
}
