import type { Article, Paragraph } from '../knowledge/types.js';
import { type EntityTable, resolveEntity } from '../nlp/entities/index.js';

export interface EmbeddedPost {
  paragraph: Paragraph;
  /** canonical name when the entity layer knows the account holder, else the name as signed */
  speaker: string;
  named: boolean;
  handle: string;
  /** body offsets of the post's words, without the trailing media link the loader cut out */
  start: number;
  end: number;
}

// "– Volodymyr Zelenskyy (@ZelenskyyUa) April 21, 2025"
const SIGNATURE = /^[–—-]\s*(.+?)\s*\(@(\w+)\)/u;

/**
 * An embedded social-media post is a quotation without quotation marks: the loader marks the post
 * ('embed') and its signature line ('embed-signature'), and the signature names who wrote it.
 */
export function embeddedPosts(article: Article, entities: EntityTable): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  article.paragraphs.forEach((paragraph, i) => {
    const signature = article.paragraphs[i + 1];
    if (paragraph.kind !== 'embed' || signature?.kind !== 'embed-signature') return;
    const signed = SIGNATURE.exec(signature.text.trim());
    const sentences = article.sentences.filter((s) => s.paragraph === paragraph.index);
    if (!signed || sentences.length === 0) return;
    const entity = resolveEntity(entities, signed[1]!);
    posts.push({
      paragraph,
      speaker: entity?.name ?? signed[1]!,
      named: entity !== undefined,
      handle: signed[2]!,
      start: sentences[0]!.start,
      end: sentences.at(-1)!.end,
    });
  });
  return posts;
}
