import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type LoadedEngine } from '../../src/index.js';
import { realEngine } from '../helpers.js';

let engine: LoadedEngine;

beforeAll(async () => {
  engine = await realEngine();
});

describe('/who-said by name', () => {
  it.each([
    ['Lavrov', 'Sergey Lavrov'],
    ['lavrov’s', 'Sergey Lavrov'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['peskov', 'Dmitry Peskov'],
    ['Zelensky', 'Volodymyr Zelenskyy'],
    ['Volodyr Zelenskyy', 'Volodymyr Zelenskyy'],
    ['the Kremlin spokesperson', 'Dmitry Peskov'],
    ['What did Putin say?', 'Vladimir Putin'],
    ['quotes by Rubio', 'Marco Rubio'],
    ["Trump's quotes", 'Donald Trump'],
  ])('%s lists the quotes of %s', async (query, speaker) => {
    const answer = await engine.whoSaid(query);
    expect(answer.speaker).toBe(speaker);
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes.every((q) => q.speaker === speaker)).toBe(true);
  });

  it('lists newest article first, each repeated quote once', async () => {
    const answer = await engine.whoSaid('Zelenskyy');
    const dates = answer.quotes.map((q) => q.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(answer.quotes.filter((q) => q.quote === 'more inclined')).toHaveLength(1);
  });

  it('says when a person is named but never quoted, and who is', async () => {
    const answer = await engine.whoSaid('Mark Rutte');
    expect(answer.quotes).toEqual([]);
    expect(answer.message).toBe('Mark Rutte is named in the articles but never quoted.');
    expect(answer.suggestions?.[0]).toBe('Volodymyr Zelenskyy');
    expect(answer.suggestions).toContain('Sergey Lavrov');
  });

  it('says when nobody by that name is in the articles', async () => {
    const answer = await engine.whoSaid('Xi Jinping');
    expect(answer.quotes).toEqual([]);
    expect(answer.message).toMatch(/No one called “Xi Jinping”/);
  });
});

describe('/who-said by words', () => {
  it.each([
    ['great for settling wars', 'Donald Trump'],
    ['“great progress”', 'Donald Trump'],
    ['who said "great progress"?', 'Donald Trump'],
    ["We're going to be doing very severe tariffs", 'Donald Trump'],
    ['It also used to be 100 days. We’ve been through all of this.', 'Sergey Lavrov'],
    ['the pressure on Russia work', 'Volodymyr Zelenskyy'],
    ['Ukraine is redy for such a meeting', 'Volodymyr Zelenskyy'],
    ['we need to sort this out', 'Vladimir Putin'],
    ['critically important', 'a senior U.S. official'],
    ['real order must come for the Russian army', 'Volodymyr Zelenskyy'],
  ])('%s → %s', async (query, speaker) => {
    const answer = await engine.whoSaid(query);
    expect(answer.speaker ?? null).toBeNull();
    expect(answer.quotes[0]?.speaker).toBe(speaker);
  });

  // a chat message that repeats a quote in words of its own ("Who said this?" in Discord)
  it.each([
    ['so apparently there was great progress in Moscow yesterday??', 'Donald Trump'],
    ['did someone really say fifty days, it used to be 24 hours', 'Sergey Lavrov'],
    ['I read that we need to sort this out, is that right', 'Vladimir Putin'],
  ])('a message containing a quote: %s → %s', async (query, speaker) => {
    const answer = await engine.whoSaid(query);
    expect(answer.quotes[0]?.speaker).toBe(speaker);
  });

  it.each([['Putin Zelenskyy ceasefire'], ['reassurance force'], ['hello there']])(
    '%s matches nothing',
    async (query) => {
      const answer = await engine.whoSaid(query);
      expect(answer.quotes).toEqual([]);
      expect(answer.message).toBeTruthy();
    },
  );

  it.each([['the talks made some progress in Moscow'], ['what is the weather like in Istanbul today']])(
    'a message with only a word of a quote in it matches nothing: %s',
    async (query) => {
      expect((await engine.whoSaid(query)).quotes).toEqual([]);
    },
  );
});

describe('the speaker list', () => {
  it('counts named speakers, most first', async () => {
    const speakers = await engine.speakers();
    expect(speakers[0]?.name).toBe('Volodymyr Zelenskyy');
    expect(speakers.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Donald Trump',
        'Vladimir Putin',
        'Dmitry Peskov',
        'Sergey Lavrov',
        'Marco Rubio',
      ]),
    );
    expect(speakers.map((s) => s.name)).not.toContain('unattributed');
    expect(speakers.map((s) => s.name)).not.toContain('a senior U.S. official');
  });
});

describe('the --json contract', () => {
  it('validates every reply against the answer schema', async () => {
    for (const query of ['Lavrov', 'great progress', 'Xi Jinping']) {
      expect(answerSchema.parse(await engine.whoSaid(query))).toMatchObject({ kind: 'quotes', query });
    }
  });
});
