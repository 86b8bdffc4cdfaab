import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/answer.js';
import { matchScore } from '../../src/quotes/match-words.js';
import { byWords } from '../../src/quotes/query.js';
import { indexWords } from '../../src/text/normalise.js';
import { realEngine } from '../helpers.js';

/** What byWords answered before its word lookups: every quote aligned with the query. */
function alignedWithEvery(quotes: Quote[], text: string): Quote[] {
  const words = indexWords(text);
  const scored = quotes
    .map((quote) => ({ quote, score: matchScore(words, indexWords(quote.quote)) }))
    .filter((s) => s.score >= 0.7);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= best - 0.15)
    .sort((a, b) => b.score - a.score || b.quote.published.localeCompare(a.quote.published))
    .map((s) => s.quote);
}

/** A typo a reader makes: two letters swapped in the middle of the longest word. */
function withTypo(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(longest.length / 2);
  const typo = longest.slice(0, i - 1) + longest[i] + longest[i - 1] + longest.slice(i + 1);
  return words.map((w) => (w === longest ? typo : w)).join(' ');
}

describe('/who-said by words, through the word lookups', () => {
  it('finds the quotes an alignment with every quote finds, typos and all', async () => {
    const quotes = (await realEngine()).knowledge.quotes;
    const queries = quotes.flatMap((quote) => {
      const words = quote.quote.split(/\s+/).filter((w) => /^[\p{L}’'-]+$/u.test(w));
      if (words.length < 5) return [];
      const three = words.slice(1, 4).join(' ');
      return [three, withTypo(three), words.slice(0, 2).join(' '), `${words[0]} nonsenseword ${words[2]}`];
    });
    expect(queries.length).toBeGreaterThan(50);
    for (const query of queries)
      expect(byWords(quotes, query), query).toEqual(alignedWithEvery(quotes, query));
  });
});
