import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { appHomeOpened } from './app-home.js';
import { appMention } from './app-mention.js';
import { directMessage } from './direct-message.js';

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event('app_mention', ({ event, body, context, client }) =>
    appMention({ event, body, context, client }, deps),
  );
  app.event('app_home_opened', ({ event, client }) => appHomeOpened({ event, client }, deps));
  app.event('message', ({ event, body, context, client }) =>
    directMessage({ event, body, context, client }, deps),
  );
}
