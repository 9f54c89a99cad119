/**
 * Finds and reads the English of a localized file, for the server and `sxs-lint` alike:
 *
 * 1. the English repository: the one named explicitly (`--english`, the `"english"` key of `.sxslint.jsonc`, the
 *    `sxs.english.repository` setting, resolved by the caller in that order), else a sibling folder named like the
 *    localized repository without its locale suffix (`docs.microsoft.com-nuget.pl-pl` → `docs.microsoft.com-nuget`);
 * 2. the English counterpart: the same path relative to the localized file's repository (its git top level, else the
 *    fallback folder the caller gives: the workspace folder, the current folder);
 * 3. H: that path at the file's `ms.sourcegitcommit`; L: at a ref (default `HEAD`) or in the working tree; a rename
 *    between the two is followed where git sees it.
 *
 * Then the pure core compares them. Every problem becomes an outcome with one clear message, never an exception.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SxsDocument } from '../sxs/types';
import { compareWithEnglish } from '../english/compare';
import type { EnglishOutcome } from '../english/findings';
import { handoffCommit, stripFrontMatter } from '../english/text';
import { GitRepository, gitTopLevel } from './englishGit';

export interface EnglishSettings {
  /** The English repository (absolute), when named explicitly. */
  readonly repository?: string;
  /** The ref to compare with; `HEAD` by default. */
  readonly ref?: string;
  /** Compare with the English repository's working tree instead of a ref. */
  readonly workingTree?: boolean;
}

/** How to tell the user to name the English repository (said once when none is found). */
export const HOW_TO_SET_ENGLISH =
  'set the sxs.english.repository setting, "english" in .sxslint.jsonc, or sxs-lint --english <dir>, or clone the English repository beside the localized one (docs.example.pl-pl → docs.example)';

/** The English repository's folder name for a localized one: the name without its locale suffix, or undefined. */
export function englishSiblingName(localizedRoot: string): string | undefined {
  const base = path.basename(localizedRoot);
  const match = /^(.+)\.[a-z]{2,3}(-[a-z]{4})?-([a-z]{2}|\d{3})$/i.exec(base);
  return match === null ? undefined : match[1];
}

async function isDirectory(dir: string): Promise<boolean> {
  return fs.stat(dir).then(stat => stat.isDirectory(), () => false);
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** The English sources of a session (the server's lifetime, one CLI run): one git process per English repository. */
export class EnglishSources {
  private readonly repositories = new Map<string, GitRepository>();

  repository(dir: string): GitRepository {
    let repository = this.repositories.get(dir);
    if (repository === undefined) {
      repository = new GitRepository(dir);
      this.repositories.set(dir, repository);
    }
    return repository;
  }

  /** The localized file's repository root: its git top level, else the fallback. */
  async localizedRoot(file: string, fallback: string | undefined): Promise<string | undefined> {
    return (await gitTopLevel(path.dirname(file))) ?? fallback;
  }

  /** The English repository for a localized root: the explicit one, else the sibling, else undefined. */
  async englishRepository(root: string, settings: EnglishSettings): Promise<string | undefined> {
    if (settings.repository !== undefined) return path.resolve(root, settings.repository);
    const name = englishSiblingName(root);
    if (name === undefined) return undefined;
    const sibling = path.join(path.dirname(root), name);
    return (await isDirectory(sibling)) ? sibling : undefined;
  }

  /**
   * The outcome of comparing a localized file (its text as the editor or the disk has it, and its model) with its
   * English. `fallbackRoot` is the folder paths are taken from when the file is in no git repository.
   */
  async compare(file: string, text: string, model: SxsDocument, settings: EnglishSettings, fallbackRoot?: string): Promise<EnglishOutcome> {
    const handoff = handoffCommit(text);
    if (handoff === undefined) return { kind: 'none', reason: 'no ms.sourcegitcommit' };
    const root = await this.localizedRoot(path.resolve(file), fallbackRoot);
    if (root === undefined) return { kind: 'none', reason: 'not in a repository or workspace folder' };
    const englishDir = await this.englishRepository(root, settings);
    if (englishDir === undefined) {
      // A repository named like a localized one (`….pl-pl`) whose English is not beside it: worth telling the user.
      return { kind: 'none', reason: englishSiblingName(root) === undefined ? 'no English repository' : 'no English repository beside a localized one' };
    }
    if (!(await isDirectory(englishDir))) {
      return { kind: 'problem', message: `The English repository ${englishDir} does not exist.` };
    }
    const englishRoot = await gitTopLevel(englishDir);
    if (englishRoot === undefined) {
      return { kind: 'problem', message: `${englishDir} is not a git repository (or git is not installed), so the English cannot be compared.` };
    }
    const relative = path.relative(root, path.resolve(file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { kind: 'none', reason: 'outside its repository' };
    const englishPath = relative.split(path.sep).join('/');
    const repository = this.repository(englishRoot);
    try {
      return await this.compareIn(repository, englishPath, handoff, model, settings);
    } catch (error) {
      return { kind: 'problem', message: `Cannot read the English from ${englishRoot}: ${error instanceof Error ? error.message : String(error)}.` };
    }
  }

  private async compareIn(
    repository: GitRepository, englishPath: string, handoff: string, model: SxsDocument, settings: EnglishSettings,
  ): Promise<EnglishOutcome> {
    if (!(await repository.hasCommit(handoff))) {
      const shallow = await repository.isShallow();
      return {
        kind: 'problem',
        message: `The hand-off commit ${short(handoff)} (ms.sourcegitcommit) is not in the English repository ${repository.dir}`
          + (shallow ? ': it is a shallow clone; fetch more history (git fetch --unshallow).' : '; fetch it, or check the English repository.'),
      };
    }
    const handoffText = await repository.readFile(handoff, englishPath);
    if (handoffText === undefined) {
      return { kind: 'problem', message: `The English file ${englishPath} does not exist at the hand-off commit ${short(handoff)}.` };
    }
    let currentText: string | undefined;
    let currentLabel: string;
    let currentPath = englishPath;
    if (settings.workingTree === true) {
      currentLabel = 'the working tree';
      currentText = await fs.readFile(path.join(repository.dir, englishPath), 'utf8').catch(() => undefined);
      if (currentText === undefined) {
        return { kind: 'problem', message: `The English file ${englishPath} is not in the working tree of ${repository.dir} (deleted or renamed since the hand-off).` };
      }
    } else {
      const ref = settings.ref ?? 'HEAD';
      const sha = await repository.resolveRef(ref);
      if (sha === undefined) {
        return { kind: 'problem', message: `The English ref "${ref}" is not in ${repository.dir}.` };
      }
      currentLabel = ref === sha ? short(sha) : `${ref} (${short(sha)})`;
      currentText = await repository.readFile(sha, englishPath);
      if (currentText === undefined) {
        const renamed = await repository.renamedPath(handoff, sha, englishPath);
        if (renamed !== undefined) {
          currentPath = renamed;
          currentText = await repository.readFile(sha, renamed);
        }
      }
      if (currentText === undefined) {
        return { kind: 'problem', message: `The English file ${englishPath} was deleted since the hand-off (${short(handoff)}): it is not at ${currentLabel}. No unit can be compared.` };
      }
    }
    return {
      kind: 'compared',
      comparison: compareWithEnglish(model, handoffText, currentText),
      handoff,
      currentLabel,
      englishPath: currentPath,
      handoffText: stripFrontMatter(handoffText),
      currentText: stripFrontMatter(currentText),
    };
  }

  dispose(): void {
    for (const repository of this.repositories.values()) repository.dispose();
    this.repositories.clear();
  }
}
