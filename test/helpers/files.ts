/**
 * Paths of the repository, its fixtures and its copy of the real corpus, wherever the compiled tests run from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
/** The repository's copy of the real data: the corpus, its reference extraction, the English history (read only). */
export const dataDir = path.join(repoRoot, 'test', 'data');
/** The real localized files (read only). */
export const corpusDir = path.join(dataDir, 'corpus');

export function readCorpusFile(relative: string): string {
  return readFileSync(path.join(corpusDir, relative), 'utf8');
}

/** The corpus's markdown files (its `SOURCES.md` left out), relative to `corpusDir`, in a stable order. */
export function corpusMarkdownFiles(dir = corpusDir): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...corpusMarkdownFiles(full));
    else if (name.endsWith('.md') && name !== 'SOURCES.md') files.push(path.relative(corpusDir, full));
  }
  return files;
}
