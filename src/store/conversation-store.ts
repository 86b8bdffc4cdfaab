import type { ConversationTurn } from '../engine.js';
import { ExpiringMap } from './expiring-map.js';

/**
 * The turns of each conversation (a Slack thread, a Discord reply chain or DM, a REPL session), so a
 * follow-up is read against what came before. Async because a shared store (PostgreSQL, for replicas)
 * implements the same interface; keys are opaque strings chosen by the adapter.
 */
export interface ConversationStore {
  /** the turns kept for `key`, oldest first; empty when there are none or they expired */
  turns(key: string): Promise<ConversationTurn[]>;
  /** adds a turn (keeping only the latest few) and restarts the conversation's expiry */
  append(key: string, turn: ConversationTurn): Promise<void>;
  /** true when the bot has taken part in this conversation and it has not expired */
  has(key: string): Promise<boolean>;
  /** forgets the conversation (the REPL's /new) */
  clear(key: string): Promise<void>;
}

export interface ConversationLimits {
  /** how many conversations are remembered at once; the least recently active go first */
  maxConversations?: number;
  /** turns kept per conversation: follow-ups lean on the last one or two */
  maxTurns?: number;
  /** a conversation idle this long is forgotten (a day: a thread picked up the next morning still works) */
  ttlMs?: number;
  now?: () => number;
}

export const CONVERSATION_DEFAULTS = {
  maxConversations: 10_000,
  maxTurns: 6,
  ttlMs: 24 * 60 * 60_000,
} as const;

/** The one-process store: bounded, expiring, in memory. */
export class MemoryConversationStore implements ConversationStore {
  readonly #map: ExpiringMap<ConversationTurn[]>;
  readonly #maxTurns: number;
  readonly #now: () => number;

  constructor(limits: ConversationLimits = {}) {
    this.#map = new ExpiringMap(
      limits.maxConversations ?? CONVERSATION_DEFAULTS.maxConversations,
      limits.ttlMs ?? CONVERSATION_DEFAULTS.ttlMs,
    );
    this.#maxTurns = Math.max(1, limits.maxTurns ?? CONVERSATION_DEFAULTS.maxTurns);
    this.#now = limits.now ?? Date.now;
  }

  async turns(key: string): Promise<ConversationTurn[]> {
    return [...(this.#map.get(key, this.#now()) ?? [])];
  }

  async append(key: string, turn: ConversationTurn): Promise<void> {
    const turns = [...(this.#map.get(key, this.#now()) ?? []), turn].slice(-this.#maxTurns);
    this.#map.set(key, turns, this.#now());
  }

  async has(key: string): Promise<boolean> {
    return this.#map.get(key, this.#now()) !== undefined;
  }

  async clear(key: string): Promise<void> {
    this.#map.delete(key);
  }

  /** conversations remembered (tests and diagnostics) */
  get size(): number {
    return this.#map.size;
  }
}
