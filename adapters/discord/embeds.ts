import type { APIEmbed, APIEmbedField } from 'discord.js';
import { LIMITS, truncate } from './limits.js';

/** How Discord counts an embed towards the 6000-character message total. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Every part of the embed within its own limit, and at most 25 fields. */
export function clampEmbed(embed: APIEmbed): APIEmbed {
  const clamped: APIEmbed = { ...embed };
  if (embed.title !== undefined) clamped.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined)
    clamped.description = truncate(embed.description, LIMITS.embedDescription);
  if (embed.footer)
    clamped.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footerText) };
  if (embed.author)
    clamped.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.authorName) };
  if (embed.fields) clamped.fields = embed.fields.slice(0, LIMITS.embedFields).map(clampField);
  return clamped;
}

function clampField(field: APIEmbedField): APIEmbedField {
  return {
    ...field,
    name: truncate(field.name, LIMITS.fieldName),
    value: truncate(field.value, LIMITS.fieldValue),
  };
}

/**
 * Fits one embed into `budget` characters: fields are dropped from the end first (they are the least
 * important: later sources), and the footer says how many; only then is the description shortened.
 */
export function fitEmbed(
  embed: APIEmbed,
  budget: number = LIMITS.embedTotal,
): { embed: APIEmbed; dropped: number } {
  const clamped = clampEmbed(embed);
  const fields = [...(clamped.fields ?? [])];
  const droppedByClamp = (embed.fields?.length ?? 0) - fields.length;
  let dropped = droppedByClamp;
  const build = (): APIEmbed => {
    const next: APIEmbed = { ...clamped };
    if (clamped.fields) next.fields = [...fields];
    if (dropped > 0) {
      const note = `${dropped} more not shown`;
      next.footer = { text: clamped.footer ? `${clamped.footer.text} · ${note}` : note };
    }
    return next;
  };
  let fitted = build();
  while (embedLength(fitted) > budget && fields.length > 0) {
    fields.pop();
    dropped++;
    fitted = build();
  }
  let over = embedLength(fitted) - budget;
  if (over > 0 && fitted.description) {
    fitted.description = truncate(fitted.description, Math.max(0, fitted.description.length - over));
    over = embedLength(fitted) - budget;
  }
  if (over > 0 && fitted.footer)
    fitted.footer = { text: truncate(fitted.footer.text, Math.max(0, fitted.footer.text.length - over)) };
  over = embedLength(fitted) - budget;
  if (over > 0 && fitted.title)
    fitted.title = truncate(fitted.title, Math.max(0, fitted.title.length - over));
  // Discord rejects empty strings where it allows a missing part
  if (fitted.footer?.text === '') delete fitted.footer;
  if (fitted.description === '') delete fitted.description;
  if (fitted.title === '') delete fitted.title;
  return { embed: fitted, dropped };
}
