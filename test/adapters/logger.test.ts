import { describe, expect, it } from 'vitest';
import { createLogger, engineLog, type LogLevel } from '../../adapters/logger.js';

describe("the engine's start-up messages", () => {
  it.each<[string, boolean, LogLevel, 'info' | 'warn', string[], string[]]>([
    ['a terminal reads progress as a plain sentence', true, 'info', 'info', ['Indexing 5 articles…\n'], []],
    ['a warning too', true, 'warn', 'warn', ['Indexing 5 articles…\n'], []],
    ['progress below the level is left out', true, 'warn', 'info', [], []],
    ['a quiet terminal stays quiet', true, 'silent', 'warn', [], []],
    ['a log file gets a log line', false, 'info', 'info', [], [' INFO Indexing 5 articles…']],
    ['and a warning as a warning', false, 'info', 'warn', [], [' WARN Indexing 5 articles…']],
  ])('%s', (_name, isTTY, level, messageLevel, plain, logged) => {
    const written: string[] = [];
    const lines: string[] = [];
    const log = createLogger(level, (line) => lines.push(line));
    engineLog(log, level, { isTTY, write: (text) => written.push(text) })(
      'Indexing 5 articles…',
      messageLevel,
    );
    expect(written).toEqual(plain);
    expect(lines.map((line) => line.slice(line.indexOf(' ')))).toEqual(logged);
  });

  it('wraps by words to the terminal, the rest indented', () => {
    const written: string[] = [];
    const log = createLogger('info', () => {});
    const stderr = { isTTY: true, columns: 30, write: (text: string) => written.push(text) };
    engineLog(
      log,
      'info',
      stderr,
    )('Indexing: sentences of 2025-04-22-a-long-file-name.md (article 2 of 5)', 'info');
    expect(written).toEqual([
      'Indexing: sentences of\n  2025-04-22-a-long-file-name.md\n  (article 2 of 5)\n',
    ]);
  });
});
