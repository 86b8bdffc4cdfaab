import { describe, expect, it } from 'vitest';
import { createLogger, engineLog, type LogLevel } from '../../adapters/logger.js';

describe("the engine's start-up messages", () => {
  it.each<[string, boolean, LogLevel, string[], string[]]>([
    ['a terminal reads a plain sentence', true, 'info', ['Indexing 5 articles…\n'], []],
    ['also under --json, whose level is warn', true, 'warn', ['Indexing 5 articles…\n'], []],
    ['a quiet terminal stays quiet', true, 'silent', [], []],
    ['a log file gets a log line', false, 'info', [], [' WARN Indexing 5 articles…']],
  ])('%s', (_name, isTTY, level, plain, logged) => {
    const written: string[] = [];
    const lines: string[] = [];
    const log = createLogger(level, (line) => lines.push(line));
    engineLog(log, level, { isTTY, write: (text) => written.push(text) })('Indexing 5 articles…');
    expect(written).toEqual(plain);
    expect(lines.map((line) => line.slice(line.indexOf(' ')))).toEqual(logged);
  });
});
