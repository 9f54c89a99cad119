/**
 * The incremental checker gives exactly what a full run gives: over random edit sequences on real files, at every
 * version the findings (codes, ranges, messages, fixes, severities, order) equal `runChecks` on the same text, also
 * when the configuration, the front matter or the reference definitions change, and when a check throws.
 */
import * as assert from 'assert';
import { statSync } from 'fs';
import * as path from 'path';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { createIncrementalChecker } from '../../../server/src/checks/incremental';
import { allChecks } from '../../../server/src/checks/registry';
import { runChecks, type ChecksConfig } from '../../../server/src/checks/run';
import type { Check } from '../../../server/src/checks/types';
import { qaChecks } from '../../../server/src/checks/qa';
import { Half } from '../../../server/src/checks/qa/pair';
import { referenceDefinitions, tokenizeInline } from '../../../server/src/sxs/inline';
import { defaultSettings, type SxsSettings } from '../../../server/src/languageFeatures/settings';
import { createLanguageService, lintText } from '../../../server/src/languageService';
import { parseSxs } from '../../../server/src/sxs/parser';
import { corpusFiles, corpusRoot, readCorpusFile } from '../model/corpusData';
import { HANG_MS } from '../../helpers/deadlines';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  'x', 'x', 'x', ' ', '  ', 'the the ', 'и и ', '`', '``', '*', '**', '_', '~~', '[', ']', '](#nowhere)', '](#routing)', '(',
  ')', '<', '>', '<b>', '</b>', '\\', '\\*', '|', '&amp;', '& #x 2014;', '1', '2,5', '30 000', '{0}', '{name}', '\n', '\n\n',
  '</span>', '<span data-ttu-id="abcde-999">', 'Ctrl+C', '\u200b', '...', '。。', ',,', 'https://example.com/a ',
  '![](a.png)', '[link](https://example.com)', '[ref][defined]', '<xref:System.String>', ':::no-loc text="Razor":::',
  '**A** > **B**', 'Ã¤', '\ufffd', 'aaaa',
];

const CONFIGS: readonly (ChecksConfig | undefined)[] = [
  undefined,
  Object.fromEntries(allChecks.map(c => [c.id, c.defaultSeverity])),
  { SX504: { exceptions: ['to', 'x'] }, SX601: 'error' },
  { 'target-same-as-source': 'off', SX401: { allowSpelledOut: false }, SX701: { minWords: 1 } },
];

interface Sequence {
  /** Every version's text, first the file itself. */
  readonly versions: string[];
  /** The configuration for each version. */
  readonly configs: (ChecksConfig | undefined)[];
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)];
}

/** One random edit of `text`: mostly small edits inside translations, sometimes markup, structure, front matter. */
function edit(text: string, next: () => number, history: readonly string[]): string {
  const doc = parseSxs(text);
  const units = doc.units;
  const r = next();
  const insertAt = (at: number, s: string) => text.slice(0, at) + s + text.slice(at);
  if (units.length > 0 && r < 0.45) {
    const unit = pick(next, units);
    const at = unit.target.start + Math.floor(next() * (unit.target.end - unit.target.start + 1));
    if (next() < 0.3 && at < unit.target.end) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
    // Same length: the units keep their offsets, only their text tells them apart.
    if (next() < 0.3 && at < unit.target.end) return text.slice(0, at) + pick(next, ['y', '*', '`', '[', '<', ' ', '1']) + text.slice(at + 1);
    return insertAt(at, pick(next, SNIPPETS));
  }
  if (r < 0.55) return insertAt(Math.floor(next() * (text.length + 1)), pick(next, SNIPPETS));
  if (r < 0.6) {
    const at = Math.floor(next() * text.length);
    return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 200)));
  }
  if (units.length > 0 && r < 0.66) {
    // A copy of a unit elsewhere: two units with the same text.
    const unit = pick(next, units);
    const other = pick(next, units);
    return insertAt(other.range.end, ' ' + text.slice(unit.range.start, unit.range.end));
  }
  if (r < 0.74) {
    // A line prefix that changes the context of the units on the line.
    const line = Math.floor(next() * doc.lineStarts.length);
    return insertAt(doc.lineStarts[line], pick(next, ['- ', '> ', '| ', '# ', '    ', '1. ', '> [!NOTE]\n> ']));
  }
  if (r < 0.78) {
    const at = doc.lineStarts[Math.floor(next() * doc.lineStarts.length)];
    return insertAt(at, pick(next, ['```\n', '<!--\n', '-->\n', '---\n', '<div>\n']));
  }
  if (r < 0.84) {
    // Front matter: the locale and the no-loc terms are inputs of unit findings.
    const fm = doc.frontMatter;
    if (fm) {
      const body = text.slice(fm.contentRange.start, fm.contentRange.end);
      const locale = /ms\.contentlocale:[^\r\n]*/.exec(body);
      if (locale && next() < 0.5) {
        const start = fm.contentRange.start + locale.index;
        return text.slice(0, start) + `ms.contentlocale: ${pick(next, ['en-us', 'ja-JP', 'pl-PL', 'zh-cn'])}` + text.slice(start + locale[0].length);
      }
      return insertAt(fm.contentRange.start, pick(next, ['no-loc: [Razor, "C#", ASP.NET Core]\n', 'no-loc:\n- route\n- the\n', 'title: x\n']));
    }
    return '---\nms.contentlocale: en-us\nno-loc: [Razor]\n---\n' + text;
  }
  if (r < 0.9) {
    // Reference definitions decide which `[a][b]` are links: an input of the tokens.
    const existing = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*\n?/m.exec(text);
    if (existing && next() < 0.4) return text.slice(0, existing.index) + text.slice(existing.index + existing[0].length);
    return text + `\n[${pick(next, ['defined', 'link', 'Routing', '1', 'x'])}]: https://example.com/${Math.floor(next() * 10)}\n`;
  }
  if (r < 0.95 && history.length > 1) return pick(next, history); // undo to an earlier version
  // A line moved.
  const lines = text.split('\n');
  const from = Math.floor(next() * lines.length);
  const [line] = lines.splice(from, 1);
  lines.splice(Math.floor(next() * lines.length), 0, line);
  return lines.join('\n');
}

function sequence(text: string, seed: number, steps: number, changeConfig: boolean): Sequence {
  const next = random(seed);
  const versions = [text];
  const configs: (ChecksConfig | undefined)[] = [undefined];
  for (let i = 1; i < steps; i++) {
    versions.push(edit(versions[i - 1], next, versions));
    configs.push(changeConfig && next() < 0.15 ? pick(next, CONFIGS) : configs[i - 1]);
  }
  return { versions, configs };
}

function assertSameAsFullRun(seq: Sequence, label: string, checks?: readonly Check[]): void {
  const checker = createIncrementalChecker();
  for (let i = 0; i < seq.versions.length; i++) {
    const text = seq.versions[i];
    const fullErrors: string[] = [];
    const incErrors: string[] = [];
    const expected = runChecks(parseSxs(text), seq.configs[i], { checks, onCheckError: (c, e) => fullErrors.push(`${c.id}: ${String(e)}`) });
    const actual = checker.run(parseSxs(text), seq.configs[i], { checks, onCheckError: (c, e) => incErrors.push(`${c.id}: ${String(e)}`) });
    assert.deepStrictEqual(actual, expected, `${label}, version ${i}`);
    assert.deepStrictEqual(incErrors, fullErrors, `${label}, version ${i}: check errors`);
  }
}

/** Real files of every locale, small to large, in a fixed choice. */
function sampleFiles(count: number): string[] {
  const files = corpusFiles().filter(file => {
    const size = statSync(path.join(corpusRoot, file)).size;
    return size > 8_000 && size < 120_000;
  });
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(files[Math.floor((i * files.length) / count)]);
  return out;
}

describe('incremental checks', function () {
  this.timeout(HANG_MS);

  for (const [n, file] of sampleFiles(8).entries()) {
    it(`equal a full run at every version of random edits: ${file}`, () => {
      assertSameAsFullRun(sequence(readCorpusFile(file), 1000 + n, 40, n % 2 === 1), file);
    });
  }

  it('equal a full run for a unit check that reads the context, the halves and the English half of every unit', () => {
    // Reports on every unit, so that any unit given the findings of another context or readability shows.
    const probe: Check = {
      id: 'SX993', alias: 'probe', description: 'test', tags: [], defaultSeverity: 'info', scope: 'unit',
      checkUnit(unit, ctx) {
        const pair = ctx.analysis.pair(unit);
        ctx.report({
          range: unit.target,
          unit: unit.index,
          message: `${JSON.stringify(unit.context)} ${pair ? `${pair.t.tokens.length}/${pair.s.visible.length}` : 'unreadable'}`,
          fixes: pair ? [{ title: 't', edits: [{ range: { start: pair.sStart, end: pair.sStart + 1 }, newText: pair.s.text.slice(0, 1) }] }] : undefined,
        });
      },
    };
    for (const [n, file] of sampleFiles(4).entries()) {
      assertSameAsFullRun(sequence(readCorpusFile(file), 500 + n, 40, false), file, [...allChecks, probe]);
    }
  });

  it('equal a full run on the largest file, with every check on and configuration changes', () => {
    const file = 'pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md';
    const seq = sequence(readCorpusFile(file), 7, 12, true);
    seq.configs[0] = CONFIGS[1];
    assertSameAsFullRun(seq, file);
  });

  it('equal a full run when a check throws on some units (its findings dropped, the error reported once)', () => {
    const explode = (label: string): Check => ({
      id: label === 'unit' ? 'SX990' : 'SX991', alias: `explode-${label}`, description: 'test', tags: [], defaultSeverity: 'warning',
      scope: label === 'unit' ? 'unit' : undefined,
      checkUnit(unit, ctx) {
        const target = ctx.doc.text.slice(unit.target.start, unit.target.end);
        if (target.includes('Ctrl+C')) throw new Error(`boom in ${unit.id}`);
        if (target.includes('x')) ctx.report({ range: unit.target, unit: unit.index, message: `x in ${unit.id}` });
      },
    });
    const checks = [...qaChecks, explode('unit'), explode('document')];
    const file = sampleFiles(3)[1];
    const seq = sequence(readCorpusFile(file), 99, 40, false);
    // The throwing input comes and goes at the start; the random edits bring it in and out later.
    const base = seq.versions[0];
    const unit = parseSxs(base).units.find(u => u.source)!;
    seq.versions.splice(1, 0, base.slice(0, unit.target.start) + 'Ctrl+C ' + base.slice(unit.target.start), base);
    seq.configs.splice(1, 0, undefined, undefined);
    assertSameAsFullRun(seq, file, checks);
    let thrown = 0;
    createIncrementalChecker().run(parseSxs(seq.versions[1]), undefined, { checks, onCheckError: () => thrown++ });
    assert.strictEqual(thrown, 2, 'both throwing checks are reported');
  });

  it('equal a full run when reference definitions come, go, split, join or change (they decide which [a][b] are links)', () => {
    const unit = (n: number, target: string, source: string) =>
      `<span data-ttu-id="abcde-${n}">${target}</span><span class="sxs-lookup"><span data-stu-id="abcde-${n}">${source}</span></span>`;
    const body = [
      unit(101, 'Zobacz [dokumenty][ref] teraz.', 'See [the docs](https://example.com) now.'),
      '',
      unit(102, 'Zobacz [ref] i [inne][].', 'See [ref] and [other][].'),
      '',
    ].join('\n');
    const versions = [
      body,
      body + '[ref]: https://example.com\n',
      body + '[r\nef]: https://example.com\n',
      body + '[ref]: https://example.com\n',
      body + '[ref]:\nhttps://example.com\n',
      body + '[REF]:  https://example.com\n[inne]: x\n',
      '[ref]: https://example.com\n' + body,
      '[ref]: https://example.com\r\n' + body.replace(/\n/g, '\r\n'),
      '[ref] https://example.com\r\n' + body.replace(/\n/g, '\r\n'),
      body + '   [ref]: https://example.com',
      body + '    [ref]: https://example.com',
      body + '[ref]: https://example.com\n',
      body.replace('Zobacz [ref]', 'Zobacz [ref]: x') + '[ref]: https://example.com\n',
      body,
    ];
    assertSameAsFullRun({ versions, configs: versions.map(() => undefined) }, 'reference definitions');
    // The definitions matter here: the findings are not the same in every version.
    const counts = new Set(versions.map(text => runChecks(parseSxs(text)).filter(f => f.code === 'SX304').length));
    assert.ok(counts.size > 1, 'some versions have other link counts than others');
  });

  it('equal a full run when edits change what the document-wide checks compare (IDs, repeated English, empty and untranslated units, fragment links)', () => {
    const unit = (n: number, target: string, source: string, id = `abcde-${n}`) =>
      `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
    // The repeated English is a label (no full stop), which SX701 compares whole: translations of a sentence may vary.
    const lines = [
      '---\nms.contentlocale: pl-pl\n---',
      `# ${unit(100, 'Pliki', 'Files')}`,
      unit(101, 'Otwórz plik w edytorze.', 'Open the file in the editor'),
      unit(102, 'Otwórz plik w edytorze.', 'Open the file in the editor'),
      unit(103, 'Zapisz plik teraz, proszę.', 'Save the file now, please.'),
      unit(104, 'Zapisz ten plik teraz.', 'Save the file now, please.') + ' ' + unit(105, '', 'Close the editor.'),
      unit(106, 'Read the documentation before you start.', 'Read the documentation before you start.'),
      unit(107, 'Zobacz [pliki](#pliki) i [inne](#brak).', 'See [files](#files) and [others](#missing).'),
      unit(108, 'Usuń plik.', 'Delete the file.'),
      '',
    ];
    const base = lines.join('\n\n');
    const change = (text: string, from: string, to: string): string => {
      assert.ok(text.includes(from), from);
      return text.replace(from, to);
    };
    const versions = [base];
    const step = (from: string, to: string): void => {
      versions.push(change(versions[versions.length - 1], from, to));
    };
    // One of two equal translations changes, and back; the odd one of a group comes in line, and out again.
    step('>Otwórz plik w edytorze.</span><span class="sxs-lookup"><span data-stu-id="abcde-102">', '>Otwórz ten plik w edytorze.</span><span class="sxs-lookup"><span data-stu-id="abcde-102">');
    step('Otwórz ten plik', 'Otwórz plik');
    step('Zapisz ten plik teraz.', 'Zapisz plik teraz, proszę.');
    step('Zapisz plik teraz, proszę.</span><span class="sxs-lookup"><span data-stu-id="abcde-104">', 'Zapisz ten plik teraz.</span><span class="sxs-lookup"><span data-stu-id="abcde-104">');
    // The English of a unit changes, so that it joins a group or leaves it.
    step('Delete the file.', 'Open the file in the editor');
    step('Usuń plik.', 'Otwórz plik w edytorze.');
    step('>Open the file in the editor</span></span>', '>Open the file in an editor</span></span>');
    // An empty translation is filled, emptied again; its neighbour takes its English, and gives it back.
    step('"abcde-105"></span>', '"abcde-105">Zamknij edytor.</span>');
    step('Zamknij edytor.', '');
    step('Zapisz ten plik teraz.', 'Zapisz ten plik teraz i zamknij wszystkie otwarte okna edytora.');
    step('Zapisz ten plik teraz i zamknij wszystkie otwarte okna edytora.', 'Zapisz ten plik teraz.');
    // A duplicate ID is typed and removed.
    step('"abcde-108"', '"abcde-101"');
    step('"abcde-108"', '"abcde-101"');
    step('"abcde-101">Otwórz plik w edytorze.</span><span class="sxs-lookup"><span data-stu-id="abcde-101">Open the file in an editor', '"abcde-108">Otwórz plik w edytorze.</span><span class="sxs-lookup"><span data-stu-id="abcde-108">Open the file in an editor');
    // An untranslated unit is translated and left in English again; a translation uses its words elsewhere.
    step('>Read the documentation before you start.</span><span', '>Przeczytaj dokumentację, zanim zaczniesz.</span><span');
    step('>Przeczytaj dokumentację, zanim zaczniesz.</span><span', '>Read the documentation before you start.</span><span');
    step('Zapisz plik teraz, proszę.', 'Zapisz plik teraz, proszę (read before you start the documentation).');
    // Fragment links come and go, and a heading gives the anchor.
    step('"abcde-108">Otwórz plik w edytorze.', '"abcde-108">Otwórz [plik](#pliki-robocze) w edytorze.');
    step('# <span data-ttu-id="abcde-100">Pliki</span>', '# <span data-ttu-id="abcde-100">Pliki robocze</span>');
    step('(#brak)', '(#pliki)');
    versions.push(base);
    assertSameAsFullRun({ versions, configs: versions.map(() => undefined) }, 'document-wide checks');
    // The edits change what these checks find: each comes and goes.
    for (const code of ['SX105', 'SX201', 'SX203', 'SX701', 'SX703']) {
      const counts = new Set(versions.map(text => runChecks(parseSxs(text)).filter(f => f.code === code).length));
      assert.ok(counts.size > 1, `${code} finds something in some versions only`);
    }
    // The same on the largest file: a unit of a group of repeated English translated otherwise and back, an ID
    // repeated and restored, a translation emptied and restored.
    const file = 'pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md';
    const text = readCorpusFile(file);
    const doc = parseSxs(text);
    const english = (u: (typeof doc.units)[number]) => text.slice(u.source!.start, u.source!.end);
    const withSource = doc.units.filter(u => u.source !== undefined && u.target.end > u.target.start + 3);
    const repeated = withSource.find((u, i) => withSource.some((v, j) => j < i && english(v) === english(u) && english(u).includes(' ')))!;
    const other = withSource[Math.floor(withSource.length / 2)];
    const splice = (t: string, start: number, end: number, insert: string) => t.slice(0, start) + insert + t.slice(end);
    const real = [
      text,
      splice(text, repeated.target.start, repeated.target.start, 'Inaczej: '),
      text,
      splice(text, other.targetIdRange.start, other.targetIdRange.end, doc.units[3].id),
      text,
      splice(text, other.target.start, other.target.end, ''),
      text,
    ];
    assertSameAsFullRun({ versions: real, configs: real.map(() => undefined) }, file);
  });

  it('keeps the document-wide checks\' facts of the units an edit did not touch, and only while the inputs are the same', () => {
    const computed: number[] = [];
    const probe: Check = {
      id: 'SX994', alias: 'fact-probe', description: 'test', tags: [], defaultSeverity: 'info',
      checkDocument(ctx) {
        let sum = 0;
        for (const unit of ctx.doc.units) {
          sum += ctx.analysis.unitFact('SX994.length', unit, () => {
            computed.push(unit.index);
            return unit.target.end - unit.target.start;
          });
        }
        ctx.report({ range: { start: 0, end: 0 }, message: `${sum}` });
      },
    };
    const text = readCorpusFile(sampleFiles(8)[2]);
    const doc = parseSxs(text);
    const checker = createIncrementalChecker();
    const sum = (t: string, config?: ChecksConfig) => checker.run(parseSxs(t), config, { checks: [probe] })[0].message;
    assert.strictEqual(sum(text), String(doc.units.reduce((n, u) => n + u.target.end - u.target.start, 0)));
    assert.strictEqual(computed.length, doc.units.length);
    const unit = doc.units[Math.floor(doc.units.length / 2)];
    computed.length = 0;
    const edited = text.slice(0, unit.target.start) + 'x' + text.slice(unit.target.start);
    assert.strictEqual(sum(edited), String(doc.units.reduce((n, u) => n + u.target.end - u.target.start, 1)));
    assert.deepStrictEqual(computed, [unit.index]);
    // Another configuration (an input of unit findings) computes every fact again.
    computed.length = 0;
    sum(edited, { SX994: 'warning' });
    assert.strictEqual(computed.length, doc.units.length);
  });

  it('re-checks only the units an edit touched', () => {
    const calls: number[] = [];
    const spy: Check = {
      id: 'SX992', alias: 'spy', description: 'test', tags: [], defaultSeverity: 'info', scope: 'unit',
      checkUnit(unit) {
        calls.push(unit.index);
      },
    };
    const text = readCorpusFile(sampleFiles(8)[2]);
    const doc = parseSxs(text);
    const checker = createIncrementalChecker();
    checker.run(doc, undefined, { checks: [spy] });
    assert.strictEqual(calls.length, doc.units.length);
    const unit = doc.units[Math.floor(doc.units.length / 2)];
    calls.length = 0;
    const edited = text.slice(0, unit.target.start) + 'x' + text.slice(unit.target.start);
    checker.run(parseSxs(edited), undefined, { checks: [spy] });
    assert.deepStrictEqual(calls, [unit.index]);
    // A configuration change re-checks everything.
    calls.length = 0;
    checker.run(parseSxs(edited), { SX992: 'warning' }, { checks: [spy] });
    assert.strictEqual(calls.length, doc.units.length);
  });

  it('keeps no earlier version of the text alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = (): number => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Each version a flat string of its own (an edit made by concatenation would refer to the version before it).
    const fresh = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');
    const original = readCorpusFile('pl-pl/aspnetcore/aspnetcore/fundamentals/routing.md');
    // Two bytes per character: the text has characters beyond Latin-1.
    const textBytes = 2 * original.length;
    // Units with a link: what their halves keep holds strings read from the text.
    const units = parseSxs(original).units.filter(unit => original.slice(unit.target.start, unit.target.end).includes(']('));
    const checker = createIncrementalChecker();
    let text = fresh(original);
    const editAt = (i: number): void => {
      // A different unit each time, so that every version has a unit first checked in it.
      const unit = units[(i * 7) % units.length];
      text = fresh(text.slice(0, unit.target.start + 1) + 'x' + text.slice(unit.target.start + 1));
      checker.run(parseSxs(text));
    };
    checker.run(parseSxs(text));
    editAt(0);
    const before = heap();
    for (let i = 1; i <= 8; i++) editAt(i);
    const grown = heap() - before;
    // Eight versions kept alive would be eight times `textBytes`; one, half a million bytes and more.
    assert.ok(grown < textBytes / 2, `heap grew by ${grown} bytes over 8 versions of a ${textBytes}-byte text`);
  });

  it('makes halves from what slimmed halves keep that answer as the full halves', () => {
    const texts = [
      'Zobacz [dokumenty](https://example.com/docs "Tytuł") i [ref][].', '  ', '', '[](x)', '[ ](https://example.com)',
      '\u200b', '**Pogrubione**  i   `kod`', '&nbsp;', '![obraz](a.png) i [link](#kotwica)', 'zwykły tekst', ' spacja na początku',
    ];
    for (const file of sampleFiles(8).slice(0, 3)) {
      const doc = parseSxs(readCorpusFile(file));
      for (const unit of doc.units) {
        texts.push(doc.text.slice(unit.target.start, unit.target.end));
        if (unit.source) texts.push(doc.text.slice(unit.source.start, unit.source.end));
      }
    }
    const references = referenceDefinitions('[ref]: https://example.com/ref\n');
    const copies: string[] = [];
    const copy = (s: string): string => {
      copies.push(s);
      return Buffer.from(s, 'utf8').toString('utf8');
    };
    let links = 0;
    for (const text of texts) {
      const reference = new Half(text, references);
      const expected = { visible: reference.visible, normalized: reference.normalizedText, links: reference.links, empty: reference.isEmpty };
      // Emptiness asked before the slim, or not (the new half then finds it on its own).
      for (const askEmpty of [false, true]) {
        const full = new Half(text, references, tokenizeInline(text, { references }));
        if (askEmpty) assert.strictEqual(full.isEmpty, expected.empty);
        const state = full.slim(copy);
        assert.ok(state !== undefined, text);
        const half = new Half(text, references, undefined, state);
        assert.strictEqual(half.visible, expected.visible, text);
        assert.strictEqual(half.normalizedText, expected.normalized, text);
        assert.deepStrictEqual(half.links, expected.links, text);
        assert.strictEqual(half.tokenized, false, `${text}: answered without tokenizing`);
        assert.strictEqual(half.isEmpty, expected.empty, text);
        assert.deepStrictEqual(half.tokens, reference.tokens, text);
        links += expected.links.length;
      }
    }
    assert.ok(links > 10, 'some halves have links');
    // A half whose visible and normalized text are its text and that has no link keeps nothing besides its text.
    copies.length = 0;
    const plain = new Half('zwykły tekst', references, tokenizeInline('zwykły tekst', { references })).slim(copy);
    assert.deepStrictEqual({ ...plain, links: plain?.links.length }, { visible: undefined, normalized: undefined, links: 0, empty: 0 });
    assert.deepStrictEqual(copies, []);
  });

  it('is what the language service answers, version after version', () => {
    const service = createLanguageService();
    const seq = sequence(readCorpusFile(sampleFiles(8)[5]), 5, 15, true);
    for (let i = 0; i < seq.versions.length; i++) {
      const document = { uri: 'file:///a.md', version: i + 1, getText: () => seq.versions[i] };
      const settings: SxsSettings = { ...defaultSettings, checks: seq.configs[i] ?? {} };
      assert.deepStrictEqual(service.getFindings(document, settings), lintText(seq.versions[i], settings.checks).findings, `version ${i}`);
    }
  });
});
