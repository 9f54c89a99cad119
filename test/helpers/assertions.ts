/**
 * Assertions that say which coordinate of a range differs.
 */
import * as assert from 'node:assert/strict';
import type { Position, Range } from 'vscode-languageserver-types';

function show(position: Position): string {
  return `${position.line}:${position.character}`;
}

export function assertPosition(actual: Position, expected: Position, what = 'position'): void {
  if (actual.line !== expected.line) {
    assert.fail(`${what}: line is ${actual.line}, expected ${expected.line} (got ${show(actual)}, expected ${show(expected)})`);
  }
  if (actual.character !== expected.character) {
    assert.fail(`${what}: character is ${actual.character}, expected ${expected.character} on line ${actual.line}`);
  }
}

export function assertRange(actual: Range | undefined, expected: Range, what = 'range'): void {
  assert.ok(actual, `${what}: missing`);
  assertPosition(actual.start, expected.start, `${what} start`);
  assertPosition(actual.end, expected.end, `${what} end`);
}
