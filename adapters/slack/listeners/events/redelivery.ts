import type { SlackDeps } from '../../deps.js';
import type { EventContext } from './app-mention.js';

/** True, and logged, when Slack delivers an event this bot has already taken: it must not answer twice. */
export function isRedelivery(
  deps: SlackDeps,
  eventId: string | undefined,
  context: EventContext,
  what: string,
): boolean {
  if (deps.guard.firstDelivery({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }))
    return false;
  deps.log.debug(`slack: skipped a redelivered ${what}`, { eventId, retry: context.retryNum });
  return true;
}
