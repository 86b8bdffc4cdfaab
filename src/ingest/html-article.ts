import { Readability } from '@mozilla/readability';
import { type DomElement, parseDocument, visibleText } from './dom.js';
import { type PageMetadata, pageMetadata } from './page-metadata.js';

export interface HtmlArticle {
  /** the article's text, one paragraph a line (the form knowledge files keep) */
  text: string;
  metadata: PageMetadata;
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th';

/**
 * The article inside a web page: Mozilla's Readability finds the main content (dropping navigation,
 * cookie banners, related-story lists and footers), then each block becomes one line. Metadata is read
 * before Readability runs, because Readability changes the document it reads.
 */
export function articleFromHtml(html: string): HtmlArticle | undefined {
  const document = parseDocument(html);
  const metadata = pageMetadata(document);
  const parsed = new Readability(document as never).parse();
  if (!parsed?.content) return undefined;
  if (!metadata.title && parsed.title) metadata.title = { value: parsed.title, from: '<title>' };
  if (!metadata.outlet && parsed.siteName) metadata.outlet = { value: parsed.siteName, from: 'Readability' };
  if (!metadata.author && parsed.byline) metadata.author = { value: parsed.byline, from: 'byline' };
  const text = blockLines(parseDocument(`<body>${parsed.content}</body>`)).join('\n\n');
  return text ? { text, metadata } : undefined;
}

/** The text of each innermost block, in document order; a list item keeps a bullet so it reads as one. */
function blockLines(root: DomElement): string[] {
  const lines: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS)) continue; // its inner blocks are lines of their own
    const text = visibleText(block);
    if (!text) continue;
    lines.push(block.tagName.toLowerCase() === 'li' ? `• ${text}` : text);
  }
  return lines;
}
