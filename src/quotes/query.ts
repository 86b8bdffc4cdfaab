import type { AnswerOf, Quote } from '../answer.js';
import { type EntityTable, findMentions, resolveEntity } from '../nlp/entities/index.js';
import { indexWords } from '../text/normalise.js';
import { matchScore, sameWord } from './match-words.js';
import { type QuoteWords, quoteWords } from './quote-words.js';
import { countSpeakers } from './speakers.js';

type QuotesAnswer = AnswerOf<'quotes'>;

// below this a query's words are not in the quote; within MARGIN of the best, several quotes tie
const MIN_SCORE = 0.7;
const MARGIN = 0.15;
// a message that repeats a quote within other words ("so Trump says great progress?"): the quote's words
// must all be there, in order (a typo allowed), and a one-word quote is too common a word to count
const QUOTED_WITHIN = 0.9;
const MIN_QUOTED_WORDS = 2;

// "what did Lavrov say about …", "quotes by Peskov", "Zelensky's quotes"
const NAME_FRAMES = [
  /^(?:what|which \w+)\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|write|wrote|post|posted|claim|claimed)\b/i,
  /^(?:quotes?|statements?|words)\s+(?:by|from|of)\s+(.+)$/i,
  /^(.+?)(?:['’]s)?\s+(?:quotes?|statements?)$/i,
];

/**
 * /who-said: a name in any spelling, alias or title lists that person's quotes, newest article first;
 * words from a quote find the quote and its speaker, tolerant of punctuation, curly quotes and typos.
 */
export function findQuotes(quotes: Quote[], entities: EntityTable, query: string): QuotesAnswer {
  const text = query
    .trim()
    .replace(/[?!.]+$/, '')
    .replace(/^who\s+said\s+/i, '')
    .replace(/^["“‘']+|["”’']+$/g, '')
    .trim();
  const name = NAME_FRAMES.map((frame) => frame.exec(text)?.[1]).find(Boolean) ?? text;
  const entity = resolveEntity(entities, name);
  if (entity?.type === 'person') return byPerson(quotes, query, entity.name);
  // an institution or a capital that speaks for its government: "the Daily Courier", "Moscow"
  if (entity && quotes.some((q) => q.speaker === entity.name)) return byPerson(quotes, query, entity.name);
  const described = describedBy(quotes, name);
  if (described.length) return answer(query, null, described, quotes);
  const matched = byWords(quotes, text);
  if (matched.length) return answer(query, null, matched, quotes);
  const within = quotedWithin(quotes, text);
  if (within.length) return answer(query, null, within, quotes);
  // "Lavrov on the deadline": a person named inside other words
  const people = [...new Set(findMentions(entities, text).map((m) => m.entity))].filter(
    (n) => resolveEntity(entities, n)?.type === 'person',
  );
  if (people.length === 1) return byPerson(quotes, query, people[0]!);
  const looksLikeName = /^\p{Lu}[\p{L}’'.-]*(\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u.test(name);
  const why = entity
    ? `${entity.name} is not a person who speaks in the articles, and no quotation matches “${text}”.`
    : looksLikeName
      ? `No one called “${name}” is quoted or named in the articles.`
      : `No quotation in the articles matches “${text}”.`;
  return noQuotes(query, null, quotes, why);
}

function byPerson(quotes: Quote[], query: string, name: string): QuotesAnswer {
  const theirs = quotes.filter((q) => q.speaker === name);
  if (theirs.length === 0)
    return noQuotes(query, name, quotes, `${name} is named in the articles but never quoted.`);
  return answer(query, name, newestFirst(theirs), quotes);
}

/** Quotes whose words hold the text's, in order and allowing typos, best first (exported for its test). */
export function byWords(quotes: Quote[], text: string): Quote[] {
  const words = indexWords(text);
  if (words.length === 0) return [];
  const prepared = quoteWords(quotes);
  // a quote scores at most (the query's words it holds, in some spelling) / (the query's words), so one
  // holding fewer than MIN_SCORE of them cannot match and is never aligned
  const held = new Map<number, number>();
  const holdersOf = new Map<string, Set<number>>();
  for (const word of words) {
    let holders = holdersOf.get(word);
    if (!holders) {
      holders = quotesHolding(prepared, word);
      holdersOf.set(word, holders);
    }
    for (const i of holders) held.set(i, (held.get(i) ?? 0) + 1);
  }
  const enough = MIN_SCORE * words.length - 1e-9;
  const scored = [...held]
    .filter(([, count]) => count >= enough)
    .map(([i]) => i)
    .sort((a, b) => a - b)
    .map((i) => ({ quote: quotes[i]!, score: matchScore(words, prepared.words[i]!) }))
    .filter((s) => s.score >= MIN_SCORE);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= best - MARGIN)
    .sort((a, b) => b.score - a.score || b.quote.published.localeCompare(a.quote.published))
    .map((s) => s.quote);
}

/** The quotes holding `word` or a word within sameWord's typo allowance of it. */
function quotesHolding(prepared: QuoteWords, word: string): Set<number> {
  const holders = new Set<number>(prepared.byWord.get(word) ?? []);
  // sameWord allows at most two edits, so only words within two letters of its length can be one
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    for (const other of prepared.byLength.get(length) ?? []) {
      if (other === word || !sameWord(word, other)) continue;
      for (const i of prepared.byWord.get(other)!) holders.add(i);
    }
  }
  return holders;
}

/**
 * Quotes repeated inside the query, longest first: "Who said this?" on a chat message that quotes an
 * article in words of its own. Only the longest match (and any as long) is kept: a short quote found
 * inside a longer one's words is the same passage seen twice.
 */
function quotedWithin(quotes: Quote[], text: string): Quote[] {
  const words = indexWords(text);
  const prepared = quoteWords(quotes);
  // only quotes of at most one word more than the query can be repeated within it
  const fitting = prepared.byCount
    .slice(MIN_QUOTED_WORDS, words.length + 2)
    .flatMap((same) => same ?? [])
    .sort((a, b) => a - b);
  const found: { quote: Quote; words: readonly string[] }[] = [];
  for (const i of fitting) {
    const own = prepared.words[i]!;
    if (matchScore(own, words) >= QUOTED_WITHIN) found.push({ quote: quotes[i]!, words: own });
  }
  const longest = Math.max(0, ...found.map((q) => q.words.length));
  return found
    .filter((q) => q.words.length === longest)
    .sort((a, b) => b.quote.published.localeCompare(a.quote.published))
    .map((q) => q.quote);
}

/** Quotes by an unnamed source whose description holds the name's words ("a senior official"). */
function describedBy(quotes: Quote[], name: string): Quote[] {
  const wanted = indexWords(name)
    .filter((w) => !['a', 'an', 'the'].includes(w))
    .join(' ');
  if (wanted.length <= 3) return [];
  const { speakers, unnamed } = quoteWords(quotes);
  return unnamed.filter((i) => speakers[i]!.includes(wanted)).map((i) => quotes[i]!);
}

function newestFirst(quotes: Quote[]): Quote[] {
  return [...quotes].sort(
    (a, b) =>
      b.published.localeCompare(a.published) ||
      a.articleId.localeCompare(b.articleId) ||
      (a.start ?? 0) - (b.start ?? 0),
  );
}

function answer(query: string, speaker: string | null, found: Quote[], all: Quote[]): QuotesAnswer {
  const { keys, indexOf } = quoteWords(all);
  const seen = new Set<string>();
  // a summary bullet and its paragraph quote the same words: list them once
  const unique = found.filter((q) => {
    const key = keys[indexOf.get(q)!]!;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kind: 'quotes', query, speaker, quotes: unique };
}

/** Nothing to list: why, and the people who do have quotes (adapters render them as suggestions). */
function noQuotes(query: string, speaker: string | null, quotes: Quote[], why: string): QuotesAnswer {
  return {
    kind: 'quotes',
    query,
    speaker,
    quotes: [],
    message: why,
    suggestions: [...suggestionsFor(quotes)],
  };
}

const suggestions = new WeakMap<readonly Quote[], readonly string[]>();
/** The people with quotes, most first: counted once per list of quotes, not per query that finds none. */
function suggestionsFor(quotes: Quote[]): readonly string[] {
  let names = suggestions.get(quotes);
  if (!names) {
    names = countSpeakers(quotes).map((s) => s.name);
    suggestions.set(quotes, names);
  }
  return names;
}
