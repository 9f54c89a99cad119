/**
 * Integration: the translation editor's write path in a real extension host. A write changes only the unit's
 * translation, undo (the document's) restores it, text that would break the unit is refused, and a write after
 * someone else's edit elsewhere in the file still lands on the right bytes.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionApi, fileUri, manifest, openInEditor, waitForEvent } from './helpers';

interface GridInfo {
  readonly uri: vscode.Uri;
  readonly panel: vscode.WebviewPanel;
  readonly messages: readonly { readonly type: string }[];
  readonly openMs: number | undefined;
  write(unit: number, text: string): Promise<{ readonly result: string; readonly message?: string }>;
}

interface GridTestApi {
  getTranslationEditors(): readonly GridInfo[];
}

const UNIT = /<span data-ttu-id="([^"]*)">([\s\S]*?)<\/span><span class="sxs-lookup">/g;

/** The units' IDs and translations, read with a plain pattern independent of the extension's parser. */
function targets(text: string): { id: string; target: string; start: number }[] {
  return [...text.matchAll(UNIT)].map(m => ({ id: m[1], target: m[2], start: m.index + m[0].indexOf('>') + 1 }));
}

async function openGrid(relativePath: string): Promise<{ document: vscode.TextDocument; grid: GridInfo }> {
  const uri = fileUri(relativePath);
  const document = await vscode.workspace.openTextDocument(uri);
  const api = await extensionApi<GridTestApi>();
  assert.strictEqual(typeof api.getTranslationEditors, 'function', 'the extension API offers getTranslationEditors()');
  await vscode.commands.executeCommand('vscode.openWith', uri, 'sxs.translationEditor');
  const grid = await waitForEvent(vscode.window.tabGroups.onDidChangeTabs,
    () => api.getTranslationEditors().find(editor => editor.uri.toString() === uri.toString()), 'the translation editor');
  // The first rows are on screen once the webview says so.
  await waitForEvent(grid.panel.webview.onDidReceiveMessage as vscode.Event<unknown>,
    () => (grid.messages.some(message => message.type === 'rendered') ? true : undefined), 'the grid to render');
  return { document, grid };
}

describe('translation editor (extension host)', function () {
  const ws = manifest();

  afterEach(async function () {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes one translation, undo restores it, and a raw </span> is refused', async function () {
    const { document, grid } = await openGrid(ws.samples.polish.path);
    const original = document.getText();
    const units = targets(original);
    const index = units.findIndex(u => u.id === ws.samples.polish.unit.id);
    assert.ok(index >= 0);
    const written = await grid.write(index, 'Nowe tłumaczenie');
    assert.strictEqual(written.result, 'written', written.message);
    const { start, target } = units[index];
    assert.strictEqual(document.getText(), original.slice(0, start) + 'Nowe tłumaczenie' + original.slice(start + target.length));
    assert.ok(document.isDirty, 'the document is dirty');

    await vscode.commands.executeCommand('undo');
    await waitForEvent(vscode.workspace.onDidChangeTextDocument, () => (document.getText() === original ? true : undefined), 'undo');

    const refused = await grid.write(index, 'zepsute </span> tłumaczenie');
    assert.strictEqual(refused.result, 'refused');
    assert.match(refused.message ?? '', /<\/span>/);
    assert.strictEqual(document.getText(), original, 'nothing was written');
  });

  it('writes the right bytes after another edit moved the units', async function () {
    const { document, grid } = await openGrid(ws.samples.japanese.path);
    const units = targets(document.getText());
    const last = units.length - 1;
    // Two writes in a row (the second from the grid's own bookkeeping), then an edit from elsewhere, then a write.
    assert.strictEqual((await grid.write(1, `${units[1].target} (1)`)).result, 'written');
    assert.strictEqual((await grid.write(last, `${units[last].target} (2)`)).result, 'written');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '<!-- a comment that moves every unit -->\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual((await grid.write(last, `${units[last].target} (3)`)).result, 'written');
    const after = targets(document.getText());
    assert.strictEqual(after.length, units.length);
    assert.deepStrictEqual(after.map(u => u.target), units.map((u, i) => (i === 1 ? `${u.target} (1)` : i === last ? `${u.target} (3)` : u.target)));
    assert.ok(grid.openMs !== undefined && grid.openMs > 0, `the open time is measured: ${grid.openMs}`);
  });

  it('opens from the lens on the first line; a file without units gets no such lens', async function () {
    const editor = await openInEditor(ws.samples.hebrew.path);
    const uri = editor.document.uri;
    const api = await extensionApi<GridTestApi>();
    const gridLens = async (target: vscode.Uri) => (await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider', target, 100)).find(lens => lens.command?.command === 'sxs.openTranslationEditor');
    const lens = await gridLens(uri);
    assert.ok(lens?.command, 'an "Open Translation Editor" lens');
    assert.strictEqual(lens.command.title, 'Open Translation Editor');
    assert.strictEqual(lens.range.start.line, 0, 'on the first line');
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs,
      () => api.getTranslationEditors().find(grid => grid.uri.toString() === uri.toString()), 'the translation editor');

    // The plain file shows the unit markup in a code block only: the server reads no units there.
    const plain = await openInEditor(ws.plain.path);
    assert.strictEqual(await gridLens(plain.document.uri), undefined, 'no lens on a file without units');
  });

  it('stays an optional editor: no association is written and the file opens as text again', async function () {
    const { document } = await openGrid(ws.samples.arabic.path);
    const associations = vscode.workspace.getConfiguration('workbench').get<unknown>('editorAssociations');
    assert.ok(!JSON.stringify(associations ?? {}).includes('sxs.translationEditor'),
      `no editor association names the translation editor: ${JSON.stringify(associations)}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vscode.open', document.uri);
    const input = await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined;
      return active?.uri?.toString() === document.uri.toString() ? active : undefined;
    }, 'a tab for the file');
    assert.ok(input instanceof vscode.TabInputText, `the file opens in the text editor: ${input?.constructor.name}`);
  });
});
