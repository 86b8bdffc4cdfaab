import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startRepl } from '../../../adapters/repl/main.js';
import { dateLabel, render, wrapText } from '../../../adapters/repl/render.js';
import { sessionWord } from '../../../adapters/repl/session-words.js';
import type { Answer } from '../../../src/index.js';
import { realEngine } from '../../helpers.js';

async function session(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const done = startRepl(await realEngine(), { input, output });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe('the REPL', () => {
  it('answers commands and bare questions until /quit', async () => {
    const text = await session(['/help', 'Who is Russia’s foreign minister?', '/quit', '/sources']);
    expect(text).toContain('/ask <question>');
    expect(text).toContain('Sergey Lavrov');
    expect(text).toContain('[1] Zelenskyy proposes meeting for ceasefire negotiations');
    // nothing after /quit is answered
    expect(text).not.toContain('passages · id');
  });

  it('reads a month name as a timeline bound and says which year it took', async () => {
    const text = await session(['/timeline --from april --to april 2025', 'what happened since june']);
    expect(text).toContain('April is taken as April 2025, the latest April with events in the articles.');
    expect(text).toContain('2025-04-21');
    expect(text).toContain('June is taken as June 2025');
    expect(text).not.toContain('Dates look like');
  });

  it('keeps the conversation within the session, and /new starts a fresh one', async () => {
    const text = await session(['Who is Russia’s foreign minister?', 'go on', '/new', 'go on', '/quit']);
    const asksInFull = text.split('nothing before it to go on').length - 1;
    // the first "go on" continues the question; after /new there is nothing to continue
    expect(asksInFull).toBe(1);
    expect(text).toContain('New conversation');
  });

  it('answers hostile lines politely and keeps going', async () => {
    const text = await session(['/ask +-~^*:', '/nope', '/timeline --from 2025-13', '/sources']);
    expect(text).toContain('There is no /nope command');
    expect(text).toContain('Dates look like 2025');
    expect(text).toContain('passages · id');
  });
});

describe('render for the terminal', () => {
  const answer: Answer = {
    kind: 'answer',
    text: 'Russian Foreign Minister Sergey Lavrov dismissed Trump’s threat.',
    abstained: false,
    confidence: 0.9,
    citations: [
      {
        articleId: 'a',
        title: 'Title A',
        outlet: null,
        published: '2025-07-20',
        passage: 'p',
        start: 0,
        end: 1,
      },
      {
        articleId: 'b',
        title: 'Title B',
        outlet: 'Eunews',
        published: '2025-04-22',
        passage: 'p',
        start: 0,
        end: 1,
      },
    ],
  };
  const QUOTE = {
    speaker: 'Dmitry Peskov',
    cue: 'said',
    articleId: 'a',
    title: 'Title A',
    outlet: null,
    published: '2025-07-20',
    passage: 'p',
  };
  it.each<[string, Answer, boolean, string[]]>([
    [
      'an answer with its sources',
      answer,
      false,
      [
        'Lavrov',
        '[1] Title A — outlet not stated, 20 July 2025',
        '[2] Title B — Eunews, 22 April 2025',
        'as of 20 July 2025',
      ],
    ],
    [
      'an abstention with suggestions',
      {
        kind: 'answer',
        text: "The articles don't say.",
        abstained: true,
        confidence: 0,
        citations: [],
        suggestions: ['/sources'],
      },
      false,
      ["The articles don't say.", 'Try: /sources'],
    ],
    [
      'reported speech without quotation marks, marked as reported; a direct quote in them',
      {
        kind: 'quotes',
        query: 'Peskov',
        speaker: 'Dmitry Peskov',
        quotes: [
          { ...QUOTE, quote: 'the talks had been useful', reported: true },
          { ...QUOTE, quote: 'It is a lengthy process' },
        ],
      },
      false,
      ['the talks had been useful (reported speech, not a direct quote)\n', '“It is a lengthy process”'],
    ],
    ['an error', { kind: 'error', message: 'Please type a question.' }, false, ['Please type a question.']],
    ['colour when asked', { kind: 'error', message: 'Oops.' }, true, ['\u001b[33m']],
    [
      'escape sequences from text are removed',
      { ...answer, text: 'Evil \u001b[2J\u001b[31mred\u0007 text.' } as Answer,
      false,
      ['Evil red text.'],
    ],
  ])('%s', (_name, a, color, expected) => {
    const out = render(a, { color });
    for (const piece of expected) expect(out).toContain(piece);
    if (!color) expect(out).not.toContain('\u001b');
  });

  it.each<[string, number, string[]]>([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
    ['', 10, ['']],
    ['a b id\u00a0long-value', 8, ['a b', 'id\u00a0long-value']],
  ])('wraps %j at %i', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});

describe('words that talk to the session', () => {
  it.each<[string, ReturnType<typeof sessionWord>]>([
    ['exit', 'quit'],
    ['quit', 'quit'],
    ['/quit', 'quit'],
    ['Exit.', 'quit'],
    ['.exit', 'quit'],
    ['clear', 'clear'],
    ['/clear', 'clear'],
    ['clear the table', undefined],
    ['when did the talks exit', undefined],
    ['help', undefined], // the engine's router answers it with /help
  ])('%j → %s', (line, word) => {
    expect(sessionWord(line)).toBe(word);
  });

  it('answers bare help and stops at bare exit', async () => {
    const text = await session(['help', 'exit', '/sources']);
    expect(text).toContain('/ask <question>');
    expect(text).not.toContain('passages · id');
  });
});

describe('/sources for the terminal', () => {
  it.each([60, 80, 120])(
    'wraps by words within %i columns and says where a derived title came from',
    async (width) => {
      const answer = await (await realEngine()).sources();
      const out = render(answer, { color: false, width });
      // a row is longer than the width only when it is one word that cannot be broken (a long id at 60)
      for (const row of out.split('\n'))
        if (row.length > width) expect(row.trim()).toMatch(/^(id\u00a0)?\S+$/);
      const text = out.replace(/[^\S\u00a0]+/g, ' ');
      for (const article of answer.articles) {
        expect(text).toContain(article.title);
        expect(text).toContain(`id\u00a0${article.id}`);
      }
      expect(text).not.toContain('derived');
      const derived = answer.articles.filter((a) => a.titleDerived).length;
      expect(text.split('title taken from the first sentence').length - 1).toBe(derived);
    },
  );
});

describe('timeline date labels', () => {
  it.each<[{ date: string; endDate?: string; qualifier?: string }, string]>([
    [{ date: '1994' }, '1994'],
    [{ date: '2014', endDate: '2015' }, '2014–2015'],
    [{ date: '2025-06', qualifier: 'early' }, 'early 2025-06'],
    [{ date: '2025-04-14', endDate: '2025-04-20' }, '2025-04-14–04-20'],
    [{ date: '2024-12-30', endDate: '2025-01-05' }, '2024-12-30–2025-01-05'],
  ])('%j → %s', (event, label) => {
    expect(dateLabel(event)).toBe(label);
  });
});
