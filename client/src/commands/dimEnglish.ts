/** "SxS: Dim English and Markup": flips `sxs.dimEnglish`; the decorations follow the setting. */
import * as vscode from 'vscode';

export function registerDimEnglishCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('sxs.toggleDimEnglish', async () => {
    const editorUri = vscode.window.activeTextEditor?.document.uri;
    const config = vscode.workspace.getConfiguration('sxs', editorUri);
    const inspected = config.inspect<boolean>('dimEnglish');
    // Change the value where it is set, so a workspace setting is not shadowed by a user one.
    const target = inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
    await config.update('dimEnglish', !config.get<boolean>('dimEnglish', false), target);
  });
}
