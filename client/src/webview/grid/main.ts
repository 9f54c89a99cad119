/**
 * The translation editor's script inside the webview: a virtualised list of rows (English rendered by the
 * extension, the translation in a textarea), filters with counts, and the keyboard of a translation tool.
 * Typing never re-renders the grid: the textarea is the row's state, the document is written through the
 * extension, and the document's answer only touches the rows it changed (never a row being composed in).
 * Document content reaches the DOM only as the extension's sanitized HTML or as text.
 */
import type {
  ExtensionToGridMessage, GridCommand, GridFinding, GridFix, GridInit, GridToExtensionMessage, GridUnit,
} from '../../../../server/src/protocol';

interface VsCodeApi {
  postMessage(message: GridToExtensionMessage): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Filter = 'all' | 'problems' | 'untranslated' | 'stale';

interface SavedState {
  readonly uri: string;
  readonly filter: Filter;
  readonly query: string;
  readonly activeUnit: number | undefined;
  readonly scrollTop: number;
}

interface Row {
  unit: GridUnit;
  /** The translation the document holds, as far as the webview knows. */
  docText: string;
  /** The translation in the row (what the textarea shows, mounted or not). */
  value: string;
  /** The text when the row got the focus, for Esc. */
  entryText: string;
  findings: readonly GridFinding[];
  fixes: readonly GridFix[] | undefined;
  refused: string | undefined;
  /** Writes sent and not answered yet, and the newest one's sequence number. */
  inflight: number;
  lastSeq: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** A document change that arrived while an input method was composing in the row. */
  deferred: GridUnit | undefined;
}

type Item = { readonly kind: 'heading'; readonly heading: number } | { readonly kind: 'unit'; readonly unit: number };

/** Codes of the English-source comparison that mark a unit's English as changed since the hand-off. */
const STALE_ENGLISH_CODES = new Set(['SX901']);
const WRITE_DELAY_MS = 120;
const OVERSCAN_PX = 600;
const ESTIMATE = { heading: 40, unit: 64 };

const vscode = acquireVsCodeApi();
const app = document.getElementById('grid-app') as HTMLElement;
const fieldSizing = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

let grid: GridInit | undefined;
let rows: Row[] = [];
let items: Item[] = [];
let tops: number[] = [0];
const heights = new Map<string, number>();
const mounted = new Map<string, HTMLElement>();
let filter: Filter = vscode.getState()?.filter ?? 'all';
let query = vscode.getState()?.query ?? '';
let activeUnit: number | undefined = vscode.getState()?.activeUnit;
let composing: Row | undefined;
let seq = 0;
/** When each unanswered write was sent, by sequence number. */
const sent = new Map<number, number>();

/** Latency samples for the size measurements: key press to the next frame, and write to the document's answer. */
const stats = { keystrokes: [] as number[], writes: [] as number[], open: {} as Record<string, number> };
(window as unknown as { sxsGridStats: typeof stats }).sxsGridStats = stats;

// ---- layout ------------------------------------------------------------------------------------------------------

const toolbar = element('div', 'grid-toolbar');
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Filters');
const filterButtons = new Map<Filter, HTMLButtonElement>();
const filterLabels: Record<Filter, string> = {
  all: 'All', problems: 'With problems', untranslated: 'Untranslated', stale: 'Stale English',
};
for (const name of Object.keys(filterLabels) as Filter[]) {
  const button = element('button', 'grid-filter') as HTMLButtonElement;
  button.type = 'button';
  button.dataset.filter = name;
  button.append(element('span', 'grid-filter-label', filterLabels[name]), element('span', 'grid-count', '0'));
  button.addEventListener('click', () => setFilter(name));
  filterButtons.set(name, button);
  toolbar.append(button);
}
const search = element('input', 'grid-search') as HTMLInputElement;
search.type = 'search';
search.placeholder = 'Search English or translation';
search.setAttribute('aria-label', 'Search English or translation');
search.value = query;
search.addEventListener('input', () => {
  query = search.value;
  rebuildItems();
});
const shown = element('span', 'grid-shown');
shown.setAttribute('aria-live', 'polite');
toolbar.append(search, shown);

const header = element('div', 'grid-columns');
header.append(element('div', 'grid-col-id', 'Unit'), element('div', 'grid-col-source', 'English'), element('div', 'grid-col-target', 'Translation'));
const scroller = element('div', 'grid-scroll');
scroller.tabIndex = -1;
const canvas = element('div', 'grid-canvas');
canvas.setAttribute('role', 'list');
scroller.append(canvas);
const help = element('div', 'grid-help',
  'Ctrl+Enter: commit and next · Alt+↓/↑: next/previous row · Esc: revert the row · Ctrl+Insert: copy the English · Ctrl+.: apply the quick fix');

// ---- messages ----------------------------------------------------------------------------------------------------

function post(message: GridToExtensionMessage): void {
  vscode.postMessage(message);
}

window.addEventListener('message', (event: MessageEvent<ExtensionToGridMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'init': {
      const started = performance.now();
      init(message.grid, message.findings);
      if (Object.keys(stats.open).length === 0) {
        stats.open = { ...message.timing, webviewInitMs: Math.round(performance.now() - started) };
      }
      break;
    }
    case 'patch':
      for (const unit of message.units) patch(unit);
      updateCounts();
      break;
    case 'findings':
      setFindings(message.findings);
      break;
    case 'fixes': {
      const row = rows[message.unit];
      if (!row) break;
      row.fixes = message.fixes;
      refreshFindings(row);
      break;
    }
    case 'edited':
      edited(message);
      break;
    case 'command':
      runCommand(message.command);
      break;
    case 'opened':
      stats.open.totalMs = message.ms;
      break;
  }
});

function init(next: GridInit, findings: Readonly<Record<number, readonly GridFinding[]>>): void {
  const saved = vscode.getState();
  const sameDocument = grid?.uri === next.uri || saved?.uri === next.uri;
  const previous = new Map(rows.map(row => [row.unit.id, row]));
  grid = next;
  rows = next.units.map(unit => {
    const old = previous.get(unit.id);
    // A row with text not yet written keeps it across a reload of the unit list.
    const pending = old && (old.timer !== undefined || old.inflight > 0 || old.refused !== undefined);
    return {
      unit, docText: unit.target, value: pending ? old.value : unit.target, entryText: old?.entryText ?? unit.target,
      findings: findings[unit.index] ?? [], fixes: undefined, refused: pending ? old.refused : undefined,
      inflight: old?.inflight ?? 0, lastSeq: old?.lastSeq ?? 0, timer: old?.timer, deferred: undefined,
    };
  });
  if (!sameDocument) {
    filter = 'all';
    query = '';
    search.value = '';
  }
  // A new unit list (units came or went) rebuilds the rows: keep the translator's place in the focused row.
  const focused = document.activeElement instanceof HTMLTextAreaElement ? document.activeElement : undefined;
  const caret = focused ? { start: focused.selectionStart, end: focused.selectionEnd } : undefined;
  const focusedId = focused ? focused.closest<HTMLElement>('.grid-row')?.dataset.id : undefined;
  for (const el of mounted.values()) el.remove();
  mounted.clear();
  heights.clear();
  if (app.classList.contains('grid-loading')) {
    app.classList.remove('grid-loading');
    app.removeAttribute('aria-busy');
    app.textContent = '';
    app.append(toolbar, header, scroller, help);
    app.dataset.direction = next.direction;
  }
  showPending();
  header.querySelector('.grid-col-target')!.textContent = next.locale ? `Translation (${next.locale})` : 'Translation';
  rebuildItems(false);
  const first = !rendered;
  if (first && saved && saved.uri === next.uri) scroller.scrollTop = saved.scrollTop;
  renderWindow();
  const refocus = focusedId === undefined ? undefined : rows.find(row => row.unit.id === focusedId);
  if (refocus && caret) {
    activeUnit = refocus.unit.index;
    focusRow(refocus.unit.index);
    mounted.get(`u${refocus.unit.index}`)?.querySelector('textarea')?.setSelectionRange(caret.start, caret.end);
  }
  if (first) {
    rendered = true;
    afterPaint(() => post({ type: 'rendered', units: rows.length, rendered: canvas.querySelectorAll('.grid-row').length }));
  }
}
let rendered = false;

function patch(unit: GridUnit): void {
  const row = rows[unit.index];
  if (!row || row.unit.id !== unit.id) return;
  if (composing === row) {
    row.deferred = unit;
    return;
  }
  const sourceChanged = row.unit.sourceHtml !== unit.sourceHtml;
  row.unit = unit;
  row.docText = unit.target;
  const el = mounted.get(keyOf({ kind: 'unit', unit: unit.index }));
  if (sourceChanged && el) el.querySelector('.grid-source')!.innerHTML = unit.sourceHtml;
  // The row's own text wins while it is still on its way to the document.
  if (row.timer !== undefined || row.inflight > 0) return;
  if (row.value === unit.target) return;
  row.value = unit.target;
  row.refused = undefined;
  const textarea = el?.querySelector('textarea');
  if (textarea) {
    const focused = document.activeElement === textarea;
    const start = textarea.selectionStart;
    const end = textarea.selectionEnd;
    textarea.value = unit.target;
    if (focused) textarea.setSelectionRange(Math.min(start, unit.target.length), Math.min(end, unit.target.length));
    autosize(textarea);
    refreshStatus(row);
  }
}

function setFindings(findings: Readonly<Record<number, readonly GridFinding[]>>): void {
  for (const row of rows) {
    const next = findings[row.unit.index] ?? [];
    if (sameFindings(row.findings, next)) continue;
    row.findings = next;
    row.fixes = undefined;
    refreshFindings(row);
    if (row.unit.index === activeUnit && next.length > 0) post({ type: 'requestFixes', unit: row.unit.index });
  }
  // The filters that read findings follow them (a translator who chose "With problems" before the checks
  // answered saw an empty list); the rows already on screen and the focused one stay.
  if (filter === 'problems' || filter === 'stale') refilter();
  else updateCounts();
}

function edited(message: Extract<ExtensionToGridMessage, { type: 'edited' }>): void {
  const row = rows[message.unit];
  if (!row) return;
  row.inflight = Math.max(0, row.inflight - 1);
  const sentAt = sent.get(message.seq);
  sent.delete(message.seq);
  if (sentAt !== undefined && message.result === 'written') stats.writes.push(performance.now() - sentAt);
  showPending();
  if (message.seq !== row.lastSeq) return; // an older write; the newer one answers for the row
  row.refused = message.result === 'refused' || message.result === 'failed' ? message.message : undefined;
  refreshStatus(row);
}

// ---- rows --------------------------------------------------------------------------------------------------------

function keyOf(item: Item): string {
  return item.kind === 'heading' ? `h${item.heading}` : `u${item.unit}`;
}

function untranslated(row: Row): boolean {
  const target = squash(row.value);
  return target === '' || target === squash(row.unit.source);
}

function matches(row: Row, needle: string): boolean {
  return needle === '' || row.value.toLowerCase().includes(needle) || row.unit.source.toLowerCase().includes(needle);
}

function passes(row: Row, which: Filter): boolean {
  switch (which) {
    case 'all': return true;
    case 'problems': return row.findings.length > 0 || row.refused !== undefined;
    case 'untranslated': return untranslated(row);
    case 'stale': return row.findings.some(finding => STALE_ENGLISH_CODES.has(finding.code));
  }
}

function setFilter(next: Filter): void {
  filter = next;
  rebuildItems();
}

/** The rows the filter and the search leave, under their headings. Kept while typing; rebuilt on a filter change. */
function rebuildItems(render = true): void {
  if (!grid) return;
  items = filteredItems();
  computeTops();
  for (const [key, el] of mounted) {
    el.remove();
    mounted.delete(key);
  }
  updateCounts();
  saveState();
  if (render) {
    scroller.scrollTop = 0;
    renderWindow();
  }
}

/** Recomputes the list in place when it changed: mounted rows that stay are moved, not rebuilt; the scroll stays. */
function refilter(): void {
  if (!grid) return;
  const next = filteredItems();
  const same = next.length === items.length && next.every((item, i) => keyOf(item) === keyOf(items[i]));
  if (!same) {
    items = next;
    computeTops();
    renderWindow();
  }
  updateCounts();
}

function filteredItems(): Item[] {
  const needle = query.trim().toLowerCase();
  const next: Item[] = [];
  let section = -2;
  for (const row of rows) {
    if (row.unit.index !== activeUnit && !(passes(row, filter) && matches(row, needle))) continue;
    if (row.unit.section !== section) {
      section = row.unit.section;
      if (section >= 0) next.push({ kind: 'heading', heading: section });
    }
    next.push({ kind: 'unit', unit: row.unit.index });
  }
  return next;
}

function updateCounts(): void {
  const needle = query.trim().toLowerCase();
  const counts: Record<Filter, number> = { all: 0, problems: 0, untranslated: 0, stale: 0 };
  for (const row of rows) {
    if (!matches(row, needle)) continue;
    for (const name of Object.keys(counts) as Filter[]) if (passes(row, name)) counts[name]++;
  }
  for (const [name, button] of filterButtons) {
    button.querySelector('.grid-count')!.textContent = String(counts[name]);
    button.setAttribute('aria-pressed', String(name === filter));
  }
  const unitsShown = items.reduce((n, item) => n + (item.kind === 'unit' ? 1 : 0), 0);
  shown.textContent = `${unitsShown} of ${rows.length} units`;
}

function heightOf(item: Item): number {
  return heights.get(keyOf(item)) ?? (item.kind === 'heading' ? ESTIMATE.heading : ESTIMATE.unit);
}

function computeTops(from = 0): void {
  if (tops.length !== items.length + 1) {
    tops = new Array<number>(items.length + 1).fill(0);
    from = 0;
  }
  for (let i = from; i < items.length; i++) tops[i + 1] = tops[i] + heightOf(items[i]);
  canvas.style.height = `${tops[items.length]}px`;
}

/** The first item whose bottom is below `y`. */
function itemAt(y: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tops[mid + 1] <= y) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

function indexOfUnit(unit: number): number {
  return items.findIndex(item => item.kind === 'unit' && item.unit === unit);
}

/** Mounts the items in and near the viewport (and the focused row), unmounts the rest, and places them. */
function renderWindow(): void {
  if (items.length === 0) {
    for (const el of mounted.values()) el.remove();
    mounted.clear();
    canvas.classList.add('grid-empty');
    return;
  }
  canvas.classList.remove('grid-empty');
  const first = itemAt(Math.max(0, scroller.scrollTop - OVERSCAN_PX));
  const last = itemAt(scroller.scrollTop + scroller.clientHeight + OVERSCAN_PX);
  const wanted = new Set<string>();
  for (let i = first; i <= last; i++) wanted.add(keyOf(items[i]));
  const focusedRow = document.activeElement?.closest<HTMLElement>('.grid-row');
  for (const [key, el] of mounted) {
    if (wanted.has(key) || el === focusedRow) continue;
    el.remove();
    mounted.delete(key);
  }
  const fragment = document.createDocumentFragment();
  const added: HTMLElement[] = [];
  for (let i = first; i <= last; i++) {
    const item = items[i];
    const key = keyOf(item);
    let el = mounted.get(key);
    if (!el) {
      el = item.kind === 'heading' ? headingElement(item.heading) : rowElement(rows[item.unit]);
      mounted.set(key, el);
      fragment.append(el);
      added.push(el);
      resizeObserver.observe(el);
    }
    el.style.transform = `translateY(${tops[i]}px)`;
  }
  canvas.append(fragment);
  if (!fieldSizing) for (const el of added) for (const textarea of el.querySelectorAll('textarea')) autosize(textarea);
}

function placeMounted(): void {
  const index = new Map(items.map((item, i) => [keyOf(item), i]));
  for (const [key, el] of mounted) {
    const i = index.get(key);
    if (i !== undefined) el.style.transform = `translateY(${tops[i]}px)`;
  }
}

const resizeObserver = new ResizeObserver(entries => {
  let from = Number.POSITIVE_INFINITY;
  let above = 0;
  const index = new Map(items.map((item, i) => [keyOf(item), i]));
  for (const entry of entries) {
    const el = entry.target as HTMLElement;
    const key = el.dataset.key!;
    const i = index.get(key);
    if (i === undefined || !el.isConnected) continue;
    const height = Math.ceil(entry.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight);
    const old = heightOf(items[i]);
    if (height === old) continue;
    heights.set(key, height);
    if (tops[i] + old <= scroller.scrollTop) above += height - old;
    from = Math.min(from, i);
  }
  if (from === Number.POSITIVE_INFINITY) return;
  computeTops(from);
  placeMounted();
  // Rows above the viewport that grew or shrank must not move what the translator is looking at.
  if (above !== 0) scroller.scrollTop += above;
  renderWindow();
});

scroller.addEventListener('scroll', () => {
  renderWindow();
  saveStateSoon();
}, { passive: true });
window.addEventListener('resize', () => renderWindow());

function headingElement(index: number): HTMLElement {
  const heading = grid!.headings[index];
  const el = element('div', `grid-heading grid-h${Math.min(6, Math.max(1, heading.level))}`);
  el.dataset.key = `h${index}`;
  el.setAttribute('role', 'heading');
  el.setAttribute('aria-level', String(heading.level));
  el.innerHTML = heading.html; // rendered and sanitized by the extension
  const target = el.querySelector<HTMLElement>('.grid-heading-target');
  if (target) setDirection(target);
  return el;
}

function rowElement(row: Row): HTMLElement {
  const { unit } = row;
  const el = element('div', 'grid-row');
  el.dataset.key = `u${unit.index}`;
  el.dataset.unit = String(unit.index);
  el.dataset.id = unit.id;
  el.setAttribute('role', 'listitem');
  if (unit.block === 'heading') el.classList.add('grid-row-heading');

  const gutter = element('div', 'grid-gutter');
  const id = element('button', 'grid-id', unit.id) as HTMLButtonElement;
  id.type = 'button';
  id.title = `Line ${unit.line + 1}: show in the text editor`;
  id.addEventListener('click', () => post({ type: 'reveal', unit: unit.index }));
  const copy = element('button', 'grid-copy', 'Copy English') as HTMLButtonElement;
  copy.type = 'button';
  copy.title = 'Copy the English into the translation (Ctrl+Insert)';
  copy.addEventListener('click', () => copySource(row));
  gutter.append(id, copy);

  const source = element('div', 'grid-source');
  source.dir = 'ltr';
  source.lang = 'en';
  source.innerHTML = unit.sourceHtml; // rendered and sanitized by the extension

  const targetCell = element('div', 'grid-target');
  const textarea = document.createElement('textarea');
  textarea.className = 'grid-input';
  textarea.rows = 1;
  textarea.spellcheck = true;
  textarea.value = row.value;
  setDirection(textarea);
  textarea.setAttribute('aria-label', `Translation of ${unit.id}`);
  wireTextarea(textarea, row);
  const status = element('div', 'grid-status');
  status.setAttribute('aria-live', 'polite');
  targetCell.append(textarea, status);

  const findings = element('div', 'grid-findings');
  el.append(gutter, source, targetCell, findings);
  fillFindings(el, row);
  fillStatus(el, row);
  if (unit.index === activeUnit) el.classList.add('grid-active');
  return el;
}

function setDirection(el: HTMLElement): void {
  el.dir = grid?.direction ?? 'auto';
  if (grid?.locale) el.lang = grid.locale;
}

function fillFindings(el: HTMLElement, row: Row): void {
  const box = el.querySelector('.grid-findings')!;
  box.textContent = '';
  el.classList.toggle('grid-has-problem', row.findings.length > 0);
  // The same finding twice in a unit (two places) is one line with a count.
  const seen = new Map<string, { finding: GridFinding; count: number }>();
  for (const finding of row.findings) {
    const key = `${finding.code}\u0000${finding.message}`;
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { finding, count: 1 });
  }
  for (const { finding, count } of seen.values()) {
    const line = element('div', `grid-finding grid-${finding.severity}`);
    line.append(element('span', 'grid-code', finding.code), element('span', 'grid-message', finding.message));
    if (count > 1) line.append(element('span', 'grid-times', `×${count}`));
    box.append(line);
  }
  for (const fix of row.fixes ?? []) {
    const button = element('button', `grid-fix${fix.preferred ? ' grid-fix-preferred' : ''}`, fix.title) as HTMLButtonElement;
    button.type = 'button';
    button.title = fix.preferred ? 'Apply this quick fix (Ctrl+.)' : 'Apply this quick fix';
    button.addEventListener('click', () => post({ type: 'applyFix', unit: row.unit.index, index: fix.index }));
    box.append(button);
  }
}

function fillStatus(el: HTMLElement, row: Row): void {
  const status = el.querySelector('.grid-status')!;
  status.textContent = row.refused ?? '';
  el.classList.toggle('grid-refused', row.refused !== undefined);
}

function refreshFindings(row: Row): void {
  const el = mounted.get(`u${row.unit.index}`);
  if (el) fillFindings(el, row);
}

function refreshStatus(row: Row): void {
  const el = mounted.get(`u${row.unit.index}`);
  if (el) fillStatus(el, row);
}

function autosize(textarea: HTMLTextAreaElement): void {
  if (fieldSizing) return;
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

// ---- editing -----------------------------------------------------------------------------------------------------

function wireTextarea(textarea: HTMLTextAreaElement, row: Row): void {
  let pressed = 0;
  textarea.addEventListener('focus', () => {
    row.entryText = row.value;
    setActive(row.unit.index);
  });
  textarea.addEventListener('blur', () => flush(row));
  textarea.addEventListener('compositionstart', () => {
    composing = row;
  });
  textarea.addEventListener('compositionend', () => {
    composing = undefined;
    changed(textarea, row);
    const deferred = row.deferred;
    row.deferred = undefined;
    if (deferred) patch(deferred);
  });
  textarea.addEventListener('input', event => {
    if ((event as InputEvent).isComposing || composing === row) return;
    changed(textarea, row);
    if (pressed > 0) {
      const started = pressed;
      pressed = 0;
      afterPaint(() => {
        stats.keystrokes.push(performance.now() - started);
      });
    }
  });
  textarea.addEventListener('keydown', event => {
    if (event.isComposing || composing === row) return;
    const command = commandFor(event);
    if (!command) {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) pressed = performance.now();
      return;
    }
    // Handled here: VS Code (which the webview forwards every key to) must not act on it too.
    event.preventDefault();
    event.stopPropagation();
    if (command === 'applyFix') {
      const fix = row.fixes?.find(candidate => candidate.preferred) ?? row.fixes?.[0];
      if (fix) post({ type: 'applyFix', unit: row.unit.index, index: fix.index });
      return;
    }
    runCommand(command, row);
  });
}

function commandFor(event: KeyboardEvent): GridCommand | 'applyFix' | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey && event.key === 'Enter') return 'commitAndNext';
  if (event.altKey && !ctrl && event.key === 'ArrowDown') return 'nextRow';
  if (event.altKey && !ctrl && event.key === 'ArrowUp') return 'previousRow';
  if (!ctrl && !event.altKey && !event.shiftKey && event.key === 'Escape') return 'revertRow';
  if (ctrl && !event.shiftKey && event.key === 'Insert') return 'copySource';
  if (ctrl && !event.shiftKey && event.key === '.') return 'applyFix';
  return undefined;
}

function changed(textarea: HTMLTextAreaElement, row: Row): void {
  row.value = textarea.value;
  autosize(textarea);
  clearTimeout(row.timer);
  row.timer = setTimeout(() => flush(row), WRITE_DELAY_MS);
  showPending();
}

/** Sends the row's text to the document now, if it differs from what was last sent. */
function flush(row: Row): void {
  clearTimeout(row.timer);
  row.timer = undefined;
  if (row.value === row.docText && row.inflight === 0 && row.refused === undefined) {
    showPending();
    return;
  }
  row.inflight++;
  row.lastSeq = ++seq;
  sent.set(row.lastSeq, performance.now());
  post({ type: 'edit', unit: row.unit.index, id: row.unit.id, text: row.value, seq: row.lastSeq });
  showPending();
}

/**
 * How many writes are typed but not yet sent or not yet answered, on the app element: 0 means the document holds
 * every row's text (or the row shows why not). The UI tests wait on it before they revert or close.
 */
function showPending(): void {
  let count = sent.size;
  for (const row of rows) if (row.timer !== undefined) count++;
  app.dataset.pendingWrites = String(count);
}

function setText(row: Row, text: string): void {
  row.value = text;
  const textarea = mounted.get(`u${row.unit.index}`)?.querySelector('textarea');
  if (textarea) {
    textarea.value = text;
    autosize(textarea);
  }
  flush(row);
}

function copySource(row: Row): void {
  setText(row, row.unit.source);
  focusRow(row.unit.index);
}

function runCommand(command: GridCommand, row = activeRow()): void {
  if (!row) {
    if (command === 'nextRow' || command === 'commitAndNext') focusItem(0, 1);
    return;
  }
  switch (command) {
    case 'commitAndNext':
      flush(row);
      row.entryText = row.value;
      move(row, 1);
      break;
    case 'nextRow':
      flush(row);
      move(row, 1);
      break;
    case 'previousRow':
      flush(row);
      move(row, -1);
      break;
    case 'revertRow':
      setText(row, row.entryText);
      break;
    case 'copySource':
      copySource(row);
      break;
  }
}

function activeRow(): Row | undefined {
  return activeUnit === undefined ? undefined : rows[activeUnit];
}

function move(row: Row, step: 1 | -1): void {
  const at = indexOfUnit(row.unit.index);
  focusItem(at + step, step);
}

/** Focuses the first unit row at or after (or before) item `index`. */
function focusItem(index: number, step: 1 | -1): void {
  for (let i = index; i >= 0 && i < items.length; i += step) {
    const item = items[i];
    if (item.kind === 'unit') {
      focusRow(item.unit);
      return;
    }
  }
}

function focusRow(unit: number): void {
  const at = indexOfUnit(unit);
  if (at < 0) return;
  const top = tops[at];
  const bottom = tops[at + 1];
  if (top < scroller.scrollTop + 8) scroller.scrollTop = Math.max(0, top - 40);
  else if (bottom > scroller.scrollTop + scroller.clientHeight - 8) scroller.scrollTop = bottom - scroller.clientHeight + 40;
  renderWindow();
  const textarea = mounted.get(`u${unit}`)?.querySelector('textarea');
  if (textarea) {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }
}

function setActive(unit: number): void {
  if (activeUnit === unit) return;
  const previous = activeUnit === undefined ? undefined : rows[activeUnit];
  mounted.get(`u${activeUnit}`)?.classList.remove('grid-active');
  activeUnit = unit;
  mounted.get(`u${unit}`)?.classList.add('grid-active');
  const row = rows[unit];
  if (row && row.findings.length > 0 && row.fixes === undefined) post({ type: 'requestFixes', unit });
  if (previous && stats.keystrokes.length > 0) post({ type: 'typing', samples: stats.keystrokes.slice(-50) });
  saveStateSoon();
}

// Links in the English never navigate the webview.
document.addEventListener('click', event => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link) event.preventDefault();
});

// ---- helpers -----------------------------------------------------------------------------------------------------

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameFindings(a: readonly GridFinding[], b: readonly GridFinding[]): boolean {
  return a.length === b.length && a.every((finding, i) => finding.code === b[i].code && finding.message === b[i].message);
}

function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function saveStateSoon(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveState, 200);
}

function saveState(): void {
  if (!grid) return;
  vscode.setState({ uri: grid.uri, filter, query, activeUnit, scrollTop: scroller.scrollTop });
}

post({ type: 'ready' });
