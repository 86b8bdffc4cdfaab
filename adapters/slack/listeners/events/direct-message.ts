import type { SlackDeps } from '../../deps.js';
import { answerText, type ChatPoster } from './answer-text.js';
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

/** A direct message to the bot: answered without a mention, in the conversation (or the thread it came in). */
export async function directMessage(
  { event, body, context, client }: MessageArgs,
  deps: SlackDeps,
): Promise<void> {
  if (event.channel_type !== 'im') return;
  // edits, deletions, joins and bot posts all carry a subtype; only plain messages are questions
  if (event.subtype !== undefined || event.bot_id || (context.botUserId && event.user === context.botUserId))
    return;
  // a message with nothing to read (a file alone) is not a question
  if (typeof event.text !== 'string' || !event.text.trim()) return;
  if (await isRedelivery(deps, body.event_id, context, 'message')) return;
  await answerText(
    {
      channel: event.channel,
      text: event.text,
      threadTs: event.thread_ts,
      botUserId: context.botUserId,
      user: event.user,
    },
    deps,
    client,
  );
}
