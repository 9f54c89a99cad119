/**
 * The JSON and SARIF reports are written piece by piece (and findings without the general serializer): their text
 * must still be exactly what `JSON.stringify(…, null, 2)` prints, whatever the messages hold.
 */
import * as assert from 'node:assert/strict';
import { formatJson, formatSarif, type CheckedFile, type CliFinding } from '../../../server/src/cli/report';
import { Random } from '../../fuzz/fuzzLib';

/** Characters that JSON escapes or that are easy to get wrong: quotes, backslashes, controls, lone surrogates, U+2028. */
const AWKWARD = ['"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '\ud800', '\udfff', '😀', 'é', '/', '<', ' '];

function randomText(random: Random): string {
  let text = '';
  const length = random.int(12);
  for (let i = 0; i < length; i++) {
    text += random.chance(0.5) ? random.pick(AWKWARD) : String.fromCharCode(32 + random.int(95));
  }
  return text;
}

/** File names come from the file system, which never gives a lone surrogate (SARIF's URIs could not hold one). */
function randomName(random: Random): string {
  return randomText(random).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_');
}

function randomFinding(random: Random, file: string): CliFinding {
  const line = 1 + random.int(5000);
  return {
    file,
    line,
    column: 1 + random.int(300),
    endLine: line + random.int(3),
    endColumn: 1 + random.int(300),
    code: `SX${100 + random.int(900)}`,
    severity: random.pick(['error', 'warning', 'info'] as const),
    message: randomText(random),
    ...(random.chance(0.7) ? { unitId: randomText(random) } : {}),
  };
}

function randomFiles(seed: number): CheckedFile[] {
  const random = new Random(seed);
  const files: CheckedFile[] = [];
  const count = random.int(4);
  for (let i = 0; i < count; i++) {
    const file = `docs/${randomName(random)}.md`;
    const findings: CliFinding[] = [];
    const findingCount = random.int(6);
    for (let j = 0; j < findingCount; j++) findings.push(randomFinding(random, file));
    files.push({ file, findings });
  }
  return files;
}

describe('sxs-lint reports', () => {
  it('writes the JSON report exactly as JSON.stringify(findings, null, 2) prints it', () => {
    let findings = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const files = randomFiles(seed);
      const all = files.flatMap(file => file.findings);
      findings += all.length;
      assert.equal(formatJson(files), `${JSON.stringify(all, null, 2)}\n`, `seed ${seed}`);
    }
    assert.ok(findings > 500, `only ${findings} findings were compared`);
  });

  it('leaves out undefined fields and writes a finding with none of its optional fields', () => {
    const finding = { file: 'a.md', line: 1, column: 2, endLine: 1, endColumn: 3, code: 'SX101', severity: 'error', message: 'm', unitId: undefined } as unknown as CliFinding;
    const files = [{ file: 'a.md', findings: [finding] }];
    assert.equal(formatJson(files), `${JSON.stringify([finding], null, 2)}\n`);
    assert.ok(!formatJson(files).includes('unitId'));
    assert.equal(formatJson([]), '[]\n');
  });

  it('writes the SARIF report as pretty-printed JSON (the same text when parsed and printed again)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const files = randomFiles(seed);
      const text = formatSarif(files, '/work/tree');
      const parsed = JSON.parse(text) as { runs: { results: { message: { text: string }; properties?: { unitId: string } }[] }[] };
      assert.equal(text, `${JSON.stringify(parsed, null, 2)}\n`, `seed ${seed}`);
      const all = files.flatMap(file => file.findings);
      assert.deepEqual(parsed.runs[0].results.map(result => result.message.text), all.map(finding => finding.message));
      assert.deepEqual(parsed.runs[0].results.map(result => result.properties?.unitId), all.map(finding => finding.unitId));
    }
  });
});
