import { describe, expect, it } from 'vitest';
import { acceptedKinds } from '../../src/ask/answer-type.js';
import { analyseQuestion } from '../../src/nlp/question.js';

describe('acceptedKinds: "the name of" a title asks for a person, a time noun for a time', () => {
  it.each<[string, string[] | undefined]>([
    ["what's the name of the defence minister", ['person']],
    ['what is the name of the envoy who met them', ['person']],
    // the name of a thing is not a person
    ['what is the name of the plan', undefined],
    ['what is the defence plan', undefined],
    ['what was the name of the roadmap presented in october', undefined],
    // a focus whose commonest sense is a time asks for a time, as "when" does
    ['whats the current deadline for the deal', ['date']],
    ['what was the deadline for the vote', ['date']],
    ['what is the truce', undefined],
    // the kinds other question types ask for are unchanged
    ['who is the defence minister', ['person', 'organisation', 'group']],
    ['when was the memorandum signed', ['date']],
  ])('%s → %j', (question, kinds) => {
    expect(acceptedKinds(analyseQuestion(question))).toEqual(kinds);
  });
});

describe('words that name the kind of answer are not topics the articles must cover', () => {
  // [question, the word, whether it names the kind of answer (so it is neither a focus nor a required topic)]
  it.each<[string, string, boolean]>([
    ['how much cash has the union pledged', 'cash', true],
    ['how much money has the union pledged', 'money', true],
    ['how much oil does the union buy', 'oil', false],
  ])('%s: %s → %s', (question, word, kind) => {
    const analysis = analyseQuestion(question);
    expect(analysis.terms.find((t) => t.word === word)?.answerKind).toBe(kind);
    expect(analysis.focusNouns.includes(word)).toBe(!kind);
  });
});
