/**
 * The bilingual preview's script inside the webview. It only places HTML the extension rendered, keeps the
 * DOM it can keep (rows whose HTML did not change stay as they are, so edits do not flicker or lose scroll),
 * highlights the unit under the editor cursor and reports clicks back to the extension.
 */
import {
  previewModes,
  type ExtensionToWebviewMessage,
  type PreviewMode,
  type PreviewWebviewState,
  type RenderedRow,
  type WebviewToExtensionMessage,
} from '../../../server/src/protocol';

interface VsCodeApi {
  postMessage(message: WebviewToExtensionMessage): void;
  getState(): PreviewWebviewState | undefined;
  setState(state: PreviewWebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('sxs-root') as HTMLElement;
const body = document.body;

let uri = vscode.getState()?.uri ?? body.dataset.uri ?? '';
let mode: PreviewMode = isMode(vscode.getState()?.mode) ? vscode.getState()!.mode : readMode(body.dataset.mode);
/** The rows now in the DOM, in order, with the HTML each was built from. */
let current: { key: string; html: string; element: HTMLElement }[] = [];
let activeUnit: number | undefined;

function isMode(value: unknown): value is PreviewMode {
  return typeof value === 'string' && (previewModes as readonly string[]).includes(value);
}

function readMode(value: string | undefined): PreviewMode {
  return isMode(value) ? value : 'sideBySide';
}

function post(message: WebviewToExtensionMessage): void {
  vscode.postMessage(message);
}

function saveState(): void {
  vscode.setState({ uri, mode });
}

function applyMode(next: PreviewMode, notify: boolean): void {
  mode = next;
  body.dataset.mode = mode;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-mode]')) {
    button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
  }
  saveState();
  if (notify) post({ type: 'modeChanged', mode });
}

function elementFromHtml(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild;
  if (element instanceof HTMLElement) return element;
  const fallback = document.createElement('div');
  fallback.append(template.content);
  return fallback;
}

/** Replaces only the rows between the unchanged head and the unchanged tail of the list. */
function updateRows(rows: readonly RenderedRow[]): void {
  const same = (a: { key: string; html: string }, b: RenderedRow) => a.key === b.key && a.html === b.html;
  // A long document's first screen came first: keep its rows, add the others around them, and keep them in place.
  const at = current.length > 0 ? rows.findIndex(row => same(current[0], row)) : -1;
  if (at > 0 && current.every((row, i) => i + at < rows.length && same(row, rows[i + at]))) {
    const anchor = current[0].element;
    const top = anchor.getBoundingClientRect().top;
    const made = (list: readonly RenderedRow[]) => list.map(row => ({ ...row, element: elementFromHtml(row.html) }));
    const before = made(rows.slice(0, at));
    const after = made(rows.slice(at + current.length));
    anchor.before(...before.map(row => row.element));
    root.append(...after.map(row => row.element));
    current = [...before, ...current, ...after];
    markOwnScroll();
    window.scrollBy(0, anchor.getBoundingClientRect().top - top);
    return;
  }
  let head = 0;
  while (head < current.length && head < rows.length && same(current[head], rows[head])) head++;
  let tail = 0;
  while (
    tail < current.length - head && tail < rows.length - head
    && same(current[current.length - 1 - tail], rows[rows.length - 1 - tail])
  ) tail++;

  const removed = current.slice(head, current.length - tail);
  const before = current[current.length - tail]?.element ?? null;
  const added = rows.slice(head, rows.length - tail).map(row => ({ ...row, element: elementFromHtml(row.html) }));
  const fragment = document.createDocumentFragment();
  for (const row of added) fragment.append(row.element);
  for (const row of removed) row.element.remove();
  root.insertBefore(fragment, before);
  current = [...current.slice(0, head), ...added, ...current.slice(current.length - tail)];
}

function unitElement(unit: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.sxs-unit[data-unit="${unit}"]`);
}

function highlight(unit: number | undefined, reveal: boolean): void {
  for (const element of root.querySelectorAll('.sxs-active')) element.classList.remove('sxs-active');
  activeUnit = unit;
  if (unit === undefined) return;
  const element = unitElement(unit);
  if (!element) return;
  // A table cell's unit has its English in the other column's table: mark both.
  for (const part of root.querySelectorAll<HTMLElement>(`[data-unit="${unit}"]`)) part.classList.add('sxs-active');
  if (reveal) {
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) element.scrollIntoView({ block: 'center' });
  }
}

window.addEventListener('message', (event: MessageEvent<ExtensionToWebviewMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      uri = message.uri;
      document.title = message.title;
      saveState();
      updateRows(message.rows);
      root.classList.toggle('sxs-empty', message.rows.length === 0);
      if (message.revealActive) markOwnScroll();
      highlight(message.activeUnit ?? activeUnit, message.revealActive === true);
      post({ type: 'rendered', units: root.querySelectorAll('.sxs-unit').length });
      break;
    case 'highlight':
      if (message.reveal) markOwnScroll();
      highlight(message.unit, message.reveal);
      break;
    case 'scrollToUnit':
      scrollToUnit(message.unit);
      break;
    case 'setMode':
      applyMode(message.mode, false);
      break;
  }
});

document.addEventListener('click', event => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const modeButton = target.closest<HTMLButtonElement>('button[data-mode]');
  if (modeButton) {
    applyMode(readMode(modeButton.dataset.mode), true);
    return;
  }
  const link = target.closest('a');
  if (link) {
    // Links never navigate the webview, and VS Code's own link handler in the webview host (which would open
    // the link a second time, relative links as a broken web page) never sees the click: the extension opens
    // it once, through VS Code. Fragment links scroll the preview.
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute('href');
    if (!href) return;
    if (href.startsWith('#')) scrollToAnchor(href.slice(1));
    else post({ type: 'openLink', href });
    return;
  }
  const unit = target.closest<HTMLElement>('[data-unit]');
  if (unit && window.getSelection()?.isCollapsed !== false) {
    const index = Number(unit.dataset.unit);
    const line = Number(unit.dataset.line);
    if (Number.isInteger(index) && Number.isInteger(line)) post({ type: 'selectUnit', unit: index, line });
  }
});

/** Scrolls to the heading or element whose anchors hold `fragment` (case-insensitive, percent-decoded). */
function scrollToAnchor(fragment: string): void {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // keep it as written
  }
  const wanted = decoded.toLowerCase();
  if (wanted === '' || wanted === 'top') {
    window.scrollTo(0, 0);
    return;
  }
  const element = Array.from(root.querySelectorAll<HTMLElement>('[data-anchors]'))
    .find(candidate => (candidate.dataset.anchors ?? '').split(' ').includes(wanted));
  if (!element) return;
  element.scrollIntoView({ block: 'start' });
  element.classList.add('sxs-anchor-target');
  setTimeout(() => element.classList.remove('sxs-anchor-target'), 1500);
}

/*
 * Scroll sync. The editor's scrolling brings its first visible unit to the top here; the user's scrolling here
 * tells the extension the first unit at the top, and the editor reveals it. A scroll this script caused is not
 * reported back (the flag below, cleared by the scroll events it causes or after a moment), and reports are
 * throttled, so the two sides do not chase each other.
 */
const scrollThrottleMs = 50;
let ownScrollUntil = 0;
let scrollTimer: ReturnType<typeof setTimeout> | undefined;

function markOwnScroll(): void {
  ownScrollUntil = Date.now() + 250;
}

function scrollToUnit(unit: number): void {
  const element = unitElement(unit);
  if (!element) return;
  const top = element.getBoundingClientRect().top + window.scrollY - 4;
  if (Math.abs(top - window.scrollY) < 2) return;
  markOwnScroll();
  window.scrollTo({ top, behavior: 'instant' as ScrollBehavior });
}

/** The first unit whose box reaches below the top of the viewport. */
function firstVisibleUnit(): HTMLElement | undefined {
  const units = root.querySelectorAll<HTMLElement>('.sxs-unit[data-unit]');
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid].getBoundingClientRect().bottom <= 1) low = mid + 1;
    else high = mid;
  }
  return units[low];
}

window.addEventListener('scroll', () => {
  if (Date.now() < ownScrollUntil) return;
  if (scrollTimer !== undefined) return;
  scrollTimer = setTimeout(() => {
    scrollTimer = undefined;
    if (Date.now() < ownScrollUntil) return;
    const element = firstVisibleUnit();
    const unit = Number(element?.dataset.unit);
    const line = Number(element?.dataset.line);
    if (element && Number.isInteger(unit) && Number.isInteger(line)) post({ type: 'scrolled', unit, line });
  }, scrollThrottleMs);
}, { passive: true });

applyMode(mode, false);
post({ type: 'ready' });
