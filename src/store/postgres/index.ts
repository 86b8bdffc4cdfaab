// PostgreSQL: the state replicas share. Loaded on demand (see loadPostgres in ../index.ts).
export * from './answer-log.js';
export * from './article-events.js';
export * from './conversation-store.js';
export * from './delivery-guard.js';
export * from './feedback-store.js';
export * from './migrate.js';
export * from './pool.js';
export * from './rate-limiter.js';
export * from './shared-state.js';
