import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import {
  type AnswerLog,
  type ConversationStore,
  createRateLimits,
  type DeliveryGuard,
  type Engine,
  type FeedbackStore,
  InMemoryDeliveryGuard,
  MemoryAnswerLog,
  MemoryConversationStore,
  type RateLimits,
} from '../../src/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ChatAddSettings } from '../shared/add-from-chat.js';
import { AnswerQueue } from '../shared/answer-queue.js';
import { boltLogger } from './bolt-logger.js';
import { registerListeners } from './listeners/index.js';
import { gateSlackRequests } from './request-gate.js';
import { slashNames } from './slash-commands.js';
import { ReactionBudget } from './working-reaction.js';

export type SlackConfig = NonNullable<Config['slack']>;

export interface SlackAppOptions {
  /**
   * Web API retries. A chat answer that arrives minutes late is worse than none, so a couple of quick
   * retries instead of the client's default of ten over half an hour; tests turn them off.
   */
  apiRetries?: number;
  /** milliseconds since the epoch, for the timestamp window and the delivery guards; tests move it */
  clock?: () => number;
  /**
   * Remembers event ids and request signatures already taken. In memory by default: one process. Replicas
   * need one shared guard (see DeliveryGuard).
   */
  guard?: DeliveryGuard;
  /** thread and DM context; in memory (bounded, expiring) by default */
  conversations?: ConversationStore;
  /** per-person and per-channel limits; rate-limiter-flexible in memory by default */
  limits?: RateLimits;
  /** where 👍/👎 go; without one the buttons are not shown */
  feedback?: FeedbackStore;
  /** the answers the buttons rate; in memory by default (the SQLite feedback store is one too) */
  answers?: AnswerLog;
  /** where /talks-add writes and how it fetches; without it the command says adding is not set up */
  adding?: ChatAddSettings;
  /** how long a slash command may take before a "working on it" note */
  workingNoteAfterMs?: number;
  /** how long a mention or DM waits before it gets the ⏳ reaction (1 s by default; 0: at once) */
  workingReactionAfterMs?: number;
  /** mentions and DMs answered at once by this process (the rest wait their turn); 4 by default */
  answerConcurrency?: number;
}

export interface SlackApp {
  app: App;
  /** the events taken and not yet answered: a stopping process drains it */
  queue: AnswerQueue;
  mode: 'socket' | 'http';
  receiver: SocketModeReceiver | HTTPReceiver;
}

/** The path Slack posts events, slash commands and button clicks to in HTTP mode (Bolt's default). */
export const EVENTS_PATH = '/slack/events';

/**
 * A Bolt app with every listener registered, not yet started. Socket Mode when an app-level token is
 * configured (no public URL needed); otherwise the HTTP receiver, which verifies Slack's signatures.
 */
export function createSlackApp(
  engine: Engine,
  config: SlackConfig,
  log: Logger,
  options: SlackAppOptions = {},
): SlackApp {
  const logger = boltLogger(log);
  const clientOptions = {
    // the WebClient joins method names straight onto this, so it must end in a slash
    ...(config.apiUrl
      ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` }
      : {}),
    retryConfig: { retries: options.apiRetries ?? 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    // a 429 fails at once instead of waiting Retry-After out (30 s late is too late): see post-answer.ts
    rejectRateLimitedCalls: true,
  };
  const now = options.clock ?? Date.now;
  const guard = options.guard ?? new InMemoryDeliveryGuard();
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        logLevel: LogLevel.DEBUG,
        // apps.connections.open goes through a WebClient built from these, so SLACK_API_URL applies to it too
        installerOptions: { clientOptions },
      })
    : gatedHttpReceiver(requireSigningSecret(config), config.port, logger, { guard, now, log });
  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    logLevel: LogLevel.DEBUG,
    clientOptions,
    // auth.test runs in app.init(), where a bad token becomes a start-up error instead of an unhandled rejection
    deferInitialization: true,
  });
  const queue = new AnswerQueue({
    log,
    ...((options.answerConcurrency ?? config.answerConcurrency)
      ? { concurrency: options.answerConcurrency ?? config.answerConcurrency }
      : {}),
  });
  registerListeners(app, {
    engine,
    queue,
    reactionBudget: new ReactionBudget(),
    log,
    guard,
    now,
    conversations: options.conversations ?? new MemoryConversationStore(),
    limits: options.limits ?? createRateLimits(),
    names: slashNames(config.commandPrefix),
    feedback: options.feedback,
    answers: options.answers ?? new MemoryAnswerLog(),
    adminUserIds: config.adminUserIds ?? [],
    ...(options.adding ? { adding: options.adding } : {}),
    ...(options.workingNoteAfterMs !== undefined ? { workingNoteAfterMs: options.workingNoteAfterMs } : {}),
    ...(options.workingReactionAfterMs !== undefined
      ? { workingReactionAfterMs: options.workingReactionAfterMs }
      : {}),
  });
  return { app, queue, mode: config.appToken ? 'socket' : 'http', receiver };
}

/** Bolt's HTTP receiver behind the request gate: headers, size, signature and replays checked first. */
function gatedHttpReceiver(
  signingSecret: string,
  port: number,
  logger: ReturnType<typeof boltLogger>,
  gate: { guard: DeliveryGuard; now: () => number; log: Logger },
): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: EVENTS_PATH,
    port,
    logger,
    logLevel: LogLevel.DEBUG,
  });
  // start() builds its server around this property, so the gate is in place before the first request
  receiver.requestListener = gateSlackRequests(receiver.requestListener, {
    signingSecret,
    endpoint: EVENTS_PATH,
    ...gate,
  });
  return receiver;
}

function requireSigningSecret(config: SlackConfig): string {
  if (!config.signingSecret) {
    throw new Error(
      'Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → Signing Secret), or set SLACK_APP_TOKEN',
    );
  }
  return config.signingSecret;
}
