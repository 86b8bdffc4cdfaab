import type { LoadedEngine } from '../../src/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RunningAdapter } from '../running-adapter.js';

// placeholder: the Slack adapter issue builds this
export async function startSlack(_engine: LoadedEngine, _config: NonNullable<Config['slack']>, _log: Logger): Promise<RunningAdapter> {
  throw new Error('The Slack adapter is not built yet.');
}
