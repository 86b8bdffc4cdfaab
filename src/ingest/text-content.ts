// the rule lives in src/text so the loader applies the same one to every knowledge file
export { notTextReason } from '../text/is-text.js';

/** Content types that are never an article's text (the page may still be HTML or plain text otherwise). */
export function contentTypeRefusal(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || type.startsWith('text/')) return undefined;
  return `it is ${type}, not a web page or text`;
}

export function isHtmlContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/** A document that starts like HTML (after a BOM, whitespace and comments), whatever it was called. */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article)\b/i.test(text);
}
