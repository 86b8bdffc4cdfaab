import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Engine } from '../../src/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { boltLogger } from './bolt-logger.js';
import { DeliveryGuard } from './delivery-guard.js';
import { registerListeners } from './listeners/index.js';

export type SlackConfig = NonNullable<Config['slack']>;

export interface SlackAppOptions {
  /**
   * Web API retries. A chat answer that arrives minutes late is worse than none, so a couple of quick
   * retries instead of the client's default of ten over half an hour; tests turn them off.
   */
  apiRetries?: number;
}

export interface SlackApp {
  app: App;
  mode: 'socket' | 'http';
  receiver: SocketModeReceiver | HTTPReceiver;
}

/** The path Slack posts events, slash commands and button clicks to in HTTP mode (Bolt's default). */
export const EVENTS_PATH = '/slack/events';

/**
 * A Bolt app with every listener registered, not yet started. Socket Mode when an app-level token is
 * configured (no public URL needed); otherwise the HTTP receiver, which verifies Slack's signatures.
 */
export function createSlackApp(
  engine: Engine,
  config: SlackConfig,
  log: Logger,
  options: SlackAppOptions = {},
): SlackApp {
  const logger = boltLogger(log);
  const clientOptions = {
    // the WebClient joins method names straight onto this, so it must end in a slash
    ...(config.apiUrl
      ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` }
      : {}),
    retryConfig: { retries: options.apiRetries ?? 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
  };
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        logLevel: LogLevel.DEBUG,
        // apps.connections.open goes through a WebClient built from these, so SLACK_API_URL applies to it too
        installerOptions: { clientOptions },
      })
    : new HTTPReceiver({
        signingSecret: requireSigningSecret(config),
        endpoints: EVENTS_PATH,
        port: config.port,
        logger,
        logLevel: LogLevel.DEBUG,
      });
  const app = new App({
    token: config.botToken,
    receiver,
    logger,
    logLevel: LogLevel.DEBUG,
    clientOptions,
    // auth.test runs in app.init(), where a bad token becomes a start-up error instead of an unhandled rejection
    deferInitialization: true,
  });
  registerListeners(app, { engine, log, guard: new DeliveryGuard() });
  return { app, mode: config.appToken ? 'socket' : 'http', receiver };
}

function requireSigningSecret(config: SlackConfig): string {
  if (!config.signingSecret) {
    throw new Error(
      'Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → Signing Secret), or set SLACK_APP_TOKEN',
    );
  }
  return config.signingSecret;
}
