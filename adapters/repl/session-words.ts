/**
 * Words that talk to the terminal session rather than ask about the articles: people type them bare,
 * as they would in a shell or another REPL, so they must never be answered as questions.
 * ("help" needs nothing here: the engine's router already reads it as /help.)
 */
export type SessionWord = 'quit' | 'clear' | 'reload';

const WORDS: [RegExp, SessionWord][] = [
  [/^\/?(?:quit|exit|q|bye)$|^\.exit$|^exit\(\)$/i, 'quit'],
  [/^\/?(?:clear|cls)$/i, 'clear'],
  // re-read knowledge/ now (a running REPL also reloads by itself when a file there changes)
  [/^\/reload$/i, 'reload'],
];

/** The session word a line is, if it is one: `exit`, `/quit`, `clear` … (already trimmed). */
export function sessionWord(line: string): SessionWord | undefined {
  const word = line.replace(/[.!]$/, '');
  for (const [pattern, meaning] of WORDS) if (pattern.test(word) || pattern.test(line)) return meaning;
  return undefined;
}
