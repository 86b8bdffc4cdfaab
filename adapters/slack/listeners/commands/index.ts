import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { slashCommand } from './slash-command.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  for (const slash of deps.names.listened) {
    app.command(slash, ({ command, ack, respond }) => slashCommand({ command, ack, respond }, deps));
  }
}
