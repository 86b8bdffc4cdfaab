/**
 * Whether bytes are text a person wrote. A file with NUL bytes, or one that is mostly control characters
 * or bytes that are not UTF-8, is a binary (an image, a PDF, an archive) or text in another encoding, whose
 * bytes would otherwise become passages and answers. Used by the loader for every knowledge file and by
 * `talksbot add` before it writes one.
 */

/** Above this share of control characters and undecodable bytes, a file is not text. */
export const MAX_NOT_TEXT_SHARE = 0.1;

/** Why `bytes` are not text, or undefined when they are. */
export function notTextReason(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'it contains NUL bytes, so it is a binary file, not text';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let suspicious = 0;
  for (const char of text) {
    // U+FFFD is what decoding makes of bytes that are not UTF-8
    if (char === '\uFFFD' || (/\p{Cc}/u.test(char) && !/[\t\n\r\f]/.test(char))) suspicious++;
  }
  // a few stray controls or bad bytes occur in real captured text; a binary is full of them
  if (suspicious / Math.max(1, text.length) > MAX_NOT_TEXT_SHARE)
    return 'most of it is control characters or invalid UTF-8, so it is not text';
  return undefined;
}
