import type pg from 'pg';
import type { ConversationTurn } from '../../engine.js';
import {
  CONVERSATION_DEFAULTS,
  type ConversationLimits,
  type ConversationStore,
} from '../conversation-store.js';
import { sweeperEvery } from './sweeper.js';

/**
 * Conversation context in PostgreSQL, so a thread follow-up is understood whichever replica or shard it
 * reaches. The same limits as the memory store: turns per conversation (trimmed in the upsert itself, so
 * two replicas appending at once cannot overshoot), an idle expiry (expired rows read as absent, and are
 * swept), and a bound on conversations (the least recently active beyond it are swept).
 */
export class PostgresConversationStore implements ConversationStore {
  readonly #maxTurns: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #sweep: (now: number) => void;
  readonly #maxConversations: number;

  constructor(
    private readonly pool: pg.Pool,
    limits: ConversationLimits = {},
  ) {
    this.#maxTurns = Math.max(1, limits.maxTurns ?? CONVERSATION_DEFAULTS.maxTurns);
    this.#ttlMs = limits.ttlMs ?? CONVERSATION_DEFAULTS.ttlMs;
    this.#now = limits.now ?? Date.now;
    this.#maxConversations = limits.maxConversations ?? CONVERSATION_DEFAULTS.maxConversations;
    this.#sweep = sweeperEvery(60_000, (now) => this.sweep(now));
  }

  /** Drops expired conversations, then the least recently active beyond the bound (run about once a minute). */
  async sweep(now = this.#now()): Promise<void> {
    await this.pool.query('DELETE FROM conversations WHERE expires_at <= to_timestamp($1 / 1000.0)', [now]);
    // every write restarts the expiry, so the latest expires_at are the most recently active
    await this.pool.query(
      `DELETE FROM conversations WHERE key IN (
         SELECT key FROM conversations ORDER BY expires_at DESC OFFSET $1)`,
      [this.#maxConversations],
    );
  }

  async turns(key: string): Promise<ConversationTurn[]> {
    const result = await this.pool.query<{ turns: ConversationTurn[] }>(
      'SELECT turns FROM conversations WHERE key = $1 AND expires_at > to_timestamp($2 / 1000.0)',
      [key, this.#now()],
    );
    return result.rows[0]?.turns ?? [];
  }

  async append(key: string, turn: ConversationTurn): Promise<void> {
    const now = this.#now();
    this.#sweep(now);
    // an expired conversation starts over; a live one keeps its last maxTurns turns
    await this.pool.query(
      `INSERT INTO conversations AS c (key, turns, expires_at)
       VALUES ($1, jsonb_build_array($2::jsonb), to_timestamp($3 / 1000.0))
       ON CONFLICT (key) DO UPDATE SET
         expires_at = excluded.expires_at,
         turns = CASE
           WHEN c.expires_at <= to_timestamp($4 / 1000.0) THEN excluded.turns
           ELSE (SELECT coalesce(jsonb_agg(t.value ORDER BY t.n), '[]'::jsonb)
                 FROM jsonb_array_elements(c.turns || excluded.turns) WITH ORDINALITY AS t(value, n)
                 WHERE t.n > jsonb_array_length(c.turns) + 1 - $5)
         END`,
      [key, JSON.stringify(turn), now + this.#ttlMs, now, this.#maxTurns],
    );
  }

  async has(key: string): Promise<boolean> {
    const result = await this.pool.query(
      'SELECT 1 FROM conversations WHERE key = $1 AND expires_at > to_timestamp($2 / 1000.0)',
      [key, this.#now()],
    );
    return result.rowCount === 1;
  }

  async clear(key: string): Promise<void> {
    await this.pool.query('DELETE FROM conversations WHERE key = $1', [key]);
  }
}
