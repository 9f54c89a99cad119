/**
 * What the server's parts share: the connection, the open documents, the language service, settings, the file
 * policy, and the error-safe handler wrapper. A module of its own, so the parts (workspace checks, policy files,
 * commands) and `server.ts` do not import one another in a circle.
 */
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SxsLanguageService } from '../languageService';
import type { SxsSettings } from '../languageFeatures/settings';
import type { PolicyFiles } from './policyFiles';
import type { EnglishStaleness } from './englishStaleness';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: SxsLanguageService;
  /** Configuration, ignores and baseline files, read from disk and watched. */
  readonly policy: PolicyFiles;
  /** The English comparison of documents that name a hand-off (read through git, asynchronously). */
  readonly english?: EnglishStaleness;
  /** The `sxs.*` settings for a document (cached until the configuration changes). */
  getSettings(uri: string): Promise<SxsSettings>;
  /** True for the documents the server acts on: markdown. */
  isSxsCandidate(document: TextDocument): boolean;
  /** Checks every open document again and refreshes the lenses (after settings or policy files changed). */
  revalidateAll(): void;
  /**
   * Wraps a handler: an exception is logged once (with its stack) and `fallback` returned instead.
   * Cancelled requests also return `fallback`.
   */
  safe<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>):
    (params: P, token: CancellationToken) => Promise<R>;
  /** Logs an error once per kind and message. */
  logOnce(what: string, error: unknown): void;
}
