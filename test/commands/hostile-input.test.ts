import { describe, expect, it } from 'vitest';
import { answerSchema, runLine } from '../../src/index.js';
import { realEngine } from '../helpers.js';

// input that must never reach lunr's query parser, crash a command, or come back as anything but a polite answer
const HOSTILE: [string, string][] = [
  ['lunr field syntax', '/ask who:said title:peace'],
  ['lunr operators', '/ask +-~^*:'],
  ['wildcards and fuzz', '/ask Zelen* Putin~2 peace^10'],
  ['unbalanced quote', '/ask "unbalanced'],
  ['empty /ask', '/ask'],
  ['empty line', ''],
  ['only spaces', '     '],
  ['10,000 characters', `/ask ${'ceasefire '.repeat(1000)}`],
  ['10,000 characters of bare text', 'x'.repeat(10_000)],
  ['control characters', '/ask \u0000\u0007\u001b[31mred\u001b[0m Lavrov?'],
  ['bidi override', '/ask \u202eLavrov'],
  ['emoji only', '/ask 🕊️🇺🇦🇷🇺'],
  ['emoji with words', '🕊️ who is Russia’s foreign minister? 🇷🇺'],
  ['markup', '/ask @everyone <@&123> <!channel> [x](http://evil.example)'],
  ['who-said syntax', '/who-said +Lavrov -Peskov *'],
  ['who-said empty', '/who-said'],
  ['timeline bad date', '/timeline --from 2025-13-45'],
  ['timeline hostile topic', '/timeline title:* ~^'],
  ['unknown command', '/drop table'],
  ['slash only', '/'],
  ['sql-ish', "'; DROP TABLE articles; --"],
];

describe('hostile input', () => {
  it.each(HOSTILE)('%s gets a valid, polite answer', async (_name, line) => {
    const engine = await realEngine();
    const answer = await runLine(engine, line);
    expect(answerSchema.safeParse(answer).success).toBe(true);
    if (answer.kind === 'error') {
      expect(answer.message.length).toBeGreaterThan(10);
      expect(answer.message).not.toMatch(/at \S+ \(|Error:|undefined|\[object/);
    }
    if (answer.kind === 'answer' && answer.abstained) expect(answer.citations).toEqual([]);
  });

  it('explains a too-long question instead of searching it', async () => {
    const engine = await realEngine();
    const answer = await runLine(engine, `/ask ${'why '.repeat(200)}`);
    expect(answer).toMatchObject({ kind: 'error' });
    expect(answer.kind === 'error' && answer.message).toMatch(/under 300 characters/);
  });
});
