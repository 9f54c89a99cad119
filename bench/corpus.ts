/**
 * The bytes the benchmark measures: the real files of the repository's corpus copy, and larger documents built from them.
 *
 * A generated document repeats the real files one after the other (front matter only once) and gives every unit
 * a fresh ID under one prefix, so it is as clean as the files it comes from: same markup, same mix of blocks,
 * only longer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface BenchFile {
  /** Path relative to the corpus root, forward slashes. */
  readonly name: string;
  readonly text: string;
  /** UTF-8 size on disk. */
  readonly bytes: number;
}

/** The repository's copy of the real corpus. */
export function corpusRoot(repoRoot: string): string {
  return path.join(repoRoot, 'test', 'data', 'corpus');
}

/** Every markdown file under the corpus root except the corpus's own README (`SOURCES.md`), sorted by path. */
export function readCorpus(corpusRoot: string): BenchFile[] {
  const files: BenchFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.md') && !(folder === corpusRoot && entry.name === 'SOURCES.md')) {
        const buffer = readFileSync(full);
        files.push({ name: path.relative(corpusRoot, full).split(path.sep).join('/'), text: buffer.toString('utf8'), bytes: buffer.length });
      }
    }
  };
  walk(corpusRoot);
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const ID_ATTRIBUTE = /data-(ttu|stu)-id="([0-9a-f]{5})-(p?)(\d+)"/g;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;

/**
 * A document of about `targetBytes` UTF-8 bytes: the corpus files with units, repeated in order until the size is
 * reached, each copy's IDs renumbered (`-NNN` and `-pNNN` keep separate counters, as in real files).
 * Only files with `\n` line endings are used, so the result has one line-ending style, and only files of the
 * locale with the most files (pl-pl in the corpus), so the document is in one language, as real ones are:
 * mixing locales would make every repeated English sentence an inconsistent translation (SX701).
 */
export function generateDocument(corpus: readonly BenchFile[], targetBytes: number): BenchFile {
  const withUnits = corpus.filter(file => file.text.includes('data-ttu-id') && !file.text.includes('\r'));
  const locales = new Map<string, number>();
  for (const file of withUnits) {
    const locale = file.name.split('/')[0];
    locales.set(locale, (locales.get(locale) ?? 0) + 1);
  }
  const locale = [...locales].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sources = withUnits.filter(file => file.name.split('/')[0] === locale);
  const parts: string[] = [];
  let bytes = 0;
  let counter = 101;
  let mergedCounter = 101;
  for (let copy = 0; bytes < targetBytes && copy < sources.length * 1000; copy++) {
    const file = sources[copy % sources.length];
    if (bytes > 0 && bytes + file.bytes > targetBytes * 1.02) {
      // Too big for what is left: a smaller file will come.
      continue;
    }
    let body = copy === 0 ? file.text : file.text.replace(FRONT_MATTER, '');
    const fresh = new Map<string, string>();
    body = body.replace(ID_ATTRIBUTE, (_all, _kind: string, _prefix: string, merged: string, number: string) => {
      const key = merged + number;
      let id = fresh.get(key);
      if (id === undefined) {
        id = merged ? `b3c4d-p${mergedCounter++}` : `b3c4d-${counter++}`;
        fresh.set(key, id);
      }
      return `data-${_kind}-id="${id}"`;
    });
    if (!body.endsWith('\n')) {
      body += '\n';
    }
    body += '\n';
    parts.push(body);
    bytes += Buffer.byteLength(body, 'utf8');
  }
  const text = parts.join('');
  const megabytes = Math.round(targetBytes / 1e6);
  return { name: `generated-${megabytes}MB.md`, text, bytes: Buffer.byteLength(text, 'utf8') };
}
