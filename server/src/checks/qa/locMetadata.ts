/**
 * SX801 loc-metadata: the localization fields of the front matter are malformed: `ms.contentlocale` missing (when
 * other loc fields are present), not a locale, or not the expected one (option `expectedLocale`);
 * `ms.translationtype` not HT or MT; `ms.lasthandoff` not a MM/DD/YYYY date; `ms.locfileid` not a quoted number.
 */
import type { Check } from '../types';
import { declareOptions } from '../options';
import type { OffsetRange, SxsDocument } from '../../sxs/types';

interface Field {
  readonly raw: string;
  readonly range: OffsetRange;
}

function fieldsOf(doc: SxsDocument): Map<string, Field> {
  const out = new Map<string, Field>();
  const fm = doc.frontMatter;
  if (!fm) return out;
  const re = /^(ms\.[a-z]+)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/gm;
  const body = doc.text.slice(fm.contentRange.start, fm.contentRange.end);
  for (const m of body.matchAll(re)) {
    const start = fm.contentRange.start + (m.index ?? 0);
    out.set(m[1], { raw: m[2], range: { start, end: start + m[0].replace(/\r$/, '').length } });
  }
  return out;
}

const LOC_KEYS = ['ms.openlocfilehash', 'ms.sourcegitcommit', 'ms.translationtype', 'ms.contentlocale', 'ms.lasthandoff', 'ms.locfileid'];

export const locMetadata: Check = {
  id: 'SX801',
  alias: 'loc-metadata',
  description: 'Localization metadata in the front matter (ms.contentlocale, ms.translationtype, ms.lasthandoff, ms.locfileid) is missing or malformed.',
  tags: ['metadata'],
  defaultSeverity: 'info',
  ...declareOptions({
    expectedLocale: { type: 'string', default: '', description: 'The locale every file\'s ms.contentlocale must name (for example de-de); empty: any locale.' },
  }),
  checkDocument(ctx) {
    const doc = ctx.doc;
    if (!doc.frontMatter) return;
    const fields = fieldsOf(doc);
    if (!LOC_KEYS.some(k => fields.has(k))) return;
    const at = (key: string) => fields.get(key)?.range ?? doc.frontMatter!.range;
    const value = (key: string) => fields.get(key)?.raw.replace(/^(["'])(.*)\1$/, '$2');
    const locale = value('ms.contentlocale');
    const expected = typeof ctx.options.expectedLocale === 'string' ? ctx.options.expectedLocale : '';
    if (locale === undefined) {
      ctx.report({ range: { start: doc.frontMatter.range.start, end: doc.frontMatter.range.start + 3 }, message: 'ms.contentlocale is missing.' });
    } else if (!/^[a-z]{2,3}(-(?:[A-Za-z]{2,4}|\d{3})){1,2}$/.test(locale)) {
      ctx.report({ range: at('ms.contentlocale'), message: `ms.contentlocale "${locale}" is not a locale such as pl-PL.` });
    } else if (expected && locale.toLowerCase() !== expected.toLowerCase()) {
      ctx.report({ range: at('ms.contentlocale'), message: `ms.contentlocale is "${locale}"; this repository is ${expected}.` });
    }
    const type = value('ms.translationtype');
    if (type !== undefined && type !== 'HT' && type !== 'MT') {
      ctx.report({ range: at('ms.translationtype'), message: `ms.translationtype "${type}" is neither HT nor MT.` });
    }
    const handoff = value('ms.lasthandoff');
    if (handoff !== undefined && !/^(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/\d{4}$/.test(handoff)) {
      ctx.report({ range: at('ms.lasthandoff'), message: `ms.lasthandoff "${handoff}" is not a MM/DD/YYYY date.` });
    }
    const locfile = fields.get('ms.locfileid');
    if (locfile !== undefined && !/^(["'])\d+\1$/.test(locfile.raw)) {
      ctx.report({ range: locfile.range, message: `ms.locfileid ${locfile.raw} is not a quoted number.` });
    }
  },
};
