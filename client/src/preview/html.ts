/**
 * The preview webview's HTML shell: a strict Content-Security-Policy, the extension's stylesheet, the
 * webview script with a fresh nonce, a mode toolbar and an empty root the script fills. No document content
 * is put here; it arrives by message after the script reports that it is ready.
 */
import type { PreviewMode } from '../../../server/src/protocol';
import { escapeHtml } from './renderer';

export interface ShellOptions {
  /** `webview.cspSource`: where the webview may load the extension's resources and local images from. */
  readonly cspSource: string;
  /** A new random value for every render of the shell. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
  readonly uri: string;
  readonly mode: PreviewMode;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const modeLabels: Record<PreviewMode, string> = {
  sideBySide: 'Side by side',
  translation: 'Translation',
  english: 'English',
};

export function buildPreviewHtml(options: ShellOptions): string {
  const buttons = (Object.keys(modeLabels) as PreviewMode[]).map(mode =>
    `<button type="button" data-mode="${mode}" aria-pressed="${mode === options.mode}">${modeLabels[mode]}</button>`,
  ).join('');
  return webviewShell(options, `data-mode="${options.mode}" data-uri="${escapeHtml(options.uri)}"`, `
<nav class="sxs-toolbar" role="toolbar" aria-label="Preview mode">${buttons}</nav>
<div class="sxs-columns-header"><div class="sxs-target-header">Translation</div><div class="sxs-source-header">English</div></div>
<main id="sxs-root"></main>`);
}

/** What every webview of the extension (the preview, the translation editor) puts around its own body. */
export type WebviewShellOptions = Pick<ShellOptions, 'cspSource' | 'nonce' | 'scriptUri' | 'styleUri' | 'title'>;

/**
 * A webview page: the strict Content-Security-Policy, one stylesheet, `body` (markup of the extension's, never
 * document content) and one script with the nonce. `bodyAttributes` must be escaped by the caller.
 */
export function webviewShell(options: WebviewShellOptions, bodyAttributes: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.cspSource, options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body${bodyAttributes ? ` ${bodyAttributes}` : ''}>${body}
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>`;
}

/** A nonce for the shell's script: 32 characters from a cryptographic source. */
export function createNonce(randomBytes: (size: number) => Uint8Array): string {
  return Array.from(randomBytes(24), byte => byte.toString(16).padStart(2, '0')).join('').slice(0, 32);
}
