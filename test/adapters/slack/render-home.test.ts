import { describe, expect, it } from 'vitest';
import { HOME_LIMITS, renderHome } from '../../../adapters/slack/render-home.js';
import { slashNames } from '../../../adapters/slack/slash-commands.js';
import type { AnswerOf, ArticleSummary, TimelineEvent } from '../../../src/index.js';
import { textsOf } from './expect-slack.js';

const EVIL = '<!channel> <@U123> <http://evil.example|click> & <#C1>';

const article = (i: number, over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: `a${i}`,
  title: `Article ${i}`,
  titleDerived: false,
  outlet: 'The Northern Ledger',
  author: null,
  published: `2025-09-${String(30 - i).padStart(2, '0')}`,
  passages: 6,
  ...over,
});
const event = (date: string, text: string): TimelineEvent => ({
  date,
  precision: 'day',
  text,
  articleId: 'a1',
  passage: text,
});
const sources = (articles: ArticleSummary[]): AnswerOf<'sources'> => ({
  kind: 'sources',
  articles,
  skipped: [],
});
const timeline = (events: TimelineEvent[]): AnswerOf<'timeline'> => ({
  kind: 'timeline',
  topic: null,
  events,
});

const home = (articles: ArticleSummary[], events: TimelineEvent[] = [], prefix = 'talks-') =>
  renderHome({
    sources: sources(articles),
    timeline: timeline(events),
    speakers: [{ name: 'Mira Castell', count: 4 }],
    names: slashNames(prefix),
  });
const textOf = (view: ReturnType<typeof renderHome>) => textsOf(view as never).join('\n');

describe('the App Home tab', () => {
  it('lists the articles in the engine’s newest-first order, each with its date, outlet and passages', () => {
    const text = textOf(home([article(1), article(2, { outlet: null })]));
    expect(text).toContain('*The articles I know* · 2 articles, newest first');
    expect(text).toContain('29 September 2025 · The Northern Ledger · 6 passages');
    expect(text).toContain('28 September 2025 · _outlet not stated_');
    expect(text.indexOf('Article 1')).toBeLessThan(text.indexOf('Article 2'));
  });

  it('shows at most 15 articles and says how to see the rest', () => {
    const view = home(Array.from({ length: 20 }, (_, i) => article(i)));
    const text = textOf(view);
    expect(text).toContain('Article 14');
    expect(text).not.toContain('Article 15');
    expect(text).toContain('…and 5 more: /talks-sources lists them all');
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_LIMITS.blocks);
  });

  it('gives examples under the configured prefix, and a question about the person quoted most', () => {
    const text = textOf(home([article(1)], [], 'news-'));
    expect(text).toMatch(/`\/news-ask [^`]+`/);
    expect(text).toMatch(/`\/news-timeline [^`]+`/);
    expect(text).toContain('what did Mira Castell say');
    expect(text).toContain('--only-me');
    expect(text).not.toContain('/talks-');
  });

  it('shows the latest events first', () => {
    const events = [
      event('2025-08-01', 'Oldest'),
      ...Array.from({ length: 5 }, (_, i) => event(`2025-09-0${i + 1}`, `Recent ${i + 1}`)),
    ];
    const text = textOf(home([article(1)], events));
    expect(text).not.toContain('Oldest');
    expect(text.indexOf('Recent 5')).toBeLessThan(text.indexOf('Recent 1'));
    expect(text).toContain('*5 September 2025*  Recent 5');
  });

  it('says so when it knows no articles or events yet', () => {
    const text = textOf(home([]));
    expect(text).toContain('None yet');
    expect(text).toContain('No dated events');
  });

  it('escapes what articles say, so a title cannot ping the channel or disguise a link', () => {
    const view = home(
      [article(1, { title: EVIL, outlet: EVIL, url: 'javascript:alert(1)' })],
      [event('2025-09-01', EVIL)],
    );
    const text = textOf(view);
    expect(text).not.toMatch(/<!channel>|<@U123>|<http:\/\/evil|<#C1>|javascript:/);
    expect(text).toContain('&lt;!channel&gt;');
  });
});
