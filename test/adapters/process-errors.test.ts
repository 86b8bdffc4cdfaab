import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type CliRun, outputOf, ROOT } from '../helpers.js';

/** The process-level handlers of `npm start`, in a child process of their own (they act on the process). */
function runWithHandlers(body: string): Promise<CliRun> {
  const script = `
    import { handleProcessErrors } from './adapters/process-errors.ts';
    import { createLogger } from './adapters/logger.ts';
    handleProcessErrors(createLogger('info'));
    ${body}
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return outputOf(child);
}

describe('process-level error handlers', () => {
  it('log an unhandled rejection and keep the process running', async () => {
    const run = await runWithHandlers(`
      Promise.reject(new Error('a reply nobody awaited'));
      setTimeout(() => process.stdout.write('still serving'), 200);
    `);
    expect(run.stderr).toMatch(/ERROR unhandled promise rejection.*a reply nobody awaited/);
    expect(run.stdout).toBe('still serving');
    expect(run.code).toBe(0);
  });

  it('log an uncaught exception and exit non-zero for the supervisor to restart', async () => {
    const run = await runWithHandlers(`
      setTimeout(() => { throw new Error('half-updated state'); }, 10);
      setTimeout(() => process.stdout.write('should not get here'), 2000);
    `);
    expect(run.stderr).toMatch(/ERROR uncaught exception: the state is unknown.*half-updated state/);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });
});
