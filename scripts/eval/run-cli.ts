import { spawn } from 'node:child_process';
import type { Answer } from '../../src/index.js';

export interface CliRun {
  /** working directory of the CLI process */
  cwd?: string;
  /** extra environment (knowledge and cache folders, log level) on top of this process's */
  env?: Record<string, string>;
}

/**
 * One `talksbot --json` process, one command per stdin line, one JSON reply per stdout line, in order —
 * the contract every held-out set is scored through. Throws when the CLI breaks that contract.
 */
export async function runJsonCli(lines: string[], command: string[], run: CliRun = {}): Promise<Answer[]> {
  const [bin, ...args] = command;
  const child = spawn(bin!, args, {
    ...(run.cwd ? { cwd: run.cwd } : {}),
    env: { ...process.env, ...run.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  child.stdin.end(`${lines.join('\n')}\n`);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const replies = out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Answer);
  if (code !== 0 || replies.length !== lines.length) {
    throw new Error(
      `the CLI exited ${code} with ${replies.length} replies for ${lines.length} lines\n${err.slice(-2000)}`,
    );
  }
  return replies;
}
