/**
 * Whether bytes are text a person wrote. A file with NUL bytes, or one that is mostly control characters,
 * is a binary (an image, a PDF, an archive) whose bytes would otherwise become passages and answers.
 */
export function notTextReason(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'it contains NUL bytes, so it is a binary file, not text';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let control = 0;
  let replaced = 0;
  for (const char of text) {
    if (char === '\uFFFD') replaced++;
    else if (/[\p{Cc}]/u.test(char) && !/[\t\n\r\f]/.test(char)) control++;
  }
  const length = Math.max(1, text.length);
  // a few stray controls or bad bytes occur in real captured text; a binary is full of them
  if ((control + replaced) / length > 0.1)
    return 'most of it is control characters or invalid UTF-8, so it is not text';
  return undefined;
}

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
