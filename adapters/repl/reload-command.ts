import type { LiveEngine, LoadedEngine } from '../../src/index.js';
import { describeReload } from '../live-knowledge.js';

/** The REPL's `/reload`: rebuilds from knowledge/ now and says what changed, or why it could not. */
export async function reloadLine(engine: LoadedEngine | LiveEngine): Promise<string> {
  if (!('reload' in engine)) return 'This session reads the knowledge folder once; restart it to reload.';
  try {
    return describeReload(await engine.reload());
  } catch (error) {
    return `Could not reload (${error instanceof Error ? error.message : String(error)}); still answering from the previous knowledge.`;
  }
}
