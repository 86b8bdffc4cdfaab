/**
 * Whether bytes are text a person wrote. A file with NUL bytes, or one that is mostly control characters
 * or bytes that are not UTF-8, is a binary (an image, a PDF, an archive) or text in another encoding, whose
 * bytes would otherwise become passages and answers. Used by the loader for every knowledge file and by
 * `talksbot add` before it writes one.
 */

/** Above this share of control characters and undecodable bytes, a file is not text. */
export const MAX_NOT_TEXT_SHARE = 0.1;

/** U+FFFD (what decoding makes of bytes that are not UTF-8) and control characters other than \t \n \r \f */
const SUSPICIOUS = /\uFFFD|[^\P{Cc}\t\n\r\f]/gu;

/** Why `bytes` are not text, or undefined when they are. */
export function notTextReason(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'it contains NUL bytes, so it is a binary file, not text';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // one scan for them all (a character-by-character loop took ~20 ms per CLI start for five articles)
  const suspicious = text.match(SUSPICIOUS)?.length ?? 0;
  // a few stray controls or bad bytes occur in real captured text; a binary is full of them
  if (suspicious / Math.max(1, text.length) > MAX_NOT_TEXT_SHARE)
    return 'most of it is control characters or invalid UTF-8, so it is not text';
  return undefined;
}
