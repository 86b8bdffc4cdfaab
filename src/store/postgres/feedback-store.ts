import type pg from 'pg';
import type { FeedbackEntry, FeedbackPassage, FeedbackStore, FeedbackSummary } from '../feedback-store.js';

/**
 * Feedback in PostgreSQL: the SQLite store's table and rules (one vote per person per answer message, a
 * second click replaces it), shared by every replica and shard. close() leaves the pool to its owner.
 */
export class PostgresFeedbackStore implements FeedbackStore {
  constructor(private readonly pool: pg.Pool) {}

  async record(entry: FeedbackEntry): Promise<void> {
    await this.pool.query(
      `INSERT INTO feedback (platform, channel, message_id, user_hash, rating, question, answer, passages, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (platform, message_id, user_hash) DO UPDATE SET rating = excluded.rating, at = excluded.at`,
      [
        entry.platform,
        entry.channel,
        entry.messageId,
        entry.userHash,
        entry.rating,
        entry.question,
        entry.answer,
        JSON.stringify(entry.passages),
        entry.at,
      ],
    );
  }

  async mostDisliked(limit = 20): Promise<FeedbackSummary[]> {
    const result = await this.pool.query<{
      question: string;
      answer: string;
      up: number;
      down: number;
      passages: FeedbackPassage[];
      last_at: Date;
    }>(
      `SELECT question, answer,
              count(*) FILTER (WHERE rating = 'up')::int AS up,
              count(*) FILTER (WHERE rating = 'down')::int AS down,
              (array_agg(passages ORDER BY at DESC))[1] AS passages,
              max(at) AS last_at
       FROM feedback
       GROUP BY question, answer
       HAVING count(*) FILTER (WHERE rating = 'down') > count(*) FILTER (WHERE rating = 'up')
       ORDER BY count(*) FILTER (WHERE rating = 'down') - count(*) FILTER (WHERE rating = 'up') DESC,
                max(at) DESC
       LIMIT $1`,
      [Math.max(1, Math.trunc(limit))],
    );
    return result.rows.map((row) => ({
      question: row.question,
      answer: row.answer,
      up: row.up,
      down: row.down,
      passages: Array.isArray(row.passages) ? row.passages : [],
      lastAt: row.last_at.toISOString(),
    }));
  }

  async close(): Promise<void> {}
}
