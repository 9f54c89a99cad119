/**
 * The repository stands alone: tests, fuzzing, the benchmark, the demo and CI read only what the repository holds.
 * No source file names a folder beside the repository (only scripts/sync-data.mjs, which maintainers run by hand to
 * refresh test/data/ from outside), and the data the tests read is where they expect it.
 */
import * as assert from 'assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { corpusDir, dataDir, repoRoot } from '../../helpers/files';

const SOURCE = /\.(?:[cm]?[jt]s|json|sh)$|^run$/;
// The folder beside the repository, in any spelling a path takes (a module of its own named `shared` is fine).
// Built from pieces, so that this file does not itself name what it looks for.
const SHARED = ['sha', 'red'].join('');
const OUTSIDE = [
  new RegExp(`(?:\\.\\.[/\\\\])+${SHARED}(?:[/\\\\](?:corpus|english-source|docs|vscode-e2e)|['"\`])`),
  new RegExp(`'\\.\\.',\\s*'${SHARED}'`),
  new RegExp(['SXS', SHARED.toUpperCase(), 'DIR'].join('_')),
  new RegExp(`${['SXS', 'CORPUS'].join('_')}\\b`),
];
const ALLOWED = new Set(['scripts/sync-data.mjs']);

function sources(folder: string, out: string[] = []): string[] {
  for (const name of readdirSync(folder)) {
    if (name === 'node_modules' || name === 'data' || name.startsWith('.cache')) continue;
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (SOURCE.test(name)) out.push(full);
  }
  return out;
}

describe('the repository stands alone', () => {
  it('no source file reads a folder beside the repository', () => {
    const files = ['test', 'scripts', 'bench', 'server', 'client', '.ci'].flatMap(folder => sources(path.join(repoRoot, folder)));
    files.push(path.join(repoRoot, 'package.json'));
    assert.ok(files.length > 50, `only ${files.length} source files found`);
    const offenders = files
      .map(file => path.relative(repoRoot, file).split(path.sep).join('/'))
      .filter(file => !ALLOWED.has(file))
      .filter(file => OUTSIDE.some(pattern => pattern.test(readFileSync(path.join(repoRoot, file), 'utf8'))));
    assert.deepStrictEqual(offenders, []);
  });

  it('carries the corpus, its reference extraction, the English history and the demo workspace', () => {
    for (const file of [path.join(corpusDir, 'SOURCES.md'), path.join(dataDir, 'corpus-expected.json'),
      path.join(dataDir, 'english-source', 'manifest.json'), path.join(repoRoot, 'samples', 'README.md')]) {
      assert.ok(existsSync(file), `${path.relative(repoRoot, file)} is missing`);
    }
    const gitattributes = readFileSync(path.join(dataDir, '.gitattributes'), 'utf8');
    assert.match(gitattributes, /^\* -text$/m, 'test/data is kept byte for byte');
  });
});
