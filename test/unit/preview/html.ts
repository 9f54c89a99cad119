/** Reads rendered preview HTML back as elements, so tests assert on structure instead of substrings. */
import { Parser } from 'htmlparser2';

export interface ParsedElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly parent: ParsedElement | undefined;
  text: string;
}

export function parseHtml(html: string): ParsedElement[] {
  const elements: ParsedElement[] = [];
  const open: ParsedElement[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const element: ParsedElement = { name, attributes, parent: open[open.length - 1], text: '' };
      elements.push(element);
      open.push(element);
    },
    ontext(text) {
      for (const element of open) element.text += text;
    },
    onclosetag() {
      open.pop();
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return elements;
}

export function hasClass(element: ParsedElement, name: string): boolean {
  return (element.attributes.class ?? '').split(/\s+/).includes(name);
}

export function closest(element: ParsedElement, predicate: (e: ParsedElement) => boolean): ParsedElement | undefined {
  for (let current: ParsedElement | undefined = element; current; current = current.parent) {
    if (predicate(current)) return current;
  }
  return undefined;
}
