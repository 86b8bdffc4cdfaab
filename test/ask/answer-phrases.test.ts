import { describe, expect, it } from 'vitest';
import { countedNoun, countsThing, locatesElsewhere } from '../../src/ask/answer-phrases.js';
import { stem } from '../../src/nlp/stems.js';

// invented sentences: whether a sentence's figure counts the thing a how-many question asks about
describe('countsThing: a count of the noun asked about, not any figure', () => {
  it.each<[string, string, boolean]>([
    ['About 1,000 prisoners were exchanged at the border crossing.', 'prisoners', true],
    ['The strike killed over thirty people in the city centre.', 'people', true],
    ['The rebels have broken the truce at least 25 times this year.', 'times', true],
    ['The envoys met twice before the summit.', 'times', true],
    ['Over 30 Ukrainian civilians were hurt.', 'civilians', true],
    ['Over the past three years, the conflict has escalated.', 'years', true],
    // a figure that measures or counts something else
    ['Kyiv accepted a 30-day pause, and the prisoners were not mentioned.', 'prisoners', false],
    ['A 25% tariff was imposed on Indian oil imports.', 'oil', false],
    ['Fifty soldiers guarded the 12 prisoners who were later exchanged.', 'soldiers', true],
    ['Two sides met to discuss the fate of the prisoners.', 'prisoners', false],
  ])('%s counts %s: %s', (text, noun, expected) => {
    expect(countsThing(text, noun)).toBe(expected);
  });

  // an amount of a mass noun, which may come before the figure
  it.each<[string, string, boolean]>([
    ['Russia faces a GDP loss exceeding $150 billion.', 'gdp', true],
    ['Russia controls about a fifth of Ukrainian territory.', 'territory', true],
    ['Trump imposed an additional 25% tariff on Indian oil imports.', 'oil', false],
  ])('%s measures %s: %s', (text, noun, expected) => {
    expect(countsThing(text, noun, true)).toBe(expected);
  });

  it.each<[string, { noun: string; mass: boolean } | undefined]>([
    ['how many prisoners were swapped', { noun: 'prisoners', mass: false }],
    ['How many times has the truce been broken?', { noun: 'times', mass: false }],
    ['how much oil does india buy', { noun: 'oil', mass: true }],
    ['how many of them were freed', undefined],
    ['how much will rebuilding cost', undefined],
    ['how much money has the EU set aside', undefined],
  ])('countedNoun(%s) → %s', (question, noun) => {
    expect(countedNoun(question)).toEqual(noun);
  });
});

// invented sentences: whether a sentence says where, not just names a country
describe('locatesElsewhere: a place given as where something is', () => {
  const known = (...words: string[]) => new Set(words.map(stem));
  it.each<[string, string[], boolean]>([
    ['The ministers will meet again in London tomorrow.', [], true],
    ['The terms were agreed upon in the Belarusian capital.', [], true],
    ['Talks resumed at the border on Monday.', [], true],
    // a country that only qualifies someone, a month, an owner, a place the question itself names
    ['US envoy Steve Witkoff described the meeting as great progress.', [], false],
    ['The talks ended in June without progress.', [], false],
    ['His approach differs from Europe’s multilateral strategy.', [], false],
    ['The fruitless talks in Riyadh slowed diplomacy.', ['riyadh'], false],
    ['The plan was welcomed, according to US officials.', [], false],
  ])('%s → %s', (text, question, expected) => {
    expect(locatesElsewhere(text, known(...question))).toBe(expected);
  });
});
