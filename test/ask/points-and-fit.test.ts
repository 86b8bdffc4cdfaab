import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../scripts/fit-confidence.js';
import { acceptedKinds } from '../../src/ask/answer-type.js';
import { confidenceLabel } from '../../src/ask/confidence.js';
import { ownedByAnother } from '../../src/ask/rank-sentences.js';
import { analyseQuestion } from '../../src/nlp/question.js';
import { stem } from '../../src/nlp/stems.js';
import { realEngine } from '../helpers.js';

describe('acceptedKinds: what can answer a question', () => {
  it.each<[string, string[] | undefined]>([
    ['When did the envoys arrive?', ['date']],
    ['On what date did the talks start?', ['day']],
    ['How many prisoners were exchanged?', ['number']],
    ['How long did the talks last?', ['number', 'date']],
    ['Who led the delegation?', ['person', 'organisation', 'group']],
    ['Where will they meet?', ['place']],
    ['What did Russia present?', undefined],
    ['What percentage of Ukrainians oppose a deal?', ['percent']],
    ['How much money has the EU set aside?', ['money']],
    ['How much will rebuilding cost?', ['money']],
    ['How much territory does Russia hold?', ['number']],
    ['how old is the new envoy', ['age']],
    ['how often has the truce been broken', ['number']],
  ])('%s → %j', (question, kinds) => {
    expect(acceptedKinds(analyseQuestion(question))).toEqual(kinds);
  });
});

describe('confidenceLabel', () => {
  it.each<[number, string]>([
    [0.95, 'strong match'],
    [0.8, 'strong match'],
    [0.6, 'partial match'],
    [0.3, 'weak match'],
  ])('%d → %s', (confidence, label) => {
    expect(confidenceLabel(confidence)).toBe(label);
  });
});

describe('fitLogistic', () => {
  it('learns a positive weight for a feature that separates right from wrong', () => {
    const examples = Array.from({ length: 40 }, (_, i) => ({
      x: [i / 40, (i * 7) % 3],
      y: i >= 20 ? 1 : 0,
      answerable: true,
    }));
    const { weights, bias } = fitLogistic(examples);
    const p = (x: number[]) => 1 / (1 + Math.exp(-(bias + x[0]! * weights[0]! + x[1]! * weights[1]!)));
    expect(weights[0]).toBeGreaterThan(0);
    expect(p([0.9, 1])).toBeGreaterThan(0.5);
    expect(p([0.1, 1])).toBeLessThan(0.5);
  });
});

describe('/ask answers on the real articles', () => {
  it('answers a question that wants several things with distinct points from several articles, newest first', async () => {
    const answer = await (await realEngine()).ask('How is Europe reacting?');
    expect(answer.abstained).toBe(false);
    const points = answer.points ?? [];
    expect(points.length).toBeGreaterThan(1);
    expect(new Set(points.map((p) => p.citation.articleId)).size).toBeGreaterThan(1);
    const dates = points.map((p) => p.citation.published);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(points.map((p) => p.text)).size).toBe(points.length);
    for (const point of points) expect(point.text).toBe(point.citation.passage);
  });

  it('says as of when every answer is news, with a confidence label', async () => {
    const answer = await (await realEngine()).ask('Who is Russia’s foreign minister?');
    expect(answer.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(answer.asOf).toBe([...answer.citations.map((c) => c.published)].sort().at(-1) ?? answer.asOf);
    expect(answer.confidenceLabel).toBeDefined();
  });

  it.each([
    'How many prisoners have Russia and Ukraine exchanged so far?',
    'How many civilians died in the strike?',
  ])('abstains when no passage holds the kind of answer asked for: %s', async (question) => {
    expect((await (await realEngine()).ask(question)).abstained).toBe(true);
  });
});

// invented sentences: a named owner other than the question's
describe('ownedByAnother: the thing asked about belongs to someone else', () => {
  const ukraineGdp = { focus: stem('gdp'), owner: new Set([stem('ukraine'), stem('kyiv')]) };
  it.each<[string, boolean]>([
    ['Official estimates say Russia’s GDP contracted by 3% last year.', true],
    ["Russia's annual GDP growth slowed.", true],
    ['Ukraine’s GDP fell by a third in the first year of the war.', false],
    ["Kyiv's GDP figures were revised.", false],
    // no owner by name, or the owner of something else
    ['The country’s GDP fell by a third.', false],
    ['Russia’s army took the town, and GDP figures were not published.', false],
  ])('%s → %s', (text, expected) => {
    expect(ownedByAnother(text, ukraineGdp)).toBe(expected);
  });

  it('reads the owner of the focus from the question', () => {
    expect(analyseQuestion("whats ukraine's gdp").owner).toBe('ukraine');
    expect(analyseQuestion("what is russia's annual oil revenue").owner).toBe('russia');
    expect(analyseQuestion('what is the gdp of ukraine').owner).toBeUndefined();
  });
});
