/**
 * The structure checks one by one on small in-memory documents: what they report, where, and what their
 * fixes change (only the bytes they should).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allChecks, findCheck, structureChecks } from '../../../server/src/checks/registry';
import { runChecks, type RunFinding } from '../../../server/src/checks/run';
import type { Check } from '../../../server/src/checks/types';
import { parseSxs } from '../../../server/src/sxs/parser';
import { repoRoot } from '../../helpers/files';
import { applyOffsetEdits, joinLines, unit } from '../../helpers/text';

function check(text: string, config?: Parameters<typeof runChecks>[1]): RunFinding[] {
  return runChecks(parseSxs(text), config, { checks: structureChecks });
}

function codes(findings: readonly RunFinding[]): string[] {
  return findings.map(finding => finding.code);
}

describe('structure checks', () => {
  describe('SX101 id-pair-mismatch', () => {
    const text = joinLines(
      unit('abcde-101', 'Jeden.', 'One.'),
      '',
      unit('abcde-102', 'Dwa.', 'Two.', 'abcde-109'),
    );

    it('reports the target ID and offers both IDs, the target one preferred', () => {
      const findings = check(text);
      assert.deepEqual(codes(findings), ['SX101']);
      const [finding] = findings;
      assert.equal(finding.severity, 'error');
      assert.equal(text.slice(finding.range.start, finding.range.end), 'abcde-102');
      assert.equal(finding.fixes?.length, 2);
      assert.equal(finding.fixes?.[0].preferred, true);
      assert.notEqual(finding.fixes?.[1].preferred, true);
    });

    it('the preferred fix edits only the English ID bytes', () => {
      const fix = check(text)[0].fixes![0];
      assert.equal(fix.edits.length, 1);
      assert.equal(text.slice(fix.edits[0].range.start, fix.edits[0].range.end), 'abcde-109');
      const fixed = applyOffsetEdits(text, fix.edits);
      assert.equal(fixed, text.replace('data-stu-id="abcde-109"', 'data-stu-id="abcde-102"'));
      assert.deepEqual(check(fixed), []);
    });

    it('the other fix edits only the target ID bytes', () => {
      const fix = check(text)[0].fixes![1];
      assert.equal(fix.edits.length, 1);
      const fixed = applyOffsetEdits(text, fix.edits);
      assert.equal(fixed, text.replace('data-ttu-id="abcde-102"', 'data-ttu-id="abcde-109"'));
      assert.deepEqual(codes(check(fixed)), [], 'no mismatch (109 after 101 is only a gap)');
    });
  });

  describe('SX105 duplicate-id', () => {
    it('is an error when the English differs and a warning when it is the same', () => {
      const text = joinLines(
        unit('abcde-101', 'A.', 'A.'),
        unit('abcde-101', 'B.', 'B.'),
        unit('abcde-102', 'C.', 'C.'),
        unit('abcde-102', 'C2.', 'C.'),
      );
      const findings = check(text);
      assert.deepEqual(findings.map(f => [f.code, f.severity]), [['SX105', 'error'], ['SX105', 'warning']]);
      assert.match(findings[0].message, /line 1/);
    });

    it('a configured severity wins over the per-finding one', () => {
      const text = joinLines(unit('abcde-101', 'A.', 'A.'), unit('abcde-101', 'B.', 'B.'));
      assert.deepEqual(check(text, { 'duplicate-id': 'info' }).map(f => f.severity), ['info']);
    });
  });

  describe('SX106 id-format', () => {
    it('reports malformed target IDs, and a malformed English ID only when it differs', () => {
      const text = joinLines(
        unit('abcde-101', 'A.', 'A.'),
        unit('ABCDE-102', 'B.', 'B.'),
        unit('abcde-103', 'C.', 'C.', 'abcde_103'),
      );
      const findings = check(text).filter(f => f.code === 'SX106');
      assert.deepEqual(findings.map(f => text.slice(f.range.start, f.range.end)), ['ABCDE-102']);
      // The malformed English ID is why the pair differs: one finding, with the format as its consequence.
      const mismatch = check(text).find(f => f.code === 'SX101');
      assert.deepEqual(mismatch?.related?.map(r => [r.code, text.slice(r.range.start, r.range.end)]), [['SX106', 'abcde_103']]);
    });

    it('accepts p IDs and long numbers', () => {
      const text = joinLines(unit('abcde-p101', 'A.', 'A.'), unit('abcde-5047', 'B.', 'B.'));
      assert.deepEqual(check(text), []);
    });
  });

  describe('SX107 id-prefix-inconsistent', () => {
    const text = joinLines(
      unit('c0ffe-101', 'A.', 'A.'),
      unit('c0ffe-102', 'B.', 'B.'),
      unit('1d2e3-103', 'C.', 'C.'),
    );

    it('fixes only the five prefix characters of both IDs', () => {
      const findings = check(text);
      assert.deepEqual(codes(findings), ['SX107']);
      const fix = findings[0].fixes![0];
      assert.equal(fix.preferred, true);
      assert.deepEqual(fix.edits.map(edit => [text.slice(edit.range.start, edit.range.end), edit.newText]), [
        ['1d2e3', 'c0ffe'],
        ['1d2e3', 'c0ffe'],
      ]);
      const fixed = applyOffsetEdits(text, fix.edits);
      assert.equal(fixed, text.replaceAll('1d2e3-103', 'c0ffe-103'));
      assert.deepEqual(check(fixed), []);
    });

    it('does not prefer the fix when the new ID is already taken', () => {
      const taken = joinLines(
        unit('c0ffe-101', 'A.', 'A.'),
        unit('c0ffe-102', 'B.', 'B.'),
        unit('1d2e3-102', 'C.', 'C.'),
      );
      const finding = check(taken).find(f => f.code === 'SX107');
      assert.equal(finding?.fixes?.[0].preferred, false);
    });
  });

  describe('SX114 id-out-of-order', () => {
    it('reports a number lower than the one before, per counter, and never gaps', () => {
      const text = joinLines(
        unit('abcde-103', 'A.', 'A.'),
        unit('abcde-p105', 'B.', 'B.'),
        unit('abcde-150', 'C.', 'C.'),
        unit('abcde-p101', 'D.', 'D.'),
        unit('abcde-149', 'E.', 'E.'),
        unit('abcde-151', 'F.', 'F.'),
      );
      const findings = check(text);
      assert.deepEqual(findings.map(f => [f.code, text.slice(f.range.start, f.range.end)]), [
        ['SX114', 'abcde-p101'],
        ['SX114', 'abcde-149'],
      ]);
    });

    it('leaves units with another prefix to SX107', () => {
      const text = joinLines(
        unit('abcde-101', 'A.', 'A.'),
        unit('abcde-102', 'B.', 'B.'),
        unit('fffff-900', 'C.', 'C.'),
        unit('abcde-103', 'D.', 'D.'),
      );
      assert.deepEqual(codes(check(text)), ['SX107']);
    });
  });

  describe('SX109 sxs-in-front-matter', () => {
    it('warns, with a non-preferred fix that keeps the translated text', () => {
      const text = joinLines('---', `title: ${unit('abcde-101', 'Tytuł', 'Title')}`, '---', unit('abcde-102', 'A.', 'A.'));
      const findings = check(text);
      assert.deepEqual(findings.map(f => [f.code, f.severity]), [['SX109', 'warning']]);
      const fix = findings[0].fixes![0];
      assert.notEqual(fix.preferred, true);
      assert.equal(applyOffsetEdits(text, fix.edits), joinLines('---', 'title: Tytuł', '---', unit('abcde-102', 'A.', 'A.')));
    });

    it('offers no fix when the translation translated the YAML keys (the page would lose its title)', () => {
      const text = joinLines('---', unit('abcde-101', 'Tytuł: Wektory opis: Podstawy', 'title: Vectors description: The basics'), '---',
        unit('abcde-102', 'A.', 'A.'));
      const findings = check(text);
      assert.deepEqual(findings.map(f => f.code), ['SX109']);
      assert.equal(findings[0].fixes, undefined);
      const kept = joinLines('---', unit('abcde-101', 'title: Wektory description: Podstawy', 'title: Vectors description: The basics'), '---',
        unit('abcde-102', 'A.', 'A.'));
      assert.equal(check(kept)[0].fixes?.length, 1, 'keys kept: the fix is offered');
    });
  });

  describe('SX110 sxs-in-code', () => {
    it('reports units in fenced and inline code, not in front matter', () => {
      const text = joinLines(
        unit('abcde-101', 'A.', 'A.'),
        '```',
        unit('abcde-102', 'B.', 'B.'),
        '```',
        `\`${unit('abcde-103', 'C.', 'C.')}\``,
      );
      assert.deepEqual(check(text).map(f => [f.code, f.severity, f.unit]), [['SX110', 'error', 1], ['SX110', 'error', 2]]);
    });
  });

  it('a file with no units has no findings', () => {
    assert.deepEqual(check(joinLines('# Tytuł', '<<<<<<< HEAD', 'a', '=======', 'b', '>>>>>>> x')), []);
  });

  it('a clean file has no findings', () => {
    const text = joinLines(
      `# ${unit('abcde-103', 'Tytuł', 'Title')}`,
      '',
      `${unit('abcde-104', 'A.', 'A.')} ${unit('abcde-p101', 'B. C.', 'B. C.')} ${unit('abcde-109', 'D.', 'D.')}`,
    );
    assert.deepEqual(check(text), []);
  });
});

describe('check runner and registry', () => {
  const mismatch = joinLines(unit('abcde-101', 'A.', 'A.'), unit('abcde-102', 'B.', 'B.', 'abcde-103'));

  it('every check has a unique SX ID and a unique kebab-case alias', () => {
    const ids = allChecks.map(c => c.id);
    const aliases = allChecks.map(c => c.alias);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(aliases).size, aliases.length);
    for (const c of allChecks) {
      assert.match(c.id, /^SX\d{3}$/);
      assert.match(c.alias, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(c.description.length > 0);
    }
  });

  it('has the catalogue IDs of the structure checks', () => {
    for (const [id, alias] of [
      ['SX101', 'id-pair-mismatch'], ['SX102', 'orphan-target'], ['SX103', 'orphan-source'], ['SX104', 'malformed-span'],
      ['SX105', 'duplicate-id'], ['SX106', 'id-format'], ['SX107', 'id-prefix-inconsistent'], ['SX109', 'sxs-in-front-matter'],
      ['SX110', 'sxs-in-code'], ['SX111', 'merge-conflict-marker'], ['SX114', 'id-out-of-order'],
    ]) {
      assert.equal(findCheck(id)?.alias, alias, id);
      assert.equal(findCheck(alias)?.id, id, alias);
      assert.equal(findCheck(id.toLowerCase())?.id, id);
    }
  });

  it('turns a check off by ID, lower-case ID or alias', () => {
    assert.deepEqual(codes(check(mismatch)), ['SX101']);
    assert.deepEqual(check(mismatch, { SX101: 'off' }), []);
    assert.deepEqual(check(mismatch, { sx101: 'off' }), []);
    assert.deepEqual(check(mismatch, { 'id-pair-mismatch': 'off' }), []);
    assert.deepEqual(check(mismatch, { 'id-pair-mismatch': { severity: 'off' } }), []);
  });

  it('overrides the severity, and ignores unknown keys and bad values', () => {
    assert.deepEqual(check(mismatch, { SX101: 'warning' }).map(f => f.severity), ['warning']);
    assert.deepEqual(check(mismatch, { SX101: { severity: 'info' } }).map(f => f.severity), ['info']);
    assert.deepEqual(check(mismatch, { SX101: 'loud' as never, SX999: 'off' }).map(f => f.severity), ['error']);
  });

  it('passes options merged with the defaults, and survives a check that throws', () => {
    const seen: unknown[] = [];
    const optionCheck: Check = {
      id: 'SX900', alias: 'test-options', description: 'test', tags: [], defaultSeverity: 'info',
      defaultOptions: { a: 1, b: 2 },
      checkDocument(ctx) {
        seen.push(ctx.options);
        ctx.report({ range: { start: 0, end: 1 }, message: 'from SX900' });
      },
    };
    const failing: Check = {
      id: 'SX901', alias: 'test-throws', description: 'test', tags: [], defaultSeverity: 'error',
      checkDocument(ctx) {
        ctx.report({ range: { start: 0, end: 1 }, message: 'half done' });
        throw new Error('boom');
      },
    };
    const errors: string[] = [];
    const findings = runChecks(parseSxs(mismatch), { SX900: { b: 3 } }, {
      checks: [failing, optionCheck],
      onCheckError: (c, error) => errors.push(`${c.id}: ${(error as Error).message}`),
    });
    assert.deepEqual(errors, ['SX901: boom']);
    assert.deepEqual(findings.map(f => f.message), ['from SX900'], 'the failing check reports nothing');
    assert.deepEqual(seen, [{ a: 1, b: 3 }]);
  });

  it('a check that is off by default runs only when configured', () => {
    const optIn: Check = {
      id: 'SX902', alias: 'test-opt-in', description: 'test', tags: [], defaultSeverity: 'info', defaultOff: true,
      checkDocument(ctx) {
        ctx.report({ range: { start: 0, end: 1 }, message: 'opted in' });
      },
    };
    assert.deepEqual(runChecks(parseSxs(mismatch), {}, { checks: [optIn] }), []);
    assert.deepEqual(runChecks(parseSxs(mismatch), { 'test-opt-in': 'warning' }, { checks: [optIn] }).map(f => f.severity), ['warning']);
  });

  it('sorts findings by position', () => {
    const text = joinLines(unit('ABCDE-101', 'A.', 'A.'), unit('abcde-102', 'B.', 'B.', 'abcde-103'), unit('abcde-102', 'C.', 'C.'));
    const starts = check(text).map(f => f.range.start);
    assert.ok(starts.length >= 3);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
});

describe('rules documentation', () => {
  it('has a section for every registered check', () => {
    const rules = readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8');
    for (const c of allChecks) {
      assert.match(rules, new RegExp(`^### ${c.id}$`, 'm'), `docs/rules.md has no "### ${c.id}" section`);
      assert.ok(rules.includes(`\`${c.alias}\``), `docs/rules.md does not name the alias ${c.alias}`);
    }
  });
});
