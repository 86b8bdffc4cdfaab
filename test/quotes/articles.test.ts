import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/answer.js';
import type { LoadedEngine } from '../../src/index.js';
import { realEngine } from '../helpers.js';

let engine: LoadedEngine;
let quotes: Quote[];

beforeAll(async () => {
  engine = await realEngine();
  quotes = engine.knowledge.quotes.filter((q) => !q.reported);
});

// every quotation mark pair in the five articles, checked by hand: speaker ← first words of the quote
const EXPECTED: [string, string, string][] = [
  ['2025-04-22-putin-signals', 'Vladimir Putin', 'We have a positive attitude'],
  ['2025-04-22-putin-signals', 'Vladimir Putin', 'that the regime’s representatives'],
  ['2025-04-22-putin-signals', 'Dmitry Peskov', 'the president had in mind'],
  // "he" after "the Kremlin occupant", an epithet no sentence explains: nobody rather than the last name
  // (Peskov, the sentence before)
  ['2025-04-22-putin-signals', 'unattributed', 'Nazi regime'],
  ['2025-04-22-putin-signals', 'Volodymyr Zelenskyy', 'ready for any conversation'],
  ['2025-04-22-putin-signals', 'Volodymyr Zelenskyy', 'an unconditional ceasefire'],
  ['2025-04-22-putin-signals', 'Volodymyr Zelenskyy', 'Now, after Easter'],
  ['2025-04-22-putin-signals', 'Marco Rubio', 'days.'],
  // Trump's, but the sentence names him only as "the New York-based tycoon", one outlet's epithet that no
  // sentence explains: unattributed rather than a guess
  ['2025-04-22-putin-signals', 'unattributed', 'excellent chances'],
  ['2025-04-22-ukraine-ceasefire', 'Marco Rubio', 'moving on'],
  ['2025-04-22-ukraine-ceasefire', 'Vladimir Putin', 'We need to sort this out.'],
  ['2025-04-22-ukraine-ceasefire', 'a senior U.S. official', 'critically important'],
  ['2025-07-20-zelenskyy', 'Volodymyr Zelenskyy', 'The dynamics of the negotiations'],
  ['2025-07-20-zelenskyy', 'Volodymyr Zelenskyy', 'We need to do everything possible'],
  ['2025-07-20-zelenskyy', 'Volodymyr Zelenskyy', 'Ukraine is ready for such a meeting'],
  ['2025-07-20-zelenskyy', 'Dmitry Peskov', 'President Putin has repeatedly'],
  ['2025-07-20-zelenskyy', 'Dmitry Peskov', 'It’s a lengthy process'],
  ['2025-07-20-zelenskyy', 'Donald Trump', 'We’re going to be doing very severe tariffs'],
  ['2025-07-20-zelenskyy', 'Donald Trump', 'I use trade for a lot of things'],
  ['2025-07-20-zelenskyy', 'Sergey Lavrov', 'Fifty days, it used to be 24 hours'],
  ['2025-07-20-zelenskyy', 'Sergey Lavrov', 'It also used to be 100 days'],
  ['2025-08-07-zelensky', 'Volodymyr Zelenskyy', 'more inclined'],
  ['2025-08-07-zelensky', 'Donald Trump', 'great progress'],
  ['2025-08-07-zelensky', 'Volodymyr Zelenskyy', 'more inclined'],
  ['2025-08-07-zelensky', 'Donald Trump', 'great progress.'],
  ['2025-08-07-zelensky', 'Volodymyr Zelenskyy', 'a lasting and reliable peace'],
  ['2025-08-07-zelensky', 'Volodymyr Zelenskyy', 'the pressure on Russia works'],
];

// every reported (indirect) clause the five articles attribute, checked by hand: speaker ← its first words
const REPORTED: [string, string][] = [
  ['Vladimir Putin', 'the Federation is willing to discuss'],
  // "According to Zelensky, …": the source that frames the clause speaks
  ['Volodymyr Zelenskyy', 'the unwieldy neighbor has broken at least 25 times'],
  // "President Zelenskyy has reiterated that …": an auxiliary between the subject and its verb
  ['Volodymyr Zelenskyy', 'Ukraine is open to discussions'],
  // "Russian state media TASS reported that …": an agency no lexicon knows, named after "media", speaks
  ['TASS', 'a source close to the Russian delegation confirmed receipt'],
  ['Dmitry Peskov', 'Russia was prepared to move quickly toward a deal'],
  ['Dmitry Peskov', 'its main objective remained unchanged'],
  // "warned that if no agreement is reached …": after "that" a clause follows, whatever its first word
  ['Donald Trump', 'if no agreement is reached within that period'],
  ['Kyiv', 'any agreement must be enforceable and verifiable'],
  ['Volodymyr Zelenskyy', 'both Ukraine and the United States should scrutinise'],
];

describe('reported speech in the five articles', () => {
  it('finds the reported clauses with their speakers, marked as reported, and nothing else', () => {
    const reported = engine.knowledge.quotes.filter((q) => q.reported);
    expect(reported.map((q) => q.speaker)).toEqual(REPORTED.map(([speaker]) => speaker));
    REPORTED.forEach(([, words], i) => {
      expect(reported[i]?.quote.startsWith(words), words).toBe(true);
    });
  });
});

describe('the quotations of the five articles', () => {
  it('finds every quotation with its speaker, in article order, and nothing else', () => {
    const order = ['2025-04-22-putin', '2025-04-22-ukraine', '2025-07-20', '2025-08-07'];
    const found = [...quotes]
      .sort(
        (a, b) =>
          order.findIndex((p) => a.articleId.startsWith(p)) -
          order.findIndex((p) => b.articleId.startsWith(p)),
      )
      .map((q) => [q.speaker, q.quote]);
    expect(found).toHaveLength(EXPECTED.length);
    EXPECTED.forEach(([article, speaker, words], i) => {
      expect(found[i]?.[0], `${article}: ${words}`).toBe(speaker);
      expect(found[i]?.[1]?.startsWith(words), `${article}: ${words}`).toBe(true);
    });
  });

  it.each([
    ['Victory Plan'],
    ['reassurance force'],
    ['Putin Zelenskyy ceasefire'],
    ['Russia Ukraine talks'],
    ['Ukraine peace negotiations'],
  ])('leaves out %s', (words) => {
    expect(quotes.filter((q) => q.quote.includes(words))).toEqual([]);
  });

  it('quotes verbatim from content, never from furniture, with a verbatim passage around the quote', () => {
    for (const quote of quotes) {
      const article = engine.knowledge.articleById.get(quote.articleId)!;
      expect(article.body.slice(quote.start, quote.end)).toBe(quote.passage);
      expect(quote.passage).toContain(quote.quote);
      const paragraph = article.paragraphs.find((p) => p.start <= quote.start! && quote.start! < p.end);
      expect(paragraph?.kind).not.toBe('furniture');
      expect(paragraph?.kind).not.toBe('heading');
    }
  });
});
