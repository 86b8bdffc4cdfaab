import type { Article, Paragraph, Sentence } from '../knowledge/types.js';
import {
  type EntityTable,
  entityNamed,
  findMentions,
  type Mention,
  peopleWithAlias,
} from '../nlp/entities/index.js';
import { interviewAnswers } from './interview.js';
import { pairQuotes, type QuoteSpan } from './pair-quotes.js';

/** Paragraph kinds whose quotation marks can quote someone (never furniture; embeds are whole quotes). */
const QUOTABLE = new Set<Paragraph['kind']>(['body', 'list-item', 'table-row']);

export interface ParagraphQuotes {
  paragraph: Paragraph;
  /** offsets into the article body */
  spans: QuoteSpan[];
}

/** One article as attribution sees it: quotes found, and the text around them with the quotes blanked. */
export interface ArticleContext {
  article: Article;
  entities: EntityTable;
  paragraphs: ParagraphQuotes[];
  /** the body with every quotation (marks and words), embedded post and interview answer blanked to spaces */
  masked: string;
  /** entity mentions outside quotations, body offsets, in order */
  mentions: Mention[];
}

export function articleContext(article: Article, entities: EntityTable): ArticleContext {
  const paragraphs: ParagraphQuotes[] = [];
  const chars = article.body.split(''); // UTF-16 units, like every offset
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  // an interview's answers are the interviewee's words, like an embedded post
  const answers = new Set(interviewAnswers(article, entities).map((a) => a.paragraph.index));
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'embed' || answers.has(paragraph.index)) blank(paragraph.start, paragraph.end);
    if (!QUOTABLE.has(paragraph.kind) || answers.has(paragraph.index)) continue;
    const sentences = article.sentences.filter((s) => s.paragraph === paragraph.index);
    const spans = pairQuotes(paragraph.text)
      .map((span) => shift(span, paragraph.start))
      // quotation marks inside furniture cut out of a content line (a link, a dateline) are not content
      .filter((span) => sentences.some((s) => span.start < s.end && span.end > s.start));
    for (const span of spans) blank(span.open, Math.min(span.close + 1, paragraph.end));
    paragraphs.push({ paragraph, spans });
  }
  const masked = chars.join('');
  const mentions = article.paragraphs
    .filter((p) => p.kind !== 'furniture')
    .flatMap((p) => {
      const found = findMentions(entities, masked.slice(p.start, p.end)).map((m) => ({
        ...m,
        start: m.start + p.start,
        end: m.end + p.start,
      }));
      return [...found, ...sharedSurnameMentions(entities, masked, p, found)].sort(
        (a, b) => a.start - b.start,
      );
    });
  return { article, entities, paragraphs, masked, mentions };
}

/**
 * "Ashby's captain, Callum Reid, scored … '…,' Reid said": a surname two people of the articles share
 * names neither on its own (findMentions leaves it out), but after one of them is named in full in the
 * same paragraph, with no one else of that surname named in between, it is that person.
 */
function sharedSurnameMentions(
  entities: EntityTable,
  masked: string,
  paragraph: Paragraph,
  found: Mention[],
): Mention[] {
  const people = found.filter((m) => m.via === 'name' && entityNamed(entities, m.entity)?.type === 'person');
  const surnameOf = (name: string) => name.split(/\s+/).at(-1) ?? '';
  const added: Mention[] = [];
  for (const person of people) {
    const surname = surnameOf(person.entity);
    if (surname.length < 3 || person.entity === surname) continue;
    // a keyed read of the table (not a scan of it), so a cached article's links depend on this surname only
    if (peopleWithAlias(entities, surname) < 2) continue;
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // the bare surname: not inside a longer word, not before another capitalised word ("Reid Park")
    const bare = new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}'’-]|\\s+\\p{Lu})`, 'gu');
    const text = masked.slice(person.end, paragraph.end);
    for (const match of text.matchAll(bare)) {
      const at = person.end + match.index;
      if (found.some((m) => m.start <= at && m.end > at)) continue;
      const between = people.some(
        (o) =>
          o.entity !== person.entity &&
          surnameOf(o.entity) === surname &&
          o.start > person.start &&
          o.start < at,
      );
      if (between) break;
      added.push({ entity: person.entity, start: at, end: at + surname.length, text: surname, via: 'alias' });
    }
  }
  // the latest full name before a surname decides: keep one mention per place
  return added.filter((m, i) => !added.some((o, j) => j > i && o.start === m.start));
}

function shift(span: QuoteSpan, by: number): QuoteSpan {
  return {
    ...span,
    open: span.open + by,
    close: span.close + by,
    start: span.start + by,
    end: span.end + by,
  };
}

/** The content sentence holding a body offset (or the nearest one before it). */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const sentence of article.sentences) {
    if (sentence.start > offset) break;
    found = sentence;
  }
  return found;
}

export function isPerson(ctx: ArticleContext, mention: Mention): boolean {
  return entityNamed(ctx.entities, mention.entity)?.type === 'person';
}
