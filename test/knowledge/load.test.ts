import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { parseArticle } from '../../src/knowledge/load.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

describe('parseArticle', () => {
  it.each<[string, string, string]>([
    ['no front matter', 'Just text.', 'no front matter'],
    ['bad YAML', '---\nid: [unclosed\n---\nText.', 'front matter is not valid YAML'],
    ['missing title', '---\nid: a-b\npublished: 2025-01-02\n---\nText.', 'title: is missing'],
    ['bad date', '---\nid: a-b\ntitle: T\npublished: 2025-13-40\n---\nText.', 'published:'],
    ['missing date', '---\nid: a-b\ntitle: T\n---\nText.', 'published: is missing'],
    ['bad id', '---\nid: Not OK\ntitle: T\npublished: 2025-01-02\n---\nText.', 'id: must be lowercase'],
    [
      'bad url',
      '---\nid: a-b\ntitle: T\npublished: 2025-01-02\nurl: nope\n---\nText.',
      'url: must be a full http(s) URL',
    ],
    ['empty body', '---\nid: a-b\ntitle: T\npublished: 2025-01-02\n---\n  \n', 'the article text is empty'],
  ])('%s is skipped with a reason naming the field', (_name, content, reason) => {
    const result = parseArticle('broken.md', content);
    expect(result).toMatchObject({ file: 'broken.md', reason: expect.stringContaining(reason) });
  });

  it('reads a valid file and keeps the body untouched', () => {
    const body = 'Brussels – Talks resumed today.\n\nShare This Article\n';
    const result = parseArticle('ok.md', `---\nid: ok\ntitle: OK\npublished: 2025-01-02\n---\n${body}`);
    expect(result).toMatchObject({
      id: 'ok',
      title: 'OK',
      published: '2025-01-02',
      titleDerived: false,
      body,
    });
    expect('sentences' in result && result.sentences.map((s) => s.text)).toEqual(['Talks resumed today.']);
  });
});

describe('a knowledge folder with a malformed file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-knowledge-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await writeFile(
      join(dir, '2025-01-01-broken.md'),
      '---\nid: broken\ntitle: Broken\npublished: yesterday\n---\nText.',
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('still loads the other articles and reports the skipped file in /sources', async () => {
    const logged: string[] = [];
    const engine = await createEngine({ knowledgeDir: dir, log: (m) => logged.push(m) });
    const sources = await engine.sources();
    expect(sources.articles).toHaveLength(
      (await readdir(KNOWLEDGE_DIR)).filter((f) => f.endsWith('.md')).length,
    );
    expect(sources.skipped).toEqual([
      { file: '2025-01-01-broken.md', reason: expect.stringContaining('published:') },
    ]);
    expect(logged.join('\n')).toContain('2025-01-01-broken.md');
    expect((await engine.ask('Who is Russia’s foreign minister?')).abstained).toBe(false);
  });
});
