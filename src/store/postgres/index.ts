// PostgreSQL: the state replicas share. Loaded on demand (see loadPostgres in ../index.ts).
export * from './migrate.js';
export * from './pool.js';
