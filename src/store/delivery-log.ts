import { ExpiringMap } from './expiring-map.js';

/**
 * "Have I taken this one already?" for chat deliveries: Slack's event ids (redeliveries) and request
 * signatures (replays). An interface because one process's memory only protects one process: replicas
 * behind a load balancer need a shared store (a PostgreSQL table with the id as primary key and
 * `INSERT … ON CONFLICT DO NOTHING`) in place of the in-memory one.
 */
export interface DeliveryGuard {
  /**
   * True the first time `id` is offered within the guard's window, and records it; false for an id seen
   * before (or, when the guard is full, for any new id: a flood is refused rather than forgetting ids that
   * could still be replayed). `now` is milliseconds since the epoch.
   */
  firstTime(id: string, now: number): Promise<boolean>;
  /**
   * True when every replica consults this guard (a database table), so an id it has never seen was never
   * taken by any replica; false for one process's memory, which knows nothing of the others.
   */
  readonly shared: boolean;
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

/** The one-process guard: ids forgotten once older than the window; when full, new ids are refused. */
export class InMemoryDeliveryGuard implements DeliveryGuard {
  readonly shared: boolean = false;
  readonly #seen: ExpiringMap<true>;

  constructor(
    windowMs = DELIVERY_WINDOW_MS,
    private readonly maxIds = MAX_REMEMBERED_IDS,
  ) {
    // one spare slot: the bound below refuses before the map would ever evict a live id
    this.#seen = new ExpiringMap(maxIds + 1, windowMs);
  }

  async firstTime(id: string, now: number): Promise<boolean> {
    if (this.#seen.get(id, now)) return false;
    // set() sweeps expired ids first, so a full guard frees the room of expired ones before refusing
    this.#seen.set(id, true, now);
    if (this.#seen.size > this.maxIds) {
      this.#seen.delete(id);
      return false;
    }
    return true;
  }

  /** ids currently remembered (for tests and diagnostics) */
  get size(): number {
    return this.#seen.size;
  }
}
