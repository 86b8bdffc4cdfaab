import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type LoadedEngine } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');
/** Runs the CLI from source, so tests never depend on a stale dist/ build. */
export const CLI_COMMAND = [
  process.execPath,
  '--import',
  'tsx',
  join(ROOT, 'adapters', 'repl', 'cli.ts'),
  '--json',
];

let shared: Promise<LoadedEngine> | undefined;
/** One engine over the real articles, built once per test file. */
export function realEngine(): Promise<LoadedEngine> {
  shared ??= createEngine({ knowledgeDir: KNOWLEDGE_DIR });
  return shared;
}
