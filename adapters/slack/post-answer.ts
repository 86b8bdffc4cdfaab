import { webApi } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { SlackMessage } from './render.js';

/**
 * Posting an answer when Slack rate-limits the bot. The WebClient is built with `rejectRateLimitedCalls`,
 * so a 429 fails at once instead of waiting out Retry-After (and pausing every other call meanwhile):
 * a wait Slack asks for up to this cap is waited once; past it, an answer 30 s late in a conversation that
 * moved on is worse than none, so the person who asked gets an ephemeral note (a different rate-limit
 * tier than chat.postMessage) saying when to ask again, and the log says what was dropped.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 3000;

export interface PostedMessage extends SlackMessage {
  channel: string;
  thread_ts?: string;
  unfurl_links?: boolean;
}

/** The Web API calls answers need; a WebClient fits, and so does a test's fake. */
export interface ChatPoster {
  chat: {
    postMessage(message: PostedMessage): Promise<unknown>;
    postEphemeral(message: {
      channel: string;
      user: string;
      text: string;
      thread_ts?: string;
    }): Promise<unknown>;
  };
}

export async function postAnswer(
  client: ChatPoster,
  message: PostedMessage,
  context: { user?: string | undefined; log: Logger; sleep?: (ms: number) => Promise<void> },
): Promise<void> {
  const sleep = context.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let retryAfter = await attempt(client, message);
  if (retryAfter === undefined) return;
  if (retryAfter * 1000 <= MAX_RATE_LIMIT_WAIT_MS) {
    await sleep(retryAfter * 1000);
    retryAfter = await attempt(client, message);
    if (retryAfter === undefined) return;
  }
  context.log.warn('slack: an answer could not be delivered in time: rate-limited', {
    channel: message.channel,
    retryAfterSeconds: retryAfter,
    userTold: context.user !== undefined,
  });
  if (context.user === undefined) return;
  try {
    await client.chat.postEphemeral({
      channel: message.channel,
      user: context.user,
      text: `Slack is limiting how fast I can post here right now, so my answer could not be sent. Please ask again in about ${retryAfter} seconds.`,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    });
  } catch (error) {
    context.log.warn('slack: could not tell the user about the rate limit', {
      channel: message.channel,
      error: String(error),
    });
  }
}

/** undefined once posted; the seconds Slack asks to wait when rate-limited; any other failure throws. */
async function attempt(client: ChatPoster, message: PostedMessage): Promise<number | undefined> {
  try {
    await client.chat.postMessage(message);
    return undefined;
  } catch (error) {
    const { code, retryAfter } = error as { code?: unknown; retryAfter?: unknown };
    if (code === webApi.ErrorCode.RateLimitedError && typeof retryAfter === 'number') return retryAfter;
    throw error;
  }
}
