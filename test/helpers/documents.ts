/**
 * In-memory documents and the language service over them.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';

export function textDocument(text: string, uri = 'file:///test/doc.md', version = 1): TextDocument {
  return TextDocument.create(uri, 'markdown', version, text);
}

/** Applies LSP edits to a text (the edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit.md', 'markdown', 0, text), [...edits]);
}
