/** Finds HTML tags of the translation that stand for text the English escaped or put in code (shared by SX311 and SX316). */
import type { HtmlToken } from '../../sxs/inline';
import type { UnitPair } from './pair';

/** How the English shows `<name`: escaped (`\<name`), as an entity (`&lt;name`) or in code; undefined if it does not. */
export function englishLiteralForm(pair: UnitPair, name: string): 'escape' | 'entity' | 'code' | undefined {
  const lower = name.toLowerCase();
  for (const e of pair.s.escapes) {
    if (e.char === '<' && pair.s.text.slice(e.end, e.end + lower.length).toLowerCase() === lower) return 'escape';
  }
  for (const e of pair.s.entities) {
    if (e.decoded === '<' && pair.s.text.slice(e.end, e.end + lower.length).toLowerCase() === lower) return 'entity';
  }
  for (const c of pair.s.codes) {
    if (c.content.toLowerCase().includes('<' + lower)) return 'code';
  }
  return undefined;
}

/** Opening tags of the translation that the English has no tag for but shows as literal text. */
export function angleTextTags(pair: UnitPair): { tag: HtmlToken; form: 'escape' | 'entity' | 'code' }[] {
  const out: { tag: HtmlToken; form: 'escape' | 'entity' | 'code' }[] = [];
  if (pair.t.htmls.length === 0) return out;
  const english = new Map<string, number>();
  for (const h of pair.s.htmls) english.set(h.name, (english.get(h.name) ?? 0) + 1);
  for (const tag of pair.t.htmls) {
    if (tag.name.startsWith('!') || tag.name === '?') continue;
    const left = english.get(tag.name) ?? 0;
    if (left > 0) {
      english.set(tag.name, left - 1);
      continue;
    }
    const form = englishLiteralForm(pair, tag.name);
    if (form) out.push({ tag, form });
  }
  return out;
}
