import type { Quote } from '../answer.js';
import type { Article } from '../knowledge/types.js';
import { type EntityTable, entityNamed } from '../nlp/entities/index.js';
import { articleContext } from './article-context.js';
import { type Attribution, attribute, windowOf } from './attribution.js';
import { embeddedPosts } from './embeds.js';
import { notSpeech } from './not-speech.js';
import { reportedClauses } from './reported.js';

interface Found {
  attribution: Attribution;
  paragraph: number;
  passageStart: number;
}

/**
 * Every quotation in the articles with its speaker, built once at index time: quotation marks paired over
 * each content paragraph, embedded posts, minus names, scare quotes and keyword lists.
 */
export function extractQuotes(articles: Article[], entities: EntityTable): Quote[] {
  return articles.flatMap((article) => articleQuotes(article, entities));
}

/** The quotations of one article (each article's are found on their own). */
export function articleQuotes(article: Article, entities: EntityTable): Quote[] {
  const ctx = articleContext(article, entities);
  const posts = embeddedPosts(article, entities);
  const quotes: Quote[] = [];
  let previous: Found | undefined;
  for (const paragraph of article.paragraphs) {
    const post = posts.find((p) => p.paragraph === paragraph);
    if (post) {
      const attribution: Attribution = {
        speaker: post.speaker,
        named: post.named,
        cue: `posted on X (@${post.handle})`,
        how: 'embed',
      };
      quotes.push(record(article, entities, attribution, { start: post.start, end: post.end }, post, false));
      previous = { attribution, paragraph: paragraph.index, passageStart: post.start };
      continue;
    }
    const spans = ctx.paragraphs.find((p) => p.paragraph === paragraph)?.spans ?? [];
    for (const span of spans) {
      if (notSpeech(article.body, span, spans)) continue;
      // a quote continues only the quote just before it, in its paragraph or the one before
      const prior = previous && previous.paragraph >= paragraph.index - 1 ? previous : undefined;
      const attribution = attribute(ctx, span, prior?.attribution);
      const window = windowOf(ctx, span);
      // a continued quote's passage reaches back to the words that name its speaker
      const start =
        attribution.how === 'floating' && prior?.paragraph === paragraph.index
          ? prior.passageStart
          : window.start;
      const words = trimQuote(article.body, span.start, span.end);
      const lead = ctx.masked.slice(window.start, span.open);
      const partial =
        !/^\p{Lu}/u.test(words.text) ||
        words.text.split(/\s+/).length < 4 ||
        !/(^|[,:])\s*$/.test(lead.trimEnd() ? lead : '');
      quotes.push(record(article, entities, attribution, { start, end: window.end }, words, partial));
      previous = { attribution, paragraph: paragraph.index, passageStart: start };
    }
  }
  // reported speech without quotation marks, marked as reported: "The envoy said the talks had been useful"
  for (const clause of reportedClauses(ctx))
    quotes.push({
      ...record(article, entities, clause.attribution, clause.passage, clause, false),
      reported: true,
    });
  return quotes;
}

/** The quoted words without surrounding space or the comma that belongs to the sentence around them. */
function trimQuote(body: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /[\s,]/.test(body[e - 1]!)) e--;
  return { start: s, end: e, text: body.slice(s, e) };
}

function record(
  article: Article,
  entities: EntityTable,
  attribution: Attribution,
  passage: { start: number; end: number },
  words: { start: number; end: number },
  partial: boolean,
): Quote {
  const role = attribution.named ? entityNamed(entities, attribution.speaker)?.roles[0] : undefined;
  return {
    speaker: attribution.speaker,
    ...(role ? { speakerRole: role } : {}),
    quote: article.body.slice(words.start, words.end),
    ...(attribution.cue ? { cue: attribution.cue } : {}),
    partial,
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    ...(article.url ? { url: article.url } : {}),
    passage: article.body.slice(passage.start, passage.end),
    start: passage.start,
    end: passage.end,
  };
}
