/**
 * The real English history of `test/data/english-source/` (see its README): the manifest, the English file at any
 * commit of the replay, a real git repository rebuilt from it with the real `git`, and copies of the localized files
 * whose `ms.sourcegitcommit` names the rebuilt commits.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { dataDir } from './files';

export const englishSourceDir = path.join(dataDir, 'english-source');

export interface ManifestChange { readonly path: string; readonly status: 'A' | 'M' | 'D'; readonly blob: string }
export interface ManifestCommit {
  readonly index: number; readonly dir: string; readonly sha: string; readonly author_date: string; readonly subject: string;
  readonly roles: readonly string[]; readonly changes: readonly ManifestChange[]; readonly rebuilt_sha: string;
}
export interface ManifestExpected {
  readonly units: number;
  readonly english_exists_at_handoff: boolean;
  readonly english_exists_on_live: boolean;
  readonly stale_ids: readonly string[];
  readonly stale: readonly { id: string; english_at_handoff: string; kind: string; replaced_by?: string | null; similarity?: number }[];
  readonly not_found_at_handoff_ids: readonly string[];
  readonly whitespace_only_changes: readonly { id: string }[];
  readonly found_on_live_only_after_whitespace_normalisation_ids: readonly string[];
  readonly moved_ids: readonly string[];
}
export interface ManifestLocalizedFile {
  readonly key: string; readonly file: string; readonly locale: string; readonly english_path: string;
  readonly sourcegitcommit: string; readonly handoff_index: number; readonly handoff_rebuilt_sha: string;
  readonly expected: ManifestExpected;
}
export interface Manifest {
  readonly english_paths: readonly string[];
  readonly rebuild_identity: { readonly name: string; readonly email: string };
  readonly commits: readonly ManifestCommit[];
  readonly sha_to_index: Readonly<Record<string, number>>;
  readonly localized_files: readonly ManifestLocalizedFile[];
}

export const manifest: Manifest = JSON.parse(readFileSync(path.join(englishSourceDir, 'manifest.json'), 'utf8')) as Manifest;

/** The English file at commit `index` of the replay (bytes as stored, read as UTF-8), or undefined when absent. */
export function englishAt(englishPath: string, index: number): string | undefined {
  let found: string | undefined;
  for (const commit of manifest.commits.slice(0, index + 1)) {
    for (const change of commit.changes) {
      if (change.path !== englishPath) continue;
      found = change.status === 'D' ? undefined : path.join(englishSourceDir, commit.dir, change.path);
    }
  }
  return found === undefined ? undefined : readFileSync(found, 'utf8');
}

export const liveIndex = manifest.commits.length - 1;

/** The text of a localized file of the manifest, as stored. */
export function localizedText(file: ManifestLocalizedFile): string {
  return readFileSync(path.join(englishSourceDir, file.file), 'utf8');
}

/** The environment for a reproducible `git`: no global or system configuration, the manifest's identity. */
export function gitEnvironment(date?: string): NodeJS.ProcessEnv {
  const { name, email } = manifest.rebuild_identity;
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email,
    ...(date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
  };
}

function git(cwd: string, args: readonly string[], date?: string): string {
  return execFileSync('git', [...args], { cwd, env: gitEnvironment(date), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Rebuilds the English repository in `dir` (created; must not exist) on branch `live`, replaying the manifest's
 * commits, and answers real SHA → rebuilt SHA.
 */
export function rebuildEnglishRepository(dir: string, upTo = liveIndex): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'live']);
  const map = new Map<string, string>();
  const messageFile = path.join(dir, '..', `.message-${path.basename(dir)}`);
  try {
    for (const commit of manifest.commits.slice(0, upTo + 1)) {
      for (const change of commit.changes) {
        const target = path.join(dir, change.path);
        if (change.status === 'D') {
          rmSync(target, { force: true });
        } else {
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(path.join(englishSourceDir, commit.dir, change.path), target);
        }
      }
      git(dir, ['add', '-A']);
      writeFileSync(messageFile, `${commit.subject}\n`);
      git(dir, ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '--cleanup=verbatim', '-F', messageFile], commit.author_date);
      map.set(commit.sha, git(dir, ['rev-parse', 'HEAD']).trim());
    }
  } finally {
    rmSync(messageFile, { force: true });
  }
  return map;
}

/** A localized text with the 40 hex digits after `ms.sourcegitcommit:` replaced (no other byte changes). */
export function withSourceCommit(text: string, sha: string): string {
  return text.replace(/(ms\.sourcegitcommit:[ \t]*)[0-9a-f]{40}/, `$1${sha}`);
}

/**
 * Copies a manifest file into `root/<english_path>` (the localized repository layout) with its hand-off rewritten to
 * the rebuilt commit; answers the copy's path.
 */
export function copyLocalized(file: ManifestLocalizedFile, root: string, shaMap: ReadonlyMap<string, string>): string {
  const target = path.join(root, file.english_path);
  mkdirSync(path.dirname(target), { recursive: true });
  const rebuilt = shaMap.get(file.sourcegitcommit);
  if (rebuilt === undefined) throw new Error(`no rebuilt commit for ${file.sourcegitcommit}`);
  writeFileSync(target, withSourceCommit(localizedText(file), rebuilt));
  return target;
}

/** `git init` of a folder (the localized repository), so that its git top level is the folder itself. */
export function initRepository(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'live-sxs']);
}

export interface EnglishFixture {
  /** The folder holding everything (removed at process exit). */
  readonly root: string;
  /** The rebuilt English repository: `<root>/docs.microsoft.com-nuget`, branch `live`. */
  readonly english: string;
  readonly shaMap: ReadonlyMap<string, string>;
  /** The copy of each manifest file, by key: in `<root>/docs.microsoft.com-nuget.<locale>/<english_path>`. */
  readonly copies: ReadonlyMap<string, string>;
  /** The localized repository of a locale. */
  localizedRoot(locale: string): string;
}

let fixture: EnglishFixture | undefined;

/**
 * The rebuilt English repository beside one git repository per locale holding copies of the manifest's localized
 * files with rewritten hand-offs: built once per test process.
 */
export function englishFixture(): EnglishFixture {
  if (fixture !== undefined) return fixture;
  const root = mkdtempSync(path.join(tmpdir(), 'sxs-english-'));
  process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  const english = path.join(root, 'docs.microsoft.com-nuget');
  const shaMap = rebuildEnglishRepository(english);
  const localizedRoot = (locale: string) => path.join(root, `docs.microsoft.com-nuget.${locale}`);
  const copies = new Map<string, string>();
  for (const file of manifest.localized_files) {
    const dir = localizedRoot(file.locale);
    if (!existsSync(path.join(dir, '.git'))) initRepository(dir);
    copies.set(file.key, copyLocalized(file, dir, shaMap));
  }
  fixture = { root, english, shaMap, copies, localizedRoot };
  return fixture;
}
