import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../src/index.js';
import { dateIn, headerDateOf, headlineOf, notHeadlineReason } from '../../src/knowledge/headline.js';

// invented captures: a masthead, menus and stamps above a story, as `talksbot add` receives them
const STORY =
  'Negotiators from both sides met for six hours on Monday in a lakeside hotel and agreed to meet again next week, officials said.';

describe('the headline is the first headline-like line above the story', () => {
  it.each<[string, string[], string | undefined]>([
    [
      'after a skip link and a section label',
      ['Skip to content', 'WORLD', 'Talks resume on the lake shore', 'By ANA ROSS'],
      'Talks resume on the lake shore',
    ],
    [
      'after a site name and a menu',
      ['The Harbour Post', 'News › World', 'Ferry deal reached after long night'],
      'Ferry deal reached after long night',
    ],
    [
      'after a notice ending in a full stop',
      ['This story was first published by a partner site.', 'Envoys trade drafts, then walk out'],
      'Envoys trade drafts, then walk out',
    ],
    [
      'a quote headline',
      ['‘We are close,’ mediator says after second day'],
      '‘We are close,’ mediator says after second day',
    ],
    [
      'a headline with two sentences',
      ['Opinion', 'The summit failed. The talks did not'],
      'The summit failed. The talks did not',
    ],
    [
      'a speaker headline',
      ['Rivera: we will sign when the text is final'],
      'Rivera: we will sign when the text is final',
    ],
    ['no headline above the story', [], undefined],
    ['only furniture above the story', ['Sign in | Register', 'By Lea Marsh', 'March 3, 2025'], undefined],
  ])('%s', (_, above, expected) => {
    expect(headlineOf([...above, STORY, 'More text follows here.'].join('\n'))).toBe(expected);
  });

  it.each<[string, string]>([
    ['Opinion', 'a label of one or two words'],
    ['The Harbour Post', 'a name (a site or section)'],
    ['Climate & Environment', 'a name (a site or section)'],
    ['LIVE UPDATES FROM THE TALKS', 'a label in capitals'],
    [
      'Prisoner swaps have outlasted every summit. Diplomats should ask why.',
      'a finished sentence (a standfirst or notice)',
    ],
    ['Home | Region | World | Sport', 'a menu or a bar of separated items'],
    ['By Lea Marsh and Tom Ode', 'a byline or credit'],
    ['Guest essay by Lea Marsh', 'a byline or credit'],
    ['Updated 3 hours ago', 'a date or time stamp'],
    ['Tuesday, 4 March 2025 10:15', 'a date or time stamp'],
    ['Listen to this article now', 'a call to action'],
    ['Please turn on JavaScript to continue', 'a call to action'],
  ])('%j is not a headline: %s', (line, reason) => {
    expect(notHeadlineReason(line)).toBe(reason);
  });

  it.each<string>([
    'Ferry deal reached after long night',
    'Kharkiv hit by drones for the third night',
    'Talks set for May 15 in the capital',
  ])('%j reads as a headline', (line) => {
    expect(notHeadlineReason(line)).toBeUndefined();
  });

  it('deriveTitle takes the headline when there is one, else the first sentence', () => {
    expect(deriveTitle(['MENU', 'Ferry deal reached after long night', STORY].join('\n'))).toBe(
      'Ferry deal reached after long night',
    );
    expect(deriveTitle('Brussels – Putin signalled a willingness to talk. More follows.')).toBe(
      'Putin signalled a willingness to talk',
    );
  });
});

describe('the date bar or byline stamp gives the publication day', () => {
  it.each<[string, string | undefined]>([
    ['Wednesday, 15 October 2025 | Harbour 14°C', '2025-10-15'],
    ['Updated 6:42 PM GMT+2, March 25, 2025', '2025-03-25'],
    ['First Published: Dec 03 2025 | 2:15 PM IST', '2025-12-03'],
    ['12.03.2025 10:41', '2025-03-12'],
    ['2025-07-20T09:30:00+02:00', '2025-07-20'],
    ['31.02.2025', undefined],
    ['March 25', undefined],
  ])('%j → %s', (line, day) => {
    expect(dateIn(line)).toBe(day);
  });

  it.each<[string, string[], string | undefined]>([
    [
      'a byline stamp: Published wins over Updated',
      ['Ferry deal reached', 'By Lea Marsh · Updated 16 Oct 2025 · Published 15 Oct 2025'],
      '2025-10-15',
    ],
    [
      'a date bar above the headline',
      ['Tuesday, 4 March 2025', 'Ferry deal reached after long night'],
      '2025-03-04',
    ],
    [
      'a date line under an author blurb',
      ['Ferry deal reached after long night', 'January 22, 2026'],
      '2026-01-22',
    ],
    ['no date above the story', ['Ferry deal reached after long night'], undefined],
  ])('%s', (_, above, day) => {
    expect(headerDateOf([...above, STORY].join('\n'))?.day).toBe(day);
  });

  it('never takes a date from the story itself', () => {
    expect(headerDateOf(`Ferry deal reached\n${STORY} The first round was on 2 May 2024.`)).toBeUndefined();
  });
});
