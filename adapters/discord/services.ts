import {
  type AnswerLog,
  type ConversationStore,
  createRateLimits,
  type FeedbackStore,
  MemoryAnswerLog,
  MemoryConversationStore,
  type RateLimits,
} from '../../src/index.js';
import type { ChatAddSettings } from '../shared/add-from-chat.js';
import type { FeedbackServices } from '../shared/feedback.js';

/** The state the Discord handlers keep, behind the store interfaces (memory by default; shared for replicas). */
export interface DiscordServices {
  /** the turns of each reply chain and DM, so follow-ups have context */
  conversations: ConversationStore;
  /** per-person and per-channel limits */
  limits: RateLimits;
  /** where 👍/👎 go; without one the buttons are not shown */
  feedback?: FeedbackStore | undefined;
  /** the answers the buttons rate, kept until someone votes (the SQLite feedback store is one) */
  answers: AnswerLog;
  /** where /talks-add writes and how it fetches; without it the command says adding is not set up */
  adding?: ChatAddSettings | undefined;
}

export function defaultServices(over: Partial<DiscordServices> = {}): DiscordServices {
  return {
    conversations: over.conversations ?? new MemoryConversationStore(),
    limits: over.limits ?? createRateLimits(),
    feedback: over.feedback,
    answers: over.answers ?? new MemoryAnswerLog(),
    adding: over.adding,
  };
}

/** The feedback half of the services, when feedback is on. */
export function feedbackOf(services: DiscordServices): FeedbackServices | undefined {
  return services.feedback ? { feedback: services.feedback, answers: services.answers } : undefined;
}
