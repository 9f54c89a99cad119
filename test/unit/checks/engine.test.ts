/**
 * The engine holds no state between documents: what a run shares lives in the analysis it is given, so documents
 * checked one after the other, in any order, with any locale and options, get what each gets when checked alone,
 * and a check that throws on one document does not change what the next one gets.
 */
import * as assert from 'assert';
import { createAnalysis } from '../../../server/src/checks/analysis';
import { runEngine, type UnitResult } from '../../../server/src/checks/engine';
import { createIncrementalChecker } from '../../../server/src/checks/incremental';
import { allChecks } from '../../../server/src/checks/registry';
import { resolveChecks, runChecks, type ChecksConfig, type RunFinding } from '../../../server/src/checks/run';
import type { Check } from '../../../server/src/checks/types';
import { parseSxs } from '../../../server/src/sxs/parser';
import type { SxsDocument } from '../../../server/src/sxs/types';
import { corpusFiles, readCorpusFile } from '../model/corpusData';
import { joinLines, unit } from '../../helpers/text';

/** Every check on, so that the off-by-default ones run too. */
const ALL_ON: ChecksConfig = Object.fromEntries(allChecks.map(c => [c.id, c.defaultSeverity]));

function inLocale(files: readonly string[], locale: string): string | undefined {
  return files.find(file => file.startsWith(locale + '/'));
}

/** A document of its own: doubled words, a key name, numbers, a link, a reference and an anchor. */
const SMALL = joinLines(
  '# Title',
  '',
  unit('abcde-101', 'die die Datei mit Strg+C und 1,5 [Link](#nowhere)', 'the file with Ctrl+C and 1.5 [link](#nowhere)'),
  '',
  unit('abcde-102', 'nous nous [ref][defined] 30 000', 'we [ref][defined] 30,000'),
  '',
  '[defined]: https://example.com',
);

interface Case {
  readonly name: string;
  readonly doc: SxsDocument;
  readonly config?: ChecksConfig;
  readonly locale?: string;
}

function check(c: Case, checks?: readonly Check[], onCheckError?: (check: Check, error: unknown) => void): RunFinding[] {
  return runChecks(c.doc, c.config, { locale: c.locale, checks, onCheckError });
}

describe('check engine', () => {
  const files = corpusFiles();
  const picked = ['de-de', 'ja-jp', 'pl-pl', 'fr-fr'].map(locale => inLocale(files, locale)).filter((f): f is string => f !== undefined);
  const cases: Case[] = [
    ...picked.map((file): Case => ({ name: file, doc: parseSxs(readCorpusFile(file)), config: ALL_ON })),
    // The same text under other locales and options: nothing may carry from one to the other.
    { name: 'small, de-DE', doc: parseSxs(SMALL), locale: 'de-DE', config: ALL_ON },
    { name: 'small, fr-FR', doc: parseSxs(SMALL), locale: 'fr-FR', config: ALL_ON },
    { name: 'small, ja-JP', doc: parseSxs(SMALL), locale: 'ja-JP' },
    { name: 'small, de-DE, exceptions', doc: parseSxs(SMALL), locale: 'de-DE', config: { ...ALL_ON, SX504: { exceptions: ['die', 'nous'] } } },
    { name: 'small, no locale', doc: parseSxs(SMALL), config: { SX504: { exceptions: 'nous' } } },
  ];

  it('gives documents checked alternately what each gets alone', () => {
    assert.ok(picked.length >= 2, 'the corpus has files in the chosen locales');
    const alone = cases.map(c => check(c));
    // Each differs from the others somewhere, or the comparison would prove little.
    assert.notDeepStrictEqual(alone[picked.length], alone[picked.length + 1]);
    assert.notDeepStrictEqual(alone[picked.length], alone[picked.length + 3]);
    for (let round = 0; round < 3; round++) {
      const order = round === 1 ? [...cases.keys()].reverse() : [...cases.keys()];
      for (const i of order) assert.deepStrictEqual(check(cases[i]), alone[i], `${cases[i].name}, round ${round}`);
    }
  });

  it('gives the incremental checkers of documents checked alternately what a full run gives', () => {
    const checkers = cases.map(() => createIncrementalChecker());
    for (let round = 0; round < 2; round++) {
      for (const [i, c] of cases.entries()) {
        assert.deepStrictEqual(checkers[i].run(c.doc, c.config, { locale: c.locale }), check(c), `${c.name}, round ${round}`);
      }
    }
  });

  it('lets a check that throws on one document report in full on the next', () => {
    for (const scope of ['unit', 'document'] as const) {
      const calls: string[] = [];
      const bomb: Check = {
        id: 'SX992', alias: 'bomb', description: 'test', tags: [], defaultSeverity: 'warning', scope,
        checkUnit(u, ctx) {
          // The context's memo is the run's: a value left by the throwing document would show here.
          const seen = ctx.memo('document', () => ctx.doc.text);
          assert.equal(seen, ctx.doc.text);
          const target = ctx.doc.text.slice(u.target.start, u.target.end);
          if (target.includes('BOOM')) throw new Error(`boom in ${u.id}`);
          ctx.report({ range: u.target, unit: u.index, message: `unit ${u.id}` });
        },
      };
      const checks = [...allChecks, bomb];
      const bad = parseSxs(joinLines(unit('abcde-101', 'eins', 'one'), '', unit('abcde-102', 'BOOM', 'two'), '', unit('abcde-103', 'drei', 'three')));
      const good = parseSxs(joinLines(unit('abcde-101', 'eins', 'one'), '', unit('abcde-102', 'zwei', 'two')));
      const onError = (c: Check, error: unknown): void => {
        calls.push(`${c.id} ${(error as Error).message}`);
      };
      const goodAlone = runChecks(good, undefined, { checks });
      assert.equal(goodAlone.filter(f => f.code === 'SX992').length, 2, scope);
      for (let round = 0; round < 2; round++) {
        const badFindings = runChecks(bad, undefined, { checks, onCheckError: onError });
        assert.equal(badFindings.filter(f => f.code === 'SX992').length, 0, `${scope}: the throwing check reports nothing`);
        assert.deepStrictEqual(badFindings, runChecks(bad, undefined, { checks: allChecks }), `${scope}: the other checks report as without it`);
        assert.deepStrictEqual(runChecks(good, undefined, { checks, onCheckError: onError }), goodAlone, scope);
      }
      // Once per run of the throwing document, none for the other.
      assert.deepStrictEqual(calls, ['SX992 boom in abcde-102', 'SX992 boom in abcde-102'], scope);
    }
  });

  it('gives each unit the findings of the unit-scope checks in the order of the checks, unit after unit', () => {
    // Two checks that report on every unit, and one that reports and then throws on the second unit: the pieces kept
    // for reuse are what running every check on each unit in turn gives, whatever order the engine runs them in.
    const reporter = (id: string, throwOn?: string): Check => ({
      id, alias: id.toLowerCase(), description: 'test', tags: [], defaultSeverity: 'warning', scope: 'unit',
      checkUnit(u, ctx) {
        ctx.report({ range: u.target, unit: u.index, message: `${id} on ${u.id}` });
        if (u.id === throwOn) throw new Error(`${id} throws on ${u.id}`);
      },
    });
    const checks = [reporter('SX993'), reporter('SX991', 'abcde-102'), reporter('SX992')];
    const doc = parseSxs(joinLines(unit('abcde-101', 'eins', 'one'), '', unit('abcde-102', 'zwei', 'two'), '', unit('abcde-103', 'drei', 'three')));
    const kept: string[] = [];
    const known = new Map<number, UnitResult>();
    const reuse = {
      known: (u: { index: number }) => known.get(u.index),
      keep(u: { id: string }, result: UnitResult): void {
        kept.push(`${u.id}: ${result.findings.map(f => f.message).join(', ')}; threw: ${(result.errors ?? []).map(e => e.check.id).join(', ')}`);
      },
    };
    const errors: string[] = [];
    const findings = runEngine(createAnalysis(doc), resolveChecks(undefined, checks), { reuse, onCheckError: (c, e) => errors.push(`${c.id}: ${(e as Error).message}`) });
    assert.deepStrictEqual(kept, [
      'abcde-101: SX993 on abcde-101, SX991 on abcde-101, SX992 on abcde-101; threw: ',
      'abcde-102: SX993 on abcde-102, SX992 on abcde-102; threw: SX991',
      'abcde-103: SX993 on abcde-103, SX991 on abcde-103, SX992 on abcde-103; threw: ',
    ]);
    assert.deepStrictEqual(errors, ['SX991: SX991 throws on abcde-102']);
    // The check that threw reports nothing; the others report on every unit, in document order.
    assert.deepStrictEqual(findings.map(f => f.message), [
      'SX992 on abcde-101', 'SX993 on abcde-101', 'SX992 on abcde-102', 'SX993 on abcde-102', 'SX992 on abcde-103', 'SX993 on abcde-103',
    ]);
    // A unit that reuse knows is not checked again: its findings are the ones given, in their place.
    kept.length = 0;
    const given = findings.filter(f => f.unit === 1);
    known.set(1, { findings: given });
    const again = runEngine(createAnalysis(doc), resolveChecks(undefined, checks), { reuse });
    assert.deepStrictEqual(kept.map(k => k.slice(0, 9)), ['abcde-101', 'abcde-103']);
    assert.deepStrictEqual(again.filter(f => f.unit === 1), given);
  });

  it('keeps the tokenized halves in an analysis the caller gives, and makes them anew for each run otherwise', () => {
    const doc = parseSxs(SMALL);
    const analysis = createAnalysis(doc, { locale: 'de-DE' });
    const first = analysis.pair(doc.units[0]);
    assert.ok(first);
    const kept = runChecks(doc, ALL_ON, { analysis });
    assert.equal(analysis.pair(doc.units[0]), first, 'the same halves after the run');
    assert.ok(first.t.tokenized, 'still tokenized');
    assert.deepStrictEqual(kept, runChecks(doc, ALL_ON, { locale: 'de-DE' }));
    // An analysis knows one document: a different one of the same shape gets its own halves.
    const other = createAnalysis(parseSxs(SMALL), { locale: 'de-DE' });
    assert.notEqual(other.pair(other.doc.units[0]), first);
    assert.equal(other.pair(other.doc.units[0])?.t.text, first.t.text);
  });

  it('lets the halves of an analysis made for the run drop their tokens once a unit is checked, with the same findings', () => {
    // Every 24th file of the corpus, every check on: the document-wide checks then read halves without tokens.
    let checked = 0;
    for (const file of files.filter((_, i) => i % 24 === 0)) {
      const doc = parseSxs(readCorpusFile(file));
      const kept = createAnalysis(doc);
      assert.deepStrictEqual(runChecks(doc, ALL_ON), runChecks(doc, ALL_ON, { analysis: kept }), file);
      const transient = createAnalysis(doc, { transient: true });
      const found = runEngine(transient, resolveChecks(ALL_ON));
      assert.deepStrictEqual(found, runChecks(doc, ALL_ON, { analysis: kept }), file);
      // The caller's analysis keeps every half tokenized; the run's own keeps almost none (a document-wide check that
      // asks for tokens tokenizes a half again).
      let pairs = 0;
      let dropped = 0;
      for (const u of doc.units) {
        const pair = transient.pair(u);
        if (!pair) continue;
        pairs++;
        if (!pair.t.tokenized && !pair.s.tokenized) dropped++;
        assert.ok(kept.pair(u)?.t.tokenized && kept.pair(u)?.s.tokenized, file);
      }
      assert.ok(dropped >= pairs * 0.9, `${file}: ${dropped} of ${pairs}`);
      if (pairs > 0) checked++;
    }
    assert.ok(checked > 10, String(checked));
  });
});

describe('one fault, one finding', () => {
  const clean = unit('abcde-100', 'Przykład', 'Example');
  const codes = (text: string): { code: string; related: string[] }[] => {
    const doc = parseSxs(text);
    return runChecks(doc).map(f => ({ code: f.code, related: (f.related ?? []).map(r => r.code) }));
  };

  it('reports an escaped bracket that breaks a link once, with the link and URL findings as its consequences', () => {
    const broken = unit('abcde-101', '["Kupowanie"\\](https://a.example/b) teraz.', '["Buy"](https://a.example/b) now.');
    assert.deepStrictEqual(codes(joinLines(clean, '', broken)), [{ code: 'SX313', related: ['SX304', 'SX312'] }]);
  });

  it('reports entity-encoded markup once, with the ID and markup findings of its unit as consequences', () => {
    const text = joinLines(clean, '', '<span data-ttu-id=&quot;abcde-101&quot;>Tekst</span><span class="sxs-lookup"><span data-stu-id="abcde-101">Text</span></span>');
    const found = codes(text);
    assert.deepStrictEqual(found.map(f => f.code), ['SX115']);
    assert.deepStrictEqual(found[0].related.sort(), ['SX101', 'SX104', 'SX106']);
  });

  it('reports a damaged ID once: the mismatch, with the ID format as its consequence', () => {
    assert.deepStrictEqual(codes(joinLines(clean, '', unit('abcde-10 1', 'Tekst', 'Text', 'abcde-101'))), [{ code: 'SX101', related: ['SX106'] }]);
  });

  it('reports an unclosed or stray span once', () => {
    assert.deepStrictEqual(codes(joinLines(clean, '', '<span data-ttu-id="abcde-101">Tekst', '', 'Dalej.')), [{ code: 'SX104', related: ['SX102'] }]);
    assert.deepStrictEqual(codes(joinLines(clean, '', unit('abcde-101', 'Tekst </span> dalej', 'Text more'))), [{ code: 'SX104', related: ['SX311'] }]);
  });

  it('keeps findings of another fault on the same unit apart', () => {
    // A translated code span is not a consequence of the escaped bracket.
    const both = unit('abcde-101', '["Kupowanie"\\](https://a.example/b) `polecenie`.', '["Buy"](https://a.example/b) `command`.');
    assert.deepStrictEqual(codes(joinLines(clean, '', both)).map(f => f.code).sort(), ['SX301', 'SX313']);
  });
});
