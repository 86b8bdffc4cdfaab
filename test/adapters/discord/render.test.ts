import { ButtonStyle } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { type DiscordReply, render } from '../../../adapters/discord/render.js';
import type { Answer, AnswerOf, Citation, Quote, TimelineEvent } from '../../../src/index.js';
import { limitProblems } from './helpers.js';

const ARTICLE = {
  articleId: '2025-04-22-putin-signals-willingness-to-hold-direct',
  title: 'Putin signals willingness to hold direct talks with Kyiv for the first time in over three years',
  outlet: 'Eunews',
  published: '2025-04-22',
};

const citation = (i: number, extra: Partial<Citation> = {}): Citation => ({
  ...ARTICLE,
  passage: `Passage number ${i} about the talks.`,
  start: 100 * i,
  end: 100 * i + 40,
  ...extra,
});

const answer = (extra: Partial<AnswerOf<'answer'>> = {}): AnswerOf<'answer'> => ({
  kind: 'answer',
  question: 'Where will the allies meet on April 23?',
  text: 'The allies will meet in London on April 23.',
  abstained: false,
  confidence: 0.82,
  citations: [citation(1)],
  ...extra,
});

const quote = (i: number, extra: Partial<Quote> = {}): Quote => ({
  speaker: 'Sergey Lavrov',
  speakerRole: 'Russian Foreign Minister',
  quote: `We are ready to talk, number ${i}.`,
  cue: 'told reporters',
  ...ARTICLE,
  passage: `“We are ready to talk, number ${i}.” Lavrov told reporters.`,
  start: 10 * i,
  end: 10 * i + 50,
  ...extra,
});

const event = (i: number): TimelineEvent => ({
  date: `2025-04-${String(i).padStart(2, '0')}`,
  precision: 'day',
  text: `Event ${i} happened in Istanbul.`,
  articleId: ARTICLE.articleId,
  passage: `Event ${i} happened in Istanbul.`,
  sources: [{ ...ARTICLE, passage: `Event ${i} happened in Istanbul.` }],
});

const longText = `${'The delegations met in Istanbul and agreed to exchange prisoners before the next round. '.repeat(80)}`;

interface Row {
  name: string;
  answer: Answer;
  check(reply: DiscordReply): void;
}

const first = (reply: DiscordReply) => reply.embeds[0]!;
/** The object and everything in it made read-only: writing to it then throws (modules are strict). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
const buttons = (reply: DiscordReply) => reply.components.flatMap((row) => row.components);

const rows: Row[] = [
  {
    name: 'a short answer: text, its source as a field, one "Show passage" button',
    answer: answer(),
    check(reply) {
      expect(first(reply)).toMatchObject({
        title: 'Where will the allies meet on April 23?',
        description: 'The allies will meet in London on April 23.',
        fields: [{ name: 'Source 1', value: `**${ARTICLE.title}** — Eunews, 22 Apr 2025` }],
      });
      expect(first(reply).footer?.text).toBe(
        'strong match · as of 22 Apr 2025 · answered only from the articles',
      );
      expect(buttons(reply)).toEqual([
        {
          type: 2,
          custom_id: `p:${ARTICLE.articleId}:100:140`,
          label: 'Show passage',
          style: ButtonStyle.Secondary,
        },
      ]);
    },
  },
  {
    name: 'a source with a url is linked; a missing outlet is said plainly',
    answer: answer({ citations: [citation(1, { url: 'https://example.com/a', outlet: null })] }),
    check(reply) {
      expect(first(reply).fields?.[0]?.value).toBe(
        `[${ARTICLE.title}](https://example.com/a) — outlet not stated, 22 Apr 2025`,
      );
    },
  },
  {
    name: 'a long answer is cut at a sentence boundary within 4096',
    answer: answer({ text: longText }),
    check(reply) {
      const description = first(reply).description!;
      expect(description.length).toBeLessThanOrEqual(4096);
      expect(description).toMatch(/next round\. …$/);
    },
  },
  {
    name: 'many sources: at most 25 fields, 25 buttons in 5 rows of 5, and a note of what was left out',
    answer: answer({ text: longText, citations: Array.from({ length: 40 }, (_, i) => citation(i + 1)) }),
    check(reply) {
      const fields = first(reply).fields!;
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.length).toBeLessThanOrEqual(25);
      expect(first(reply).footer?.text).toMatch(new RegExp(`${40 - fields.length} more not shown`));
      expect(buttons(reply)).toHaveLength(fields.length);
      expect(reply.components.length).toBeLessThanOrEqual(5);
    },
  },
  {
    name: 'duplicate citations do not make duplicate button ids (Discord would reject the message)',
    answer: answer({ citations: [citation(1), citation(1)] }),
    check(reply) {
      expect(buttons(reply)).toHaveLength(1);
    },
  },
  {
    name: 'an abstention says plainly that the articles don’t say, and suggests what to try',
    answer: answer({
      abstained: true,
      confidence: 0,
      citations: [],
      text: 'The articles do not say what the weather was.',
      suggestions: ['Who is Russia’s foreign minister?', '/timeline Istanbul'],
    }),
    check(reply) {
      expect(first(reply).title).toBe('The articles don’t say');
      expect(first(reply).description).toContain('The articles do not say what the weather was.');
      expect(first(reply).fields?.[0]).toEqual({
        name: 'Try instead',
        value: '• Who is Russia’s foreign minister?\n• /timeline Istanbul',
      });
      expect(reply.components).toEqual([]);
    },
  },
  {
    name: 'an abstention without engine suggestions still suggests commands',
    answer: answer({ abstained: true, confidence: 0, citations: [], text: '' }),
    check(reply) {
      expect(first(reply).description).toContain('won’t guess');
      expect(first(reply).fields?.[0]?.value).toContain('/sources');
    },
  },
  {
    name: 'user markdown is shown as typed, not interpreted',
    answer: answer({ question: '**why** _now_?' }),
    check(reply) {
      expect(first(reply).title).toBe('\\*\\*why\\*\\* \\_now\\_?');
    },
  },
  {
    name: 'article text that looks like markdown (lists, headings, masked links) stays text',
    answer: answer({ text: '# Not a heading\n- not a list\n[not a link](https://example.com)' }),
    check(reply) {
      expect(first(reply).description).toBe(
        '\\# Not a heading\n\\- not a list\n\\[not a link](https://example.com)',
      );
    },
  },
  {
    name: 'quotes: speaker and role, the verbatim words, the cue and the source; a button per passage',
    answer: {
      kind: 'quotes',
      query: 'Lavrov',
      speaker: 'Sergey Lavrov',
      quotes: [quote(1), quote(2, { start: undefined, end: undefined })],
    },
    check(reply) {
      expect(first(reply).title).toBe('Quotes by Sergey Lavrov');
      expect(first(reply).fields?.[0]).toEqual({
        name: '1. Sergey Lavrov, Russian Foreign Minister',
        value: `> “We are ready to talk, number 1.”\n— told reporters, in **${ARTICLE.title}** — Eunews, 22 Apr 2025`,
      });
      expect(buttons(reply).map((b) => b.label)).toEqual(['Show passage 1']);
    },
  },
  {
    name: 'reported speech: the article’s words, without quotation marks, marked as reported',
    answer: {
      kind: 'quotes',
      query: 'Lavrov',
      speaker: 'Sergey Lavrov',
      quotes: [quote(1, { quote: 'the talks had been useful', reported: true, cue: 'said' })],
    },
    check(reply) {
      expect(first(reply).fields?.[0]?.value).toBe(
        `> the talks had been useful (reported speech, not a direct quote)\n— said, in **${ARTICLE.title}** — Eunews, 22 Apr 2025`,
      );
    },
  },
  {
    name: 'many long quotes stay within 1024 a field and 6000 a message',
    answer: {
      kind: 'quotes',
      query: 'ceasefire',
      quotes: Array.from({ length: 30 }, (_, i) => quote(i, { quote: longText })),
    },
    check(reply) {
      expect(first(reply).fields!.length).toBeLessThan(30);
      expect(first(reply).footer?.text).toContain('more not shown');
    },
  },
  {
    name: 'no quotes: the engine’s message and people to try',
    answer: {
      kind: 'quotes',
      query: 'Napoleon',
      quotes: [],
      message: 'Nobody called Napoleon is quoted.',
      suggestions: ['Sergey Lavrov'],
    },
    check(reply) {
      expect(first(reply)).toMatchObject({
        title: 'No quotes found for “Napoleon”',
        description: 'Nobody called Napoleon is quoted.',
        fields: [{ name: 'Try', value: '• /who-said Sergey Lavrov' }],
      });
    },
  },
  {
    name: 'an empty timeline explains itself and has no buttons',
    answer: {
      kind: 'timeline',
      topic: 'Mars',
      from: '2025-04',
      to: null,
      events: [],
      message: 'No dated events mention Mars.',
    },
    check(reply) {
      expect(first(reply)).toMatchObject({
        title: 'Timeline: Mars',
        description: 'No dated events mention Mars.',
      });
      expect(first(reply).footer?.text).toBe('from Apr 2025');
      expect(reply.components).toEqual([]);
    },
  },
  {
    name: 'a one-page timeline: dated lines, numbered sources, no buttons',
    answer: {
      kind: 'timeline',
      topic: null,
      events: [event(1), { ...event(2), date: '2025-05', precision: 'month', qualifier: 'early' }],
    },
    check(reply) {
      expect(first(reply).description).toBe(
        '**1 Apr 2025** — Event 1 happened in Istanbul. [1]\n**early May 2025** — Event 2 happened in Istanbul. [1]',
      );
      expect(first(reply).fields).toEqual([
        { name: 'Source 1', value: `**${ARTICLE.title}** — Eunews, 22 Apr 2025` },
      ]);
      expect(reply.components).toEqual([]);
    },
  },
  {
    name: 'a long timeline: ten events on the first page, Previous disabled, Next carrying the query',
    answer: {
      kind: 'timeline',
      topic: 'Istanbul',
      from: null,
      to: '2025-07',
      events: Array.from({ length: 23 }, (_, i) => event(i + 1)),
    },
    check(reply) {
      expect(first(reply).description?.split('\n')).toHaveLength(10);
      expect(first(reply).footer?.text).toBe('Page 1 of 3 · 23 events · to Jul 2025');
      expect(buttons(reply)).toMatchObject([
        { custom_id: 'tl:0::2025-07:Istanbul', label: '◀ Previous', disabled: true },
        { custom_id: 'tl:1::2025-07:Istanbul', label: 'Next ▶' },
      ]);
    },
  },
  {
    name: 'sources: numbered, outlet or "outlet not stated", author, date',
    answer: {
      kind: 'sources',
      articles: [
        {
          id: 'a',
          title: 'One',
          titleDerived: false,
          outlet: 'Eunews',
          author: 'Ann',
          published: '2025-04-22',
          passages: 3,
          url: 'https://example.com/1',
        },
        {
          id: 'b',
          title: 'Two',
          titleDerived: true,
          outlet: null,
          author: null,
          published: '2025-03-14',
          passages: 1,
        },
      ],
      skipped: [{ file: 'notes.txt', reason: 'not Markdown' }],
    },
    check(reply) {
      expect(first(reply).description).toBe(
        '**1.** [One](https://example.com/1) — Eunews, 22 Apr 2025 · by Ann · 3 passages\n**2.** **Two** — outlet not stated, 14 Mar 2025 · 1 passage',
      );
      expect(first(reply).fields).toEqual([{ name: 'Skipped files', value: '• notes.txt: not Markdown' }]);
    },
  },
  {
    name: 'help: Discord syntax for usage and examples, unfinished commands marked',
    answer: {
      kind: 'help',
      commands: [
        {
          name: 'timeline',
          description: 'What happened when',
          usage: '/timeline [<topic>] [--from <from>]',
          example: '/timeline Istanbul --from 2025-04',
          available: false,
          options: [
            { name: 'topic', description: 'A topic', required: false },
            { name: 'from', description: 'From', required: false },
          ],
        },
      ],
    },
    check(reply) {
      expect(first(reply).fields).toEqual([
        {
          name: '/timeline [topic] [from]',
          value: 'What happened when (coming soon)\nExample: `/timeline topic:Istanbul from:2025-04`',
        },
      ]);
    },
  },
  {
    name: 'an error is one short line of text (sent ephemerally by the handler)',
    answer: { kind: 'error', message: 'Dates look like 2025, 2025-04 or 2025-04-21.' },
    check(reply) {
      expect(reply.content).toBe('⚠️ Dates look like 2025, 2025-04 or 2025-04-21.');
      expect(reply.embeds).toEqual([]);
    },
  },
  {
    name: 'a huge error message stays within 2000 characters',
    answer: { kind: 'error', message: longText },
    check(reply) {
      expect(reply.content!.length).toBeLessThanOrEqual(2000);
    },
  },
];

describe('render', () => {
  it.each(rows)('$name', ({ answer, check }) => {
    const reply = render(answer);
    check(reply);
    // every reply, whatever its kind: within Discord's limits and pinging no one
    expect(limitProblems(reply)).toEqual([]);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('leaves the answer it renders as it was (a button renders the same answer again later)', () => {
    for (const row of rows) {
      const before = structuredClone(row.answer);
      render(deepFreeze(structuredClone(row.answer)));
      render(row.answer, { timeline: { page: 2 } });
      expect(row.answer).toEqual(before);
    }
  });

  it('renders a later timeline page and clamps a page past the end', () => {
    const timeline: Answer = {
      kind: 'timeline',
      topic: null,
      events: Array.from({ length: 23 }, (_, i) => event(i + 1)),
    };
    const last = render(timeline, { timeline: { page: 2 } });
    expect(first(last).description?.split('\n')).toHaveLength(3);
    expect(buttons(last)).toMatchObject([{ custom_id: 'tl:1:::' }, { custom_id: 'tl:2:::', disabled: true }]);
    expect(render(timeline, { timeline: { page: 99 } })).toEqual(last);
  });
});
