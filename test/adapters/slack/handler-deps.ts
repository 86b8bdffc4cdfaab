import { createLogger } from '../../../adapters/logger.js';
import { InMemoryDeliveryGuard } from '../../../adapters/slack/delivery-guard.js';
import type { SlackDeps } from '../../../adapters/slack/deps.js';
import { defaultSlashNames } from '../../../adapters/slack/slash-commands.js';
import { createRateLimits, type Engine, MemoryConversationStore } from '../../../src/index.js';

/**
 * What the Slack handler tests give the plain handler functions: the engine under test, fresh in-memory
 * stores, limits no row reaches, and no "working on it" note however slow the machine (the note has its
 * own test, which sets `workingNoteAfterMs`).
 */
export function handlerDeps(engine: Engine, over: Partial<SlackDeps> = {}): SlackDeps {
  return {
    engine,
    log: createLogger('silent'),
    guard: new InMemoryDeliveryGuard(),
    conversations: new MemoryConversationStore(),
    limits: createRateLimits({ user: { points: 1000, duration: 1 }, channel: { points: 1000, duration: 1 } }),
    now: Date.now,
    names: defaultSlashNames,
    workingNoteAfterMs: 60_000,
    ...over,
  };
}
