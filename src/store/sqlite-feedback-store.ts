import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { FeedbackEntry, FeedbackPassage, FeedbackStore, FeedbackSummary } from './feedback-store.js';

/**
 * Feedback in one SQLite file (by default `.cache/feedback.sqlite`): a real database with no server to run.
 * One row per person per answer message (a second click replaces the vote); WAL so a reader
 * (`talksbot feedback`) never blocks the bot. The table keeps growing with votes, which is the point:
 * it is the record people asked for, not a cache.
 */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #worst: Database.Statement;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('busy_timeout = 2000');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS feedback (
        platform   TEXT NOT NULL,
        channel    TEXT NOT NULL,
        message_id TEXT NOT NULL,
        user_hash  TEXT NOT NULL,
        rating     TEXT NOT NULL CHECK (rating IN ('up', 'down')),
        question   TEXT NOT NULL,
        answer     TEXT NOT NULL,
        passages   TEXT NOT NULL,
        at         TEXT NOT NULL,
        PRIMARY KEY (platform, message_id, user_hash)
      );
      CREATE INDEX IF NOT EXISTS feedback_by_answer ON feedback (question, answer);
    `);
    this.#insert = this.#db.prepare(`
      INSERT INTO feedback (platform, channel, message_id, user_hash, rating, question, answer, passages, at)
      VALUES (@platform, @channel, @messageId, @userHash, @rating, @question, @answer, @passages, @at)
      ON CONFLICT (platform, message_id, user_hash) DO UPDATE SET rating = excluded.rating, at = excluded.at
    `);
    this.#worst = this.#db.prepare(`
      SELECT question, answer,
             SUM(rating = 'up') AS up, SUM(rating = 'down') AS down,
             MAX(passages) AS passages, MAX(at) AS lastAt
      FROM feedback
      GROUP BY question, answer
      HAVING SUM(rating = 'down') > SUM(rating = 'up')
      ORDER BY SUM(rating = 'down') - SUM(rating = 'up') DESC, MAX(at) DESC
      LIMIT ?
    `);
  }

  async record(entry: FeedbackEntry): Promise<void> {
    this.#insert.run({ ...entry, passages: JSON.stringify(entry.passages) });
  }

  async mostDisliked(limit = 20): Promise<FeedbackSummary[]> {
    const rows = this.#worst.all(Math.max(1, Math.trunc(limit))) as {
      question: string;
      answer: string;
      up: number;
      down: number;
      passages: string;
      lastAt: string;
    }[];
    return rows.map((row) => ({ ...row, passages: readPassages(row.passages) }));
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

function readPassages(json: string): FeedbackPassage[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as FeedbackPassage[]) : [];
  } catch {
    return [];
  }
}
