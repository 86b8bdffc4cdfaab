import { type Answer, errorAnswer, helpAnswer } from '../../../../src/index.js';
import { answerInConversation } from '../../../shared/conversation.js';
import { offerFeedback } from '../../../shared/feedback.js';
import { slowDownText } from '../../../shared/slow-down.js';
import { feedbackOf, type SlackDeps } from '../../deps.js';
import { tooLongAnswer } from '../../input-limits.js';
import { type ChatPoster, postAnswer } from '../../post-answer.js';
import { render } from '../../render.js';
import { fromSlackText } from '../../slack-text.js';

export type { ChatPoster } from '../../post-answer.js';

/** The reactions the "working" indicator needs; optional, so a client without them still answers. */
export interface Reactor {
  reactions?: {
    add(args: { channel: string; timestamp: string; name: string }): Promise<unknown>;
    remove(args: { channel: string; timestamp: string; name: string }): Promise<unknown>;
  };
}

export interface IncomingText {
  channel: string;
  /** as Slack sends it: entities escaped, mentions as <@U…> */
  text: string;
  /** the message itself, for the "working" reaction */
  ts?: string | undefined;
  /** the thread to answer in; undefined answers in the conversation itself */
  threadTs?: string | undefined;
  botUserId?: string | undefined;
  /** who wrote it: the rate limit counts per person, and they are told privately what went wrong */
  user?: string | undefined;
}

/** the reaction shown on a question while it is being answered */
export const WORKING_REACTION = 'hourglass_flowing_sand';

/** One conversation per thread (or per DM when not in a thread): its turns are the follow-ups' context. */
export function conversationKey(channel: string, threadTs: string | undefined): string {
  return `slack:${channel}:${threadTs ?? 'main'}`;
}

/** Routes what someone wrote to a command, runs it with the thread's context and posts the answer. */
export async function answerText(
  input: IncomingText,
  deps: SlackDeps,
  client: ChatPoster & Reactor,
): Promise<void> {
  const thread = input.threadTs ? { thread_ts: input.threadTs } : {};
  const decision = await deps.limits.take(input.user ?? 'unknown', input.channel);
  if (!decision.allowed) {
    if (input.user)
      await client.chat
        .postEphemeral({ channel: input.channel, user: input.user, text: slowDownText(decision), ...thread })
        .catch((error: unknown) =>
          deps.log.debug('slack: could not send the slow-down note', { error: String(error) }),
        );
    return;
  }
  const working = input.ts
    ? { channel: input.channel, timestamp: input.ts, name: WORKING_REACTION }
    : undefined;
  // the reaction is a courtesy: a workspace without reactions:write still gets its answer
  if (working) await client.reactions?.add(working).catch(() => {});
  const answer = await answerFor(input, deps);
  const feedback = await offerFeedback(feedbackOf(deps), answer, { log: deps.log });
  await postAnswer(
    client,
    {
      channel: input.channel,
      ...thread,
      ...render(answer, { names: deps.names, feedback }),
      // article links would otherwise unfurl into large previews under every answer
      unfurl_links: false,
    },
    { user: input.user, log: deps.log },
  );
  if (working) await client.reactions?.remove(working).catch(() => {});
}

async function answerFor(input: IncomingText, deps: SlackDeps): Promise<Answer> {
  try {
    // checked on the raw text, before any unescaping or routing: Slack allows 40,000 characters
    const tooLong = tooLongAnswer(input.text);
    if (tooLong) return tooLong;
    const typed = fromSlackText(input.text, input.botUserId);
    // a bare mention ("@talksbot") is a request for help, not an empty question
    if (!typed) return helpAnswer();
    const key = conversationKey(input.channel, input.threadTs);
    return await answerInConversation(deps.engine, deps.conversations, key, deps.names.toEngineLine(typed));
  } catch (error) {
    deps.log.error('slack: answering failed', { error: String(error) });
    return errorAnswer('Sorry, something went wrong answering that. Please try again.');
  }
}
