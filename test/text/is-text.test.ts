import { describe, expect, it } from 'vitest';
import { notTextReason } from '../../src/text/is-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const pseudoRandomBytes = (n: number) => Array.from({ length: n }, (_, i) => (i * 131 + 17) % 256);

describe('notTextReason: text, not a binary file', () => {
  it.each<[string, Uint8Array, RegExp | undefined]>([
    ['plain English', utf8('Negotiators met in Geneva on Monday.\n\nThey agreed nothing.\n'), undefined],
    ['tabs, CRLF and form feeds', utf8('A\tB\r\nC\fD\n'), undefined],
    ['other scripts and emoji', utf8('Переговоры в Стамбуле — 🕊️ «мир»'), undefined],
    ['a stray control character in a long text', utf8(`${'Talks resumed. '.repeat(20)}\u0007`), undefined],
    ['a NUL byte', utf8('Talks\u0000resumed.'), /NUL bytes/],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x54, 0, 0x61, 0, 0x6c, 0]), /NUL bytes/],
    [
      'PNG-like bytes without NUL',
      new Uint8Array([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        ...pseudoRandomBytes(500).map((b) => b || 0xff),
      ]),
      /not text/,
    ],
    [
      'mostly control characters',
      utf8('\u0001\u0002\u0003\u0004 text \u0005\u0006\u0007\u0008'),
      /control characters/,
    ],
    ['nothing', new Uint8Array([]), undefined],
  ])('%s', (_name, bytes, reason) => {
    const result = notTextReason(bytes);
    if (reason) expect(result).toMatch(reason);
    else expect(result).toBeUndefined();
  });
});
