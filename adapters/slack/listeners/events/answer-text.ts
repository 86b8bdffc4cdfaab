import { type Answer, errorAnswer, helpAnswer, runLine } from '../../../../src/index.js';
import type { SlackDeps } from '../../deps.js';
import { tooLongAnswer } from '../../input-limits.js';
import { type ChatPoster, postAnswer } from '../../post-answer.js';
import { render } from '../../render.js';
import { fromSlackText } from '../../slack-text.js';
import { toEngineLine } from '../../slash-commands.js';

export type { ChatPoster } from '../../post-answer.js';

export interface IncomingText {
  channel: string;
  /** as Slack sends it: entities escaped, mentions as <@U…> */
  text: string;
  /** the thread to answer in; undefined answers in the conversation itself */
  threadTs?: string | undefined;
  botUserId?: string | undefined;
  /** who wrote it: told privately when the answer cannot be posted */
  user?: string | undefined;
}

/** Routes what someone wrote to a command, runs it and posts the rendered answer. */
export async function answerText(input: IncomingText, deps: SlackDeps, client: ChatPoster): Promise<void> {
  let answer: Answer;
  try {
    // checked on the raw text, before any unescaping or routing: Slack allows 40,000 characters
    const tooLong = tooLongAnswer(input.text);
    const typed = tooLong ? '' : fromSlackText(input.text, input.botUserId);
    // a bare mention ("@talksbot") is a request for help, not an empty question
    answer = tooLong ?? (typed ? await runLine(deps.engine, toEngineLine(typed)) : helpAnswer());
  } catch (error) {
    deps.log.error('slack: answering failed', { error: String(error) });
    answer = errorAnswer('Sorry, something went wrong answering that. Please try again.');
  }
  await postAnswer(
    client,
    {
      channel: input.channel,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
      ...render(answer),
      // article links would otherwise unfurl into large previews under every answer
      unfurl_links: false,
    },
    { user: input.user, log: deps.log },
  );
}
