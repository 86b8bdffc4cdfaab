import {
  type ConversationStore,
  createRateLimits,
  type FeedbackStore,
  MemoryConversationStore,
  type RateLimits,
} from '../../src/index.js';

/** The state the Discord handlers keep, behind the store interfaces (memory by default; shared for replicas). */
export interface DiscordServices {
  /** the turns of each reply chain and DM, so follow-ups have context */
  conversations: ConversationStore;
  /** per-person and per-channel limits */
  limits: RateLimits;
  /** where 👍/👎 go; without one the buttons are not shown */
  feedback?: FeedbackStore | undefined;
}

export function defaultServices(over: Partial<DiscordServices> = {}): DiscordServices {
  return {
    conversations: over.conversations ?? new MemoryConversationStore(),
    limits: over.limits ?? createRateLimits(),
    feedback: over.feedback,
  };
}
