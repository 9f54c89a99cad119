/**
 * Paths of the repository, its fixtures and the shared corpus, wherever the compiled tests run from.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

function findRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'test'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No repository root above ${__dirname}`);
    }
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRoot();
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
/** The real localized files, kept next to the repository (read only). */
export const corpusDir = path.join(process.env.SXS_SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared'), 'corpus');

export function readCorpusFile(relative: string): string {
  return readFileSync(path.join(corpusDir, relative), 'utf8');
}
