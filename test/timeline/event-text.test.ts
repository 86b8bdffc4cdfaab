import { describe, expect, it } from 'vitest';
import { segment } from '../../src/knowledge/segment.js';
import type { Article } from '../../src/knowledge/types.js';
import { buildEntityTable } from '../../src/nlp/entities/index.js';
import { extractEvents } from '../../src/timeline/index.js';

// one-sentence articles, so each row shows the text an event gets from a sentence
function eventsOf(sentence: string, published = '2025-04-22') {
  const meta = {
    id: 't',
    title: 'T',
    titleDerived: false,
    outlet: null,
    author: null,
    published,
    file: 't.md',
  };
  const article: Article = { ...meta, body: sentence, ...segment(meta, sentence) };
  return extractEvents([article], buildEntityTable([article])).map((e) => [e.date, e.text]);
}

describe('event text: the clause or phrase that holds the date, trimmed to read well', () => {
  it.each([
    // the date is in a phrase the sentence only mentions: the phrase is the event
    [
      'Tensions intensified after Russia’s 2014 annexation of Crimea, which shifted the landscape in Eastern Europe.',
      [['2014', 'Russia’s 2014 annexation of Crimea, which shifted the landscape in Eastern Europe']],
    ],
    [
      'It is the first time since the launch of the large-scale invasion in February 2022 that he has made himself available.',
      [['2022-02', 'The launch of the large-scale invasion in February 2022']],
    ],
    [
      'Both nations have been deeply affected by the war that started in February 2022.',
      [['2022-02', 'The war that started in February 2022']],
    ],
    [
      'Historically, unresolved issues, including the annexation of Crimea in 2014 and conflicts in Donbas, remain.',
      [['2014', 'The annexation of Crimea in 2014']],
    ],
    // the sentence narrates the event: connectives and source tags come off
    [
      'Further, the tragic Poltava missile strike in September 2024 marked a grim escalation (Wikipedia).',
      [['2024-09', 'The tragic Poltava missile strike in September 2024 marked a grim escalation.']],
    ],
    [
      'Official IMF estimates indicate that Russia’s GDP contracted by over 3.2% in 2024 due to sanctions.',
      [
        [
          '2024',
          'Official IMF estimates indicate that Russia’s GDP contracted by over 3.2% in 2024 due to sanctions.',
        ],
      ],
    ],
    [
      'Brussels – For the first time, Putin spoke to state media yesterday.',
      [['2025-04-21', 'For the first time, Putin spoke to state media yesterday.']],
    ],
    // two dates in coordinated clauses: each event gets its clause, the second borrows the subject
    [
      'The leaders met in Paris last week and will meet again in London tomorrow (April 23) to discuss the next steps.',
      [
        ['2025-04-14', 'The leaders met in Paris last week.'],
        [
          '2025-04-23',
          'The leaders will meet again in London tomorrow (April 23) to discuss the next steps.',
        ],
      ],
    ],
    // a clause with its own subject keeps it; the first clause's opening adverbial is never lent
    [
      'On Monday, Zelensky met European leaders in Brussels; on Tuesday he flew to Washington.',
      [
        ['2025-04-21', 'On Monday, Zelensky met European leaders in Brussels.'],
        ['2025-04-22', 'On Tuesday he flew to Washington.'],
      ],
    ],
    // "by phone" is a manner, not an event phrase
    [
      'Putin and Trump spoke by phone on Tuesday, the Kremlin said.',
      [['2025-04-22', 'Putin and Trump spoke by phone on Tuesday, the Kremlin said.']],
    ],
    // a reference point is not an event; an FAQ question is not a report
    ['Now, after Easter, the whole world can clearly see the real issue.', []],
    ['What impact did the Easter ceasefire have on the talks?', []],
    // a name after "by" is no event phrase: the sentence is the event
    [
      'An order was signed by Trump on Wednesday.',
      [['2025-04-16', 'An order was signed by Trump on Wednesday.']],
    ],
  ])('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });
});
