import type { SlackDeps } from '../../deps.js';
import { answerTaken, type ChatPoster, conversationKey } from './answer-text.js';
import type { EventContext } from './app-mention.js';
import { isRedelivery } from './redelivery.js';

/** The fields of a `message` event this handler reads; every message subtype fits. */
export interface MessageEvent {
  channel: string;
  ts: string;
  channel_type?: string | undefined;
  /** missing on messages that carry only a file */
  text?: unknown;
  thread_ts?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  subtype?: string | undefined;
}

export interface MessageArgs {
  event: MessageEvent;
  body: { event_id?: string | undefined };
  context: EventContext;
  client: ChatPoster;
}

/**
 * A message the bot may answer without a mention: a direct message, or a reply in a channel thread the bot
 * has answered in (and still remembers). Anything that mentions the bot is left to app_mention, so a reply
 * that mentions it is answered once.
 */
export async function directMessage(
  { event, body, context, client }: MessageArgs,
  deps: SlackDeps,
): Promise<void> {
  // edits, deletions, joins and bot posts all carry a subtype; only plain messages are questions
  if (event.subtype !== undefined || event.bot_id || (context.botUserId && event.user === context.botUserId))
    return;
  // a message with nothing to read (a file alone) is not a question
  if (typeof event.text !== 'string' || !event.text.trim()) return;
  if (!(await isForTheBot(event, event.text, context, deps))) return;
  if (await isRedelivery(deps, body.event_id, context, 'message')) return;
  await answerTaken(
    `message ${body.event_id ?? '(no id)'} in ${event.channel}`,
    {
      channel: event.channel,
      text: event.text,
      ts: event.ts,
      threadTs: event.thread_ts,
      user: event.user,
      botUserId: context.botUserId,
    },
    deps,
    client,
  );
}

async function isForTheBot(
  event: MessageEvent,
  text: string,
  context: EventContext,
  deps: SlackDeps,
): Promise<boolean> {
  if (event.channel_type === 'im') return true;
  if (event.channel_type !== 'channel' && event.channel_type !== 'group') return false;
  if (!event.thread_ts) return false;
  if (context.botUserId && text.includes(`<@${context.botUserId}`)) return false;
  return deps.conversations.has(conversationKey(event.channel, event.thread_ts));
}
