/**
 * Fixes proven on real files: take a corpus file with no findings, inject one fault in memory, run the whole
 * path (checks -> diagnostics -> code actions), apply the fix, and get the original bytes back exactly.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/languageService';
import { FIX_ALL } from '../../../server/src/languageFeatures/codeActions';
import { parseSxs } from '../../../server/src/sxs/parser';
import { qaChecks } from '../../../server/src/checks/qa/index';
import { defaultSettings, type SxsSettings } from '../../../server/src/languageFeatures/settings';
import type { OffsetRange, SxsUnit } from '../../../server/src/sxs/types';
import { applyEdits, textDocument } from '../../helpers/documents';
import { readCorpusFile } from '../../helpers/files';

const LF_FILE = 'pl-pl/nuget/docs/consume-packages/install-use-packages-visual-studio.md';
const CRLF_FILE = 'pl-pl/aspnetcore-2018/aspnetcore/tutorials/razor-pages/da1.md';

/**
 * These tests are about the ID fixes: the QA checks (which find real MT damage in these files) are off, so the
 * only findings are the injected faults.
 */
const structureOnly: SxsSettings = { ...defaultSettings, checks: Object.fromEntries(qaChecks.map(check => [check.id, 'off'])) };

function replaceRange(text: string, range: OffsetRange, newText: string): string {
  return text.slice(0, range.start) + newText + text.slice(range.end);
}

/** The units of a text, checking first that the file is clean. */
function cleanUnits(text: string): readonly SxsUnit[] {
  const service = createLanguageService();
  assert.deepEqual(service.getDiagnostics(textDocument(text), structureOnly).map(d => d.code), [], 'the original file has no findings');
  const units = parseSxs(text).units;
  assert.ok(units.length > 10, 'the file has units');
  return units;
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

/** Runs the diagnostics and code actions on `broken` and applies the action with this title (or the preferred one). */
function applyQuickFix(broken: string, code: string, title?: RegExp): string {
  const service = createLanguageService();
  const doc = textDocument(broken);
  const diagnostics = service.getDiagnostics(doc, structureOnly);
  assert.deepEqual(diagnostics.map(d => d.code), [code], 'the injected fault is the only finding');
  const diagnostic = diagnostics[0] as Diagnostic;
  const actions = service.getCodeActions(doc, diagnostic.range, { diagnostics: [diagnostic] }, structureOnly);
  const action = title ? actions.find(a => title.test(a.title)) : actions.find(a => a.isPreferred);
  assert.ok(action, `a quick fix ${title ?? '(preferred)'} among: ${actions.map(a => a.title).join(' | ')}`);
  return applyEdits(broken, editsOf(action, doc.uri));
}

for (const file of [LF_FILE, CRLF_FILE]) {
  describe(`fixes on a real file: ${file}`, () => {
    const original = readCorpusFile(file);

    it('has the expected line endings', () => {
      assert.equal(original.includes('\r\n'), file === CRLF_FILE);
    });

    it('SX101: the preferred fix restores the English ID', () => {
      const units = cleanUnits(original);
      const victim = units[7];
      const broken = replaceRange(original, victim.sourceIdRange!, `${victim.idParts.prefix}-999`);
      assert.equal(applyQuickFix(broken, 'SX101'), original);
    });

    it("SX101: the other fix restores the target ID from the English one", () => {
      const units = cleanUnits(original);
      const victim = units[5];
      const broken = replaceRange(original, victim.targetIdRange, `${victim.idParts.prefix}-998`);
      assert.equal(applyQuickFix(broken, 'SX101', /English half's ID/), original);
    });

    it('SX101: never offers an ID that another unit already uses', () => {
      const units = cleanUnits(original);
      const victim = units[5];
      // The target now carries the ID of another unit: using it for the English half would make a duplicate.
      const broken = replaceRange(original, victim.targetIdRange, units[6].id);
      const service = createLanguageService();
      const doc = textDocument(broken);
      const diagnostics = service.getDiagnostics(doc, structureOnly).filter(d => d.code === 'SX101') as Diagnostic[];
      assert.equal(diagnostics.length, 1);
      const titles = service.getCodeActions(doc, diagnostics[0].range, { diagnostics }, structureOnly).map(a => a.title);
      assert.ok(titles.some(t => t.includes(`English half's ID "${victim.id}"`)), titles.join(' | '));
      assert.ok(!titles.some(t => t.includes(`target's ID "${units[6].id}"`)), titles.join(' | '));
    });

    it('SX101: offers no fix that turns entity-mangled markup into other broken markup', () => {
      const units = cleanUnits(original);
      const victim = units[4];
      const opener = `<span data-ttu-id="${victim.id}">`;
      const broken = replaceRange(original, victim.targetOpen, `<span data-ttu-id=&quot;${victim.id}&quot;>`);
      assert.ok(original.slice(victim.targetOpen.start, victim.targetOpen.end) === opener);
      const service = createLanguageService();
      const doc = textDocument(broken);
      const fixes = service.getDiagnostics(doc, structureOnly).filter(d => d.code === 'SX101').flatMap(d => d.data.fixes);
      assert.ok(fixes.every(fix => fix.edits.every(edit => !edit.newText.includes(victim.id) || edit.newText.includes('"'))), JSON.stringify(fixes));
    });

    it("SX107: the fix puts back the file's prefix in both IDs", () => {
      const units = cleanUnits(original);
      const victim = units[9];
      const prefix = victim.idParts.prefix!;
      const stray = prefix === 'fffff' ? 'eeeee' : 'fffff';
      let broken = replaceRange(original, { start: victim.sourceIdRange!.start, end: victim.sourceIdRange!.start + 5 }, stray);
      broken = replaceRange(broken, { start: victim.targetIdRange.start, end: victim.targetIdRange.start + 5 }, stray);
      assert.equal(applyQuickFix(broken, 'SX107'), original);
    });

    it('source.fixAll.sxs repairs several faults at once', () => {
      const units = cleanUnits(original);
      // Inject from the end so earlier offsets stay valid.
      let broken = original;
      for (const victim of [units[12], units[8], units[3]]) {
        broken = replaceRange(broken, victim.sourceIdRange!, `${victim.idParts.prefix}-990`);
      }
      const service = createLanguageService();
      const doc = textDocument(broken);
      assert.deepEqual(service.getDiagnostics(doc, structureOnly).map(d => d.code), ['SX101', 'SX101', 'SX101']);
      const all = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const actions = service.getCodeActions(doc, all, { diagnostics: [], only: ['source.fixAll'] }, structureOnly);
      assert.deepEqual(actions.map(a => a.kind), [FIX_ALL]);
      assert.equal(applyEdits(broken, editsOf(actions[0], doc.uri)), original);
    });
  });
}
