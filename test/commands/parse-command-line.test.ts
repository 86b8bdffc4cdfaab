import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/index.js';

describe('parseCommandLine', () => {
  it.each<[string, string | undefined, Record<string, string>]>([
    ['/ask Who is Lavrov?', 'ask', { question: 'Who is Lavrov?' }],
    ['/ASK  spaced   out ', 'ask', { question: 'spaced out' }],
    ['/who-said great progress', 'who-said', { query: 'great progress' }],
    ['/timeline', 'timeline', {}],
    [
      '/timeline Istanbul --from 2025-04 --to 2025-07',
      'timeline',
      { topic: 'Istanbul', from: '2025-04', to: '2025-07' },
    ],
    ['/timeline --from=2025 Peskov', 'timeline', { topic: 'Peskov', from: '2025' }],
    // a date in words can be several words; what follows it is still the topic
    ['/timeline --from april', 'timeline', { from: 'april' }],
    ['/timeline --from April 2025 Peskov', 'timeline', { topic: 'Peskov', from: 'April 2025' }],
    [
      '/timeline Istanbul --from 21 april 2025 --to june',
      'timeline',
      { topic: 'Istanbul', from: '21 april 2025', to: 'june' },
    ],
    ['/timeline --from mayhem', 'timeline', { from: 'mayhem' }],
    // a flag the command does not declare is just text
    ['/ask what about --force?', 'ask', { question: 'what about --force?' }],
    ['/sources', 'sources', {}],
    ['/nope hello', undefined, {}],
  ])('%s', (line, command, options) => {
    const parsed = parseCommandLine(line);
    expect(parsed?.command?.name).toBe(command);
    expect(parsed?.options).toEqual(options);
  });

  it.each(['plain question', '', '   ', 'who:said'])('is not a command line: %j', (line) => {
    expect(parseCommandLine(line)).toBeUndefined();
  });
});
