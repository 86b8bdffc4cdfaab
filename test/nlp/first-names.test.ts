import { describe, expect, it } from 'vitest';
import { listedGenderOf } from '../../src/nlp/entities/first-names.js';
import { genderOfFirstName } from '../../src/nlp/entities/lexicon.js';

describe('the gender of a first name', () => {
  it.each<[string, 'male' | 'female' | undefined]>([
    // names compromise's lexicon does not know, from gender-detection-from-name's lists
    ['Nadiya', 'female'],
    ['Bohdan', 'male'],
    ['Mykola', 'male'],
    ['Oksana', 'female'],
    ['Maryam', 'female'],
    // not a name any list holds
    ['Zlatodar', undefined],
    ['Ministry', undefined],
    ['', undefined],
  ])('%s → %s', (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });

  it.each(['Andrea', 'Sasha', 'Nikita'])('lists that disagree give %s nobody’s gender', (name) => {
    // female in the English list, male in the Italian one
    expect(listedGenderOf(name)).toBeUndefined();
  });

  it('compromise answers first, and the lists agree with it on common names', () => {
    expect(genderOfFirstName('Mary')).toBe('female');
    expect(genderOfFirstName('John')).toBe('male');
    expect(listedGenderOf('john')).toBe('male');
  });
});
