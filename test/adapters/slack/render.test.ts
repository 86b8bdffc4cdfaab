import { describe, expect, it } from 'vitest';
import { readPageState } from '../../../adapters/slack/paging.js';
import { formatDate, render, type SlackMessage } from '../../../adapters/slack/render.js';
import type { Answer, AnswerOf, Citation, Quote, TimelineEvent } from '../../../src/index.js';
import { expectSlackSafe, textsOf } from './expect-slack.js';

const EVIL = '<!channel> <@U123> <http://evil.example|click> & <#C1> &amp; > <';

const citation = (over: Partial<Citation> = {}): Citation => ({
  articleId: '2025-04-22-putin-signals',
  title: 'Putin signals willingness to hold direct talks',
  outlet: 'Eunews',
  published: '2025-04-22',
  url: 'https://www.eunews.it/en/2025/04/22/putin/',
  passage: 'These met in Paris last week and will meet again in London tomorrow (April 23).',
  start: 0,
  end: 80,
  ...over,
});

const quote = (i: number, over: Partial<Quote> = {}): Quote => ({
  speaker: 'Dmitry Peskov',
  speakerRole: 'Kremlin spokesperson',
  quote: `It’s a lengthy process ${i}`,
  cue: 'said',
  articleId: 'a1',
  title: 'Zelenskyy proposes meeting',
  outlet: null,
  published: '2025-07-20',
  passage: `“It’s a lengthy process ${i},” Peskov said.`,
  ...over,
});

const event = (i: number, over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  date: `2025-04-${String((i % 28) + 1).padStart(2, '0')}`,
  precision: 'day',
  text: `Event number ${i}`,
  articleId: 'a1',
  passage: `On that day, event number ${i} happened.`,
  sources: [{ articleId: 'a1', title: 'An article', outlet: null, published: '2025-04-22', passage: 'p' }],
  ...over,
});

const answer = (over: Partial<AnswerOf<'answer'>> = {}): Answer => ({
  kind: 'answer',
  text: 'The allies will meet again in London on April 23.',
  abstained: false,
  confidence: 0.8,
  citations: [citation()],
  ...over,
});

const timeline = (events: number, over: Partial<AnswerOf<'timeline'>> = {}): AnswerOf<'timeline'> => ({
  kind: 'timeline',
  topic: 'Istanbul',
  events: Array.from({ length: events }, (_, i) => event(i)),
  ...over,
});

const quotes = (count: number, over: Partial<AnswerOf<'quotes'>> = {}): AnswerOf<'quotes'> => ({
  kind: 'quotes',
  query: 'Peskov',
  speaker: 'Dmitry Peskov',
  quotes: Array.from({ length: count }, (_, i) => quote(i)),
  ...over,
});

const long = (n: number) => 'word & <b> '.repeat(Math.ceil(n / 11)).slice(0, n);

// [name, answer, texts that must appear somewhere in the message]
const rows: [string, Answer, string[]][] = [
  [
    'an answer with a linked source',
    answer(),
    [
      'London on April 23',
      '<https://www.eunews.it/en/2025/04/22/putin/|',
      'Eunews',
      '22 April 2025',
      '> These met in Paris',
    ],
  ],
  [
    'a source without url or outlet',
    answer({ citations: [citation({ url: undefined, outlet: null })] }),
    ['*Putin signals willingness to hold direct talks*', '_outlet not stated_'],
  ],
  [
    'a javascript: url is not linked',
    answer({ citations: [citation({ url: 'javascript:alert(1)' })] }),
    ['*Putin signals willingness'],
  ],
  [
    'an abstention with suggestions',
    answer({
      abstained: true,
      text: 'The articles do not say.',
      citations: [],
      suggestions: ['Who is Peskov?'],
    }),
    ['The articles do not say.', 'Try: “Who is Peskov?”'],
  ],
  [
    'suggested commands under their Slack names',
    answer({
      abstained: true,
      text: 'No.',
      citations: [],
      suggestions: ['/sources to see which articles I know', '/timeline'],
    }),
    ['Try: /talks-sources to see which articles I know · /talks-timeline'],
  ],
  [
    'an event reported twice in one article lists the article once',
    timeline(0, { events: [event(0, { sources: [event(0).sources![0]!, event(0).sources![0]!] })] }),
    ['An article'],
  ],
  [
    'injection in the answer text',
    answer({ text: EVIL }),
    ['&lt;!channel&gt;', '&lt;@U123&gt;', '&lt;http://evil.example|click&gt;', '&amp;amp;'],
  ],
  [
    'injection in article fields',
    answer({ citations: [citation({ title: EVIL, outlet: EVIL, passage: EVIL })] }),
    ['&lt;!channel&gt;'],
  ],
  [
    'a very long answer and passage',
    answer({ text: long(10_000), citations: [citation({ passage: long(10_000) })] }),
    ['…'],
  ],
  [
    'many citations',
    answer({ citations: Array.from({ length: 30 }, () => citation()) }),
    ['…and 27 more sources'],
  ],
  [
    'quotes by a person',
    quotes(2),
    [
      'What Dmitry Peskov said',
      '2 quotes',
      '“It’s a lengthy process 0”',
      'Kremlin spokesperson',
      '_outlet not stated_',
      '20 July 2025',
    ],
  ],
  [
    'quotes with injection',
    quotes(1, {
      query: EVIL,
      speaker: null,
      quotes: [quote(0, { speaker: EVIL, quote: EVIL, passage: EVIL })],
    }),
    ['&lt;!channel&gt;'],
  ],
  [
    'no quotes, with suggestions',
    quotes(0, { message: 'No quotes from Lavrov.', suggestions: ['Dmitry Peskov', 'Volodymyr Zelenskyy'] }),
    ['No quotes from Lavrov.', 'People with quotes: Dmitry Peskov, Volodymyr Zelenskyy'],
  ],
  ['a short timeline', timeline(3), ['*Timeline* · “Istanbul”', '3 events', 'Event number 0']],
  [
    'a timeline with ranges and qualifiers',
    timeline(0, {
      events: [
        event(0, {
          date: '2014',
          endDate: '2015',
          precision: 'year',
          qualifier: 'early',
          sources: undefined,
        }),
      ],
    }),
    ['early 2014 – 2015', 'A1'],
  ],
  ['an empty timeline', timeline(0, { message: '/timeline is coming soon.' }), ['/timeline is coming soon.']],
  [
    'a timeline with dates',
    timeline(2, { topic: null, from: '2025-04', to: '2025-07-20' }),
    ['April 2025 – 20 July 2025'],
  ],
  ['a 95-event timeline', timeline(95), ['95 events', 'showing 1–10', 'Page 1 of 10']],
  [
    'sources',
    {
      kind: 'sources',
      articles: [
        {
          id: 'a',
          title: 'T & <x>',
          titleDerived: false,
          outlet: null,
          author: 'TIMES Report',
          published: '2025-07-20',
          passages: 21,
        },
      ],
      skipped: [{ file: 'bad.md', reason: 'no front matter' }],
    },
    [
      'I answer from 1 article',
      'T &amp; &lt;x&gt;',
      'by TIMES Report',
      '21 passages',
      'Skipped 1 file: bad.md: no front matter',
    ],
  ],
  [
    'help',
    {
      kind: 'help',
      commands: [
        {
          name: 'sources',
          description: 'The articles',
          usage: '/sources',
          example: '/sources',
          available: true,
          options: [],
        },
        {
          name: 'ask',
          description: 'Ask',
          usage: '/ask <question>',
          example: '/ask Who?',
          available: false,
          options: [],
        },
      ],
    },
    ['*/talks-sources*', '`/talks-sources`', '*/talks-ask* `&lt;question&gt;`', '_(coming soon)_'],
  ],
  ['an error', { kind: 'error', message: `Bad input ${EVIL}` }, [':warning: Bad input &lt;!channel&gt;']],
];

/** the buttons under a message, as [action_id, page the button leads to] */
function buttonsOf(message: SlackMessage): [string | undefined, number | undefined][] {
  return message.blocks
    .flatMap((block) => (block.type === 'actions' ? block.elements : []))
    .map((element) =>
      element.type === 'button'
        ? [element.action_id, readPageState(element.value)?.p]
        : [undefined, undefined],
    );
}

describe('render', () => {
  it.each(rows)('%s', (_name, input, expected) => {
    const message = render(input);
    expectSlackSafe(message);
    const all = textsOf(message).join('\n');
    for (const piece of expected) expect(all).toContain(piece);
  });

  it('pages a timeline 10 at a time, with the state for the next page in the button', () => {
    const first = render(timeline(25, { from: '2025-04' }));
    expect(buttonsOf(first)).toEqual([['talks_page_next', 1]]);
    const next = first.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []))[0];
    const state = readPageState(next?.type === 'button' ? next.value : undefined);
    expect(state).toEqual({ c: 'timeline', o: { topic: 'Istanbul', from: '2025-04' }, p: 1 });

    const middle = render(timeline(25, { from: '2025-04' }), { page: 1 });
    const shown = textsOf(middle).join('\n');
    expect(shown).toContain('Event number 10');
    expect(shown).toContain('Event number 19');
    expect(shown).not.toMatch(/Event number 9\b/);
    expect(shown).not.toMatch(/Event number 20\b/);
    expect(buttonsOf(middle)).toEqual([
      ['talks_page_prev', 0],
      ['talks_page_next', 2],
    ]);

    // a page past the end (an old button after the data changed) shows the last page
    const last = render(timeline(25), { page: 99 });
    expect(textsOf(last).join('\n')).toContain('showing 21–25');
    expect(buttonsOf(last)).toEqual([['talks_page_prev', 1]]);
    expectSlackSafe(middle);
    expectSlackSafe(last);
  });

  it('shows reported speech without quotation marks, marked as reported; a direct quote in them', () => {
    const message = render(
      quotes(0, { quotes: [quote(0, { quote: 'the talks were useful', reported: true }), quote(1)] }),
    );
    const all = JSON.stringify(message);
    expect(all).toContain('> the talks were useful _(reported speech, not a direct quote)_');
    expect(all).not.toContain('“the talks were useful”');
    expect(all).toContain('> “It’s a lengthy process 1”');
    expect(message.text).toContain('Dmitry Peskov: the talks were useful');
  });

  it('pages quotes with the query in the button value', () => {
    const message = render(quotes(12, { query: 'Peskov' }));
    const button = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []))[0];
    expect(button?.type === 'button' && readPageState(button.value)).toEqual({
      c: 'who-said',
      o: { query: 'Peskov' },
      p: 1,
    });
  });

  it('lists an article once under an event it reports twice', () => {
    const source = event(0).sources![0]!;
    const message = render(timeline(0, { events: [event(0, { sources: [source, source] })] }));
    expect(
      textsOf(message)
        .join('\n')
        .match(/An article/g),
    ).toHaveLength(1);
  });

  it('puts no pager under a list that fits one page', () => {
    expect(render(timeline(10)).blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('never cuts an entity in half when it shortens text', () => {
    const message = render(answer({ text: '&'.repeat(5000) }));
    expectSlackSafe(message);
  });

  it.each([
    ['2025-04-22', '22 April 2025'],
    ['2025-04', 'April 2025'],
    ['2025', '2025'],
    ['not a date', 'not a date'],
    [null, ''],
  ])('formats %s as %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});
