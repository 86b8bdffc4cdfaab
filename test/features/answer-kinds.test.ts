import { describe, expect, it } from 'vitest';
import { type AnswerKind, articleFeatures } from '../../src/features/sentence-features.js';

const kindsOf = (text: string) => articleFeatures([{ text, paragraph: 0 }], () => [])[0]!.holds;

// invented sentences: which shares and sums of money a sentence states
describe('sentence features: shares and sums of money', () => {
  it.each<[string, AnswerKind, boolean]>([
    ['A poll found that 68% of voters oppose the plan.', 'percent', true],
    ['Turnout rose by 12 per cent in the north of the country.', 'percent', true],
    ['The fund set aside €50 billion for the recovery of the region.', 'money', true],
    ['The ministry pledged 40 billion euros over the next four years.', 'money', true],
    ['The tariff of 25% on imports was signed on Wednesday.', 'money', false],
    ['About 1,000 prisoners were exchanged at the border crossing.', 'percent', false],
    ['About 1,000 prisoners were exchanged at the border crossing.', 'money', false],
  ])('%s holds %s: %s', (text, kind, expected) => {
    expect(kindsOf(text).includes(kind)).toBe(expected);
  });
});

// invented sentences: an age as news writing gives one, and figures that are not ages
describe('sentence features: ages', () => {
  it.each<[string, boolean]>([
    ['The 72-year-old leader did not attend the summit.', true],
    ['A man aged 45 was arrested near the station.', true],
    ['Anna Petrova, 58, said the talks had stalled.', true],
    ['The talks lasted 50 days before they collapsed.', false],
    ['He has led the party for 12 years.', false],
    ['Over 30 people were killed in the strike.', false],
  ])('%s holds an age: %s', (text, expected) => {
    expect(kindsOf(text).includes('age')).toBe(expected);
  });
});
