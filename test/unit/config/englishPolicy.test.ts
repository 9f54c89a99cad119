/**
 * The English comparison's findings (SX901–SX904) under the policy, as the checks' findings are: a configuration sets
 * their severity or turns them off by ID or alias, and is not flagged for naming them; suppression comments and the
 * baseline hide them; an ignored file has none.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { englishChecks, findCheck } from '../../../server/src/checks/registry';
import type { RunFinding } from '../../../server/src/checks/run';
import { writeBaseline } from '../../../server/src/config/baseline';
import { PolicyResolver, defaultPolicy, governFindings, type Policy } from '../../../server/src/config/policy';
import { parseSxs } from '../../../server/src/sxs/parser';
import { joinLines, unit } from '../../helpers/text';

const root = path.resolve('/work-tree');
const file = path.join(root, 'docs', 'a.md');
const text = joinLines(
  unit('abcde-101', 'Jeden.', 'One.'),
  '',
  '<!-- sxs-disable-next-line stale-english -->',
  unit('abcde-102', 'Dwa.', 'Two.'),
  '',
  unit('abcde-103', 'Trzy.', 'Three.'),
);
const model = parseSxs(text);
/** One SX901 per unit and one SX903 after the last, as the comparison gives them. */
const findings: RunFinding[] = [
  ...model.units.map((u, index): RunFinding => ({ code: 'SX901', severity: 'info', unit: index, range: u.target, message: `stale ${u.id}` })),
  { code: 'SX903', severity: 'info', unit: 2, range: model.units[2].target, message: 'new English' },
];

function policyWith(files: Record<string, string>): Policy {
  const resolver = new PolicyResolver({ readFile: name => files[name] }, { isKnownCheck: id => findCheck(id) !== undefined });
  return resolver.forFile(file);
}

const summary = (kept: readonly RunFinding[]) => kept.map(f => `${f.code} ${f.unit === undefined ? '-' : model.units[f.unit].id} ${f.severity}`);

describe('policy: the English comparison\'s findings', () => {
  it('are known checks with aliases, so a configuration may name them', () => {
    assert.deepEqual(englishChecks.map(check => `${check.id} ${check.alias}`), [
      'SX901 stale-english', 'SX902 english-not-from-handoff', 'SX903 new-english', 'SX904 english-unavailable',
    ]);
    assert.equal(findCheck('stale-english')?.id, 'SX901');
    assert.equal(findCheck('sx904')?.id, 'SX904');
    const policy = policyWith({ [path.join(root, '.sxslint.jsonc')]: '{ "checks": { "stale-english": "warning", "SX903": "off" } }' });
    assert.deepEqual(policy.problems, []);
  });

  it('keep their own severity, and the suppression comment hides the unit under it', () => {
    assert.deepEqual(summary(governFindings(model, findings, defaultPolicy, undefined, englishChecks)), [
      'SX901 abcde-101 info', 'SX901 abcde-103 info', 'SX903 abcde-103 info',
    ]);
  });

  it('take the severity or off that the configuration gives their ID or alias, else the settings', () => {
    const policy = policyWith({ [path.join(root, '.sxslint.jsonc')]: '{ "checks": { "stale-english": "warning", "SX903": "off" } }' });
    assert.deepEqual(summary(governFindings(model, findings, policy, { SX901: 'error' }, englishChecks)), ['SX901 abcde-101 warning', 'SX901 abcde-103 warning']);
    assert.deepEqual(summary(governFindings(model, findings, defaultPolicy, { 'new-english': 'off', SX901: { severity: 'error' } }, englishChecks)), [
      'SX901 abcde-101 error', 'SX901 abcde-103 error',
    ]);
  });

  it('are hidden by the baseline, and all of them in an ignored file', () => {
    const baselineFile = path.join(root, 'sxs-baseline.json');
    const baseline = writeBaseline([{ file: 'docs/a.md', unitId: 'abcde-101', code: 'SX901' }]);
    const policy = policyWith({ [path.join(root, '.sxslint.jsonc')]: '{ "baseline": "sxs-baseline.json" }', [baselineFile]: baseline });
    assert.deepEqual(summary(governFindings(model, findings, policy, undefined, englishChecks)), ['SX901 abcde-103 info', 'SX903 abcde-103 info']);
    const ignored = policyWith({ [path.join(root, '.sxslint.jsonc')]: '{ "ignores": ["docs/**"] }' });
    assert.equal(ignored.ignored, true);
    assert.deepEqual(governFindings(model, findings, ignored, undefined, englishChecks), []);
  });
});
