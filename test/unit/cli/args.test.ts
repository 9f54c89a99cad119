/**
 * sxs-lint's argument parsing.
 */
import * as assert from 'node:assert/strict';
import { USAGE, UsageError, outputFormats, parseArgs } from '../../../server/src/cli/args';

describe('sxs-lint arguments', () => {
  it('reads the format in all its spellings and keeps the paths in order', () => {
    assert.deepEqual(parseArgs(['a.md', 'docs']), {
      format: 'text', paths: ['a.md', 'docs'], help: false, version: false, config: undefined, fix: false,
      baseline: undefined, writeBaseline: undefined, maxWarnings: -1, concurrency: 'auto',
      english: undefined, englishRef: undefined, englishWorkingTree: false,
    });
    const english = parseArgs(['--english', '../en', '--english-ref=live', '--english-working-tree', 'x']);
    assert.deepEqual([english.english, english.englishRef, english.englishWorkingTree], ['../en', 'live', true]);
    assert.throws(() => parseArgs(['--english-ref', '--fix', 'x']), UsageError);
    assert.equal(parseArgs(['--format', 'json', 'a.md']).format, 'json');
    assert.equal(parseArgs(['--format=sarif', 'a.md']).format, 'sarif');
    assert.equal(parseArgs(['-f', 'junit', 'a.md']).format, 'junit');
    assert.equal(parseArgs(['-f', 'github', 'a.md']).format, 'github');
    assert.deepEqual(parseArgs(['--', '--odd.md']).paths, ['--odd.md']);
  });

  it('reads the other options', () => {
    const options = parseArgs(['--fix', '-c', 'my.jsonc', '--baseline=b.json', '--write-baseline', 'w.json', '--max-warnings', '0', '--concurrency', '3', 'x']);
    assert.equal(options.fix, true);
    assert.equal(options.config, 'my.jsonc');
    assert.equal(options.baseline, 'b.json');
    assert.equal(options.writeBaseline, 'w.json');
    assert.equal(options.maxWarnings, 0);
    assert.equal(options.concurrency, 3);
    assert.equal(parseArgs(['--concurrency=off', 'x']).concurrency, 0);
    assert.equal(parseArgs(['--concurrency', 'auto', 'x']).concurrency, 'auto');
  });

  it('rejects bad usage', () => {
    assert.throws(() => parseArgs([]), UsageError);
    assert.throws(() => parseArgs(['--format', 'xml', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['a.md', '--format']), UsageError);
    assert.throws(() => parseArgs(['--fixx', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['--max-warnings', 'many', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['--max-warnings', '-1', 'a.md']), /needs a whole number/);
    assert.throws(() => parseArgs(['a.md', '--config']), UsageError);
    assert.throws(() => parseArgs(['--baseline=', 'a.md']), UsageError);
  });

  it('accepts --help alone', () => {
    assert.equal(parseArgs(['--help']).help, true);
  });

  it('accepts --version and -v alone', () => {
    assert.equal(parseArgs(['--version']).version, true);
    assert.equal(parseArgs(['-v']).version, true);
    assert.equal(parseArgs(['a.md']).version, false);
  });

  it('documents every option it accepts, and the exit statuses, in the help', () => {
    const options = ['-f', '--format', '-c', '--config', '--fix', '--baseline', '--write-baseline', '--max-warnings', '--concurrency', '-h', '--help', '-v', '--version', '--'];
    for (const option of options) {
      assert.match(USAGE, new RegExp(`(^|[ ,])${option}([ ,=]|$)`, 'm'), option);
    }
    for (const format of outputFormats) {
      assert.ok(USAGE.includes(format), format);
    }
    assert.match(USAGE, /^ {2}0 /m);
    assert.match(USAGE, /^ {2}1 /m);
    assert.match(USAGE, /^ {2}2 /m);
  });
});
