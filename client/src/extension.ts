/**
 * Entry point: starts the language client and wires the preview, the editor aids and the Markdown preview
 * plugin. Everything else lives in its own module.
 */
// First, so that it records when the code began to load.
import { codeLoadStarted } from './loadStart';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCheckWorkspaceCommand } from './commands/checkWorkspace';
import { registerDimEnglishCommand } from './commands/dimEnglish';
import { registerNavigationCommands } from './commands/navigation';
import { registerPreviewCommands } from './commands/preview';
import { DimDecorations } from './dimDecorations';
import { createLanguageClient } from './languageClient';
import { hideEnglishHalves, type MarkdownItLike } from './markdownPreviewPlugin';
import { PreviewManager } from './preview/previewManager';
import type { PreviewPanelInfo } from './preview/previewPanel';
import { SxsStatusBar } from './statusBar';
import { SxsDataProvider } from './sxsData';
import { TranslationEditorProvider, type TranslationEditorInfo } from './translationEditor/translationEditorProvider';

/** What `activate()` returns: the Markdown preview hook, and a small API the end-to-end tests use. */
export interface SxsExtensionApi {
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T;
  /** Open bilingual preview panels, each with the messages its webview sent. */
  getPreviewPanels(): readonly PreviewPanelInfo[];
  /** Open translation editors, each with the messages its webview sent. */
  getTranslationEditors(): readonly TranslationEditorInfo[];
  /** Resolves when the language client has started (or failed to). */
  readonly ready: Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SxsExtensionApi {
  const output = vscode.window.createOutputChannel('SxS', { log: true });
  context.subscriptions.push(output);
  // The start-up figures go to the log (the open timings measurement reads them).
  const starting = Date.now();
  output.info(`Activated (the code loaded in ${starting - codeLoadStarted} ms); starting the language server.`);

  client = createLanguageClient(context, output);
  const started = client.start().then(
    () => {
      output.info(`The language server started in ${Date.now() - starting} ms.`);
      return client;
    },
    error => {
      output.error(`The sxs language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    },
  );

  const data = new SxsDataProvider(started);
  const previews = new PreviewManager(context.extensionUri, data, message => output.info(message));
  const translationEditors = new TranslationEditorProvider(context.extensionUri, data);
  context.subscriptions.push(
    data,
    previews,
    translationEditors,
    new SxsStatusBar(data),
    new DimDecorations(data),
    ...registerPreviewCommands(previews),
    ...registerNavigationCommands(data),
    registerDimEnglishCommand(),
    registerCheckWorkspaceCommand(started),
  );

  return {
    extendMarkdownIt: md => hideEnglishHalves(md),
    getPreviewPanels: () => previews.getPanels(),
    getTranslationEditors: () => translationEditors.getEditors(),
    ready: started.then(() => undefined),
  };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
