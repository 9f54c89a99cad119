/**
 * Helpers for integration tests that run inside the extension host: open workspace files, get the
 * extension's API, and wait on VS Code events (never on timers alone) with a timeout that explains itself.
 */
import * as vscode from 'vscode';
import { readManifest, type WorkspaceManifest } from '../shared/manifest';

export const EXTENSION_ID = 'sxs-tools.sxs';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return folder.uri;
}

export function manifest(): WorkspaceManifest {
  return readManifest(workspaceFolder().fsPath);
}

export function fileUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relativePath.split('/'));
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function extensionApi<T = unknown>(): Promise<T> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

/** Resolves with `value()` once it is defined, re-checking whenever `event` fires; rejects after `timeoutMs`. */
export function waitForEvent<T>(
  event: vscode.Event<unknown>,
  value: () => T | undefined,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (result: T | undefined, error?: Error): void => {
      if (settled) return;
      settled = true;
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result as T);
    };
    const check = (): void => {
      try {
        const result = value();
        if (result !== undefined) finish(result);
      } catch (error) {
        finish(undefined, error instanceof Error ? error : new Error(String(error)));
      }
    };
    const subscription = event(check);
    const timer = setTimeout(() => finish(undefined, new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    check();
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate`, driven by `onDidChangeDiagnostics`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return waitForEvent(vscode.languages.onDidChangeDiagnostics, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return predicate(diagnostics) ? diagnostics : undefined;
  }, `${what} (now: ${describeDiagnostics(vscode.languages.getDiagnostics(uri))})`, timeoutMs);
}

/**
 * Resolves the next time the diagnostics of `uri` are set (an empty list included); subscribes at once, so call
 * it before the action that makes them be published.
 */
export function diagnosticsPublished(uri: vscode.Uri, what: string, timeoutMs = 30_000): Promise<void> {
  let published = false;
  const subscription = vscode.languages.onDidChangeDiagnostics(event => {
    if (event.uris.some(changed => changed.toString() === uri.toString())) published = true;
  });
  return waitForEvent(vscode.languages.onDidChangeDiagnostics, () => (published ? true : undefined), what, timeoutMs)
    .then(() => undefined)
    .finally(() => subscription.dispose());
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no diagnostics';
  return diagnostics.map(d => `${codeOf(d) ?? '?'}@${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('; ');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The plain text of hover contents, whatever form they take. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap(hover => hover.contents)
    .map(content => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
