import { describe, expect, it } from 'vitest';
import { questionSpeaker } from '../../src/ask/speakers.js';
import { spellingVariant, typingDistance } from '../../src/ask/spelling.js';
import { analyseQuestion } from '../../src/nlp/question.js';
import { stem } from '../../src/nlp/stems.js';
import { realEngine } from '../helpers.js';

describe('typingDistance: a swap of neighbouring letters is one slip', () => {
  it.each<[string, string, number]>([
    ['trump', 'trmup', 1],
    ['witkoff', 'witkof', 1],
    ['protocol', 'protocl', 1],
    ['memorandum', 'memorandom', 1],
    ['istanbul', 'istnabul', 1],
    ['ceasefire', 'ceasfire', 1],
    ['sanction', 'snactoin', 2],
    ['russia', 'prussia', 1],
    ['kremlin', 'berlin', 3],
  ])('%s ~ %s = %i', (a, b, distance) => {
    expect(typingDistance(a, b, 3)).toBe(distance);
  });
});

describe('spellingVariant: a word that is neither the articles’ nor English is read as the articles’ word', () => {
  it.each<[string, string | undefined]>([
    ['witkof', 'witkoff'],
    ['trmup', 'trump'],
    ['protocls', stem('protocols')],
    ['memorandom', stem('memorandum')],
    ['secratary', stem('secretary')],
    // English words the articles do not use are the asker's own words, not typos
    ['senators', undefined],
    ['warheads', undefined],
    // words the articles use are left as they are
    ['ceasefire', undefined],
  ])('%s → %s', async (word, expected) => {
    const kb = (await realEngine()).knowledge;
    expect(spellingVariant(kb, word, stem(word))).toBe(expected);
  });
});

describe('a said-question asks for the words of the person it names', () => {
  it.each<[string, string | undefined]>([
    ['what did merz say on the video call', 'Friedrich Merz'],
    ['What did Lavrov say about Zelenskyy’s proposal?', 'Sergey Lavrov'],
    ['what did trmup say about trade', 'Donald Trump'],
    ['what has the kremlin said about negotiating', undefined],
    ['who is the nato secretary general', undefined],
  ])('%s → %s', async (question, speaker) => {
    const kb = (await realEngine()).knowledge;
    const analysis = analyseQuestion(question);
    const terms = analysis.terms.map((t) => {
      const variant = spellingVariant(kb, t.word, t.stem);
      return variant ? { ...t, alternatives: [...t.alternatives, variant] } : t;
    });
    expect(questionSpeaker(kb, analysis, terms)).toBe(speaker);
  });

  it.each([
    // named in the articles, but never quoted or reported as saying anything
    'what did merz say on the video call',
    'what did von der leyen say',
    'what did macron say about witkoff',
    // named beside a quotation the quote layer credits to someone else ("…,” Trump said during a
    // meeting with NATO Secretary General Mark Rutte"): that is Trump's words, not Rutte's
    'what did rutte say about the tariffs',
  ])('abstains on %s', async (question) => {
    const answer = await (await realEngine()).ask(question);
    expect(answer.abstained).toBe(true);
  });

  it.each<[string, RegExp]>([
    ['what did trmup say about trade', /settling wars/],
    ['what did lavrov call trumps threat', /political theater/],
    ['what did marco rubio warn', /walk away/],
  ])('answers %s with their words', async (question, expected) => {
    const answer = await (await realEngine()).ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it.each<[string, RegExp]>([
    ['who is witkof', /Witkoff/],
    ['wats the minsk protocls', /Minsk Protocols/],
  ])('reads a typo as the word the articles use: %s', async (question, expected) => {
    const answer = await (await realEngine()).ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });
});
