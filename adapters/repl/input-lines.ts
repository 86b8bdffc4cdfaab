/**
 * Splits a text stream into lines the way the `--json` contract counts them: only "\n" ends a line, and a
 * "\r" just before it is dropped ("\r\n" files). A lone "\r" is part of the line, so `a\rb\rc\n` is one
 * line, one reply. node:readline would end a line at every "\r" and answer three times.
 *
 * A line longer than `keep` characters is cut there and the rest of it skipped while reading, so a
 * newline-free 100 MB paste is never held in memory; the engine then refuses it as too long.
 */
export async function* inputLines(input: AsyncIterable<string>, keep: number): AsyncGenerator<string> {
  let line = '';
  for await (const chunk of input) {
    let from = 0;
    for (;;) {
      const end = chunk.indexOf('\n', from);
      const piece = end === -1 ? chunk.slice(from) : chunk.slice(from, end);
      if (line.length < keep) line += piece.slice(0, keep - line.length);
      if (end === -1) break;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      line = '';
      from = end + 1;
    }
  }
  // a last line without its newline is still a line
  if (line) yield line.endsWith('\r') ? line.slice(0, -1) : line;
}
