/**
 * Latency over the protocol: the built server (`dist/server.js --stdio`) is spawned and driven like an editor
 * would: open a document, hover units, type one character and wait for the diagnostics of that version,
 * ask for code lenses and for the preview data. Times are measured in this process, message sent to answer
 * received, so they include JSON and pipe costs.
 */
import { performance } from 'node:perf_hooks';
import { parseSxs } from '../server/src/sxs/parser';
import { positionAt } from '../server/src/sxs/lineIndex';
import { expandPreviewData } from '../server/src/languageFeatures/preview';
import type { CompactPreviewData, PreviewData } from '../server/src/protocol';
import { LspClient, ResponseError } from './lspClient';
import type { BenchFile } from './corpus';
import { median, percentile, seededRandom } from './timing';

export interface ProtocolResult {
  readonly document: string;
  readonly bytes: number;
  readonly diagnostics: number;
  /** Open to first diagnostics, median of `openRuns`, ms: the server has checked the document before (warm). */
  readonly openMs: number;
  /** The first open of the server's life, cold: not in `openMs`. */
  readonly firstOpenMs: number;
  readonly openRuns: number;
  readonly hoverP50: number;
  readonly hoverP99: number;
  readonly hovers: number;
  readonly editP50: number;
  readonly editP99: number;
  readonly edits: number;
  /** A hover sent right after a one-character edit, before its diagnostics: the editor's case while typing. */
  readonly hoverAfterEditP50: number;
  readonly hoverAfterEditP99: number;
  readonly codeLensMs: number;
  /** Undefined when the server does not answer `sxs/previewData`. Asked again for the same version (see below). */
  readonly previewDataMs: number | undefined;
  /**
   * `sxs/previewData` for a version the server has not answered before: after a one-character edit and its undo, as
   * the extension asks while the user types (it keeps one answer per version itself).
   */
  readonly previewDataAfterEditMs: number | undefined;
}

export interface ProtocolOptions {
  /** Idle time before each edit, so each edit is measured as a single keystroke, not as part of a burst. */
  readonly editGapMs: number;
  readonly openRuns: number;
  readonly hovers: number;
  readonly edits: number;
  readonly warmup: number;
}

const METHOD_NOT_FOUND = -32601;

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

export async function measureProtocol(serverScript: string, file: BenchFile, options: ProtocolOptions): Promise<ProtocolResult> {
  const client = new LspClient(serverScript);
  try {
    await client.initialize();
    const uri = `file:///bench/${file.name.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
    const model = parseSxs(file.text);

    // Open to first diagnostics: open and close the document again (closing drops the server's model).
    const openTimes: number[] = [];
    let firstOpenMs = NaN;
    let diagnostics = 0;
    for (let run = 0; run < options.openRuns + 1; run++) {
      const published = client.nextDiagnostics(uri, 1);
      const start = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: file.text } });
      const result = await published;
      const elapsed = performance.now() - start;
      diagnostics = result.diagnostics.length;
      if (run > 0) {
        openTimes.push(elapsed);
      } else {
        firstOpenMs = elapsed;
      }
      if (run < options.openRuns) {
        client.notify('textDocument/didClose', { textDocument: { uri } });
      }
    }

    // Hovers over the translated halves of units spread over the whole document.
    const random = seededRandom(42);
    const candidates = model.units.filter(unit => unit.target.end - unit.target.start >= 2);
    const hoverTimes: number[] = [];
    for (let i = 0; i < options.warmup + options.hovers; i++) {
      const unit = candidates[Math.floor(random() * candidates.length)];
      const position = positionAt(model.lineStarts, unit.target.start + 1);
      const start = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      if (i >= options.warmup) {
        hoverTimes.push(performance.now() - start);
      }
    }

    // One-character edits inside a translated half, alternately typed and deleted so the text returns to the
    // original after every pair: the time from didChange to the diagnostics of that version. Each edit follows
    // an idle pause, as a single keystroke does; a burst of typing is throttled by the server on purpose.
    const editTimes: number[] = [];
    let version = 1;
    for (let i = 0; i < options.warmup + options.edits; i++) {
      const unit = candidates[Math.floor(random() * candidates.length)];
      const at = positionAt(model.lineStarts, unit.target.start + 1);
      for (const insert of [true, false]) {
        version++;
        const range = insert
          ? { start: at, end: at }
          : { start: at, end: { line: at.line, character: at.character + 1 } };
        await sleep(options.editGapMs);
        const published = client.nextDiagnostics(uri, version);
        const start = performance.now();
        client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range, text: insert ? 'x' : '' }],
        });
        await published;
        if (i >= options.warmup) {
          editTimes.push(performance.now() - start);
        }
      }
    }

    // A hover right behind an edit: the server has not analysed the new version yet when the hover arrives.
    const hoverAfterEditTimes: number[] = [];
    for (let i = 0; i < options.warmup + Math.ceil(options.edits / 2); i++) {
      const unit = candidates[Math.floor(random() * candidates.length)];
      const at = positionAt(model.lineStarts, unit.target.start + 1);
      for (const insert of [true, false]) {
        version++;
        const range = insert
          ? { start: at, end: at }
          : { start: at, end: { line: at.line, character: at.character + 1 } };
        await sleep(options.editGapMs);
        const published = client.nextDiagnostics(uri, version);
        client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range, text: insert ? 'x' : '' }],
        });
        const start = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: at });
        if (i >= options.warmup) {
          hoverAfterEditTimes.push(performance.now() - start);
        }
        await published;
      }
    }

    const lensTimes: number[] = [];
    for (let i = 0; i < options.warmup + 10; i++) {
      const start = performance.now();
      await client.request('textDocument/codeLens', { textDocument: { uri } });
      if (i >= options.warmup) {
        lensTimes.push(performance.now() - start);
      }
    }

    let previewDataMs: number | undefined;
    let previewDataAfterEditMs: number | undefined;
    try {
      // Asked as the extension asks (`compact`), and expanded with the text as it does: the edits above came in
      // pairs, so the text is the file's again.
      const askPreview = async (): Promise<number> => {
        const start = performance.now();
        const answer = await client.request<CompactPreviewData | PreviewData | null>('sxs/previewData', { textDocument: { uri }, compact: true });
        if (answer === null || !('format' in answer) || answer.version !== version) {
          throw new Error('sxs/previewData: no compact answer for the current version');
        }
        expandPreviewData(answer, file.text);
        return performance.now() - start;
      };
      const previewTimes: number[] = [];
      for (let i = 0; i < options.warmup + 5; i++) {
        const elapsed = await askPreview();
        if (i >= options.warmup) {
          previewTimes.push(elapsed);
        }
      }
      previewDataMs = median(previewTimes);
      // A new version each time: a character typed and deleted again (the text is the file's), its diagnostics
      // awaited, then the preview's question.
      const afterEditTimes: number[] = [];
      for (let i = 0; i < options.warmup + 5; i++) {
        const unit = candidates[Math.floor(random() * candidates.length)];
        const at = positionAt(model.lineStarts, unit.target.start + 1);
        for (const insert of [true, false]) {
          version++;
          const published = client.nextDiagnostics(uri, version);
          client.notify('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range: insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } }, text: insert ? 'x' : '' }],
          });
          await published;
        }
        await sleep(options.editGapMs);
        const elapsed = await askPreview();
        if (i >= options.warmup) {
          afterEditTimes.push(elapsed);
        }
      }
      previewDataAfterEditMs = median(afterEditTimes);
    } catch (error) {
      if (!(error instanceof ResponseError && error.code === METHOD_NOT_FOUND)) {
        throw error;
      }
    }

    return {
      document: file.name,
      bytes: file.bytes,
      diagnostics,
      openMs: median(openTimes),
      firstOpenMs,
      openRuns: openTimes.length,
      hoverP50: percentile(hoverTimes, 50),
      hoverP99: percentile(hoverTimes, 99),
      hovers: hoverTimes.length,
      editP50: percentile(editTimes, 50),
      editP99: percentile(editTimes, 99),
      edits: editTimes.length,
      hoverAfterEditP50: percentile(hoverAfterEditTimes, 50),
      hoverAfterEditP99: percentile(hoverAfterEditTimes, 99),
      codeLensMs: median(lensTimes),
      previewDataMs,
      previewDataAfterEditMs,
    };
  } finally {
    await client.shutdown();
  }
}
