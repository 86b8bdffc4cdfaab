import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { slashCommands } from '../../slash-commands.js';
import { slashCommand } from './slash-command.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  for (const { slash } of slashCommands) {
    app.command(slash, ({ command, ack, respond }) => slashCommand({ command, ack, respond }, deps));
  }
}
