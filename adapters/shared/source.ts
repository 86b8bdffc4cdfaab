import { formatIsoDate } from '../../src/index.js';

/** Whatever cites an article: a citation, a quote, a timeline source, an article summary. */
export interface SourceLike {
  title?: string | undefined;
  articleId: string;
  outlet?: string | null | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

/** The parts of a source line, in plain text; each renderer adds its own markup and link syntax. */
export interface SourceParts {
  title: string;
  /** the outlet, or "outlet not stated": a source line never hides that it does not know */
  outlet: string;
  outletKnown: boolean;
  /** "22 April 2025" (or "22 Apr 2025" in the short style); empty when the date is unknown */
  date: string;
  /** a plain http(s) URL, or undefined: nothing else becomes a link */
  url?: string | undefined;
}

export type DateStyle = 'long' | 'short';

export function sourceParts(source: SourceLike, style: DateStyle = 'long'): SourceParts {
  return {
    title: source.title?.trim() || titleFromId(source.articleId),
    outlet: source.outlet || 'outlet not stated',
    outletKnown: Boolean(source.outlet),
    date: formatIsoDate(source.published, style),
    url: linkable(source.url),
  };
}

/** "Title — Outlet, 22 April 2025": the text of a source line, for fallbacks and terminals. */
export function sourceText(source: SourceLike, style: DateStyle = 'long'): string {
  const parts = sourceParts(source, style);
  return `${parts.title} — ${parts.outlet}${parts.date ? `, ${parts.date}` : ''}`;
}

/** The article id is its file name: "2025-04-22-putin-signals-…" reads well enough without its date. */
export function titleFromId(articleId: string): string {
  const words = articleId.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Sources cited twice (two passages of one article) are listed once, in first-cited order. */
export function uniqueSources<T extends SourceLike>(sources: readonly T[]): T[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.articleId) && Boolean(seen.add(source.articleId)));
}

function linkable(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
