import type { AddressInfo } from 'node:net';
import { SocketModeReceiver } from '@slack/bolt';
import type { Engine } from '../../src/index.js';
import { type Config, ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import type { RunningAdapter } from '../running-adapter.js';
import { createSlackApp, EVENTS_PATH, type SlackAppOptions } from './app.js';

export interface SlackStartOptions extends SlackAppOptions {
  /** HTTP mode's interface; all of them by default (tests bind 127.0.0.1) */
  host?: string;
}

export interface RunningSlack extends RunningAdapter {
  mode: 'socket' | 'http';
  /** HTTP mode: the port actually bound (PORT=0 picks a free one) */
  port?: number;
}

/** how long an idle keep-alive connection stays open: longer than the load balancer in front keeps it */
const KEEP_ALIVE_MS = 65_000;

/** how long a stopping process keeps answering what it already took */
const DRAIN_MS = 10_000;

/** Starts the Slack bot: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT. */
export async function startSlack(
  engine: Engine,
  config: NonNullable<Config['slack']>,
  log: Logger,
  options: SlackStartOptions = {},
): Promise<RunningSlack> {
  const { app, mode, receiver, queue } = createSlackApp(engine, config, log, options);
  // what was acknowledged is answered by no other replica: finish it before going (a supervisor's stop
  // timeout is the bound past this one)
  const finishTaken = async () => {
    if (!(await queue.drain(DRAIN_MS)))
      log.warn('Slack: stopped with answers still queued', { ...queue.stats() });
  };
  try {
    await app.init();
  } catch (error) {
    throw new ConfigError(
      explain(error, 'SLACK_BOT_TOKEN', 'copy the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions"'),
    );
  }

  if (mode === 'socket') {
    try {
      await app.start();
    } catch (error) {
      throw new ConfigError(
        explain(
          error,
          'SLACK_APP_TOKEN',
          'create an app-level token with connections:write and enable Socket Mode',
        ),
      );
    }
    log.info('Slack: connected in Socket Mode');
    return {
      name: 'Slack (Socket Mode)',
      mode,
      stop: async () => {
        // Bolt's own stop() does not wait for the socket to close; the client's disconnect() does
        if (receiver instanceof SocketModeReceiver) await withTimeout(receiver.client.disconnect(), 3000);
        await finishTaken();
      },
    };
  }

  const server = await app.start({ port: config.port, ...(options.host ? { host: options.host } : {}) });
  // behind a load balancer's keep-alive pool, Node's 5 s idle timeout races nginx reusing the connection:
  // a request written as Node closes it is lost (a 502 that nginx does not resend, being a POST). Keep
  // idle connections longer than the balancer does (deploy/nginx.conf: 55 s; AWS ALB: 60 s).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  const port = (server.address() as AddressInfo).port;
  log.info(`Slack: listening for events on http://${options.host ?? '0.0.0.0'}:${port}${EVENTS_PATH}`);
  return {
    name: `Slack (HTTP on port ${port})`,
    mode,
    port,
    stop: async () => {
      // keep-alive connections would hold close() open until they time out
      server.closeAllConnections();
      await app.stop();
      await finishTaken();
    },
  };
}

/** "invalid_auth" alone helps nobody: say which variable and what to do. */
function explain(error: unknown, variable: string, fix: string): string {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code) return `Slack did not accept ${variable} (${code}): ${fix}.`;
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not reach Slack (${reason}): check the network, or SLACK_API_URL if you set it.`;
}

async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
