/**
 * Slack redelivers an event it thinks went unanswered (`x-slack-retry-num` over HTTP, `retry_attempt` in
 * Socket Mode). Bolt acknowledges every delivery at once but runs the listeners for each, so without this
 * guard a slow first answer plus a retry would post twice.
 *
 * - an event_id seen before is never answered again;
 * - a first sighting that is a retry for `http_timeout` is skipped too: Slack did reach a server, which is
 *   answering it (the ack was only late);
 * - other retries seen for the first time (`http_error`, `connection_failed`, …) are answered, since
 *   the first attempt never got as far as a listener.
 */
export interface Delivery {
  eventId?: string | undefined;
  retryNum?: number | undefined;
  retryReason?: string | undefined;
}

export class DeliveryGuard {
  readonly #seen = new Set<string>();

  constructor(private readonly capacity = 2000) {}

  /** true the first time an event should be answered; records it */
  firstDelivery({ eventId, retryNum, retryReason }: Delivery): boolean {
    if (eventId) {
      if (this.#seen.has(eventId)) return false;
      this.#seen.add(eventId);
      // a Set iterates in insertion order: the first entry is the oldest
      if (this.#seen.size > this.capacity) this.#seen.delete(this.#seen.values().next().value!);
    }
    return !(retryNum !== undefined && retryNum > 0 && retryReason === 'http_timeout');
  }
}
