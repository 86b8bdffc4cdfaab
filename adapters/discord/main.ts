import type { LoadedEngine } from '../../src/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RunningAdapter } from '../running-adapter.js';

// placeholder: the Discord adapter issue builds this
export async function startDiscord(_engine: LoadedEngine, _config: NonNullable<Config['discord']>, _log: Logger): Promise<RunningAdapter> {
  throw new Error('The Discord adapter is not built yet.');
}
