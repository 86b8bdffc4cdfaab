import type { ConversationStore, DeliveryGuard, Engine, RateLimits } from '../../src/index.js';
import type { Logger } from '../logger.js';

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
  /** milliseconds since the epoch; tests move it forward */
  now: () => number;
}
