/**
 * "Have I taken this one already?" for Slack deliveries: event ids (Slack's redeliveries) and, in HTTP
 * mode, request signatures (replays of captured requests). An interface because one process's memory only
 * protects one process: replicas behind a load balancer need a shared store (a PostgreSQL table with the id
 * as primary key and `INSERT … ON CONFLICT DO NOTHING`) in place of the in-memory one.
 */
export interface DeliveryGuard {
  /**
   * True the first time `id` is offered within the guard's window, and records it; false for an id seen
   * before (or, when the guard is full, for any new id: a flood is refused rather than forgetting ids that
   * could still be replayed). `now` is milliseconds since the epoch.
   */
  firstTime(id: string, now: number): Promise<boolean>;
}

/**
 * How long an id must be remembered. Slack accepts a request timestamp up to 5 minutes from its clock on
 * either side, so one signed request can be replayed for up to 10 minutes; Slack's own last retry of an
 * event comes about 6 minutes after the first attempt (immediately, after 1 minute, after 5 minutes).
 */
export const DELIVERY_WINDOW_MS = 10 * 60_000;

/**
 * Slack sends an app at most 30,000 events an hour per workspace (~5,000 in a window): 100,000 ids leave
 * room for several workspaces and slash commands, and cost ~15 MB at most.
 */
export const MAX_REMEMBERED_IDS = 100_000;

/** The one-process guard: ids kept in arrival order, forgotten once they are older than the window. */
export class InMemoryDeliveryGuard implements DeliveryGuard {
  // a Map iterates in insertion order, and ids are inserted as they arrive: the oldest come first
  readonly #seenAt = new Map<string, number>();

  constructor(
    private readonly windowMs = DELIVERY_WINDOW_MS,
    private readonly maxIds = MAX_REMEMBERED_IDS,
  ) {}

  async firstTime(id: string, now: number): Promise<boolean> {
    this.#forgetOlderThan(now - this.windowMs);
    if (this.#seenAt.has(id) || this.#seenAt.size >= this.maxIds) return false;
    this.#seenAt.set(id, now);
    return true;
  }

  /** ids currently remembered (for tests and diagnostics) */
  get size(): number {
    return this.#seenAt.size;
  }

  #forgetOlderThan(cutoff: number): void {
    for (const [id, seenAt] of this.#seenAt) {
      if (seenAt > cutoff) return;
      this.#seenAt.delete(id);
    }
  }
}
