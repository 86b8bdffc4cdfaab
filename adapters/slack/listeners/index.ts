import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';

/** Which Slack input goes to which handler; the handlers themselves are plain functions beside each index. */
export function registerListeners(app: App, deps: SlackDeps): void {
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  app.error(async (error) => {
    deps.log.error(`slack: ${error.message}`, { code: error.code });
  });
}
