import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/answer.js';
import { buildEntityTable } from '../../src/nlp/entities/index.js';
import { queryTimeline, sortEvents } from '../../src/timeline/index.js';

const event = (date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  date,
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  text: `event ${date}${extra.qualifier ? ` ${extra.qualifier}` : ''}${extra.endDate ? `–${extra.endDate}` : ''}`,
  articleId: 'a',
  passage: `passage ${date}`,
  ...extra,
});

describe('timeline order: by the first day a date can stand for, coarser first at equal starts', () => {
  it.each([
    [
      ['2025-04-21', '2025-04'],
      ['2025-04', '2025-04-21'],
    ],
    [
      ['2024-08', '2024'],
      ['2024', '2024-08'],
    ],
    [
      ['2025-06-05', '2025-06/early'],
      ['2025-06/early', '2025-06-05'],
    ],
    [
      ['2025-06/late', '2025-06-05'],
      ['2025-06-05', '2025-06/late'],
    ],
    [
      ['2014', '2014/2015'],
      ['2014/2015', '2014'],
    ],
    [
      ['2025-04-16', '2025-04-14/2025-04-20'],
      ['2025-04-14/2025-04-20', '2025-04-16'],
    ],
    [
      ['2025', '1994', '2022-02'],
      ['1994', '2022-02', '2025'],
    ],
  ])('%j → %j', (input, expected) => {
    const parse = (spec: string) => {
      const [date, rest] = spec.split('/');
      if (rest === 'early' || rest === 'mid' || rest === 'late') return event(date!, { qualifier: rest });
      return event(date!, rest ? { endDate: rest } : {});
    };
    const label = (e: TimelineEvent) => [e.date, e.qualifier ?? e.endDate].filter(Boolean).join('/');
    expect(sortEvents(input.map(parse)).map(label)).toEqual(expected);
  });

  it('keeps the given order for equal dates (stable)', () => {
    const a = event('2025-04-21', { text: 'first' });
    const b = event('2025-04-21', { text: 'second' });
    expect(sortEvents([a, b]).map((e) => e.text)).toEqual(['first', 'second']);
    expect(sortEvents([b, a]).map((e) => e.text)).toEqual(['second', 'first']);
  });
});

describe('bounds keep an event whose dates may fall inside them', () => {
  const events = [
    event('2014', { endDate: '2015' }),
    event('2024'),
    event('2025-04'),
    event('2025-04-21'),
    event('2025-07-20'),
  ];
  const table = buildEntityTable([]);
  it.each([
    [{ from: '2025-04' }, ['2025-04', '2025-04-21', '2025-07-20']],
    [{ to: '2025-04-21' }, ['2014', '2024', '2025-04', '2025-04-21']],
    [{ from: '2025-04-21', to: '2025-04-21' }, ['2025-04', '2025-04-21']],
    [{ from: '2015', to: '2015' }, ['2014']],
    [{ from: '2024-06', to: '2024-06' }, ['2024']],
  ])('%j', (bounds, dates) => {
    expect(queryTimeline(events, table, bounds).events.map((e) => e.date)).toEqual(dates);
  });

  it('answers with a message when the articles hold no events at all', () => {
    expect(queryTimeline([], table, {})).toMatchObject({
      kind: 'timeline',
      topic: null,
      events: [],
      message: expect.any(String),
    });
  });

  it('says where the events are when the bounds miss them all', () => {
    expect(queryTimeline(events, table, { from: '2030' }).message).toMatch(/run from 2014 to 2025-07-20/);
  });
});
