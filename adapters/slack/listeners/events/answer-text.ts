import { type Answer, errorAnswer, helpAnswer } from '../../../../src/index.js';
import { answerInConversation } from '../../../shared/conversation.js';
import { offerFeedback } from '../../../shared/feedback.js';
import { slowDownText } from '../../../shared/slow-down.js';
import { feedbackOf, type SlackDeps } from '../../deps.js';
import { tooLongAnswer } from '../../input-limits.js';
import { type ChatPoster, postAnswer } from '../../post-answer.js';
import { render } from '../../render.js';
import { fromSlackText } from '../../slack-text.js';
import { type Reactor, startWorkingReaction, type WorkingReaction } from '../../working-reaction.js';

export type { ChatPoster } from '../../post-answer.js';
export { type Reactor, WORKING_REACTION } from '../../working-reaction.js';

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

/** One conversation per thread (or per DM when not in a thread): its turns are the follow-ups' context. */
export function conversationKey(channel: string, threadTs: string | undefined): string {
  return `slack:${channel}:${threadTs ?? 'main'}`;
}

/** what the person is told when this replica has more waiting than it can answer in time */
export const BUSY_TEXT =
  'I have more questions waiting than I can answer right now, so I could not take yours. Please ask again in a minute.';

/**
 * An event taken (acknowledged and recorded as seen): answered through the replica's queue, a few at a
 * time, so a burst is worked off in order instead of all at once. With no queue (handler tests) it is
 * answered before this returns. A full queue is said to the person, never dropped silently.
 */
export async function answerTaken(
  what: string,
  input: IncomingText,
  deps: SlackDeps,
  client: ChatPoster & Reactor,
): Promise<void> {
  // from the moment it is taken: a question waiting its turn shows ⏳ once it has waited a second
  const working = startWorkingReaction(
    client,
    { channel: input.channel, ts: input.ts },
    deps.workingReactionAfterMs,
    deps.reactionBudget,
  );
  if (!deps.queue) {
    await answerText(input, deps, client, working);
    return;
  }
  if (deps.queue.offer(what, () => answerText(input, deps, client, working))) return;
  await working.done();
  if (!input.user) return;
  await client.chat
    .postEphemeral({
      channel: input.channel,
      user: input.user,
      text: BUSY_TEXT,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    })
    .catch((error: unknown) =>
      deps.log.warn('slack: could not tell the user the queue is full', { what, error: String(error) }),
    );
}

/** Routes what someone wrote to a command, runs it with the thread's context and posts the answer. */
export async function answerText(
  input: IncomingText,
  deps: SlackDeps,
  client: ChatPoster & Reactor,
  working: WorkingReaction = startWorkingReaction(
    client,
    { channel: input.channel, ts: input.ts },
    deps.workingReactionAfterMs,
    deps.reactionBudget,
  ),
): Promise<void> {
  const thread = input.threadTs ? { thread_ts: input.threadTs } : {};
  const decision = await deps.limits.take(input.user ?? 'unknown', input.channel);
  if (!decision.allowed) {
    await working.done();
    if (input.user)
      await client.chat
        .postEphemeral({ channel: input.channel, user: input.user, text: slowDownText(decision), ...thread })
        .catch((error: unknown) =>
          deps.log.debug('slack: could not send the slow-down note', { error: String(error) }),
        );
    return;
  }
  try {
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
  } finally {
    // an answer that could not be posted (the caller reports it) must not leave ⏳ on the question
    await working.done();
  }
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
