import { createRequire } from 'node:module';

// linkedom is ~120 modules: required on the first page parsed, so that start-ups that read no HTML (every
// question asked of the CLI, the bots until someone adds a url) do not load it
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;

/** The little of the DOM this layer uses (the project compiles without the browser's DOM types). */
export interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface DomDocument extends DomElement {
  readonly documentElement: DomElement;
}

/** A DOM for a page, from linkedom: no browser, no native build, forgiving of broken markup. */
export function parseDocument(html: string): DomDocument {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html).document as unknown as DomDocument;
}

/** Whitespace as a reader sees it: runs of spaces and line breaks inside a block are one space. */
export function visibleText(element: DomElement): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
