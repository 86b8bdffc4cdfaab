import { describe, expect, it } from 'vitest';
import { dayBounds, findTemporalExpressions, type TemporalExpression } from '../../src/nlp/dates/index.js';

type Expected = Partial<
  Pick<
    TemporalExpression,
    'text' | 'date' | 'endDate' | 'precision' | 'qualifier' | 'relative' | 'role' | 'tense'
  >
>;
type Row = [sentence: string, published: string, expected: Expected[]];

const check = (rows: Row[]) =>
  it.each(rows)('%s (published %s)', (sentence, published, expected) => {
    const found = findTemporalExpressions(sentence, published);
    expect(found).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(found[i]).toMatchObject(want);
      // a date without an end is a point, never an accidental range
      if (!('endDate' in want)) expect(found[i]?.endDate).toBeUndefined();
    });
  });

describe('absolute dates keep the precision the text gives', () => {
  check([
    [
      'On March 13, 2025, Putin cautiously responded to a U.S.-led proposal.',
      '2025-03-14',
      [{ text: 'March 13, 2025', date: '2025-03-13', precision: 'day', relative: false }],
    ],
    [
      'In August 2024, Ukraine initiated the Kursk Offensive.',
      '2025-03-14',
      [{ text: 'August 2024', date: '2024-08', precision: 'month' }],
    ],
    [
      'Ten years after the conclusion of the Budapest Memorandum in 1994 – the Kremlin annexed Crimea.',
      '2025-04-22',
      [{ date: '1994', precision: 'year' }],
    ],
    [
      'It is the first time since the launch of the large-scale invasion in February 2022.',
      '2025-04-22',
      [{ date: '2022-02', precision: 'month' }],
    ],
    [
      'Its role in earlier ceasefire efforts during the 2014–2015 Minsk process.',
      '2025-08-07',
      [{ text: '2014–2015', date: '2014', endDate: '2015', precision: 'year' }],
    ],
    [
      'Two agreements known as the Minsk Protocols (signed in 2014 and 2015) were violated.',
      '2025-04-22',
      [{ text: '2014 and 2015', date: '2014', endDate: '2015', precision: 'year' }],
    ],
    [
      'Tensions intensified after Russia’s 2014 annexation of Crimea.',
      '2025-03-14',
      [{ date: '2014', precision: 'year', role: 'at' }],
    ],
    ['The talks took place on 13 March 2025 in Jeddah.', '2025-03-14', [{ date: '2025-03-13' }]],
    ['The memo is dated 2025-04-21.', '2025-04-22', [{ date: '2025-04-21', precision: 'day' }]],
    [
      'It was signed on Sunday, July 20, 2025.',
      '2025-07-21',
      [{ text: 'Sunday, July 20, 2025', date: '2025-07-20' }],
    ],
    [
      'The economy contracted in late 2024.',
      '2025-08-07',
      [{ date: '2024', precision: 'year', qualifier: 'late' }],
    ],
    [
      'Talks stalled in mid-June 2025.',
      '2025-08-07',
      [{ date: '2025-06', precision: 'month', qualifier: 'mid' }],
    ],
    [
      'Sanctions were tightened at the end of March 2025.',
      '2025-08-07',
      [{ date: '2025-03', qualifier: 'late' }],
    ],
    [
      'The fighting of the 1990s left scars.',
      '2025-08-07',
      [{ date: '1990', endDate: '1999', precision: 'year' }],
    ],
    [
      'The offensive began in summer 2024.',
      '2025-03-14',
      [{ date: '2024-06', endDate: '2024-08', precision: 'month' }],
    ],
  ]);
});

describe('relative dates follow the tense from the publication date', () => {
  check([
    // weekdays: past tense looks back (the day itself included), future looks ahead
    [
      'In his daily address on Saturday, Zelenskyy said Umerov had suggested the talks.',
      '2025-07-20',
      [{ date: '2025-07-19', relative: true }],
    ],
    [
      'Kremlin spokesperson Dmitry Peskov told Russian media on Sunday that Russia was prepared.',
      '2025-07-20',
      [{ date: '2025-07-20' }],
    ],
    [
      'On Wednesday, Trump signed an executive order imposing an additional tariff.',
      '2025-08-07',
      [{ date: '2025-08-06' }],
    ],
    ['The deadline expired on Monday.', '2025-08-07', [{ date: '2025-08-04' }]],
    ['The ceasefire that began on Saturday was broken within hours.', '2025-08-07', [{ date: '2025-08-02' }]],
    ['Trump will meet Putin on Friday.', '2025-08-07', [{ date: '2025-08-08' }]],
    ['Trump says he will meet Putin on Monday.', '2025-08-07', [{ date: '2025-08-11' }]],
    ['The delegations are expected to meet on Tuesday.', '2025-08-07', [{ date: '2025-08-12' }]],
    [
      'Trump has given Putin until Friday to commit to peace.',
      '2025-08-07',
      [{ date: '2025-08-08', role: 'deadline' }],
    ],
    ['Putin met Witkoff last Thursday.', '2025-08-07', [{ text: 'last Thursday', date: '2025-07-31' }]],
    ['They meet again next Thursday.', '2025-08-07', [{ text: 'next Thursday', date: '2025-08-14' }]],
    // day words
    [
      'The New York-based tycoon reiterated yesterday that he sees “excellent chances”.',
      '2025-04-22',
      [{ text: 'yesterday', date: '2025-04-21' }],
    ],
    [
      'In his remarks last night, Putin also referred to a proposal.',
      '2025-04-22',
      [{ text: 'last night', date: '2025-04-21' }],
    ],
    ['The allies will meet in London tomorrow.', '2025-04-22', [{ text: 'tomorrow', date: '2025-04-23' }]],
    ['Officials said today that talks would resume.', '2025-04-22', [{ date: '2025-04-22' }]],
    // weeks are Monday–Sunday ranges
    [
      'These met in Paris last week.',
      '2025-04-22',
      [{ date: '2025-04-14', endDate: '2025-04-20', precision: 'day' }],
    ],
    [
      'Trump said during a meeting with Mark Rutte earlier this week.',
      '2025-07-20',
      [{ date: '2025-07-14', endDate: '2025-07-19' }],
    ],
    [
      'Zelenskyy has proposed a meeting with Russian officials next week to advance negotiations.',
      '2025-07-20',
      [{ date: '2025-07-21', endDate: '2025-07-27' }],
    ],
    [
      'This week, he is expected to hold discussions in London.',
      '2025-04-22',
      [{ date: '2025-04-22', endDate: '2025-04-27' }],
    ],
    ['Envoys will meet later this week.', '2025-04-22', [{ date: '2025-04-23', endDate: '2025-04-27' }]],
    [
      'Envoys talked over the weekend.',
      '2025-08-07',
      [{ text: 'the weekend', date: '2025-08-02', endDate: '2025-08-03' }],
    ],
    ['Envoys talked over the weekend.', '2025-07-20', [{ date: '2025-07-19', endDate: '2025-07-20' }]],
    // months and years
    [
      'The proposal, which the Ukrainian team accepted last month, lapsed.',
      '2025-04-22',
      [{ text: 'last month', date: '2025-03', precision: 'month' }],
    ],
    ['Exports fell last year.', '2025-04-22', [{ date: '2024', precision: 'year' }]],
    ['Talks resume next month.', '2025-12-10', [{ date: '2026-01', precision: 'month' }]],
    ['Witkoff visited Moscow three days ago.', '2025-08-07', [{ date: '2025-08-04', precision: 'day' }]],
    ['The talks collapsed two months ago.', '2025-08-07', [{ date: '2025-06', precision: 'month' }]],
  ]);
});

// invented sentences for the frames of issue #11 (item 8); publication dates are a Tuesday (2025-05-13)
// and a Wednesday (2025-05-14)
describe('relative dates in more frames', () => {
  check([
    // a present-tense sentence about what came before: the weekday is the one before publication
    [
      'The visit comes after a phone call between the two leaders on Saturday.',
      '2025-05-14',
      [{ text: 'Saturday', date: '2025-05-10', tense: 'present' }],
    ],
    ['The meeting is the first since a call on Thursday.', '2025-05-13', [{ date: '2025-05-08' }]],
    ['The announcement follows talks in Geneva on Monday.', '2025-05-14', [{ date: '2025-05-12' }]],
    // a present-tense sentence about what is coming keeps the nearest weekday
    ['Negotiators meet on Thursday.', '2025-05-13', [{ date: '2025-05-15' }]],
    // a deadline named by its weekday lies ahead, unless the sentence tells it as past
    [
      'Kyiv is racing to meet the Friday deadline.',
      '2025-05-14',
      [{ text: 'Friday', date: '2025-05-16', role: 'deadline' }],
    ],
    ['Moscow has ignored the Friday deadline set by Washington.', '2025-05-14', [{ date: '2025-05-16' }]],
    ['The Friday deadline passed without a deal.', '2025-05-14', [{ date: '2025-05-09', role: 'deadline' }]],
    ['Negotiators meet a day before the Friday deadline.', '2025-05-13', [{ date: '2025-05-16' }]],
    // "later Tuesday" in a Tuesday article is that day
    ['The envoy is due to fly to Riyadh later Tuesday.', '2025-05-13', [{ date: '2025-05-13' }]],
    ['Later Tuesday, the ministers issued a joint statement.', '2025-05-13', [{ date: '2025-05-13' }]],
    // years and months counted back, and months of a named year
    ['The pipeline was damaged three years ago.', '2025-05-13', [{ date: '2022', precision: 'year' }]],
    ['A year ago, the front line ran further east.', '2025-05-13', [{ date: '2024', precision: 'year' }]],
    [
      'The two sides met earlier this month in Doha.',
      '2025-05-13',
      [{ date: '2025-05', precision: 'month' }],
    ],
    [
      'Turkey hosted a round in May of last year.',
      '2025-05-13',
      [{ text: 'May of last year', date: '2024-05', precision: 'month' }],
    ],
    ['Envoys met in early March this year.', '2025-05-13', [{ date: '2025-03', qualifier: 'early' }]],
    ['Talks resume in June next year.', '2025-05-13', [{ date: '2026-06' }]],
  ]);
});

describe('an explicit date beats the relative phrase beside it', () => {
  check([
    [
      'Talking to state media last night (April 21), the Russian president said the Federation is willing.',
      '2025-04-22',
      [{ text: 'last night (April 21)', date: '2025-04-21', relative: false }],
    ],
    [
      'These will meet again in London tomorrow (April 23) to discuss the next steps.',
      '2025-04-22',
      [{ text: 'tomorrow (April 23)', date: '2025-04-23' }],
    ],
    // the parenthesis wins even where the weekday alone would resolve elsewhere
    ['Peskov spoke on Sunday (July 13) about the talks.', '2025-07-20', [{ date: '2025-07-13' }]],
  ]);
});

describe('months without a year take it from publication, in the tense’s direction', () => {
  check([
    [
      'The last round of ceasefire talks was held in Istanbul in early June, lasting just over an hour.',
      '2025-07-20',
      [{ text: 'early June', date: '2025-06', precision: 'month', qualifier: 'early', relative: true }],
    ],
    ['Talks were held in November.', '2025-03-14', [{ date: '2024-11', precision: 'month' }]],
    ['Talks will resume in June.', '2025-03-14', [{ date: '2025-06' }]],
    ['The first round took place in late March.', '2025-04-22', [{ date: '2025-03', qualifier: 'late' }]],
    ['The talks were held on April 21.', '2025-04-22', [{ date: '2025-04-21', precision: 'day' }]],
    [
      'The summit is scheduled for June 25–26 in The Hague.',
      '2025-08-07',
      [{ date: '2026-06-25', endDate: '2026-06-26' }],
    ],
    [
      'Leaders met on June 24–25, 2025 in The Hague.',
      '2025-08-07',
      [{ date: '2025-06-24', endDate: '2025-06-25' }],
    ],
    ['Elections will be held on December 5.', '2025-03-14', [{ date: '2025-12-05' }]],
    ['The truce signed on December 5 collapsed.', '2025-03-14', [{ date: '2024-12-05' }]],
  ]);
});

describe('holidays carry their date', () => {
  check([
    [
      'The recently announced Easter ceasefire by Putin quickly fell apart.',
      '2025-04-22',
      [{ text: 'Easter', date: '2025-04-20', precision: 'day' }],
    ],
    [
      'Putin referred to a proposal for a truce during the Easter holidays.',
      '2025-04-22',
      [{ text: 'Easter holidays', date: '2025-04-20' }],
    ],
    ['A truce was declared for Easter.', '2024-04-05', [{ date: '2024-03-31' }]],
    ['Kyiv marked Orthodox Easter 2024 under fire.', '2025-03-14', [{ date: '2024-05-05' }]],
    ['Shelling continued over Christmas.', '2025-03-14', [{ date: '2024-12-25' }]],
    // a reference point, not the event's time
    [
      'Now, after Easter, the whole world can clearly see the real issue.',
      '2025-04-22',
      [{ date: '2025-04-20', role: 'reference' }],
    ],
  ]);
});

describe('durations, ages and things that only look like dates are not dates', () => {
  check([
    [
      'Zelenskyy’s call follows Trump’s announcement of a 50-day deadline for a ceasefire deal.',
      '2025-07-20',
      [],
    ],
    ['He reiterated the proposal of a 30-day pause in air strikes.', '2025-04-22', []],
    ['The US could walk away if there is no visible progress within “days.”', '2025-04-22', []],
    ['Russia could face a GDP loss exceeding $150 billion over the next three years.', '2025-08-07', []],
    ['Russia has broken the ceasefire terms over the past decade.', '2025-04-22', []],
    ['For the first time in over three years, Putin has signaled a willingness to talk.', '2025-04-22', []],
    ['“Fifty days, it used to be 24 hours,” Lavrov said, “It also used to be 100 days.', '2025-07-20', []],
    [
      '“We’re going to be doing very severe tariffs if we don’t have a deal in 50 days,” Trump said.',
      '2025-07-20',
      [],
    ],
    ['Envoy-level talks mark the first high-profile meeting on the war in weeks.', '2025-08-07', []],
    ['His assertions about reaching an agreement within a week reflect a desire to lead.', '2025-04-22', []],
    ['Over the past three years, the conflict has escalated.', '2025-04-22', []],
    ['The talks lasted just over an hour.', '2025-07-20', []],
    ['Putin, 72, said the 47-year-old president was illegitimate.', '2025-04-22', []],
    ['A survey found that 68% of Ukrainians oppose any deal; 2000 troops withdrew.', '2025-08-07', []],
    ['The European Commission has earmarked €50 billion in recovery funds.', '2025-08-07', []],
    ['Putin may agree, and the troops march on.', '2025-08-07', []],
    ['Putin referred to a proposal he had made a few days earlier.', '2025-04-22', []],
    // relative phrases that name a time rather than date an event
    ['A senior official declared that the upcoming week is crucial for a truce.', '2025-04-22', []],
    ['Senior officials highlighted the critical nature of this week in shaping a deal.', '2025-04-22', []],
    ['This week’s pivotal negotiations may serve as a turning point.', '2025-04-22', []],
    [
      'Key players are pressing for a resolution, making this week critical for future dialogues.',
      '2025-04-22',
      [],
    ],
  ]);
});

describe('dayBounds', () => {
  it.each([
    ['2024', ['2024-01-01', '2024-12-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2025-04-21', ['2025-04-21', '2025-04-21']],
  ] as const)('%s', (date, bounds) => {
    expect(dayBounds(date)).toEqual(bounds);
  });
});

describe('a day of the month without its month ("on the 3rd") is one of the months around publication', () => {
  check([
    [
      'Fishermen first reported the leak on the 3rd, when oil appeared near the jetty.',
      '2026-05-08',
      [{ text: 'on the 3rd', date: '2026-05-03', precision: 'day', relative: true }],
    ],
    // past tense, a day later in the month than publication: the month before
    ['The river had risen on the 28th.', '2026-05-08', [{ date: '2026-04-28', precision: 'day' }]],
    // ahead: the next such day
    ['Parliament will vote on the 3rd.', '2026-05-08', [{ date: '2026-06-03', precision: 'day' }]],
    // not a date: an ordinal that counts something else, or a day the month names
    ['Ukraine won on the 3rd attempt.', '2026-05-08', []],
    ['The talks resume on the 3rd of June.', '2026-05-08', [{ date: '2026-06-03', precision: 'day' }]],
  ]);
});
