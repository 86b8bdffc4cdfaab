import { escapeMarkdown } from 'discord.js';
import { formatIsoDate } from '../../src/index.js';
import { type SourceLike, sourceParts } from '../shared/index.js';

/** "2025-04-22" → "22 Apr 2025"; "2025-04" → "Apr 2025"; "1994" → "1994". Anything else is shown as is. */
export function formatDate(iso: string): string {
  return formatIsoDate(iso, 'short');
}

/** Article text and user input shown as text, not as Discord markdown (a stray `*` must not bold half a reply). */
export function plain(text: string): string {
  // also headings, lists and masked links: a line of article text starting "1." or "# " stays a line of text
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Link text may not contain brackets; the URL must be a plain http(s) URL or there is no link at all. */
export function link(text: string, url: string | undefined): string {
  const label = plain(text).replace(/(?<!\\)[[\]]/g, (bracket) => `\\${bracket}`);
  return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${label}](${url})` : `**${label}**`;
}

export type SourceInfo = SourceLike;

/** "[Title](url) — Eunews, 22 Apr 2025": the shared source line, in Discord markdown. */
export function sourceLine(source: SourceInfo): string {
  const parts = sourceParts(source, 'short');
  return `${link(parts.title, parts.url)} — ${plain(parts.outlet)}${parts.date ? `, ${parts.date}` : ''}`;
}
