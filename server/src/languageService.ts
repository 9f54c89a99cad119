/**
 * The sxs language service: one facade over the parser, the checks and the features, with no knowledge of the
 * wire. The model and the findings are cached per document version, so every feature reads the same parse.
 * The server, the CLI and the tests all go through here.
 */
import type { CodeAction, CodeActionContext, CodeLens, DocumentSymbol, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { runChecks, type ChecksConfig, type RunFinding } from './checks/run';
import { createIncrementalChecker, type IncrementalChecker } from './checks/incremental';
import type { Check } from './checks/types';
import { getCodeActions } from './languageFeatures/codeActions';
import { getCodeLenses } from './languageFeatures/codeLens';
import { computeDiagnostics, type SxsDiagnostic } from './languageFeatures/diagnostics';
import { getHover, type UnitEnglishChange } from './languageFeatures/hover';
import { defaultSettings, isAboveSizeLimit, type SxsSettings } from './languageFeatures/settings';
import { structureChecks } from './checks/registry';
import { getDocumentSymbols } from './languageFeatures/symbols';
import { carryPreviewRows, computeCompactPreviewData, computePreviewData } from './languageFeatures/preview';
import type { CompactPreviewData, PreviewData } from './protocol';
import { parseSxs } from './sxs/parser';
import { shiftedModel } from './modelShift';
import { positionAt } from './sxs/lineIndex';
import { applyEdits, fixText, minimalEdits, selectFixes } from './checks/fix';
import type { SxsDocument } from './sxs/types';
import { fallbackLocale, withFallbackLocale } from './checks/locale/detect';
import { allChecks } from './checks/registry';
import { qaChecks } from './checks/qa';
import { applyPolicy, defaultPolicy, type Policy } from './config/policy';

const aliases = new Map([...qaChecks, ...allChecks].map(check => [check.id, check.alias]));
const aliasOf = (code: string): string | undefined => aliases.get(code);

/** What the service needs of a text document (a `TextDocument` from vscode-languageserver-textdocument fits). */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface LanguageServiceOptions {
  /** The parser; `parseSxs` by default. */
  readonly parse?: (text: string) => SxsDocument;
  /** Called when a check throws (the other checks still run). */
  readonly onCheckError?: (check: Check, error: unknown) => void;
  /**
   * The policy of a document by URI (`.sxslint.jsonc`, ignores, baseline; see `config/policy.ts`): the same object
   * while nothing changed. Without it, every document gets the editor's settings and nothing more.
   */
  readonly policyOf?: (uri: string, settings: SxsSettings) => Policy;
}

/** What `lintText` knows of the file besides its text: where it is, for the locale of its repository folder. */
export interface LintTextOptions extends LanguageServiceOptions {
  /** The file path or URI: a folder ending in `.de-de` gives the locale when the front matter has none. */
  readonly path?: string;
  /** The locale when neither the front matter nor the path gives one (the `sxs.locale` setting). */
  readonly locale?: string;
  /** The file's policy: its configuration's checks replace `config`, and suppressions and the baseline apply. */
  readonly policy?: Policy;
}

export interface SxsLanguageService {
  /** The parsed model of this version of the document (parsed once per version). */
  getModel(document: TextDocumentLike): SxsDocument;
  getFindings(document: TextDocumentLike, settings?: SxsSettings): readonly RunFinding[];
  getDiagnostics(document: TextDocumentLike, settings?: SxsSettings): SxsDiagnostic[];
  /** `englishChange`: how a unit's English moved on since the hand-off, when the English was compared (async, by the adapter). */
  getHover(document: TextDocumentLike, position: Position, settings?: SxsSettings, englishChange?: (unit: number) => UnitEnglishChange | undefined): Hover | null;
  getCodeActions(document: TextDocumentLike, range: Range, context: CodeActionContext, settings?: SxsSettings): CodeAction[];
  /** `staleUnits`: the units whose English changed since the hand-off, when the English was compared. */
  getCodeLenses(document: TextDocumentLike, settings?: SxsSettings, staleUnits?: readonly number[]): CodeLens[];
  getDocumentSymbols(document: TextDocumentLike): DocumentSymbol[];
  /** The preview's data for this version, `compact` or full (made once per version and form; do not change it). */
  getPreviewData(document: TextDocumentLike, compact: boolean): PreviewData | CompactPreviewData;
  /** Drops the cached model of a closed document. */
  forget(uri: string): void;
}

interface CacheEntry {
  readonly version: number;
  readonly model: SxsDocument;
  /** Carried from version to version of the document: what the checks of one version can reuse in the next. */
  readonly checker: IncrementalChecker;
  /** The locale `checker` last ran with (carried with it): another locale starts it afresh. */
  checkerLocale: string | undefined;
  /** The findings for one checks configuration, policy and locale (the last one asked for). */
  findings?: {
    readonly config: ChecksConfig | undefined;
    readonly policy: Policy;
    readonly reduced: boolean;
    readonly locale: string | undefined;
    readonly value: readonly RunFinding[];
  };
  /** The model as the checks see it: with the locale of the path or setting when its front matter has none. */
  located?: { readonly locale: string | undefined; readonly model: SxsDocument };
  diagnostics?: { readonly findings: readonly RunFinding[]; readonly value: SxsDiagnostic[] };
  /** The last preview data asked for: the preview, the translation editor and a second window may all ask for one version. */
  preview?: { readonly compact: boolean; readonly value: PreviewData | CompactPreviewData };
}

/** Parses a text and runs the checks on it: the whole analysis, for callers without documents (the CLI). */
export function lintText(text: string, config?: ChecksConfig, options: LintTextOptions = {}): { model: SxsDocument; findings: RunFinding[] } {
  const model = (options.parse ?? parseSxs)(text);
  const locale = fallbackLocale(options.path, options.locale);
  const policy = options.policy ?? defaultPolicy;
  if (policy.ignored) return { model, findings: [] };
  const findings = runChecks(model, policy.checks ?? config, { onCheckError: options.onCheckError, locale });
  return { model, findings: applyPolicy(model, findings, policy, aliasOf) };
}

/**
 * "Fix all" as edits on the current text: preferred fixes applied and the text re-checked until nothing changes,
 * so applying the result twice is the same as once; each edit names only the characters it changes.
 */
function settledFixAllEdits(model: SxsDocument, settings: SxsSettings, options: LintTextOptions = {}): TextEdit[] {
  let fixedText: string;
  const policy = options.policy ?? defaultPolicy;
  const config = policy.checks ?? settings.checks;
  if (policy.ignored) {
    return [];
  }
  if (isAboveSizeLimit(model.text.length, settings)) {
    // A huge file: one pass over the structure checks' fixes, no re-checking loop.
    const findings = runChecks(model, config, { checks: structureChecks, onCheckError: options.onCheckError, locale: fallbackLocale(options.path, options.locale) });
    fixedText = applyEdits(model.text, selectFixes(applyPolicy(model, findings, policy, aliasOf)).edits);
  } else {
    fixedText = fixText(model.text, config, (text, checks) => lintText(text, checks, options)).text;
  }
  return minimalEdits(model.text, fixedText).map(edit => ({
    range: { start: positionAt(model.lineStarts, edit.range.start), end: positionAt(model.lineStarts, edit.range.end) },
    newText: edit.newText,
  }));
}

export function createLanguageService(options: LanguageServiceOptions = {}): SxsLanguageService {
  const parse = options.parse ?? parseSxs;
  const cache = new Map<string, CacheEntry>();

  function entry(document: TextDocumentLike): CacheEntry {
    const cached = cache.get(document.uri);
    if (cached !== undefined && cached.version === document.version) {
      return cached;
    }
    const text = document.getText();
    // A keystroke inside a half moves the last version's model instead of parsing the whole text again.
    const shifted = cached !== undefined && options.parse === undefined ? shiftedModel(cached.model, text) : undefined;
    if (cached !== undefined && shifted !== undefined) carryPreviewRows(cached.model, shifted);
    const fresh: CacheEntry = {
      version: document.version,
      model: shifted ?? parse(text),
      checker: cached?.checker ?? createIncrementalChecker(),
      checkerLocale: cached?.checkerLocale,
    };
    cache.set(document.uri, fresh);
    return fresh;
  }

  /** The model with the locale of the document's path or the setting when its front matter has none. */
  function located(cached: CacheEntry, locale: string | undefined): SxsDocument {
    if (cached.located === undefined || cached.located.locale !== locale) {
      cached.located = { locale, model: withFallbackLocale(cached.model, locale) };
    }
    return cached.located.model;
  }

  function policyOf(document: TextDocumentLike, settings: SxsSettings): Policy {
    return options.policyOf?.(document.uri, settings) ?? defaultPolicy;
  }

  function findings(document: TextDocumentLike, settings: SxsSettings): readonly RunFinding[] {
    const cached = entry(document);
    const reduced = isAboveSizeLimit(cached.model.text.length, settings);
    const locale = fallbackLocale(document.uri, settings.locale);
    const policy = policyOf(document, settings);
    // The configuration file's checks, else the editor's settings.
    const config = policy.checks ?? settings.checks;
    if (cached.findings === undefined || cached.findings.config !== config || cached.findings.policy !== policy
      || cached.findings.reduced !== reduced || cached.findings.locale !== locale) {
      // Above the size limit, only the unit markup and IDs are checked; below it, an edit re-checks what it changed.
      let value: RunFinding[];
      if (reduced) {
        cached.checker.clear();
        value = policy.ignored ? [] : runChecks(cached.model, config, { onCheckError: options.onCheckError, checks: structureChecks, locale });
      } else {
        // The incremental checker keeps unit findings while the front matter and configuration stay: a new locale
        // (the setting changed) starts it afresh. It reads the locale from the model it is given.
        if (cached.checkerLocale !== locale) {
          cached.checker.clear();
          cached.checkerLocale = locale;
        }
        value = policy.ignored ? [] : cached.checker.run(located(cached, locale), config, { onCheckError: options.onCheckError });
      }
      // Inline `sxs-disable` comments and the baseline hide findings after the checks, so the incremental checker's
      // reuse does not depend on them.
      cached.findings = { config, policy, reduced, locale, value: applyPolicy(cached.model, value, policy, aliasOf) };
    }
    return cached.findings.value;
  }

  function diagnostics(document: TextDocumentLike, settings: SxsSettings): SxsDiagnostic[] {
    const cached = entry(document);
    const current = findings(document, settings);
    if (cached.diagnostics === undefined || cached.diagnostics.findings !== current) {
      cached.diagnostics = { findings: current, value: computeDiagnostics(cached.model, current, document.version, document.uri) };
    }
    return cached.diagnostics.value;
  }

  return {
    getModel: document => entry(document).model,
    getFindings: (document, settings = defaultSettings) => findings(document, settings),
    getDiagnostics: (document, settings = defaultSettings) => diagnostics(document, settings),
    getHover: (document, position, settings = defaultSettings, englishChange) =>
      getHover(entry(document).model, position, findings(document, settings), englishChange),
    getCodeActions: (document, _range, context, settings = defaultSettings) =>
      getCodeActions({
        uri: document.uri,
        version: document.version,
        context,
        fileDiagnostics: diagnostics(document, settings),
        fixAllEdits: () => settledFixAllEdits(entry(document).model, settings, { ...options, path: document.uri, locale: settings.locale, policy: policyOf(document, settings) }),
        model: entry(document).model,
        baselineAvailable: policyOf(document, settings).baselineFile !== undefined,
      }),
    getCodeLenses: (document, settings = defaultSettings, staleUnits) =>
      settings.codeLens.enabled ? getCodeLenses(entry(document).model, findings(document, settings), { uri: document.uri, staleUnits }) : [],
    getDocumentSymbols: document => {
      const model = entry(document).model;
      // Files with no units are ordinary markdown: the editor's own outline covers them.
      return model.units.length === 0 ? [] : getDocumentSymbols(model);
    },
    getPreviewData: (document, compact) => {
      const cached = entry(document);
      if (cached.preview === undefined || cached.preview.compact !== compact) {
        const options = { uri: document.uri, version: document.version };
        cached.preview = { compact, value: compact ? computeCompactPreviewData(cached.model, options) : computePreviewData(cached.model, options) };
      }
      return cached.preview.value;
    },
    forget: uri => {
      cache.delete(uri);
    },
  };
}
