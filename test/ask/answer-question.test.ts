import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers.js';

describe('/ask on the real articles', () => {
  it.each<[string, string, string]>([
    ['What is the Kursk Offensive?', 'In August 2024, Ukraine initiated the Kursk Offensive', '2025-03-14'],
    ['How many Ukrainians oppose territorial concessions?', '68%', '2025-08-07'],
    ['Who is the Kremlin spokesperson?', 'Dmitry Peskov', '2025-04-22'],
    ['Where were the last ceasefire talks held?', 'Istanbul', '2025-07-20'],
    ['Which city do the allies meet in on April 23?', 'London', '2025-04-22'],
    ['How much has the European Commission earmarked for recovery?', '€50 billion', '2025-08-07'],
  ])('%s', async (question, expected, articleDate) => {
    const answer = await (await realEngine()).ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(expected);
    expect(answer.citations[0]?.articleId.startsWith(articleDate)).toBe(true);
  });

  it.each<[string, RegExp]>([
    ['What did Xi Jinping say about the ceasefire?', /don't mention “Xi Jinping”/],
    ['What is the name of the Dutch prime minister?', /don't mention “Dutch”/],
    ['What is the weather in Kyiv tomorrow?', /don't cover “weather”/],
    ['hello', /Ask me a question about the articles/],
    ['What did Angela Merkel tell Erdogan?', /don't mention/],
  ])('abstains on %s', async (question, reason) => {
    const answer = await (await realEngine()).ask(question);
    expect(answer).toMatchObject({ abstained: true, confidence: 0, citations: [] });
    expect(answer.text).toMatch(reason);
    expect(answer.suggestions?.length).toBeGreaterThan(0);
  });

  // the other article says "ten years after the Budapest Memorandum in 1994": the year is not stated there
  it('adds a second source only when its passage states the same answer', async () => {
    const answer = await (await realEngine()).ask('When did Russia annex Crimea?');
    expect(answer.text).toContain('2014');
    for (const citation of answer.citations) expect(citation.passage).toContain('2014');
    const merged = await (await realEngine()).ask('What share of Ukrainians oppose territorial concessions?');
    for (const citation of merged.citations) expect(citation.passage).toContain('68%');
  });

  it('cites passages that are verbatim slices of their articles, with offsets', async () => {
    const engine = await realEngine();
    for (const question of [
      'Who is Russia’s foreign minister?',
      'Where will the allies meet on April 23?',
      'When did Russia annex Crimea?',
    ]) {
      for (const citation of (await engine.ask(question)).citations) {
        const article = engine.knowledge.articleById.get(citation.articleId)!;
        expect(article.body.slice(citation.start, citation.end)).toBe(citation.passage);
        expect(citation).toMatchObject({
          title: article.title,
          published: article.published,
          outlet: article.outlet,
        });
      }
    }
  });

  it('includes the sentence before when the answer leans on it', async () => {
    const answer = await (await realEngine()).ask('Where will the allies meet on April 23?');
    expect(answer.text).toMatch(/^After an apparent slowdown.*These met in Paris/s);
  });

  it('reports confidence between 0.5 and 0.99 for answers', async () => {
    const engine = await realEngine();
    for (const question of ['Who is Russia’s foreign minister?', 'What is the Kursk Offensive?']) {
      const { confidence } = await engine.ask(question);
      expect(confidence).toBeGreaterThanOrEqual(0.5);
      expect(confidence).toBeLessThanOrEqual(0.99);
    }
  });
});
