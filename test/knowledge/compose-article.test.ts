import { describe, expect, it } from 'vitest';
import { articleIdFor, composeArticle, deriveTitle } from '../../src/index.js';
import { parseArticle } from '../../src/knowledge/load.js';

describe('composeArticle', () => {
  it.each<[string, string, string]>([
    [
      '2025-07-20',
      'Zelenskyy proposes meeting for ceasefire negotiations',
      '2025-07-20-zelenskyy-proposes-meeting-for-ceasefire-negotiations',
    ],
    ['2025-04-22', 'Putin’s “Easter truce” — what’s next?', '2025-04-22-putins-easter-truce-whats-next'],
    ['2025-01-01', 'Ça va: Élysée talks', '2025-01-01-ca-va-elysee-talks'],
  ])('id for %s %s', (published, title, id) => {
    expect(articleIdFor(published, title)).toBe(id);
  });

  it.each<[string, string]>([
    [
      'Brussels – Putin signalled a willingness to talk. More follows.',
      'Putin signalled a willingness to talk',
    ],
    ['Short headline-like opening. Then more.', 'Short headline-like opening'],
  ])('derives a title from %j', (text, title) => {
    expect(deriveTitle(text)).toBe(title);
  });

  it('writes front matter the loader accepts, marking a derived title', () => {
    const composed = composeArticle({
      text: 'Talks resumed in Istanbul. Nothing was agreed.',
      published: '2025-06-02',
      outlet: 'Example News',
    });
    expect(composed.ok).toBe(true);
    if (!composed.ok) return;
    const article = parseArticle(composed.fileName, composed.content);
    expect(article).toMatchObject({
      id: composed.id,
      titleDerived: true,
      outlet: 'Example News',
      published: '2025-06-02',
    });
  });

  it.each<[string, Parameters<typeof composeArticle>[0], string]>([
    ['a bad date', { text: 'Text.', published: '20-06-2025' }, 'published'],
    ['a bad url', { text: 'Text.', published: '2025-06-02', url: 'example' }, 'url'],
    ['empty text', { text: '   ', published: '2025-06-02' }, 'empty'],
  ])('refuses %s', (_name, input, message) => {
    const composed = composeArticle(input);
    expect(composed.ok).toBe(false);
    expect(!composed.ok && composed.message).toContain(message);
  });
});
