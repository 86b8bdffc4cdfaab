import { join } from 'node:path';
import type { Config } from './config.js';

/**
 * Where 👍/👎 votes live by default: one SQLite file in the cache folder. The bots write it and
 * `talksbot feedback` and `npm run eval -- --from-feedback` read it.
 */
export function feedbackFile(config: Pick<Config, 'cacheDir'>): string {
  return join(config.cacheDir, 'feedback.sqlite');
}
