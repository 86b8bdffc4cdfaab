import { describe, expect, it } from 'vitest';
import { render as renderDiscord } from '../../../adapters/discord/render.js';
import { render as renderRepl } from '../../../adapters/repl/render.js';
import {
  answerFooter,
  asOf,
  confidenceWords,
  pageLabel,
  pageOf,
  plural,
  sourceParts,
  sourceText,
  suggestionsFor,
} from '../../../adapters/shared/index.js';
import { render as renderSlack } from '../../../adapters/slack/render.js';
import type { AnswerOf, Citation } from '../../../src/index.js';

const citation = (published: string, extra: Partial<Citation> = {}): Citation => ({
  articleId: '2025-04-22-allies-meet-in-london',
  title: 'Allies meet in London',
  outlet: 'Eunews',
  published,
  passage: 'The allies will meet in London on April 23.',
  start: 0,
  end: 44,
  ...extra,
});

const answer = (confidence: number, citations: Citation[], abstained = false): AnswerOf<'answer'> => ({
  kind: 'answer',
  text: 'The allies will meet in London on April 23.',
  abstained,
  confidence,
  citations,
});

describe('plural', () => {
  it.each([
    [0, 'article', '0 articles'],
    [1, 'article', '1 article'],
    [2, 'passage', '2 passages'],
    [1, 'quote', '1 quote'],
  ])('%i %s → %s', (n, word, expected) => expect(plural(n, word)).toBe(expected));
});

describe('source lines', () => {
  it.each([
    ['all parts known', citation('2025-04-22'), 'Allies meet in London — Eunews, 22 April 2025'],
    [
      'no outlet says so',
      citation('2025-04-22', { outlet: null }),
      'Allies meet in London — outlet not stated, 22 April 2025',
    ],
    [
      'no title reads the id',
      { articleId: '2025-04-22-allies-meet-in-london', published: '2025-04' },
      'Allies meet in london — outlet not stated, April 2025',
    ],
  ])('%s', (_name, source, expected) => expect(sourceText(source)).toBe(expected));

  it('links only plain http(s) URLs', () => {
    expect(sourceParts({ articleId: 'a', url: 'https://example.org/a' }).url).toBe('https://example.org/a');
    expect(sourceParts({ articleId: 'a', url: 'javascript:alert(1)' }).url).toBeUndefined();
    expect(sourceParts({ articleId: 'a', url: 'https://example.org/a b' }).url).toBeUndefined();
  });
});

describe('pages', () => {
  it.each([
    [25, 0, { page: 0, pages: 3, first: 0, shown: 10 }, 'Page 1 of 3'],
    [25, 2, { page: 2, pages: 3, first: 20, shown: 5 }, 'Page 3 of 3'],
    [25, 9, { page: 2, pages: 3, first: 20, shown: 5 }, 'Page 3 of 3'],
    [25, -1, { page: 0, pages: 3, first: 0, shown: 10 }, 'Page 1 of 3'],
    [4, 0, { page: 0, pages: 1, first: 0, shown: 4 }, ''],
    [0, 0, { page: 0, pages: 1, first: 0, shown: 0 }, ''],
  ])('%i items, page %i', (count, requested, expected, label) => {
    const page = pageOf(
      Array.from({ length: count }, (_, i) => i),
      requested,
    );
    expect({ page: page.page, pages: page.pages, first: page.first, shown: page.items.length }).toEqual(
      expected,
    );
    expect(pageLabel(page)).toBe(label);
  });
});

describe('confidence words and "as of"', () => {
  it.each([
    [0.94, 'strong match'],
    [0.75, 'strong match'],
    [0.6, 'partial match'],
    [0.2, 'weak match'],
  ])('confidence %f → %s', (confidence, words) =>
    expect(confidenceWords(answer(confidence, []))).toBe(words),
  );

  it('prefers the label the engine gives', () => {
    expect(confidenceWords({ ...answer(0.9, []), confidenceLabel: 'partial match' } as never)).toBe(
      'partial match',
    );
  });

  it('dates an answer by its newest source', () => {
    const sources = [citation('2025-04-22'), citation('2025-07-20'), citation('2025-05-01')];
    expect(asOf(answer(0.9, sources))).toBe('as of 20 July 2025');
    expect(asOf(answer(0.9, sources), 'short')).toBe('as of 20 Jul 2025');
    expect(asOf(answer(0.9, []))).toBe('');
  });

  it('offers the engine’s suggestions first, the general ones otherwise', () => {
    expect(suggestionsFor({ suggestions: ['What did Lavrov say?'] })).toEqual(['What did Lavrov say?']);
    expect(suggestionsFor({}).some((s) => s.startsWith('/sources'))).toBe(true);
  });
});

describe('one presentation on every platform', () => {
  const sourced = answer(0.9, [citation('2025-04-22')]);
  const footer = answerFooter(sourced);

  it('every renderer shows the same footer words and source line', () => {
    const discord = renderDiscord(sourced);
    expect(discord.embeds[0]?.footer?.text).toBe(answerFooter(sourced, 'short'));
    expect(discord.embeds[0]?.fields?.[0]?.value).toBe('**Allies meet in London** — Eunews, 22 Apr 2025');

    const slack = JSON.stringify(renderSlack(sourced).blocks);
    expect(slack).toContain(footer);
    expect(slack).toContain('Allies meet in London');
    expect(slack).toContain('22 April 2025');

    const repl = renderRepl(sourced, { color: false });
    expect(repl).toContain(footer);
    expect(repl).toContain(`[1] ${sourceText(sourced.citations[0]!)}`);
  });

  it('Slack and Discord both cut long text at a sentence end, not mid-word', () => {
    const long = `${'The delegations met for two hours in the palace. '.repeat(100)}`;
    const slack = renderSlack({ ...sourced, text: long });
    const section = (slack.blocks[0] as { text: { text: string } }).text.text;
    expect(section.length).toBeLessThanOrEqual(3000);
    expect(section).toMatch(/palace\. …$/);
    const discord = renderDiscord({ ...sourced, text: long });
    expect(discord.embeds[0]?.description).toMatch(/palace\. …$/);
  });
});
