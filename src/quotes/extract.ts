import type { Quote } from '../answer.js';
import type { Article } from '../knowledge/types.js';
import { type EntityTable, entityNamed } from '../nlp/entities/index.js';
import { type ArticleContext, articleContext, isPerson } from './article-context.js';
import { type Attribution, attribute, UNATTRIBUTED, windowOf } from './attribution.js';
import { embeddedPosts } from './embeds.js';
import { interviewAnswers } from './interview.js';
import { notSpeech } from './not-speech.js';
import { reportedClauses } from './reported.js';

interface Found {
  attribution: Attribution;
  paragraph: number;
  passageStart: number;
  /** where the quote's sentences end: narration after it in its paragraph ends the speaker's turn */
  passageEnd: number;
}

/**
 * Every quotation in the articles with its speaker, built once at index time: quotation marks paired over
 * each content paragraph, embedded posts and interview answers, minus names, scare quotes and keyword lists.
 */
export function extractQuotes(articles: Article[], entities: EntityTable): Quote[] {
  return articles.flatMap((article) => articleQuotes(article, entities));
}

/** The quotations of one article (each article's are found on their own). */
export function articleQuotes(article: Article, entities: EntityTable): Quote[] {
  const ctx = articleContext(article, entities);
  const posts = embeddedPosts(article, entities);
  const answers = interviewAnswers(article, entities);
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
      previous = { attribution, paragraph: paragraph.index, passageStart: post.start, passageEnd: post.end };
      continue;
    }
    const answer = answers.find((a) => a.paragraph === paragraph);
    if (answer) {
      const attribution: Attribution = {
        speaker: answer.speaker,
        named: true,
        cue: 'answered',
        how: 'interview',
      };
      quotes.push(record(article, entities, attribution, paragraph, answer, false));
      previous = {
        attribution,
        paragraph: paragraph.index,
        passageStart: paragraph.start,
        passageEnd: paragraph.end,
      };
      continue;
    }
    const spans = ctx.paragraphs.find((p) => p.paragraph === paragraph)?.spans ?? [];
    for (const span of spans) {
      if (notSpeech(article.body, span, spans)) continue;
      // a quote continues only the quote just before it: in its paragraph, or ending the one before
      const window = windowOf(ctx, span);
      const prior =
        previous && continues(ctx, previous, paragraph.index, window.start) ? previous : undefined;
      const attribution = attribute(ctx, span, prior?.attribution);
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
      previous = { attribution, paragraph: paragraph.index, passageStart: start, passageEnd: window.end };
    }
  }
  creditRepeats(quotes);
  // reported speech without quotation marks, marked as reported: "The envoy said the talks had been useful"
  for (const clause of reportedClauses(ctx))
    quotes.push({
      ...record(article, entities, clause.attribution, clause.passage, clause, false),
      reported: true,
    });
  return quotes;
}

/**
 * Whether a quote in paragraph `index` may continue the quote before it: in the same paragraph, or in the
 * next one when that quote's sentences end its paragraph. A sentence of narration after the quote ("Talks
 * broke down last Tuesday.") ends the speaker's turn, so a lone quote after it is not theirs.
 */
function continues(ctx: ArticleContext, previous: Found, index: number, at: number): boolean {
  // "“…,” Smith said. Jones disagreed. “…”": another person named in between may be the one speaking
  const between = ctx.mentions.some(
    (m) => m.start >= previous.passageEnd && m.start < at && isPerson(ctx, m),
  );
  if (between) return false;
  if (previous.paragraph === index) return true;
  if (previous.paragraph !== index - 1) return false;
  return !ctx.article.sentences.some(
    (s) => s.paragraph === previous.paragraph && s.start >= previous.passageEnd,
  );
}

/**
 * A quote nobody is credited with whose words the article quotes again with a speaker (a live blog's
 * heading repeating the entry's quote): the same quote, the same speaker, so a reply lists it once.
 */
function creditRepeats(quotes: Quote[]): void {
  const key = (q: Quote) => q.quote.replace(/[\s.,;:!?'"‘’“”]+$/u, '').toLowerCase();
  for (const quote of quotes) {
    if (quote.speaker !== UNATTRIBUTED || quote.reported) continue;
    const same = quotes.find(
      (o) => o !== quote && !o.reported && o.speaker !== UNATTRIBUTED && key(o) === key(quote),
    );
    if (!same) continue;
    quote.speaker = same.speaker;
    if (same.speakerRole) quote.speakerRole = same.speakerRole;
    if (same.cue) quote.cue = same.cue;
  }
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
