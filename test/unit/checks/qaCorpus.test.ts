/**
 * The QA checks over the real corpus: the damage documented in sxs-format §9.8 is flagged, default-on checks stay
 * quiet on most units, and the findings table in docs/checks-corpus.md is what the checks produce today.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseSxs } from '../../../server/src/sxs/parser';
import { runChecks } from '../../../server/src/checks/run';
import { qaChecks } from '../../../server/src/checks/qa';
import { corpusFiles, readCorpusFile } from '../model/corpusData';
import { repoRoot } from '../../helpers/files';
import { allOn } from './qaFixtures.test';

interface Tally {
  units: number;
  findings: Map<string, number>;
  unitsFlagged: Map<string, number>;
  /** `file#unitId` → codes. */
  byUnit: Map<string, Set<string>>;
}

let tally: Tally | undefined;

function corpusTally(): Tally {
  if (tally) return tally;
  const t: Tally = { units: 0, findings: new Map(), unitsFlagged: new Map(), byUnit: new Map() };
  for (const file of corpusFiles()) {
    const doc = parseSxs(readCorpusFile(file));
    t.units += doc.units.length;
    const seen = new Set<string>();
    for (const f of runChecks(doc, allOn, { checks: qaChecks, onCheckError: (c, e) => assert.fail(`${c.id} threw on ${file}: ${String(e)}`) })) {
      t.findings.set(f.code, (t.findings.get(f.code) ?? 0) + 1);
      const key = `${file}#${f.unit === undefined ? '' : doc.units[f.unit].id}`;
      if (!t.byUnit.has(key)) t.byUnit.set(key, new Set());
      t.byUnit.get(key)!.add(f.code);
      if (f.unit !== undefined && !seen.has(f.code + key)) {
        seen.add(f.code + key);
        t.unitsFlagged.set(f.code, (t.unitsFlagged.get(f.code) ?? 0) + 1);
      }
    }
  }
  tally = t;
  return t;
}

/** The table rows of docs/checks-corpus.md: `| SX301 | alias | findings | units |`. */
function documentedTable(): Map<string, [number, number]> {
  const text = readFileSync(path.join(repoRoot, 'docs', 'checks-corpus.md'), 'utf8');
  const rows = new Map<string, [number, number]>();
  for (const m of text.matchAll(/^\|\s*(SX\d{3})\s*\|[^|]*\|[^|]*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/gm)) rows.set(m[1], [Number(m[2]), Number(m[3])]);
  return rows;
}

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
  ['pl-pl/alchemyinsights-2019/AlchemyInsights/8000033-how-to-reply-to-or-forward-messages-in-the-outlook-com-beta.md', '', 'SX202'],
];

describe('QA checks over the real corpus', function () {
  this.timeout(120000);

  it('reads all units', () => {
    assert.ok(corpusTally().units > 23000);
  });

  for (const [file, unit, code] of DAMAGE) {
    it(`flags ${code} in ${path.basename(file)} ${unit || '(some unit)'}`, () => {
      const t = corpusTally();
      const hit = [...t.byUnit].some(([key, codes]) => codes.has(code) && (unit ? key === `${file}#${unit}` : key.startsWith(file + '#')));
      assert.ok(hit, `${code} not reported for ${file} ${unit}`);
    });
  }

  it('default-on checks flag at most 2 % of units, except those justified in docs/checks-corpus.md', () => {
    const t = corpusTally();
    const justified = new Set<string>();
    const loud = qaChecks.filter(c => !c.defaultOff && !justified.has(c.id) && (t.unitsFlagged.get(c.id) ?? 0) > t.units * 0.02).map(c => c.id);
    assert.deepStrictEqual(loud, []);
  });

  it('docs/checks-corpus.md has the findings the checks produce', () => {
    const t = corpusTally();
    const documented = documentedTable();
    const actual = qaChecks.map(c => `${c.id} ${t.findings.get(c.id) ?? 0} ${t.unitsFlagged.get(c.id) ?? 0}`);
    const table = qaChecks.map(c => `${c.id} ${documented.get(c.id)?.join(' ') ?? 'missing'}`);
    assert.deepStrictEqual(table, actual);
  });
});
