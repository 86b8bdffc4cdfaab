import type pg from 'pg';
import { ANSWER_LOG_TTL_MS, type AnswerLog, type RatedAnswer } from '../answer-log.js';
import type { FeedbackPassage } from '../feedback-store.js';
import { sweeperEvery } from './sweeper.js';

/**
 * The answer log in PostgreSQL (`answers`, migration 0002): an answer posted by one replica can be voted on
 * through any other, or after a restart. The SQLite store's rules: a remembered id is replaced, a recall
 * past the expiry finds nothing, expired rows are swept (at most once a minute, on the log's own calls).
 */
export class PostgresAnswerLog implements AnswerLog {
  readonly #sweep: (now: number) => void;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { ttlMs?: number; now?: () => number } = {},
  ) {
    this.#sweep = sweeperEvery(60_000, (now) => this.sweep(now));
  }

  get #ttlMs(): number {
    return this.options.ttlMs ?? ANSWER_LOG_TTL_MS;
  }

  #now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Deletes the answers past the expiry; returns how many. */
  async sweep(now = this.#now()): Promise<number> {
    const result = await this.pool.query('DELETE FROM answers WHERE at <= to_timestamp($1 / 1000.0)', [
      now - this.#ttlMs,
    ]);
    return result.rowCount ?? 0;
  }

  async remember(answerId: string, answer: RatedAnswer): Promise<void> {
    const now = this.#now();
    this.#sweep(now);
    await this.pool.query(
      `INSERT INTO answers (answer_id, question, answer, passages, at)
       VALUES ($1, $2, $3, $4, to_timestamp($5 / 1000.0))
       ON CONFLICT (answer_id) DO UPDATE SET
         question = excluded.question, answer = excluded.answer, passages = excluded.passages, at = excluded.at`,
      [answerId, answer.question, answer.answer, JSON.stringify(answer.passages), now],
    );
  }

  async recall(answerId: string): Promise<RatedAnswer | undefined> {
    const result = await this.pool.query<{ question: string; answer: string; passages: FeedbackPassage[] }>(
      `SELECT question, answer, passages FROM answers
       WHERE answer_id = $1 AND at > to_timestamp($2 / 1000.0)`,
      [answerId, this.#now() - this.#ttlMs],
    );
    const row = result.rows[0];
    return (
      row && {
        question: row.question,
        answer: row.answer,
        passages: Array.isArray(row.passages) ? row.passages : [],
      }
    );
  }
}
