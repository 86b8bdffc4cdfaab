import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type LoadedEngine } from '../../src/index.js';
import { resolveEntity } from '../../src/nlp/entities/index.js';

// two invented wire stories: the first is filed from Vienna and never names it in its text
const ARTICLES: Record<string, string> = {
  '2025-05-13-osce-envoys.md': `---
id: 2025-05-13-osce-envoys
title: Envoys agree to a monitoring plan
published: 2025-05-13
---
VIENNA (Wire) — Envoys from twelve countries agreed on Tuesday to send observers to the contact line.

The observers would report every week, a spokeswoman for the chairmanship said.
`,
  '2025-05-14-grain-corridor.md': `---
id: 2025-05-14-grain-corridor
title: Grain corridor reopens
published: 2025-05-14
---
YEREVAN/BAKU — The two governments signed a transit accord on Wednesday after talks in Geneva.

Freight trains are expected to run again within weeks.
`,
};

let dir: string;
let engine: LoadedEngine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'talksbot-filed-'));
  for (const [name, content] of Object.entries(ARTICLES)) await writeFile(join(dir, name), content);
  engine = await createEngine({ knowledgeDir: dir });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('where an article was filed (its dateline)', () => {
  it('is cut from the sentence and kept on the article', () => {
    const [vienna, joint] = engine.knowledge.articles;
    expect(vienna!.filedIn).toMatchObject({ place: 'Vienna' });
    expect(vienna!.sentences[0]!.text).toBe(
      'Envoys from twelve countries agreed on Tuesday to send observers to the contact line.',
    );
    expect(joint!.filedIn).toMatchObject({ place: 'Yerevan', alsoIn: ['Baku'] });
  });

  it('makes the places entities, though no sentence names them', () => {
    for (const place of ['Vienna', 'Yerevan', 'Baku'])
      expect(resolveEntity(engine.knowledge.entities, place)?.type, place).toBe('place');
  });

  it.each([
    ['Vienna', '2025-05-13'],
    ['Baku', '2025-05-14'],
    ['Yerevan', '2025-05-14'],
  ])('/timeline %s finds the report filed from there', async (topic, date) => {
    const events = (await engine.timeline({ topic })).events;
    expect(events.map((e) => e.date)).toEqual([date]);
  });

  it('counts only for the sentence filed from there, not the whole article', async () => {
    // the Vienna story's second sentence is not dated; Geneva is named in the text, not filed from
    expect((await engine.timeline({ topic: 'Geneva' })).events.map((e) => e.date)).toEqual(['2025-05-14']);
    const sentences = engine.knowledge.articles[0]!.sentences;
    expect(engine.knowledge.sentenceEntities[sentences[0]!.id]).toContain('Vienna');
    expect(engine.knowledge.sentenceEntities[sentences[1]!.id]).not.toContain('Vienna');
  });

  it('lets /ask answer about the place from the report filed there', async () => {
    const answer = await engine.ask('What was agreed in Vienna?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.articleId).toBe('2025-05-13-osce-envoys');
  });
});
