/**
 * The QA checks over the real corpus: the damage documented in sxs-format §9.8 is flagged, default-on checks stay
 * quiet on most units, and the findings table in docs/checks-corpus.md is what the checks produce today.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { corpusFiles, readCorpusFile } from '../model/corpusData';
import { repoRoot } from '../../helpers/files';
import { loudWarnings, renderTables, tallyCorpus, withTables, type CorpusTally } from '../../helpers/checksCorpus';
import { HANG_MS } from '../../helpers/deadlines';

let tally: CorpusTally | undefined;

function corpusTally(): CorpusTally {
  tally ??= tallyCorpus(corpusFiles().map(name => ({ name, text: readCorpusFile(name) })),
    (check, error, file) => assert.fail(`${check.id} threw on ${file}: ${String(error)}`));
  return tally;
}

const docPath = path.join(repoRoot, 'docs', 'checks-corpus.md');

/** Real damage from sxs-format §9.8 (and §9.7): file, unit, the check that must flag it. */
const DAMAGE: [string, string, string][] = [
  ['pl-pl/alchemyinsights/AlchemyInsights/migrate-sharepoint-online-migration-manager.md', '129db-107', 'SX304'],
  ['pl-pl/alchemyinsights/AlchemyInsights/power-bi-license-management.md', 'b89b8-111', 'SX313'],
  ['pl-pl/aspnetcore/aspnetcore/signalr/publish-to-azure-web-app.md', 'f5293-145', 'SX304'],
  ['pl-pl/alchemyinsights/AlchemyInsights/manage-guest-access-in-microsoft-365.md', 'e6b94-106', 'SX304'],
  ['pl-pl/alchemyinsights/AlchemyInsights/manage-guest-access-in-microsoft-365.md', 'e6b94-106', 'SX313'],
  ['pl-pl/aspnetcore-2018/blob/live/aspnet/web-pages/overview/ui-layouts-and-themes/9-working-with-images.md', '6276d-237', 'SX306'],
  ['cs-cz/nuget/docs/consume-packages/Team-Foundation-Build.md', 'be9ab-156', 'SX301'],
  ['pl-pl/aspnetcore/aspnetcore/security/authentication/identity-configuration.md', '61c46-149', 'SX301'],
  ['pl-pl/alchemyinsights/AlchemyInsights/restore-deleted-mailbox.md', 'c4927-104', 'SX307'],
  ['pl-pl/alchemyinsights/AlchemyInsights/restore-deleted-mailbox.md', 'c4927-104', 'SX404'],
  ['pl-pl/aspnetcore-2018/aspnetcore/tutorials/razor-pages/da1.md', '', 'SX402'],
  ['pl-pl/aspnetcore-2018/blob/live/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/understanding-the-build-process.md', 'b17d6-112', 'SX313'],
  ['pl-pl/aspnetcore-2018/blob/live/aspnet/visual-studio/overview/2012/windows-azure-authentication.md', '256a2-168', 'SX311'],
  ['pl-pl/nuget/docs/release-notes/NuGet-2.5.md', 'dfa48-219', 'SX313'],
  ['cs-cz/nuget/docs/release-notes/NuGet-2.5.md', 'd5594-219', 'SX313'],
  ['ja-jp/nuget/docs/release-notes/NuGet-2.5.md', '671e9-219', 'SX313'],
  // The comma of 8000033 (pl) and the period of 8000052 were the English's own text left outside its half: not damage.
  ['ar-sa/alchemyinsights-2019-06/sharepoint-online-search-index.md', '90975-112', 'SX202'],
];

describe('QA checks over the real corpus', function () {
  this.timeout(HANG_MS);

  it('reads all units', () => {
    assert.ok(corpusTally().units > 42000);
  });

  for (const [file, unit, code] of DAMAGE) {
    it(`flags ${code} in ${path.basename(file)} ${unit || '(some unit)'}`, () => {
      const t = corpusTally();
      const hit = [...t.byUnit].some(([key, codes]) => codes.has(code) && (unit ? key === `${file}#${unit}` : key.startsWith(file + '#')));
      assert.ok(hit, `${code} not reported for ${file} ${unit}`);
    });
  }

  it('default-on warnings above 2 % of one locale\'s units are justified in docs/checks-corpus.md', () => {
    const text = readFileSync(docPath, 'utf8');
    const unjustified = loudWarnings(corpusTally())
      .filter(loud => !new RegExp(`^\\* \\*\\*${loud.code} in ${loud.locale}\\*\\*`, 'm').test(text))
      .map(loud => `${loud.code} in ${loud.locale}`);
    assert.deepStrictEqual(unjustified, [], 'each needs a "* **SXnnn in locale**: reason" line in docs/checks-corpus.md');
  });

  it('docs/checks-corpus.md has the tables the checks produce (npm run checks-corpus regenerates them)', () => {
    const text = readFileSync(docPath, 'utf8');
    assert.strictEqual(text, withTables(text, renderTables(corpusTally(), corpusFiles().length)));
  });
});
