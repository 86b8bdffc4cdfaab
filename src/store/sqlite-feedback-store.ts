import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ANSWER_LOG_TTL_MS, type AnswerLog, type RatedAnswer } from './answer-log.js';
import type { FeedbackEntry, FeedbackPassage, FeedbackStore, FeedbackSummary } from './feedback-store.js';

/**
 * Feedback in one SQLite file (by default `.cache/feedback.sqlite`): a real database with no server to run.
 * One row per person per answer message (a second click replaces the vote); WAL so a reader
 * (`talksbot feedback`) never blocks the bot. The table keeps growing with votes, which is the point:
 * it is the record people asked for, not a cache.
 *
 * It is also the answer log the 👍/👎 buttons read back (table `answers`): answers nobody voted on are
 * deleted once older than the log's expiry, so that table stays bounded.
 */
export class SqliteFeedbackStore implements FeedbackStore, AnswerLog {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #worst: Database.Statement;
  readonly #remember: Database.Statement;
  readonly #recall: Database.Statement;
  readonly #forget: Database.Statement;
  readonly #now: () => number;

  constructor(file: string, options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
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
      CREATE TABLE IF NOT EXISTS answers (
        answer_id TEXT PRIMARY KEY,
        question  TEXT NOT NULL,
        answer    TEXT NOT NULL,
        passages  TEXT NOT NULL,
        at        TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS answers_by_age ON answers (at);
    `);
    this.#remember = this.#db.prepare(`
      INSERT OR REPLACE INTO answers (answer_id, question, answer, passages, at)
      VALUES (@answerId, @question, @answer, @passages, @at)
    `);
    this.#recall = this.#db.prepare(
      'SELECT question, answer, passages FROM answers WHERE answer_id = ? AND at > ?',
    );
    this.#forget = this.#db.prepare('DELETE FROM answers WHERE at <= ?');
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

  async remember(answerId: string, answer: RatedAnswer): Promise<void> {
    const now = this.#now();
    this.#forget.run(expiredBefore(now));
    this.#remember.run({
      answerId,
      question: answer.question,
      answer: answer.answer,
      passages: JSON.stringify(answer.passages),
      at: new Date(now).toISOString(),
    });
  }

  async recall(answerId: string): Promise<RatedAnswer | undefined> {
    const row = this.#recall.get(answerId, expiredBefore(this.#now())) as
      | { question: string; answer: string; passages: string }
      | undefined;
    return row && { question: row.question, answer: row.answer, passages: readPassages(row.passages) };
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

/** ISO times sort as text: anything at or before this has expired */
function expiredBefore(now: number): string {
  return new Date(now - ANSWER_LOG_TTL_MS).toISOString();
}

function readPassages(json: string): FeedbackPassage[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as FeedbackPassage[]) : [];
  } catch {
    return [];
  }
}
