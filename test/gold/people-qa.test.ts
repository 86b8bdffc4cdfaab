import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type QaGold, QUESTION_KINDS, readQaSet } from '../../scripts/eval/gold.js';
import {
  isSearchHit,
  pointsCovered,
  type QaRow,
  reliability,
  scoreQa,
  scoreRow,
  summarise,
} from '../../scripts/eval/score.js';
import { answerStringsNotInSources, readSeedTexts } from '../../scripts/eval/seeds.js';
import { assignSplits } from '../../scripts/eval/split.js';
import { scoreSets } from '../../scripts/eval.js';
import type { Answer } from '../../src/index.js';
import { CLI_COMMAND, KNOWLEDGE_DIR, ROOT } from '../helpers.js';

const SET = join(ROOT, 'test', 'fixtures', 'people-qa.jsonl');
const seeds = await readSeedTexts(KNOWLEDGE_DIR);
const [[src, body]] = [...seeds.entries()] as [[string, string]];
// a real sentence of a real article, cut at a sentence end, to build replies the scorer must judge
const passage = body.slice(0, body.indexOf('.', 200) + 1).trim();
const word = passage.split(/\s+/).find((w) => /^[a-z]{6,}$/i.test(w))!;

const answer = (over: Partial<Extract<Answer, { kind: 'answer' }>> = {}): Answer => ({
  kind: 'answer',
  text: passage,
  abstained: false,
  confidence: 0.9,
  citations: [
    { articleId: 'a', title: 't', outlet: null, published: '2025-01-01', passage, start: 0, end: 1 },
  ],
  ...over,
});
const abstention = answer({ abstained: true, confidence: 0, citations: [], text: "The articles don't say." });

describe('the people-typed question set (frozen: test/fixtures/README.md)', async () => {
  const set = await readQaSet(SET);

  it('has at least 170 questions, 35 unanswerable, every kind, chit-chat and follow-ups expecting no hit', () => {
    expect(set.length).toBeGreaterThanOrEqual(170);
    expect(set.filter((g) => g.kind === 'unanswerable' && g.abstain).length).toBeGreaterThanOrEqual(35);
    expect(new Set(set.map((g) => g.kind))).toEqual(new Set(QUESTION_KINDS));
    for (const g of set.filter((x) => x.kind === 'chitchat' || x.kind === 'followup'))
      expect(g.expect, g.id).toBe('not-answer');
    for (const g of set.filter((x) => x.kind === 'summary'))
      expect(g.points?.length, g.id).toBeGreaterThan(1);
  });

  it('keeps the split drawn before tuning (seed 12, 60% of each kind to train)', () => {
    const redrawn = assignSplits(
      set.map(({ split: _split, ...g }) => g),
      12,
    );
    expect(redrawn.map((g) => g.split)).toEqual(set.map((g) => g.split));
  });

  it('expects only strings its articles contain', () => {
    expect(answerStringsNotInSources(set, seeds)).toEqual([]);
  });
});

describe('scoring rules', () => {
  const ask: QaGold = { id: 'x', q: 'q', any: [word], src };
  it.each<[string, QaGold, Answer, boolean]>([
    ['a right answer cited from its article', ask, answer(), true],
    ['the right words cited from another article', { ...ask, src: 'elsewhere.txt' }, answer(), false],
    ['an answer without the expected words', { ...ask, any: ['zzzz'] }, answer(), false],
    ['an abstention on an answerable question', ask, abstention, false],
    ['an abstention on an unanswerable one', { id: 'u', q: 'q', abstain: true }, abstention, true],
    ['a hit on an unanswerable one', { id: 'u', q: 'q', abstain: true }, answer(), false],
    ['help for chit-chat', { id: 'c', q: 'hi', expect: 'not-answer' }, { kind: 'help', commands: [] }, true],
    ['an abstention for chit-chat', { id: 'c', q: 'hi', expect: 'not-answer' }, abstention, true],
    ['a search hit for chit-chat', { id: 'c', q: 'go on', expect: 'not-answer' }, answer(), false],
  ])('%s', (_name, gold, reply, pass) => {
    expect(scoreQa(gold, reply, seeds).pass).toBe(pass);
  });

  it('counts a summary point only when an answer point states it and cites its article', () => {
    const gold = [
      { any: [word], src },
      { any: ['zzzz'], src },
      { any: [word], src: 'elsewhere.txt' },
    ];
    expect(pointsCovered(gold, answer(), seeds)).toEqual({ covered: 1, total: 3, fromAnswerPoints: false });
    // the multi-point shape of issue #12: points [{text, citation}] beside text and citations
    const withPoints = {
      ...answer(),
      points: [
        { text: passage, citation: { passage } },
        { text: 'zzzz', citation: { passage } },
      ],
    } as unknown as Answer;
    expect(pointsCovered(gold, withPoints, seeds)).toEqual({ covered: 2, total: 3, fromAnswerPoints: true });
    expect(pointsCovered(gold, abstention, seeds).covered).toBe(0);
  });

  const row = (confidence: number, correct: boolean, answered = true): QaRow =>
    ({ answered, correct, confidence, expected: 'answer', kind: 'worded', split: 'test' }) as QaRow;

  it.each<[number, number]>([
    [0, 0],
    [0.19, 0],
    [0.2, 1],
    [0.79, 3],
    [0.8, 4],
    [1, 4],
  ])('bins confidence %s into bin %s', (confidence, bin) => {
    const bins = reliability([row(confidence, true)]);
    expect(bins.map((b) => b.answers)).toEqual([0, 1, 2, 3, 4].map((i) => (i === bin ? 1 : 0)));
  });

  it('counts wrong-and-confident among the answers given, not among abstentions', () => {
    const s = summarise([row(0.9, false), row(0.85, true), row(0.5, false), row(0, true, false)]);
    expect(s.wrongConfident).toEqual({ n: 1, of: 3 });
    expect(s.reliability[4]).toMatchObject({ answers: 2, right: 1, accuracy: 0.5 });
    expect(s.answeredRight).toEqual({ n: 2, of: 4 });
  });

  it('rejects a set line that cannot be scored', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'qa-')), 'bad-qa.jsonl');
    await writeFile(file, '{"id":"a","q":"x","any":["y"]}\n');
    await expect(readQaSet(file)).rejects.toThrow(/needs a src/);
    expect(isSearchHit(abstention)).toBe(false);
    expect(scoreRow({ id: 'c', q: 'hi', expect: 'not-answer' }, answer(), seeds).correct).toBe(false);
  });
});

// the held-out half of the set, through the CLI as the bot is judged, so a regression fails
describe('/ask on the people-typed test split', () => {
  // floors a little under the scores measured after this session's #12 work (README "Quality, measured":
  // 20/43 answered, 9/18 abstained, 40/72 in all, 11/11 chat, 2/37 wrong and confident), never tuned on
  it('answers, abstains and stays unconfident when wrong at least as well as measured', async () => {
    const [test] = await scoreSets([SET], { only: 'test', command: CLI_COMMAND });
    const s = test!.summary;
    expect(test!.split).toBe('test');
    expect(s.questions).toBe(72);
    expect(s.answeredRight.n).toBeGreaterThanOrEqual(18);
    expect(s.abstainedRight.n).toBeGreaterThanOrEqual(8);
    expect(s.overall.n).toBeGreaterThanOrEqual(37);
    expect(s.notAnswerRight.n).toBeGreaterThanOrEqual(10);
    expect(s.wrongConfident.n / s.wrongConfident.of).toBeLessThanOrEqual(0.12);
    // one CLI process answers the whole split: seconds idle, past the default 30 s on a loaded CI machine
  }, 240_000);
});
