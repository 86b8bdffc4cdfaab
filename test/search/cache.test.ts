import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { copyKnowledge, removeFolders } from '../helpers.js';

describe('the index cache', () => {
  let knowledgeDir: string;
  let cacheDir: string;
  beforeAll(async () => {
    ({ knowledgeDir, cacheDir } = await copyKnowledge());
  });
  afterAll(() => removeFolders(knowledgeDir, cacheDir));

  it('builds once, then loads with identical answers', async () => {
    const built = await createEngine({ knowledgeDir, cacheDir });
    expect(built.fromCache).toBe(false);
    const loaded = await createEngine({ knowledgeDir, cacheDir });
    expect(loaded.fromCache).toBe(true);
    for (const question of [
      'Who is Russia’s foreign minister?',
      'Where will the allies meet on April 23?',
      'What is the weather in Kyiv tomorrow?',
    ]) {
      expect(await loaded.ask(question)).toEqual(await built.ask(question));
    }
    expect(await loaded.whoSaid('Lavrov')).toEqual(await built.whoSaid('Lavrov'));
    expect(await loaded.timeline()).toEqual(await built.timeline());
    // what the cache file holds, read back from disk: every quote, event and entity as built
    expect(loaded.knowledge.quotes).toEqual(built.knowledge.quotes);
    expect(loaded.knowledge.events).toEqual(built.knowledge.events);
    expect(loaded.knowledge.entities).toEqual(built.knowledge.entities);
    expect(loaded.knowledge.quotes.length).toBeGreaterThan(20);
    expect(loaded.knowledge.events.length).toBeGreaterThan(15);
  });

  it('rebuilds when a knowledge file changes', async () => {
    await writeFile(
      join(knowledgeDir, '2025-08-01-new.md'),
      '---\nid: 2025-08-01-new\ntitle: New talks\npublished: 2025-08-01\n---\nNegotiators met in Geneva on Friday and agreed nothing.\n',
    );
    const engine = await createEngine({ knowledgeDir, cacheDir });
    expect(engine.fromCache).toBe(false);
    expect((await engine.sources()).articles.map((a) => a.id)).toContain('2025-08-01-new');
    expect((await engine.ask('Where did negotiators meet and agree nothing?')).text).toContain('Geneva');
  });

  it('survives a corrupt cache file by rebuilding', async () => {
    for (const file of await readdir(cacheDir)) await writeFile(join(cacheDir, file), '{ not json');
    const engine = await createEngine({ knowledgeDir, cacheDir });
    expect(engine.fromCache).toBe(false);
    expect((await engine.ask('Who is Russia’s foreign minister?')).abstained).toBe(false);
  });
});
