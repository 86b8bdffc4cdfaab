import { escapeMarkdown } from 'discord.js';
import { formatIsoDate } from '../../src/index.js';

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

export interface SourceInfo {
  title?: string | undefined;
  articleId: string;
  outlet?: string | null | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

/** "[Title](url) — Eunews, 22 Apr 2025": the same source line everywhere a reply cites an article. */
export function sourceLine(source: SourceInfo): string {
  const title = source.title ?? titleFromId(source.articleId);
  const outlet = source.outlet ? plain(source.outlet) : 'outlet not stated';
  const date = source.published ? `, ${formatDate(source.published)}` : '';
  return `${link(title, source.url)} — ${outlet}${date}`;
}

/** The article id is its file name: "2025-04-22-putin-signals-…" reads well enough without its date. */
function titleFromId(articleId: string): string {
  const words = articleId.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
