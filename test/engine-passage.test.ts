import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/index.js';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: 'knowledge' });
});

describe('engine.passage', () => {
  it('returns the verbatim range a citation points at, with its article', async () => {
    const answer = await engine.ask('Who is Russia’s foreign minister?');
    const cited = answer.citations[0]!;
    const passage = await engine.passage(cited.articleId, cited.start, cited.end);
    expect(passage).toMatchObject({ articleId: cited.articleId, title: cited.title, passage: cited.passage });
  });

  it.each([
    ['an unknown article', 'no-such-article', 0, 10],
    ['an empty range', null, 10, 10],
    ['a range past the end', null, 0, 10_000_000],
    ['a negative start', null, -5, 10],
  ])('is undefined for %s', async (_name, id, start, end) => {
    const articleId = id ?? (await engine.sources()).articles[0]!.id;
    expect(await engine.passage(articleId, start, end)).toBeUndefined();
  });
});
