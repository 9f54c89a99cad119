/**
 * "SxS: Check Workspace": finds every markdown file in the workspace (minus `files.exclude` and
 * `search.exclude`), sends them to the server in batches (`sxs/checkFiles`), and the server publishes their
 * diagnostics, so every sxs file shows in the Problems panel. A progress notification counts files and problems;
 * cancelling stops sending batches. Files compared with their English get a summary line each in the "SxS English"
 * output, and the final message counts their stale units.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { batches, createExcludeMatcher } from '../../../server/src/workspace/exclude';
import { CheckFilesRequestMethod, type CheckFilesParams, type CheckFilesResult } from '../../../server/src/workspace/protocol';

const BATCH_SIZE = 25;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The workspace's markdown files that neither `files.exclude` nor `search.exclude` excludes. */
async function findMarkdownFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  // `undefined` applies files.exclude; search.exclude is applied below, per workspace folder.
  const found = await vscode.workspace.findFiles('**/*.{md,markdown}', undefined, undefined, token);
  return found.filter(uri => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder === undefined) {
      return true;
    }
    const excluded = createExcludeMatcher(
      vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude'),
      vscode.workspace.getConfiguration('search', folder.uri).get<Record<string, unknown>>('exclude'),
    );
    return !excluded(vscode.workspace.asRelativePath(uri, false));
  }).sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
}

export function registerCheckWorkspaceCommand(client: Promise<LanguageClient | undefined>): vscode.Disposable {
  let englishOutput: vscode.OutputChannel | undefined;
  const command = vscode.commands.registerCommand('sxs.checkWorkspace', async () => {
    const running = await client;
    if (running === undefined) {
      void vscode.window.showErrorMessage('SxS: the language server is not running, so the workspace cannot be checked.');
      return;
    }
    await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: 'SxS: Checking workspace',
      cancellable: true,
    }, async (progress, token) => {
      progress.report({ message: 'finding markdown files…' });
      const uris = await findMarkdownFiles(token);
      let done = 0;
      let errors = 0;
      let warnings = 0;
      let unreadable = 0;
      let ignored = 0;
      let stale = 0;
      const englishLines: string[] = [];
      // One run: the server replaces what the previous run published once the last batch is checked.
      const run = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const all = batches(uris, BATCH_SIZE);
      if (all.length === 0) all.push([]);
      for (const [index, batch] of all.entries()) {
        if (token.isCancellationRequested) {
          break;
        }
        const params: CheckFilesParams = { uris: batch.map(uri => uri.toString()), run, last: index === all.length - 1 };
        const result = await running.sendRequest<CheckFilesResult>(CheckFilesRequestMethod, params, token)
          .catch(() => ({ files: [] }) as CheckFilesResult);
        for (const file of result.files) {
          errors += file.errors;
          warnings += file.warnings;
          unreadable += file.problem === undefined ? 0 : 1;
          ignored += file.ignored === true ? 1 : 0;
          stale += file.stale ?? 0;
          if (file.english !== undefined) englishLines.push(`${vscode.workspace.asRelativePath(vscode.Uri.parse(file.uri, true))}: ${file.english}`);
        }
        done += result.files.length;
        progress.report({
          increment: uris.length === 0 ? 100 : (batch.length / uris.length) * 100,
          message: `${done}/${uris.length} files, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
        });
      }
      const counts = `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`;
      const skipped = (unreadable > 0 ? ` ${plural(unreadable, 'file')} could not be read.` : '')
        + (ignored > 0 ? ` ${plural(ignored, 'file')} ignored by .sxslint.jsonc.` : '')
        + (englishLines.length > 0 ? ` ${plural(stale, 'stale unit')} in ${plural(englishLines.length, 'file')} compared with their English (see the SxS English output).` : '');
      if (englishLines.length > 0) {
        englishOutput ??= vscode.window.createOutputChannel('SxS English');
        englishOutput.clear();
        englishOutput.appendLine(`English changed since the hand-off, per file (${new Date().toISOString()}):`);
        for (const line of englishLines) englishOutput.appendLine(line);
      }
      if (token.isCancellationRequested) {
        void vscode.window.showInformationMessage(`SxS: stopped after ${done} of ${plural(uris.length, 'file')}: ${counts} so far.${skipped}`);
      } else {
        void vscode.window.showInformationMessage(`SxS: checked ${plural(uris.length, 'markdown file')}: ${counts}.${skipped}`);
      }
    });
  });
  return vscode.Disposable.from(command, { dispose: () => englishOutput?.dispose() });
}
