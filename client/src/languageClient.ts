/**
 * Starts the bundled language server (`dist/server.js`) over IPC for markdown files and untitled documents.
 * The server reads the `sxs.*` settings itself (workspace/configuration); `sxs.trace.server` is read by the
 * client library because the client's id is `sxs`. The client tells the server about changed configuration and
 * baseline files (to re-check with the new policy) and about deleted files and folders (whose workspace-check
 * diagnostics must go).
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const markdownSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  // Configuration files and what they may name (bases, baselines: JSON or JSONC anywhere), created, changed or deleted.
  const policyFiles = vscode.workspace.createFileSystemWatcher('**/*.{jsonc,json}');
  // Any deleted file or folder: deleting a folder reports the folder alone, not each markdown file in it.
  const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  context.subscriptions.push(policyFiles, deletions);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: markdownSelector,
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('sxs') },
    synchronize: { fileEvents: [policyFiles, deletions] },
  };
  return new LanguageClient('sxs', 'SxS Language Server', serverOptions, clientOptions);
}
