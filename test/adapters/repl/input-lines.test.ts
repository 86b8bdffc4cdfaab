import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../../../adapters/repl/input-lines.js';

async function linesOf(chunks: string[], keep = 1000): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of inputLines(Readable.from(chunks), keep)) lines.push(line);
  return lines;
}

describe('inputLines: only \\n (or \\r\\n) ends a line', () => {
  it.each<[string, string[], string[]]>([
    ['a lone CR is part of the line', ['a\rb\rc\n'], ['a\rb\rc']],
    ['CRLF ends a line, without its CR', ['a\r\nb\r\n'], ['a', 'b']],
    ['a CRLF split across chunks', ['a\r', '\nb\n'], ['a', 'b']],
    ['a line split across chunks', ['wh', 'o said', ' it\n'], ['who said it']],
    ['blank lines are lines', ['\n\n \n'], ['', '', ' ']],
    ['a last line without its newline', ['a\nb'], ['a', 'b']],
    ['a CR at the very end', ['a\r'], ['a']],
    ['nothing', [], []],
    ['form feed and vertical tab do not end lines', ['a\fb\vc\u2028d\n'], ['a\fb\vc\u2028d']],
  ])('%s', async (_name, chunks, expected) => {
    expect(await linesOf(chunks)).toEqual(expected);
  });

  it('keeps only the first `keep` characters of an overlong line, and the lines after it', async () => {
    const lines = await linesOf(['x'.repeat(600), 'y'.repeat(600), 'z\n/help\n'], 1000);
    expect(lines.map((line) => line.length)).toEqual([1000, 5]);
    expect(lines[1]).toBe('/help');
  });
});
