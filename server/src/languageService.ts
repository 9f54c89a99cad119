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
import { getHover } from './languageFeatures/hover';
import { defaultSettings, isAboveSizeLimit, type SxsSettings } from './languageFeatures/settings';
import { structureChecks } from './checks/registry';
import { getDocumentSymbols } from './languageFeatures/symbols';
import { parseSxs } from './sxs/parser';
import { positionAt } from './sxs/lineIndex';
import { applyEdits, fixText, minimalEdits, selectFixes } from './checks/fix';
import type { SxsDocument } from './sxs/types';

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
}

export interface SxsLanguageService {
  /** The parsed model of this version of the document (parsed once per version). */
  getModel(document: TextDocumentLike): SxsDocument;
  getFindings(document: TextDocumentLike, settings?: SxsSettings): readonly RunFinding[];
  getDiagnostics(document: TextDocumentLike, settings?: SxsSettings): SxsDiagnostic[];
  getHover(document: TextDocumentLike, position: Position, settings?: SxsSettings): Hover | null;
  getCodeActions(document: TextDocumentLike, range: Range, context: CodeActionContext, settings?: SxsSettings): CodeAction[];
  getCodeLenses(document: TextDocumentLike, settings?: SxsSettings): CodeLens[];
  getDocumentSymbols(document: TextDocumentLike): DocumentSymbol[];
  /** Drops the cached model of a closed document. */
  forget(uri: string): void;
}

interface CacheEntry {
  readonly version: number;
  readonly model: SxsDocument;
  /** Carried from version to version of the document: what the checks of one version can reuse in the next. */
  readonly checker: IncrementalChecker;
  /** The findings for one checks configuration (the last one asked for). */
  findings?: { readonly config: ChecksConfig; readonly reduced: boolean; readonly value: readonly RunFinding[] };
  diagnostics?: { readonly findings: readonly RunFinding[]; readonly value: SxsDiagnostic[] };
}

/** Parses a text and runs the checks on it: the whole analysis, for callers without documents (the CLI). */
export function lintText(text: string, config?: ChecksConfig, options: LanguageServiceOptions = {}): { model: SxsDocument; findings: RunFinding[] } {
  const model = (options.parse ?? parseSxs)(text);
  return { model, findings: runChecks(model, config, { onCheckError: options.onCheckError }) };
}

/**
 * "Fix all" as edits on the current text: preferred fixes applied and the text re-checked until nothing changes,
 * so applying the result twice is the same as once; each edit names only the characters it changes.
 */
function settledFixAllEdits(model: SxsDocument, settings: SxsSettings, options: LanguageServiceOptions = {}): TextEdit[] {
  let fixedText: string;
  if (isAboveSizeLimit(model.text.length, settings)) {
    // A huge file: one pass over the structure checks' fixes, no re-checking loop.
    const findings = runChecks(model, settings.checks, { checks: structureChecks, onCheckError: options.onCheckError });
    fixedText = applyEdits(model.text, selectFixes(findings).edits);
  } else {
    fixedText = fixText(model.text, settings.checks, (text, config) => lintText(text, config, options)).text;
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
    const fresh: CacheEntry = {
      version: document.version,
      model: parse(document.getText()),
      checker: cached?.checker ?? createIncrementalChecker(),
    };
    cache.set(document.uri, fresh);
    return fresh;
  }

  function findings(document: TextDocumentLike, settings: SxsSettings): readonly RunFinding[] {
    const cached = entry(document);
    const reduced = isAboveSizeLimit(cached.model.text.length, settings);
    if (cached.findings === undefined || cached.findings.config !== settings.checks || cached.findings.reduced !== reduced) {
      // Above the size limit, only the unit markup and IDs are checked; below it, an edit re-checks what it changed.
      let value: RunFinding[];
      if (reduced) {
        cached.checker.clear();
        value = runChecks(cached.model, settings.checks, { onCheckError: options.onCheckError, checks: structureChecks });
      } else {
        value = cached.checker.run(cached.model, settings.checks, { onCheckError: options.onCheckError });
      }
      cached.findings = { config: settings.checks, reduced, value };
    }
    return cached.findings.value;
  }

  function diagnostics(document: TextDocumentLike, settings: SxsSettings): SxsDiagnostic[] {
    const cached = entry(document);
    const current = findings(document, settings);
    if (cached.diagnostics === undefined || cached.diagnostics.findings !== current) {
      cached.diagnostics = { findings: current, value: computeDiagnostics(cached.model, current, document.version) };
    }
    return cached.diagnostics.value;
  }

  return {
    getModel: document => entry(document).model,
    getFindings: (document, settings = defaultSettings) => findings(document, settings),
    getDiagnostics: (document, settings = defaultSettings) => diagnostics(document, settings),
    getHover: (document, position, settings = defaultSettings) =>
      getHover(entry(document).model, position, findings(document, settings)),
    getCodeActions: (document, _range, context, settings = defaultSettings) =>
      getCodeActions({
        uri: document.uri,
        version: document.version,
        context,
        fileDiagnostics: diagnostics(document, settings),
        fixAllEdits: () => settledFixAllEdits(entry(document).model, settings, options),
      }),
    getCodeLenses: (document, settings = defaultSettings) =>
      settings.codeLens.enabled ? getCodeLenses(entry(document).model, findings(document, settings), { uri: document.uri }) : [],
    getDocumentSymbols: document => {
      const model = entry(document).model;
      // Files with no units are ordinary markdown: the editor's own outline covers them.
      return model.units.length === 0 ? [] : getDocumentSymbols(model);
    },
    forget: uri => {
      cache.delete(uri);
    },
  };
}
