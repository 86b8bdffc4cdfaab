import { type CommandDefinition, commands } from '../../src/index.js';

/**
 * Slack slash commands, derived from the one command list. Slash commands share a namespace with every
 * other app in the workspace, so the generic names get a prefix; manifest.yml lists the same names
 * (a test keeps the two in step).
 */
const RENAMED: Record<string, string> = { sources: 'talks-sources', help: 'talks-help' };

export interface SlackSlashCommand {
  /** as typed in Slack, with the slash: "/talks-sources" */
  slash: string;
  command: CommandDefinition;
}

export const slashCommands: readonly SlackSlashCommand[] = commands.map((command) => ({
  slash: `/${RENAMED[command.name] ?? command.name}`,
  command,
}));

/** "/talks-sources" → the sources command */
export function commandForSlash(slash: string): CommandDefinition | undefined {
  const wanted = slash.trim().toLowerCase();
  return slashCommands.find((entry) => entry.slash === wanted)?.command;
}

/** "sources" → "/talks-sources": how /help shows a command in Slack */
export function slashFor(name: string): string {
  return slashCommands.find((entry) => entry.command.name === name)?.slash ?? `/${name}`;
}

/** "/talks-sources --x" typed in a mention → "/sources --x", so the engine's line parser knows it */
export function toEngineLine(text: string): string {
  const match = /^(\/[\w-]+)(?=\s|$)/.exec(text);
  const command = match ? commandForSlash(match[1]!) : undefined;
  return command && match ? `/${command.name}${text.slice(match[1]!.length)}` : text;
}

/** "/talks-sources" in an example string → the Slack name, so /help shows what to type here */
export function toSlackLine(text: string): string {
  const match = /^\/([\w-]+)/.exec(text);
  return match ? `${slashFor(match[1]!)}${text.slice(match[0].length)}` : text;
}
