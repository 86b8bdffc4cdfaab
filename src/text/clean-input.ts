/**
 * Normalises what a user typed before any command sees it: NFC, no control or zero-width characters,
 * single spaces. Emoji and other symbols are kept; they are harmless and sometimes meaningful.
 */
export function cleanInput(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // C0/C1 controls (tabs and newlines become spaces below), bidi overrides, zero-width characters
      .replace(/[\t\n\r\f\v]/g, ' ')
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
