import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { parseArticle } from '../../src/knowledge/load.js';

const front = (fields: Record<string, string> = {}) =>
  `---\n${Object.entries({ id: 'geneva', title: 'Geneva talks', published: '2025-03-10', ...fields })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`;
const file = (fields: Record<string, string>, body = 'Negotiators met in Geneva on Monday.\n') =>
  `${front(fields)}${body}`;

// each of these used to load: 2025-02-30 as 2 March, the javascript: url as a link in Discord and Slack
describe('front matter rules', () => {
  it.each<[string, string, RegExp]>([
    ['30 February', file({ published: '2025-02-30' }), /^published: is not a day on the calendar/],
    [
      '29 February of a common year',
      file({ published: '2025-02-29' }),
      /^published: is not a day on the calendar/,
    ],
    ['31 April', file({ published: '2025-04-31' }), /^published: is not a day on the calendar/],
    ['month 00', file({ published: '2025-00-10' }), /^published: is not a day on the calendar/],
    ['a javascript: url', file({ url: 'javascript:alert(1)' }), /^url: must be a full http\(s\) URL/],
    ['a data: url', file({ url: 'data:text/html,hi' }), /^url: must be a full http\(s\) URL/],
    ['a file: url', file({ url: 'file:///etc/passwd' }), /^url: must be a full http\(s\) URL/],
    ['an ftp url', file({ url: 'ftp://example.org/story' }), /^url: must be a full http\(s\) URL/],
  ])('%s is skipped with a reason', (_name, content, reason) => {
    expect(parseArticle('x.md', content)).toEqual({ file: 'x.md', reason: expect.stringMatching(reason) });
  });

  it.each<[string, string]>([
    ['29 February of a leap year', file({ published: '2024-02-29' })],
    ['an https url', file({ url: 'https://example.com/news/geneva?id=1' })],
    ['an http url with a port', file({ url: 'http://127.0.0.1:8080/geneva' })],
  ])('%s still loads', (_name, content) => {
    expect(parseArticle('x.md', content)).toHaveProperty('id', 'geneva');
  });
});

describe('binary bytes under valid front matter', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-binary-'));
    const bytes = (body: number[]) =>
      Buffer.concat([Buffer.from(front({ id: `b${body.length}` })), Buffer.from(body)]);
    await writeFile(
      join(dir, 'good.md'),
      file({ id: 'good' }, `${'Negotiators met in Geneva. '.repeat(5)}\u0007\n`),
    );
    await writeFile(join(dir, 'nul.md'), bytes([...Buffer.from('Talks'), 0, ...Buffer.from(' resumed.')]));
    // a PNG's signature and bytes that are not UTF-8, without a NUL
    await writeFile(
      join(dir, 'png.md'),
      bytes([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        ...Array.from({ length: 800 }, (_, i) => (i * 131 + 17) % 256 || 0xff),
      ]),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is skipped with a reason; text with a stray control character still loads', async () => {
    const engine = await createEngine({ knowledgeDir: dir });
    expect((await engine.sources()).articles.map((a) => a.id)).toEqual(['good']);
    expect((await engine.sources()).skipped).toEqual([
      {
        file: 'nul.md',
        reason: 'the file is not text: it contains NUL bytes, so it is a binary file, not text',
      },
      {
        file: 'png.md',
        reason: expect.stringMatching(
          /^the file is not text: most of it is control characters or invalid UTF-8/,
        ),
      },
    ]);
  });
});
