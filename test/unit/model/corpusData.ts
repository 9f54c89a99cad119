/** Reads the repository's copy of the real corpus (`test/data/corpus`) and its reference extraction; never writes them. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { corpusDir, dataDir } from '../../helpers/files';

export const corpusRoot = corpusDir;

export interface ExpectedFile {
  readonly units: [string, string | null, number, number, string, string | null][];
  readonly anomalies?: Readonly<Record<string, string[]>>;
}

export interface Expected {
  readonly about: string;
  readonly files: Readonly<Record<string, ExpectedFile>>;
}

let cached: Expected | undefined;

export function readExpected(): Expected {
  cached ??= JSON.parse(readFileSync(path.join(dataDir, 'corpus-expected.json'), 'utf8')) as Expected;
  return cached;
}

/** Corpus paths (relative, forward slashes) in a stable order. */
export function corpusFiles(expected: Expected = readExpected()): string[] {
  return Object.keys(expected.files).sort();
}

const texts = new Map<string, string>();

export function readCorpusFile(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(path.join(corpusRoot, file), 'utf8');
    texts.set(file, text);
  }
  return text;
}
