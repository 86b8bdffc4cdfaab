import type { SlackDeps } from '../../deps.js';
import { answerTaken, type ChatPoster } from './answer-text.js';
import { isRedelivery } from './redelivery.js';

export interface MentionEvent {
  channel: string;
  /** missing when the mention came with only a file or an attachment */
  text?: unknown;
  ts: string;
  thread_ts?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  subtype?: string | undefined;
}

export interface EventContext {
  botUserId?: string | undefined;
  retryNum?: number | undefined;
  retryReason?: string | undefined;
}

export interface MentionArgs {
  event: MentionEvent;
  body: { event_id?: string | undefined };
  context: EventContext;
  client: ChatPoster;
}

/** `@talksbot …` in a channel: answered in a thread under the mention, or in the thread it was made in. */
export async function appMention(
  { event, body, context, client }: MentionArgs,
  deps: SlackDeps,
): Promise<void> {
  // other bots (and this one) mentioning the bot would start a loop
  if (
    event.bot_id ||
    event.subtype === 'bot_message' ||
    (context.botUserId && event.user === context.botUserId)
  )
    return;
  if (await isRedelivery(deps, body.event_id, context, 'app_mention')) return;
  const threadTs = event.thread_ts ?? event.ts;
  await answerTaken(
    `app_mention ${body.event_id ?? '(no id)'} in ${event.channel}`,
    {
      channel: event.channel,
      // no text is a bare mention, which is answered with the help
      text: typeof event.text === 'string' ? event.text : '',
      ts: event.ts,
      threadTs,
      user: event.user,
      botUserId: context.botUserId,
    },
    deps,
    client,
  );
}
