/**
 * Preview data per document version, fetched from the server with `sxs/previewData` and shared by the
 * preview, the status bar, the unit navigation and the English dimming. One request per document version.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { expandPreviewData } from '../../server/src/languageFeatures/preview';
import {
  PreviewDataRequestMethod,
  type CompactPreviewData,
  type PreviewData,
  type PreviewDataParams,
  type PreviewUnit,
} from '../../server/src/protocol';
import { StaleUnitsRequestMethod, type StaleUnitsParams, type StaleUnitsResult } from '../../server/src/workspace/protocol';

interface StaleEntry {
  readonly version: number;
  readonly key: string;
  readonly promise: Promise<StaleUnitsResult | undefined>;
  result?: StaleUnitsResult;
  /** The answer for an earlier key of this version, until this one arrives. */
  readonly previous?: StaleUnitsResult;
}

interface Entry {
  readonly version: number;
  readonly promise: Promise<PreviewData | undefined>;
  data?: PreviewData;
}

export class SxsDataProvider implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly staleEntries = new Map<string, StaleEntry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when new data for a document arrives. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: Promise<LanguageClient | undefined>) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument(document => {
        this.entries.delete(document.uri.toString());
        this.staleEntries.delete(document.uri.toString());
      }),
      this.changed,
    );
  }

  /** The data of this version of the document, if it has arrived. */
  peek(document: vscode.TextDocument): PreviewData | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry?.version === document.version ? entry.data : undefined;
  }

  /** The newest data that has arrived for the document, possibly of an older version. */
  latest(uri: vscode.Uri): PreviewData | undefined {
    return this.entries.get(uri.toString())?.data;
  }

  get(document: vscode.TextDocument): Promise<PreviewData | undefined> {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry?.version === document.version) return entry.promise;
    const previous = entry?.data;
    const next: Entry = {
      version: document.version,
      promise: this.fetch(document).then(data => {
        if (data && this.entries.get(key) === next) {
          next.data = data;
          this.changed.fire(document.uri);
        }
        return data ?? previous;
      }),
      data: previous,
    };
    this.entries.set(key, next);
    return next.promise;
  }

  /**
   * `sxs/staleUnits` for this version of the document: the new English of its stale units. The server answers once it
   * has read the English through git; `key` is what the caller saw of the English diagnostics (which arrive after the
   * comparison, and change when the English settings do), and a new key asks again. `result` is set once it arrived;
   * `previous` is the answer for the same version before the key changed.
   */
  staleUnits(document: vscode.TextDocument, key: string): Readonly<Pick<StaleEntry, 'result' | 'previous' | 'promise'>> {
    const uri = document.uri.toString();
    const entry = this.staleEntries.get(uri);
    if (entry?.version === document.version && entry.key === key) return entry;
    const next: StaleEntry = {
      version: document.version,
      key,
      promise: this.fetchStale(document).then(result => {
        if (result && result.version === document.version && this.staleEntries.get(uri) === next) next.result = result;
        return result;
      }),
      previous: entry?.version === document.version ? entry.result ?? entry.previous : undefined,
    };
    this.staleEntries.set(uri, next);
    return next;
  }

  private async fetchStale(document: vscode.TextDocument): Promise<StaleUnitsResult | undefined> {
    const client = await this.client;
    if (!client || !client.isRunning()) return undefined;
    const params: StaleUnitsParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
    try {
      return (await client.sendRequest<StaleUnitsResult | null>(StaleUnitsRequestMethod, params)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private async fetch(document: vscode.TextDocument): Promise<PreviewData | undefined> {
    const client = await this.client;
    if (!client || !client.isRunning()) return undefined;
    const textDocument = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    try {
      // The compact answer leaves out the halves' text, taken here from the document at the answer's version; if
      // the document moved on before the answer came, that text is gone, and the full answer is asked for instead.
      const compact: PreviewDataParams = { textDocument, compact: true };
      const answer = await client.sendRequest<CompactPreviewData | PreviewData | null>(PreviewDataRequestMethod, compact);
      if (answer === null) return undefined;
      if (!('format' in answer)) return answer;
      if (!document.isClosed && answer.version === document.version) return expandPreviewData(answer, document.getText());
      const full: PreviewDataParams = { textDocument };
      return (await client.sendRequest<PreviewData | null>(PreviewDataRequestMethod, full)) ?? undefined;
    } catch {
      // The server logs its own failures; the preview simply keeps what it has.
      return undefined;
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.entries.clear();
    this.staleEntries.clear();
  }
}

/** The unit whose range holds `offset` (end inclusive), or undefined. Units are in document order. */
export function unitAtOffset(units: readonly PreviewUnit[], offset: number): PreviewUnit | undefined {
  let low = 0;
  let high = units.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (units[mid].range.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const unit = found >= 0 ? units[found] : undefined;
  return unit && offset <= unit.range.end ? unit : undefined;
}

/** A cheap test for the editor title button and the status bar: does the text hold a unit opener? */
export function hasUnits(text: string): boolean {
  return text.includes('<span data-ttu-id="');
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}
