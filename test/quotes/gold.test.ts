import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGold } from '../../scripts/eval/gold.js';
import { type SeedTexts, scoreNonQuote, scoreQuote } from '../../scripts/eval/score.js';
import { readSeedTexts } from '../../scripts/eval/seeds.js';
import type { LoadedEngine } from '../../src/index.js';
import { KNOWLEDGE_DIR, ROOT, realEngine } from '../helpers.js';

const gold = await readGold(join(ROOT, 'test', 'fixtures', 'gold'));
let engine: LoadedEngine;
let seeds: SeedTexts;

beforeAll(async () => {
  engine = await realEngine();
  seeds = await readSeedTexts(KNOWLEDGE_DIR);
});

// the development gold set, scored by the same rules as `npm run eval`
describe('/who-said on the development gold quotes', () => {
  it.each(gold.quotes.map((g) => [g.id, g] as const))('%s', async (_, line) => {
    expect(scoreQuote(line, await engine.whoSaid(line.quote), seeds)).toMatchObject({ pass: true });
  });
});

describe('non-quotes are never credited', () => {
  it.each(gold.nonQuotes.map((g) => [g.id, g] as const))('%s', async (_, line) => {
    // asked directly, and in every reply to every speaker and every gold quote
    const replies = [
      await engine.whoSaid(line.text),
      ...(await Promise.all((await engine.speakers()).map((s) => engine.whoSaid(s.name)))),
      ...(await Promise.all(gold.quotes.map((g) => engine.whoSaid(g.quote)))),
    ];
    expect(scoreNonQuote(line, replies)).toMatchObject({ pass: true });
    expect(engine.knowledge.quotes.filter((q) => q.quote.includes(line.text))).toEqual([]);
  });
});
