import { type Answer, errorAnswer, helpAnswer, runLine } from '../../../../src/index.js';
import type { SlackDeps } from '../../deps.js';
import { render, type SlackMessage } from '../../render.js';
import { fromSlackText } from '../../slack-text.js';
import { toEngineLine } from '../../slash-commands.js';

/** The one Web API call the event handlers make; a WebClient fits, and so does a test's fake. */
export interface ChatPoster {
  chat: {
    postMessage(
      message: SlackMessage & { channel: string; thread_ts?: string; unfurl_links?: boolean },
    ): Promise<unknown>;
  };
}

export interface IncomingText {
  channel: string;
  /** as Slack sends it: entities escaped, mentions as <@U…> */
  text: string;
  /** the thread to answer in; undefined answers in the conversation itself */
  threadTs?: string | undefined;
  botUserId?: string | undefined;
}

/** Routes what someone wrote to a command, runs it and posts the rendered answer. */
export async function answerText(input: IncomingText, deps: SlackDeps, client: ChatPoster): Promise<void> {
  const typed = fromSlackText(input.text, input.botUserId);
  let answer: Answer;
  try {
    // a bare mention ("@talksbot") is a request for help, not an empty question
    answer = typed ? await runLine(deps.engine, toEngineLine(typed)) : helpAnswer();
  } catch (error) {
    deps.log.error('slack: answering failed', { error: String(error) });
    answer = errorAnswer('Sorry, something went wrong answering that. Please try again.');
  }
  await client.chat.postMessage({
    channel: input.channel,
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    ...render(answer),
    // article links would otherwise unfurl into large previews under every answer
    unfurl_links: false,
  });
}
