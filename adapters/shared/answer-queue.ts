import PQueue from 'p-queue';
import type { Logger } from '../logger.js';

/**
 * The answers a chat process has taken and not yet posted, worked off a few at a time. Slack's events are
 * acknowledged before they are answered; without a bound, a burst of a thousand mentions would start a
 * thousand engine calls at once, each holding a database connection and a Web API request open, and every
 * one would finish late (or time out waiting for a connection) instead of most finishing soon.
 *
 * - `concurrency` answers run at once; the rest wait in arrival order;
 * - a job that throws is logged with what it was (never an unhandled rejection, never dropped silently);
 * - past `maxWaiting` waiting jobs, `offer` says no, so the caller can tell the person to ask again rather
 *   than answer ten minutes late;
 * - `drain` lets a stopping process finish what it took (an acknowledged event is answered by nobody else).
 */
export interface AnswerQueueOptions {
  /** answers worked on at once (engine work is CPU on one thread; the rest is waiting on I/O) */
  concurrency?: number;
  /** jobs allowed to wait; past it, offer() refuses */
  maxWaiting?: number;
  log: Logger;
}

/**
 * The engine's work runs one answer at a time on this thread whatever the number; more at once only
 * overlaps the waits (the Web API, the database) and makes every answer, and every ack waiting behind
 * them, slower. In the replica load test (2,000 events over 20 s on 2 cores) 4 at a time acked faster
 * (nginx p50 259 ms against 428 ms) and finished sooner (69 s against 80 s) than 32. With the real Web API
 * (100–300 ms a call) 4 is still 13–40 answers a second per process, above the 30,000 events an hour Slack
 * sends one workspace; a process serving many workspaces raises SLACK_ANSWER_CONCURRENCY.
 */
export const DEFAULT_ANSWER_CONCURRENCY = 4;
/** the memory bound: a waiting job is the event text (under 40 KB) and a closure; Slack allows ~5,000 events per workspace in 10 minutes */
export const DEFAULT_MAX_WAITING = 10_000;

export class AnswerQueue {
  readonly #queue: PQueue;
  readonly #maxWaiting: number;
  readonly #log: Logger;
  #failed = 0;
  #refused = 0;

  constructor(options: AnswerQueueOptions) {
    this.#queue = new PQueue({ concurrency: options.concurrency ?? DEFAULT_ANSWER_CONCURRENCY });
    this.#maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
    this.#log = options.log;
  }

  /**
   * Queues `job`; false (and nothing queued) when the queue is full. `what` names the job in the log if it
   * fails, e.g. "app_mention Ev123 in C1".
   */
  offer(what: string, job: () => Promise<void>): boolean {
    if (this.#queue.size >= this.#maxWaiting) {
      this.#refused += 1;
      this.#log.warn(`answer queue full (${this.#queue.size} waiting): refused ${what}`);
      return false;
    }
    void this.#queue.add(async () => {
      try {
        await job();
      } catch (error) {
        this.#failed += 1;
        this.#log.error(`could not answer ${what}`, { error: String(error) });
      }
    });
    return true;
  }

  /** waiting, running, failed and refused so far */
  stats(): { waiting: number; running: number; failed: number; refused: number } {
    return {
      waiting: this.#queue.size,
      running: this.#queue.pending,
      failed: this.#failed,
      refused: this.#refused,
    };
  }

  /** Resolves when every queued job has finished, or after `timeoutMs` (false then). */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.#queue.size === 0 && this.#queue.pending === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      this.#queue.onIdle().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return done;
  }
}
