import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeSlackWebApi } from '../../test/fakes/slack-web-api.js';

/**
 * The fake Slack Web API of the load test, in a process of its own. In the load generator's process it
 * shared one event loop with the 2,000 deliveries being timed: every reply it recorded delayed the next
 * delivery and inflated the measured acks, and at 300 calls a second it was itself the slowest part.
 * Here it only answers and counts; the generator asks for the counts when it is done.
 */

/** what the load test reads back: replies per thread and calls per method */
export interface FakeSlackSummary {
  /** chat.postMessage calls per thread_ts */
  repliesPerThread: Record<string, number>;
  /** replies that were the bot's "something went wrong" (answered, but not with an answer) */
  errorReplies: number;
  /** chat.postEphemeral calls (slow-down and queue-full notes) */
  ephemerals: number;
  apiCalls: Record<string, number>;
}

const ERROR_REPLY = /something went wrong/i;

export interface FakeSlackProcess {
  apiUrl: string;
  pid: number | undefined;
  summary(): Promise<FakeSlackSummary>;
  stop(): Promise<void>;
}

type Message = { apiUrl: string } | { summary: FakeSlackSummary };

export async function startFakeSlackProcess(): Promise<FakeSlackProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], {
    cwd: join(dirname(fileURLToPath(import.meta.url)), '..', '..'),
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<Message>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the fake Slack process exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message as Message);
      });
    });
  const ready = await next();
  if (!('apiUrl' in ready)) throw new Error('the fake Slack process did not say where it listens');
  return {
    apiUrl: ready.apiUrl,
    pid: child.pid,
    async summary() {
      const answer = next();
      child.send('summary');
      const message = await answer;
      if (!('summary' in message)) throw new Error('unexpected message from the fake Slack process');
      return message.summary;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function serve(): Promise<void> {
  const slack = await startFakeSlackWebApi();
  process.on('message', (message) => {
    if (message !== 'summary') return;
    const repliesPerThread: Record<string, number> = {};
    let errorReplies = 0;
    for (const call of slack.calls('chat.postMessage')) {
      const thread = String(call.body.thread_ts ?? '');
      repliesPerThread[thread] = (repliesPerThread[thread] ?? 0) + 1;
      if (ERROR_REPLY.test(String(call.body.text ?? ''))) errorReplies += 1;
    }
    const apiCalls: Record<string, number> = {};
    for (const request of slack.recorder.requests) {
      const method = request.path.replace(/^\/api\//, '');
      apiCalls[method] = (apiCalls[method] ?? 0) + 1;
    }
    const summary: FakeSlackSummary = {
      repliesPerThread,
      errorReplies,
      ephemerals: apiCalls['chat.postEphemeral'] ?? 0,
      apiCalls,
    };
    process.send?.({ summary });
  });
  process.once('SIGTERM', () => {
    void slack.close().finally(() => process.exit(0));
  });
  process.send?.({ apiUrl: slack.apiUrl });
}

if (process.argv.includes('--serve') && process.send) void serve();
