import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { parseAliasFile } from '../../src/nlp/entities/index.js';

const ARTICLE =
  '---\nid: geneva\ntitle: Geneva talks\npublished: 2025-03-10\n---\nNegotiators met in Geneva on Monday.\n';

// YAML syntax errors: the message names the file and the line an editor shows
const SYNTAX_ERRORS: [string, string, RegExp][] = [
  [
    'an unclosed flow list',
    'entities:\n  - name: A\n    roles: [x\n  - name: B\n',
    /^aliases\.yml: line 4, column 3: /,
  ],
  [
    'an unclosed quote',
    'entities:\n  - name: "A\n',
    /^aliases\.yml: line 3, column 1: Missing closing "quote/,
  ],
  [
    'a tab as indentation',
    'entities:\n\t- name: A\n',
    /^aliases\.yml: line 2, column 1: Tabs are not allowed/,
  ],
];

describe('aliases.yml errors', () => {
  it.each(SYNTAX_ERRORS)('%s names the file and line', (_name, text, message) => {
    expect(() => parseAliasFile(text)).toThrow(message);
  });

  describe('at start-up', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'talksbot-aliases-'));
      await writeFile(join(dir, 'geneva.md'), ARTICLE);
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it.each(SYNTAX_ERRORS)(
      '%s does not stop the engine: it runs without aliases and says so',
      async (_n, text) => {
        await writeFile(join(dir, 'aliases.yml'), text);
        const logged: string[] = [];
        const engine = await createEngine({ knowledgeDir: dir, log: (m) => logged.push(m) });
        expect((await engine.sources()).skipped).toEqual([
          {
            file: 'aliases.yml',
            reason: expect.stringMatching(/^line \d+, column \d+: .*; running without aliases$/),
          },
        ]);
        expect(logged.join('\n')).toMatch(/skipped aliases\.yml: line \d+/);
        expect((await engine.ask('Where did negotiators meet?')).text).toContain('Geneva');
      },
    );

    it('a schema error (a wrong type) is reported the same way', async () => {
      await writeFile(join(dir, 'aliases.yml'), 'entities:\n  - name: X\n    type: planet\n');
      const engine = await createEngine({ knowledgeDir: dir });
      expect((await engine.sources()).skipped).toEqual([
        { file: 'aliases.yml', reason: expect.stringContaining('entities.0.type') },
      ]);
    });

    it('a folder named aliases.yml is reported, not fatal', async () => {
      await mkdir(join(dir, 'aliases.yml'));
      const engine = await createEngine({ knowledgeDir: dir, cacheDir: join(dir, '.cache') });
      expect((await engine.sources()).skipped).toEqual([
        { file: 'aliases.yml', reason: expect.stringContaining('EISDIR') },
      ]);
      expect((await engine.sources()).articles).toHaveLength(1);
    });

    it('fixing the file rebuilds the cached index with the aliases', async () => {
      const cacheDir = join(dir, '.cache');
      await writeFile(join(dir, 'aliases.yml'), SYNTAX_ERRORS[0]![1]);
      expect((await (await createEngine({ knowledgeDir: dir, cacheDir })).sources()).skipped).toHaveLength(1);
      await writeFile(
        join(dir, 'aliases.yml'),
        'entities:\n  - name: Geneva\n    type: place\n    aliases: [Genf]\n',
      );
      const fixed = await createEngine({ knowledgeDir: dir, cacheDir });
      expect(fixed.fromCache).toBe(false);
      expect((await fixed.sources()).skipped).toEqual([]);
    });
  });
});
