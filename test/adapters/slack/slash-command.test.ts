import { beforeAll, describe, expect, it } from 'vitest';
import type { SlackDeps } from '../../../adapters/slack/deps.js';
import { slashCommand, WORKING_NOTE } from '../../../adapters/slack/listeners/commands/slash-command.js';
import { type AskContext, createEngine, createRateLimits, type Engine } from '../../../src/index.js';
import { textsOf } from './expect-slack.js';
import { handlerDeps } from './handler-deps.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: 'knowledge' });
});

const deps = (over: Partial<SlackDeps> = {}): SlackDeps => handlerDeps(engine, over);

/** runs one slash command, recording what is acked and responded, in order */
async function run(text: string, slash: string, d: SlackDeps, user = 'U1') {
  const responses: Record<string, unknown>[] = [];
  await slashCommand(
    {
      command: { command: slash, text, user_id: user, channel_id: 'C1' },
      ack: async () => {},
      respond: async (message) => responses.push(message as Record<string, unknown>),
    },
    d,
  );
  return responses;
}

describe('slash commands: only me, working note, limits', () => {
  // [slash, text, response_type]
  const rows: [string, string, 'in_channel' | 'ephemeral'][] = [
    ['/talks-ask', 'Where will the allies meet on April 23?', 'in_channel'],
    ['/talks-ask', 'Where will the allies meet on April 23? --only-me', 'ephemeral'],
    ['/talks-timeline', '--only-me Istanbul', 'ephemeral'],
    ['/talks-who-said', 'Lavrov --only-me', 'ephemeral'],
    ['/talks-sources', '', 'ephemeral'],
  ];
  it.each(rows)('%s %s → %s', async (slash, text, type) => {
    const [reply, ...more] = await run(text, slash, deps());
    expect(more).toEqual([]);
    expect(reply?.response_type).toBe(type);
    expect(textsOf(reply!).join('\n')).not.toContain('only-me');
  });

  it('the flag is not part of the question the engine reads', async () => {
    const [plain] = await run('Where will the allies meet on April 23?', '/talks-ask', deps());
    const [onlyMe] = await run('Where will the allies meet on April 23? --only-me', '/talks-ask', deps());
    expect(textsOf(onlyMe!)).toEqual(textsOf(plain!));
  });

  it('says it is working on an answer that takes a while, then answers', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Engine = {
      ...engine,
      ask: async (question: string, context?: AskContext) => {
        await gate;
        return engine.ask(question, context);
      },
    } as unknown as Engine;
    const responses: Record<string, unknown>[] = [];
    const done = slashCommand(
      {
        command: { command: '/talks-ask', text: 'Who is Lavrov?', user_id: 'U1', channel_id: 'C1' },
        ack: async () => {},
        respond: async (message) => {
          responses.push(message as Record<string, unknown>);
          // the note is out: let the answer through
          if (responses.length === 1) release();
        },
      },
      deps({ engine: slow, workingNoteAfterMs: 0 }),
    );
    await done;
    expect(responses.map((r) => r.text)).toEqual([WORKING_NOTE, expect.not.stringMatching(/Working/)]);
    expect(responses[0]?.response_type).toBe('ephemeral');
    expect(responses[1]?.response_type).toBe('in_channel');
  });

  it('counts slash commands against the same per-person limit as mentions', async () => {
    const limited = deps({ limits: createRateLimits({ user: { points: 2, duration: 60 } }) });
    for (let i = 0; i < 2; i++) await run('Who is Lavrov?', '/talks-ask', limited, 'U0BURST');
    const [slowDown] = await run('Who is Lavrov?', '/talks-ask', limited, 'U0BURST');
    expect(slowDown?.response_type).toBe('ephemeral');
    expect(String(slowDown?.text)).toMatch(/slow down/i);
    const [other] = await run('Who is Lavrov?', '/talks-ask', limited, 'U0CALM');
    expect(other?.response_type).toBe('in_channel');
  });
});
