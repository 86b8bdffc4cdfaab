import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { InMemoryDeliveryGuard } from '../../../adapters/slack/delivery-guard.js';
import { MAX_SLACK_TEXT_LENGTH } from '../../../adapters/slack/input-limits.js';
import { slashCommand } from '../../../adapters/slack/listeners/commands/slash-command.js';
import type { ChatPoster } from '../../../adapters/slack/listeners/events/answer-text.js';
import { appMention } from '../../../adapters/slack/listeners/events/app-mention.js';
import { directMessage } from '../../../adapters/slack/listeners/events/direct-message.js';
import * as slackText from '../../../adapters/slack/slack-text.js';
import { defaultSlashNames } from '../../../adapters/slack/slash-commands.js';
import * as engineApi from '../../../src/index.js';
import { realEngine } from '../../helpers.js';
import { unlimited } from '../discord/helpers.js';
import { textsOf } from './expect-slack.js';

// spies around the real unescaping and the real engine entry points, to see whether they run at all
vi.mock('../../../adapters/slack/slack-text.js', async (actual) => {
  const real = await actual<typeof import('../../../adapters/slack/slack-text.js')>();
  return { ...real, fromSlackText: vi.fn(real.fromSlackText) };
});
vi.mock('../../../src/index.js', async (actual) => {
  const real = await actual<typeof import('../../../src/index.js')>();
  return { ...real, runLine: vi.fn(real.runLine), runCommand: vi.fn(real.runCommand) };
});

const BOT = 'U0BOT';
const deps = async () => ({
  engine: await realEngine(),
  log: createLogger('silent'),
  guard: new InMemoryDeliveryGuard(),
  conversations: new engineApi.MemoryConversationStore(),
  limits: unlimited(),
  now: Date.now,
  names: defaultSlashNames,
  workingNoteAfterMs: 60_000,
});
function client(): ChatPoster & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    chat: {
      postMessage: async (message) => {
        texts.push(textsOf(message).join('\n'));
        return { ok: true };
      },
      postEphemeral: async () => ({ ok: true }),
    },
  };
}
// 40,000 characters: the most Slack delivers, with markup to unescape all the way through
const HUGE = `<@${BOT}> ${'who said &amp; <@U0EVE> '.repeat(1700)}`.slice(0, 40_000);

beforeEach(() => {
  vi.mocked(slackText.fromSlackText).mockClear();
  vi.mocked(engineApi.runLine).mockClear();
  vi.mocked(engineApi.runCommand).mockClear();
});

describe('Slack text too long to be a question', () => {
  it.each([
    ['a mention', 'mention'],
    ['a direct message', 'dm'],
  ])('%s of 40,000 characters is refused before unescaping or routing', async (_name, kind) => {
    const posted = client();
    const event = { channel: kind === 'dm' ? 'D1' : 'C1', text: HUGE, ts: '1.1', user: 'U1' };
    if (kind === 'dm') {
      await directMessage(
        { event: { ...event, channel_type: 'im' }, body: {}, context: { botUserId: BOT }, client: posted },
        await deps(),
      );
    } else {
      await appMention({ event, body: {}, context: { botUserId: BOT }, client: posted }, await deps());
    }
    expect(posted.texts.join('\n')).toMatch(/That is too long: please keep a question under 300 characters/);
    expect(slackText.fromSlackText).not.toHaveBeenCalled();
    expect(engineApi.runLine).not.toHaveBeenCalled();
  });

  it('a slash command of 40,000 characters is refused before unescaping or parsing', async () => {
    const responses: unknown[] = [];
    await slashCommand(
      {
        command: { command: '/talks-ask', text: HUGE },
        ack: async () => {},
        respond: async (message) => responses.push(message),
      },
      await deps(),
    );
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(textsOf(responses[0] as never).join('\n')).toMatch(/That is too long/);
    expect(slackText.fromSlackText).not.toHaveBeenCalled();
    expect(engineApi.runCommand).not.toHaveBeenCalled();
  });

  it('text up to the limit is still read, markup and all', async () => {
    const posted = client();
    const text = `<@${BOT}> sources`.padEnd(MAX_SLACK_TEXT_LENGTH, ' ');
    await appMention(
      {
        event: { channel: 'C1', text, ts: '1.1', user: 'U1' },
        body: {},
        context: { botUserId: BOT },
        client: posted,
      },
      await deps(),
    );
    expect(slackText.fromSlackText).toHaveBeenCalledOnce();
    expect(engineApi.runLine).toHaveBeenCalledOnce();
    expect(posted.texts.join('\n')).toContain('I answer from 5 articles');
  });
});
