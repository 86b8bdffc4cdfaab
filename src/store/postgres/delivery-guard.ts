import type pg from 'pg';
import { DELIVERY_WINDOW_MS, type DeliveryGuard } from '../delivery-log.js';
import { sweeperEvery } from './sweeper.js';

/**
 * The delivery guard every replica shares: the first `INSERT` of an id wins, `ON CONFLICT` tells every later
 * one (a redelivery that reached another replica, a replayed request) that it was taken. An expired row is
 * taken over by the same statement, so the check and the record are one atomic step with no read first.
 */
export class PostgresDeliveryGuard implements DeliveryGuard {
  readonly shared = true;
  readonly #sweep: (now: number) => void;

  constructor(
    private readonly pool: pg.Pool,
    private readonly windowMs = DELIVERY_WINDOW_MS,
  ) {
    this.#sweep = sweeperEvery(60_000, (now) => this.sweep(now));
  }

  /** Forgets the ids whose window has passed (run about once a minute); returns how many. */
  async sweep(now: number): Promise<number> {
    const result = await this.pool.query(
      'DELETE FROM delivery_ids WHERE expires_at <= to_timestamp($1 / 1000.0)',
      [now],
    );
    return result.rowCount ?? 0;
  }

  async firstTime(id: string, now: number): Promise<boolean> {
    this.#sweep(now);
    const result = await this.pool.query(
      `INSERT INTO delivery_ids (id, expires_at) VALUES ($1, to_timestamp($2 / 1000.0))
       ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at
         WHERE delivery_ids.expires_at <= to_timestamp($3 / 1000.0)
       RETURNING 1`,
      [id, now + this.windowMs, now],
    );
    return result.rowCount === 1;
  }
}
