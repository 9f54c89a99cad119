/**
 * The workspace manifest written by scripts/e2e/workspace.js: which sample files the workspace holds,
 * a sample unit of each (with its target and English text) and the injected faults. Tests read expected
 * values from here instead of hard-coding corpus content.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface SampleUnit {
  readonly id: string;
  /** The target and English halves as markdown source. */
  readonly target: string;
  readonly source: string;
  /** The same with inline markdown removed and whitespace collapsed. */
  readonly targetText: string;
  readonly sourceText: string;
  readonly sourceId: string;
  /** UTF-16 offset of the unit's `<span` and its 0-based line and character. */
  readonly offset: number;
  readonly line: number;
  readonly character: number;
}

export interface Sample {
  /** Path relative to the workspace folder (the corpus layout `<locale>/<source>/<path>`). */
  readonly path: string;
  readonly file: string;
  readonly unit: SampleUnit;
  readonly unitCount: number;
}

export interface Fault {
  readonly kind: 'id-mismatch';
  readonly path: string;
  readonly file: string;
  /** The sample file this is a modified copy of. */
  readonly originalFile: string;
  readonly unit: string;
  /** 0-based line of the unit. */
  readonly line: number;
  readonly original: string;
  readonly injected: string;
  readonly offset: number;
}

export interface WorkspaceManifest {
  readonly folder: string;
  readonly samples: { readonly polish: Sample; readonly japanese: Sample; readonly hebrew: Sample; readonly arabic: Sample };
  /** A long file (hundreds of units), for scroll sync and timings. */
  readonly long: { readonly path: string; readonly file: string; readonly unitCount: number };
  /** A markdown file without units. */
  readonly plain: { readonly path: string; readonly file: string };
  readonly faults: readonly Fault[];
  /**
   * The translation editor UI tests' own copies, one per test: no other test opens them (quick open reopens a file
   * in the editor it was last shown in) and none fixes their fault.
   */
  readonly grid: {
    readonly typing: Sample;
    readonly refused: Sample;
    readonly theme: Sample;
    readonly filters: Sample;
    readonly hebrew: Sample;
    readonly japanese: Sample;
    readonly faulty: Fault;
    readonly long: { readonly path: string; readonly file: string; readonly unitCount: number };
  };
  /** The file the preview security test fills with its hostile document. */
  readonly securityCanary: { readonly path: string; readonly file: string };
  /**
   * English changed since the hand-off: a localized file (in its own git repository in the workspace, whose
   * `.sxslint.jsonc` names the English repository rebuilt beside the workspace folder) and its one stale unit, with
   * the English it was handed off with and the sentence that replaced it (markdown as written).
   */
  readonly english: {
    readonly path: string;
    readonly file: string;
    readonly repository: string;
    readonly staleCount: number;
    readonly unit: SampleUnit;
    readonly oldEnglish: string;
    readonly newEnglish: string;
    /** The new English with inline markdown removed, as a hover renders it. */
    readonly newEnglishText: string;
  };
}

/** Reads `<root>/manifest.json`, where `<root>` is the folder that holds the workspace folder. */
export function readManifest(workspaceFolder: string): WorkspaceManifest {
  return JSON.parse(fs.readFileSync(path.join(workspaceFolder, '..', 'manifest.json'), 'utf8')) as WorkspaceManifest;
}

export function fault(manifest: WorkspaceManifest, kind: Fault['kind']): Fault {
  const found = manifest.faults.find(f => f.kind === kind);
  if (!found) throw new Error(`the workspace has no ${kind} fault`);
  return found;
}

/** Collapses whitespace (including the no-break spaces editors render) for text comparisons. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
