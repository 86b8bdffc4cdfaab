import { fork, spawnSync } from 'node:child_process';
import type { WorkerResult, WorkerTask } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);

/** Runs one measurement in a fresh Node process and returns what it reports. */
export function inWorker<R extends WorkerResult>(task: WorkerTask): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: R | undefined;
    child.on('message', (message) => {
      result = message as R;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else reject(new Error(`the ${task.phase} worker exited with ${signal ?? `code ${code}`}`));
    });
  });
}

/** Wall-clock milliseconds of whole processes, each run to completion; throws if one fails. */
export function wallTimes(command: string, args: string[], runs: number, env: NodeJS.ProcessEnv): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(command, args, { env, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  }
  return times;
}
