/**
 * The server's side of "English changed since hand-off": for an open document, the outcome of comparing it with its
 * English (read through git, asynchronously), cached per document version and English settings, so diagnostics,
 * hover, lenses and `sxs/staleUnits` read one comparison. The diagnostics are not ordinary checks (they need git):
 * `server.ts` publishes the checks' diagnostics at once and merges these in when they are ready.
 *
 * When no English repository is found for a file that names a hand-off, one information message (once per server)
 * says how to name it.
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { RunFinding } from '../checks/run';
import { englishFindings, type EnglishOutcome } from '../english/findings';
import { computeDiagnostics, type SxsDiagnostic } from '../languageFeatures/diagnostics';
import type { UnitEnglishChange } from '../languageFeatures/hover';
import type { SxsSettings } from '../languageFeatures/settings';
import type { SxsDocument } from '../sxs/types';
import { governFindings, type Policy } from '../config/policy';
import { englishChecks } from '../checks/registry';
import { positionAt } from '../sxs/lineIndex';
import { EnglishSources, HOW_TO_SET_ENGLISH, type EnglishSettings } from './englishSource';
import { filePathOf } from './policyFiles';
import type { StaleUnitsResult } from './protocol';

interface Entry {
  readonly version: number;
  readonly key: string;
  readonly model: SxsDocument;
  readonly outcome: Promise<EnglishOutcome>;
  value?: EnglishOutcome;
  diagnostics?: SxsDiagnostic[];
}

export interface EnglishStalenessHost {
  readonly connection: Connection;
  logOnce(what: string, error: unknown): void;
  /** The workspace folder of a file (the fallback root when the file is in no git repository). */
  folderOf(file: string): string | undefined;
  policyOf(uri: string, settings: SxsSettings): Policy;
}

/** The English settings of a document: the configuration file's `"english"`, else the `sxs.english.*` settings. */
export function englishSettingsOf(policy: Policy, settings: SxsSettings, folder: string | undefined): EnglishSettings {
  const fromSettings = settings.english;
  const repository = policy.english?.repository
    ?? (fromSettings.repository === '' ? undefined : path.resolve(folder ?? '.', fromSettings.repository));
  const ref = policy.english?.ref ?? (fromSettings.ref === '' ? undefined : fromSettings.ref);
  const workingTree = policy.english?.workingTree ?? fromSettings.workingTree;
  return { repository, ref, workingTree };
}

export class EnglishStaleness {
  private readonly sources = new EnglishSources();
  private readonly entries = new Map<string, Entry>();
  private toldHowToSet = false;
  private loggedHowToSet = false;

  constructor(private readonly host: EnglishStalenessHost) {}

  private entry(uri: string, version: number, text: string, model: SxsDocument, settings: SxsSettings): Entry | undefined {
    const file = filePathOf(uri);
    if (file === undefined || !/ms\.sourcegitcommit/.test(text.slice(0, 4096))) return undefined;
    const folder = this.host.folderOf(file);
    const english = englishSettingsOf(this.host.policyOf(uri, settings), settings, folder);
    const key = JSON.stringify(english);
    const known = this.entries.get(uri);
    if (known !== undefined && known.version === version && known.key === key && known.model === model) return known;
    const outcome = this.sources.compare(file, text, model, english, folder).catch((error: unknown): EnglishOutcome => {
      this.host.logOnce('english comparison', error);
      return { kind: 'none' };
    });
    const entry: Entry = { version, key, model, outcome };
    void outcome.then(value => {
      entry.value = value;
      if (value.kind === 'none' && value.reason?.startsWith('no English repository') === true) this.tellHowToSet(value.reason.endsWith('localized one'));
    });
    this.entries.set(uri, entry);
    return entry;
  }

  /**
   * Once per server: in the log always, and as an information message when the file's repository is named like a
   * localized one (`docs.example.pl-pl`), where the English is expected; elsewhere a pop-up would be noise.
   */
  private tellHowToSet(popUp: boolean): void {
    const text = `no English repository found to show the units whose English changed since the hand-off; ${HOW_TO_SET_ENGLISH}.`;
    if (!this.loggedHowToSet) this.host.connection.console.info(`[sxs] ${text}`);
    this.loggedHowToSet = true;
    if (!popUp || this.toldHowToSet) return;
    this.toldHowToSet = true;
    void this.host.connection.window.showInformationMessage(`SxS: ${text}`);
  }

  /** The outcome for this version of a document (computed once; undefined for documents that name no hand-off). */
  outcome(uri: string, version: number, text: string, model: SxsDocument, settings: SxsSettings): Promise<EnglishOutcome | undefined> {
    return this.entry(uri, version, text, model, settings)?.outcome ?? Promise.resolve(undefined);
  }

  /** The outcome if it is ready now, without waiting (`null`: not ready; undefined: nothing to compare). */
  ready(uri: string, version: number, text: string, model: SxsDocument, settings: SxsSettings): EnglishOutcome | undefined | null {
    const entry = this.entry(uri, version, text, model, settings);
    if (entry === undefined) return undefined;
    return entry.value ?? null;
  }

  /**
   * The English diagnostics of an outcome, under the document's policy like the checks' (severity or `off` per code,
   * suppression comments, baseline); cached with the outcome (a change of settings or policy clears the cache).
   */
  diagnosticsOf(uri: string, version: number, model: SxsDocument, outcome: EnglishOutcome | undefined, settings: SxsSettings): SxsDiagnostic[] {
    if (outcome === undefined) return [];
    const entry = this.entries.get(uri);
    if (entry !== undefined && entry.version === version && entry.value === outcome && entry.model === model) {
      entry.diagnostics ??= computeDiagnostics(model, this.findingsOf(uri, model, outcome, settings), version);
      return entry.diagnostics;
    }
    return computeDiagnostics(model, this.findingsOf(uri, model, outcome, settings), version);
  }

  /** The findings of an outcome that the document's policy lets through. */
  findingsOf(uri: string, model: SxsDocument, outcome: EnglishOutcome | undefined, settings: SxsSettings): RunFinding[] {
    if (outcome === undefined) return [];
    return governFindings(model, englishFindings(model, outcome), this.host.policyOf(uri, settings), settings.checks, englishChecks);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets every comparison (settings or configuration changed). */
  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.entries.clear();
    this.sources.dispose();
  }
}

/** A unit's English change for the hover, from a compared outcome. */
export function englishChangeOf(model: SxsDocument, outcome: EnglishOutcome | undefined): ((unit: number) => UnitEnglishChange | undefined) | undefined {
  if (outcome === undefined || outcome.kind !== 'compared') return undefined;
  const { comparison } = outcome;
  return unit => {
    const verdict = comparison.verdicts[unit];
    const source = model.units[unit]?.source;
    if ((verdict !== 'stale' && verdict !== 'notFromHandoff') || source === undefined) return undefined;
    const replacement = comparison.replacementOf(unit);
    return {
      kind: verdict,
      oldEnglish: model.text.slice(source.start, source.end),
      ...(replacement === undefined ? {} : { newEnglish: replacement.text }),
      handoff: outcome.handoff.slice(0, 7),
      currentLabel: outcome.currentLabel,
    };
  };
}

/** The `sxs/staleUnits` answer for a document. */
export function staleUnitsResult(uri: string, version: number, model: SxsDocument, outcome: EnglishOutcome | undefined): StaleUnitsResult {
  if (outcome === undefined || outcome.kind === 'none') {
    return { uri, version, status: 'none', units: [], newEnglish: [], ...(outcome?.reason === undefined ? {} : { message: outcome.reason }) };
  }
  if (outcome.kind === 'problem') return { uri, version, status: 'problem', message: outcome.message, units: [], newEnglish: [] };
  const { comparison } = outcome;
  const position = (offset: number) => positionAt(model.lineStarts, offset);
  const units = [...comparison.stale, ...comparison.notFromHandoff].sort((a, b) => a - b).map(index => {
    const unit = model.units[index];
    const source = unit.source!;
    const replacement = comparison.verdicts[index] === 'stale' ? comparison.replacementOf(index) : undefined;
    const start = position(unit.target.start);
    return {
      index,
      id: unit.id,
      kind: comparison.verdicts[index] as 'stale' | 'notFromHandoff',
      line: start.line,
      character: start.character,
      oldEnglish: model.text.slice(source.start, source.end),
      ...(replacement === undefined ? {} : { newEnglish: replacement.text, similarity: Math.round(replacement.similarity * 1000) / 1000 }),
    };
  });
  const newEnglish = comparison.newEnglish.map(paragraph => {
    const unit = paragraph.afterUnit === undefined ? undefined : model.units[paragraph.afterUnit];
    return { text: paragraph.text, ...(unit === undefined ? {} : { afterUnit: unit.index, afterId: unit.id }) };
  });
  return {
    uri, version, status: 'compared', handoff: outcome.handoff, english: outcome.currentLabel, englishPath: outcome.englishPath,
    staleCount: comparison.stale.length, units, newEnglish,
  };
}
