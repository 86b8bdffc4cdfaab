import type { AnswerOf, CommandSummary } from '../../src/index.js';
import { fitEmbed } from './embeds.js';
import { plain } from './format.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

/** One field per command, in Discord's own syntax: `/timeline [topic] [from] [to]`, `topic:Istanbul`. */
export function renderHelp(answer: AnswerOf<'help'>): DiscordReply {
  const { embed } = fitEmbed({
    color: COLOURS.help,
    title: 'What I can do',
    description:
      'I answer questions about a set of news articles, and every answer shows the article and passage it rests on. When the articles don’t say, I say so.',
    fields: answer.commands.map((command) => ({
      name: discordUsage(command),
      value: `${plain(command.description)}${command.available ? '' : ' (coming soon)'}\nExample: \`${discordExample(command)}\``,
    })),
  });
  return reply([embed]);
}

export function discordUsage(command: CommandSummary): string {
  const options = command.options.map((o) => (o.required ? o.name : `[${o.name}]`));
  return [`/${command.name}`, ...options].join(' ');
}

/** The examples are written for the terminal (`/timeline Istanbul --from 2025`); Discord names each option. */
export function discordExample(command: CommandSummary): string {
  const match = /^\/[\w-]+\s*(.*)$/s.exec(command.example);
  const [first] = command.options;
  if (!match || !first) return `/${command.name}`;
  let rest = match[1] ?? '';
  const named: string[] = [];
  for (const option of command.options.slice(1)) {
    rest = rest.replace(new RegExp(`(?:^|\\s)--${option.name}(?:=|\\s+)(\\S+)`), (_all, value: string) => {
      named.push(`${option.name}:${value}`);
      return '';
    });
  }
  const free = rest.trim().replace(/`/g, 'ˋ');
  return [`/${command.name}`, ...(free ? [`${first.name}:${free}`] : []), ...named].join(' ');
}
