/** "SxS: Open Bilingual Preview" and "… to the Side": the active markdown file, or the file the command got. */
import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/previewManager';
import { isMarkdown } from '../sxsData';

export function registerPreviewCommands(manager: PreviewManager): vscode.Disposable[] {
  const open = (toSide: boolean) => async (uri?: unknown) => {
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document || !isMarkdown(document)) {
      void vscode.window.showInformationMessage('Open a markdown file to see its bilingual preview.');
      return undefined;
    }
    await manager.open(document, toSide);
    return undefined;
  };
  return [
    vscode.commands.registerCommand('sxs.openPreview', open(false)),
    vscode.commands.registerCommand('sxs.openPreviewToSide', open(true)),
  ];
}
