/**
 * Starts the bundled language server (`dist/server.js`) over IPC for markdown files and untitled documents.
 * The server reads the `sxs.*` settings itself (workspace/configuration); `sxs.trace.server` is read by the
 * client library because the client's id is `sxs`.
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
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: markdownSelector,
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('sxs') },
  };
  return new LanguageClient('sxs', 'SxS Language Server', serverOptions, clientOptions);
}
