import { describe, expect, it } from 'vitest';
import {
  MAX_LINE_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_RAW_LINE_LENGTH,
  routeText,
  runLine,
} from '../../src/index.js';
import { realEngine } from '../helpers.js';

const TOO_LONG = /too long: please keep a question under 300 characters/;

// Each of these, at full length, used to be routed (compromise over the whole text) before any limit
// applied, and some were even answered: "what did Lavrov say about <100k characters>" gave Lavrov's quotes.
const LONG_LINES: [string, string][] = [
  [
    'a mention-sized "what did X say about …"',
    `what did Lavrov say about ${'the talks in Istanbul, '.repeat(1800)}`,
  ],
  [
    'a 100k "who said <clause>"',
    `Who said ${'the delegation met in Istanbul and nobody agreed. '.repeat(2000)}`,
  ],
  ['a 100k /ask', `/ask ${'ceasefire '.repeat(10_000)}`],
  ['a 100k /who-said', `/who-said ${'Lavrov '.repeat(15_000)}`],
  ['just over the cleaned limit', `what did Lavrov say about ${'x'.repeat(MAX_LINE_LENGTH)}`],
];

describe('the line length limit, at the engine entry', () => {
  it.each(LONG_LINES)('%s is refused by runLine before routing', async (_name, line) => {
    const engine = await realEngine();
    expect(await runLine(engine, line)).toEqual({ kind: 'error', message: expect.stringMatching(TOO_LONG) });
  });

  it.each(LONG_LINES)('%s is not routed anywhere but /ask, which refuses it', (_name, line) => {
    const route = routeText(line);
    expect(route.command).toBe('ask');
    expect(route.options.question!.length).toBeLessThanOrEqual(MAX_RAW_LINE_LENGTH);
  });

  it('still answers a question of the longest allowed length', async () => {
    const engine = await realEngine();
    const question = `Who is Russia’s foreign minister? ${'Please answer. '.repeat(40)}`.slice(
      0,
      MAX_QUESTION_LENGTH,
    );
    const answer = await runLine(engine, question);
    expect(answer.kind).toBe('answer');
  });

  it('reads padding that cleaning removes as the short line it is', async () => {
    const engine = await realEngine();
    const padded = `/sources${' '.repeat(MAX_LINE_LENGTH * 2)}`;
    expect((await runLine(engine, padded)).kind).toBe('sources');
    expect(routeText(padded).command).toBe('sources');
  });
});
