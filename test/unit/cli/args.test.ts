/**
 * sxs-lint's argument parsing.
 */
import * as assert from 'node:assert/strict';
import { UsageError, parseArgs } from '../../../server/src/cli/args';

describe('sxs-lint arguments', () => {
  it('reads the format in all its spellings and keeps the paths in order', () => {
    assert.deepEqual(parseArgs(['a.md', 'docs']), { format: 'text', paths: ['a.md', 'docs'], help: false });
    assert.equal(parseArgs(['--format', 'json', 'a.md']).format, 'json');
    assert.equal(parseArgs(['--format=json', 'a.md']).format, 'json');
    assert.equal(parseArgs(['-f', 'text', 'a.md']).format, 'text');
    assert.deepEqual(parseArgs(['--', '--odd.md']).paths, ['--odd.md']);
  });

  it('rejects bad usage', () => {
    assert.throws(() => parseArgs([]), UsageError);
    assert.throws(() => parseArgs(['--format', 'xml', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['a.md', '--format']), UsageError);
    assert.throws(() => parseArgs(['--fix', 'a.md']), UsageError);
  });

  it('accepts --help alone', () => {
    assert.equal(parseArgs(['--help']).help, true);
  });
});
