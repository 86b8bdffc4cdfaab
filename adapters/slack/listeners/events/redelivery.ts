import type { SlackDeps } from '../../deps.js';
import type { EventContext } from './app-mention.js';

/**
 * Slack redelivers an event it thinks went unanswered (`x-slack-retry-num` over HTTP, `retry_attempt` in
 * Socket Mode). Bolt acknowledges every delivery at once but runs the listeners for each, so without this
 * check a slow first answer plus a retry would post twice.
 *
 * - an event_id seen within the delivery window is never answered again;
 * - with a guard of one process's memory, a first sighting that is a retry for `http_timeout` is skipped
 *   too: Slack did reach a server, possibly another replica that is answering it (the ack was only late);
 * - with a shared guard (every replica records what it takes), a first sighting means no replica took the
 *   original (it died before its listener ran), so even a timeout retry is answered: skipping it would lose
 *   the question;
 * - other retries seen for the first time (`http_error`, `connection_failed`, …) are answered, since
 *   the first attempt never got as far as a listener.
 */
export async function isRedelivery(
  deps: SlackDeps,
  eventId: string | undefined,
  context: EventContext,
  what: string,
): Promise<boolean> {
  const seen = eventId !== undefined && !(await deps.guard.firstTime(`event:${eventId}`, deps.now()));
  const lateAck =
    !deps.guard.shared &&
    context.retryNum !== undefined &&
    context.retryNum > 0 &&
    context.retryReason === 'http_timeout';
  if (!seen && !lateAck) return false;
  deps.log.debug(`slack: skipped a redelivered ${what}`, { eventId, retry: context.retryNum });
  return true;
}
