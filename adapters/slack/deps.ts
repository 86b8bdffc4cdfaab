import type {
  AnswerLog,
  ConversationStore,
  DeliveryGuard,
  Engine,
  FeedbackStore,
  RateLimits,
} from '../../src/index.js';
import type { Logger } from '../logger.js';
import type { ChatAddSettings } from '../shared/add-from-chat.js';
import type { AnswerQueue } from '../shared/answer-queue.js';
import type { FeedbackServices } from '../shared/feedback.js';
import type { SlashNames } from './slash-commands.js';
import type { ReactionBudget } from './working-reaction.js';

/** What every handler needs besides its Slack arguments; tests build one with fakes. */
export interface SlackDeps {
  engine: Engine;
  log: Logger;
  /** remembers event ids, so a redelivered event is answered once */
  guard: DeliveryGuard;
  /** the turns of each thread and DM the bot answered in: follow-ups are read against them */
  conversations: ConversationStore;
  /** per-person and per-channel limits: one person's burst must not delay everyone else */
  limits: RateLimits;
  /** the slash commands' names under SLACK_COMMAND_PREFIX, for listening, parsing and /help */
  names: SlashNames;
  /** member ids allowed to use /talks-add (SLACK_ADMIN_USER_IDS) */
  adminUserIds?: readonly string[] | undefined;
  /** where /talks-add writes and how it fetches; without it the command says adding is not set up */
  adding?: ChatAddSettings | undefined;
  /**
   * taken events wait here and are answered a few at a time (createSlackApp always gives one); without it,
   * as in handler tests, an event is answered before its handler returns
   */
  queue?: AnswerQueue | undefined;
  /** how long a mention or DM waits before it gets the ⏳ reaction (WORKING_REACTION_AFTER_MS; 0: at once) */
  workingReactionAfterMs?: number | undefined;
  /** how many ⏳ a minute this process may put on (createSlackApp gives one; none in handler tests) */
  reactionBudget?: ReactionBudget | undefined;
  /** how long a slash command's answer may take before a "working on it" note; tests shorten it */
  workingNoteAfterMs?: number;
  /** milliseconds since the epoch; tests move it forward */
  now: () => number;
  /** where 👍/👎 go; without one the buttons are not shown */
  feedback?: FeedbackStore | undefined;
  /** the answers the buttons rate, kept until someone votes (the SQLite feedback store is one) */
  answers?: AnswerLog | undefined;
}

/** The feedback half of the deps, when feedback is on. */
export function feedbackOf(deps: SlackDeps): FeedbackServices | undefined {
  return deps.feedback && deps.answers ? { feedback: deps.feedback, answers: deps.answers } : undefined;
}
