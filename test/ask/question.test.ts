import { describe, expect, it } from 'vitest';
import {
  analyseQuestion,
  namesIn,
  type QuestionType,
  questionFocus,
  questionType,
} from '../../src/nlp/question.js';
import { stem } from '../../src/nlp/stems.js';

describe('questionType', () => {
  it.each<[string, QuestionType]>([
    ['Who is Russia’s foreign minister?', 'who'],
    ['Which official spoke for the Kremlin?', 'who'],
    ['When did Peskov speak?', 'when'],
    ['Until when did Trump give Putin to commit to peace?', 'when'],
    ['What year was the Budapest Memorandum signed?', 'when'],
    ['Where will the allies meet on April 23?', 'where'],
    ['In which city were the talks held?', 'where'],
    ['How many times was the ceasefire broken?', 'quantity'],
    ['How much has the EU set aside?', 'quantity'],
    ['What percentage of Ukrainians oppose concessions?', 'quantity'],
    ['how old is the prime minister', 'quantity'],
    ['how often has the truce been broken', 'quantity'],
    ['Why did the talks fail?', 'why'],
    ['What did Peskov say about Kyiv?', 'said'],
    ['How did Zelensky describe Russia’s stance?', 'said'],
    ['How does the OSCE monitor a truce?', 'how'],
    ['Did Russia accept the proposal?', 'yes-no'],
    ['What did Russia present at the Istanbul talks?', 'what'],
  ])('%s → %s', (question, type) => {
    expect(questionType(question)).toBe(type);
  });
});

describe('namesIn', () => {
  it.each<[string, string[]]>([
    ['What did Xi Jinping say about the ceasefire?', ['Xi Jinping']],
    ['What is the name of the Dutch prime minister?', ['Dutch']],
    ['Who is Russia’s foreign minister?', ['Russia']],
    ['What did Dmitry Peskov say Kyiv must do first?', ['Dmitry Peskov', 'Kyiv']],
    ['when did the talks end?', []],
  ])('%s → %j', (question, names) => {
    expect(namesIn(question).sort()).toEqual([...names].sort());
  });
});

describe('questionFocus', () => {
  it.each<[string, string | undefined]>([
    ['What is the weather in Kyiv tomorrow?', 'weather'],
    ['How many Ukrainian soldiers have been killed?', 'soldiers'],
    ['What is the name of the Dutch prime minister?', 'minister'],
    ['What did Russia present at the Istanbul talks?', undefined],
    ['Which international financial institutions are expected to support Ukraine?', 'institutions'],
  ])('%s → %s', (question, focus) => {
    expect(questionFocus(question)).toBe(focus);
  });
});

describe('analyseQuestion topic of a said-question', () => {
  it.each<[string, string | undefined]>([
    ["what did lavrov say about zelenskyy's proposal for a meeting", 'proposal'],
    ['What did Starmer say about the 50 day deadline?', 'deadline'],
    ['what did peskov say', undefined],
    ['Where will they meet about the truce?', undefined],
  ])('%s → %s', (question, topic) => {
    expect(analyseQuestion(question).topic).toBe(topic);
  });
});

describe('analyseQuestion terms', () => {
  it.each<[string, string[]]>([
    ['Who is Russia’s foreign minister?', ['russia', 'foreign', 'minister']],
    ['What did Dmitry Peskov say Kyiv must do first?', ['dmitry', 'peskov', 'kyiv', 'first']],
    ['+-~^*: who:said', []],
  ])('%s → %j', (question, words) => {
    expect(analyseQuestion(question).terms.map((t) => t.word)).toEqual(words);
  });

  it('links a demonym to its place and a word to its synonyms', () => {
    const [russia] = analyseQuestion('Russia').terms;
    expect(russia?.alternatives).toContain('russian');
    const [kyiv] = analyseQuestion('Kyiv').terms;
    expect(kyiv?.alternatives).toContain('ukrain');
    // WordNet: "negotiation" is a sense of "talks", worth less than the word itself
    const talks = analyseQuestion('What came of the talks?').terms.find((t) => t.word === 'talks');
    const negotiation = talks?.related.find((r) => r.stem === 'negoti');
    expect(negotiation?.weight).toBeGreaterThan(0);
    expect(negotiation?.weight).toBeLessThan(1);
    // …and a sense the tagged corpus rarely uses relates nothing ("position": 12 of attitude's 78 uses)
    const [attitude] = analyseQuestion('attitude').terms;
    expect(attitude?.related.map((r) => r.stem)).not.toContain('posit');
  });
});

// WordNet's multi-word lemmas: a phrasal verb is one term matched by its synonyms, a compound sits beside its words
describe('analyseQuestion: phrasal verbs and compounds from WordNet', () => {
  it.each<[string, string, string | undefined, string[]]>([
    // question → the phrase term, one of its related stems, words that stay terms
    ['how did lavrov brush off the deadline', 'brush_off', stem('dismiss'), ['lavrov', 'deadline']],
    ['how much has the eu set aside', 'set_aside', stem('earmark'), ['eu']],
    ['who is the prime minister of poland', 'prime_minister', undefined, ['prime', 'minister', 'poland']],
  ])('%s → %s', (question, phrase, related, words) => {
    const { terms } = analyseQuestion(question);
    const term = terms.find((t) => t.word === phrase);
    expect(term).toBeDefined();
    if (related) expect(term!.related.map((r) => r.stem)).toContain(related);
    for (const word of words) expect(terms.map((t) => t.word)).toContain(word);
  });

  it.each(['what did lavrov say', 'who brushed the dust off'])('finds no phrase in %s', (question) => {
    expect(analyseQuestion(question).terms.some((t) => t.word.includes('_'))).toBe(false);
  });
});
