import type { LoadedEngine } from '../../src/index.js';

// placeholder: replaced by the interactive REPL below in this issue
export async function startRepl(_engine: LoadedEngine): Promise<void> {}
