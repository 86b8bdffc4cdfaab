import { yaml } from '../text/yaml.js';
import { describeFrontMatterError, frontMatterSchema } from './article-schema.js';
import { headlineOf } from './headline.js';

export interface NewArticle {
  title?: string | undefined;
  published: string;
  outlet?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  /** the file the text was captured in, for provenance */
  source?: string | undefined;
  /** the article text, as captured: it is stored untouched */
  text: string;
}

export type Composed =
  | { ok: true; id: string; fileName: string; content: string }
  | { ok: false; message: string };

/** A file name/id from the date and the first words of the title: 2025-07-20-zelenskyy-proposes-meeting. */
export function articleIdFor(published: string, title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  return [published, ...words].join('-');
}

/**
 * The title when none is given: the capture's headline (the first headline-like line above the story, after
 * the masthead, menus and labels), else the first sentence. Marked as derived in the front matter.
 */
export function deriveTitle(text: string): string {
  const headline = headlineOf(text);
  if (headline) return headline;
  const first = text.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  const words = first.replace(/^[\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+)?\s+[–—-]\s+/u, '').split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ').replace(/[.!?]$/, '');
}

/** Writes the front matter for a new article and validates it with the same schema the loader uses. */
export function composeArticle(input: NewArticle): Composed {
  if (!input.text.trim()) return { ok: false, message: 'The article text is empty.' };
  const titleDerived = !input.title?.trim();
  const title = titleDerived ? deriveTitle(input.text) : input.title!.trim();
  const data = {
    id: articleIdFor(input.published, title),
    title,
    ...(titleDerived ? { titleDerived: true } : {}),
    outlet: input.outlet ?? null,
    author: input.author ?? null,
    published: input.published,
    ...(input.url ? { url: input.url } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: describeFrontMatterError(parsed.error) };
  return {
    ok: true,
    id: data.id,
    fileName: `${data.id}.md`,
    content: `---\n${yaml().stringify(data, { lineWidth: 0 })}---\n${input.text}`,
  };
}
