import type { Article, Paragraph, Sentence } from '../knowledge/types.js';
import {
  type DateValue,
  findTemporalExpressions,
  type SentenceParse,
  type TemporalExpression,
  verbGroups,
} from '../nlp/dates/index.js';
import { eventText } from './event-text.js';

/** One dated report in one article, before reports of the same event are merged. */
export interface Candidate extends DateValue {
  text: string;
  phrase: boolean;
  article: Article;
  /** verbatim: the sentence (or embed signature) the date was read from */
  passage: string;
  /** where the passage starts in the article body, for a stable order */
  offset: number;
  expression: TemporalExpression;
  /** the passage dates nothing else, so its text is about this event alone */
  soleDate: boolean;
}

/** Every dated report in an article. Furniture never becomes a sentence, so it never yields one. */
export function articleCandidates(article: Article): Candidate[] {
  return [
    ...article.sentences.flatMap((sentence) => sentenceCandidates(article, sentence)),
    ...embedCandidates(article),
  ];
}

/** The dated reports of one sentence; `parse` gives its parse when the caller has one (a paragraph's). */
export function sentenceCandidates(
  article: Article,
  sentence: Sentence,
  parse?: () => SentenceParse | undefined,
): Candidate[] {
  const candidates: Candidate[] = [];
  // an FAQ's question asks about an event; its answer reports it
  if (/\?["”’)]*$/.test(sentence.text)) return candidates;
  // the verbs are compromise's work: made once, for the dates' tenses and the events' clauses alike
  let verbs: ReturnType<typeof verbGroups> | undefined;
  const lazyVerbs = () => {
    verbs ??= verbGroups(sentence.text, parse?.());
    return verbs;
  };
  const expressions = findTemporalExpressions(sentence.text, article.published, parse, lazyVerbs);
  if (expressions.length === 0) return candidates;
  const seen = new Set<string>();
  const distinctDates = new Set(expressions.map(dateKey));
  for (const expression of expressions) {
    // "last night (April 21)" and "in his remarks last night" in one sentence are one report
    if (seen.has(dateKey(expression))) continue;
    const described = eventText(sentence.text, expression, expressions, lazyVerbs, parse);
    if (!described) continue;
    seen.add(dateKey(expression));
    candidates.push({
      ...dateValue(expression),
      text: described.text,
      phrase: described.phrase,
      article,
      passage: sentence.text,
      offset: sentence.start,
      expression,
      soleDate: distinctDates.size === 1,
    });
  }
  return candidates;
}

/**
 * An embedded post is dated by its signature ("– Volodymyr Zelenskyy (@ZelenskyyUa) April 21, 2025"):
 * that date is when its author posted it, an event of its own.
 */
export function embedCandidates(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const signature of article.paragraphs.filter((p) => p.kind === 'embed-signature')) {
    const expression = findTemporalExpressions(signature.text, article.published).find(
      (e) => e.precision === 'day',
    );
    if (!expression) continue;
    const embed = precedingEmbed(article, signature);
    const firstSentence = article.sentences.find((s) => s.paragraph === embed?.index)?.text;
    const author = signature.text
      .slice(0, expression.start)
      .replace(/^[\s–—-]+/, '')
      .replace(/\(@[^)]*\)/, '')
      .trim();
    if (!author || !firstSentence) continue;
    const platform = /\b(?:pic\.)?twitter\.com\b|\bx\.com\//i.test(embed?.text ?? '') ? ' on X' : '';
    out.push({
      ...dateValue(expression),
      text: `${author} posted${platform}: “${firstSentence.replace(/[“”]/g, '')}”`,
      phrase: false,
      article,
      passage: signature.text,
      offset: signature.start,
      expression,
      soleDate: true,
    });
  }
  return out;
}

function precedingEmbed(article: Article, signature: Paragraph): Paragraph | undefined {
  for (let i = signature.index - 1; i >= 0; i--) {
    const paragraph = article.paragraphs[i];
    if (paragraph?.kind === 'embed') return paragraph;
    if (paragraph && paragraph.kind !== 'embed-signature') return undefined;
  }
  return undefined;
}

function dateValue(expression: TemporalExpression): DateValue {
  return {
    date: expression.date,
    ...(expression.endDate ? { endDate: expression.endDate } : {}),
    precision: expression.precision,
    ...(expression.qualifier ? { qualifier: expression.qualifier } : {}),
  };
}

function dateKey(value: DateValue): string {
  return `${value.date}/${value.endDate ?? ''}`;
}
