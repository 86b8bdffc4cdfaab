import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createEngine, type LoadedEngine } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');

/** A throwaway copy of the bundled articles and an empty cache folder, for tests that change either. */
export async function copyKnowledge(): Promise<{ knowledgeDir: string; cacheDir: string }> {
  const knowledgeDir = await mkdtemp(join(tmpdir(), 'talksbot-k-'));
  const cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-c-'));
  await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  return { knowledgeDir, cacheDir };
}

export async function removeFolders(...folders: string[]): Promise<void> {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}
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

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `talksbot ARGS` from source with optional stdin and extra environment, and collects its output. */
export function runTalksbot(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const [node, ...base] = CLI_COMMAND;
  const child = spawn(node!, [...base.filter((a) => a !== '--json'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: 'pipe',
  });
  child.stdin.end(options.stdin ?? '');
  return outputOf(child);
}

/** Collects a child process's stdout and stderr until it closes. */
export function outputOf(child: ChildProcess & { stdout: Readable; stderr: Readable }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) =>
    child.on('close', (code: number | null) => resolve({ code, stdout, stderr })),
  );
}
