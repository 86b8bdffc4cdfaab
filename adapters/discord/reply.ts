import type { APIEmbed } from 'discord.js';
import type { ButtonRow } from './components.js';
import { embedLength, fitEmbed } from './embeds.js';
import { LIMITS, truncate } from './limits.js';

/** A message payload discord.js accepts for reply, editReply, followUp and update alike. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** always `{ parse: [] }`: text echoed from users or articles must never ping anyone */
  allowedMentions: { parse: [] };
}

export const COLOURS = {
  answer: 0x5865f2,
  abstained: 0x99aab5,
  quotes: 0xf1c40f,
  timeline: 0x1abc9c,
  sources: 0x3498db,
  help: 0x95a5a6,
  passage: 0x5865f2,
} as const;

export function reply(embeds: APIEmbed[], components: ButtonRow[] = [], content?: string): DiscordReply {
  return {
    ...(content !== undefined ? { content } : {}),
    embeds,
    components,
    allowedMentions: { parse: [] },
  };
}

/**
 * The last line of defence: whatever a renderer built, the payload leaves within Discord's limits
 * (a rejected message is a silent failure for the user). Renderers fit their own content first, so this
 * rarely changes anything.
 */
export function enforceLimits(message: DiscordReply): DiscordReply {
  let remaining: number = LIMITS.embedTotal;
  const embeds: APIEmbed[] = [];
  for (const embed of message.embeds.slice(0, LIMITS.embedsPerMessage)) {
    if (remaining <= 0) break;
    const fitted = fitEmbed(embed, remaining).embed;
    embeds.push(fitted);
    remaining -= embedLength(fitted);
  }
  const components = message.components.slice(0, LIMITS.actionRows).map((row) => ({
    ...row,
    components: row.components
      .filter((b) => b.custom_id.length <= LIMITS.customId)
      .slice(0, LIMITS.buttonsPerRow)
      .map((b) => ({ ...b, label: b.label === undefined ? b.label : truncate(b.label, LIMITS.buttonLabel) })),
  }));
  const content = message.content === undefined ? undefined : truncate(message.content, LIMITS.content);
  return reply(
    embeds,
    components.filter((row) => row.components.length > 0),
    content,
  );
}
