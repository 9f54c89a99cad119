/**
 * The "Open Translation Editor" lens on the first line of a markdown file with units. It sits beside the server's
 * file summary (VS Code puts the lenses of one line together) and reads the same preview data as the status bar,
 * one request per document version, so it asks the server nothing new. The server has the last word on whether the
 * file has units: unit-like text inside code gets no lens.
 */
import * as vscode from 'vscode';
import { hasUnits, isMarkdown, type SxsDataProvider } from '../sxsData';

export const OPEN_TRANSLATION_EDITOR_COMMAND = 'sxs.openTranslationEditor';

export class TranslationEditorLensProvider implements vscode.CodeLensProvider {
  constructor(private readonly data: SxsDataProvider) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!isMarkdown(document) || !hasUnits(document.getText())) return [];
    const data = await this.data.get(document);
    if (!data || data.units.length === 0) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [new vscode.CodeLens(top, { title: 'Open Translation Editor', command: OPEN_TRANSLATION_EDITOR_COMMAND, arguments: [document.uri] })];
  }
}
