import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/ask/conversation.js';
import type { AnswerOf } from '../../src/index.js';
import { realEngine } from '../helpers.js';

const earlier: AnswerOf<'answer'> = {
  kind: 'answer',
  text: 'Zelensky proposed a meeting.',
  abstained: false,
  confidence: 0.9,
  citations: [],
};

describe('readLine: what a line typed to /ask is', () => {
  it.each<[string, string]>([
    ['hi', 'not-a-question'],
    ['thanks!', 'not-a-question'],
    ['help', 'not-a-question'],
    ['clear', 'not-a-question'],
    ['Good morning', 'not-a-question'],
    ['go on', 'clarify'],
    ['and what about odesa?', 'clarify'],
    ['what did she say after that?', 'clarify'],
    ['tell me more', 'clarify'],
    ['same question but for russia', 'clarify'],
    ['same for the EU', 'clarify'],
    ['what did lavrov say', 'question'],
    ['what is the OSCE', 'question'],
  ])('%s → %s (no conversation before it)', (line, kind) => {
    expect(readLine(line).kind).toBe(kind);
  });

  // the bundled articles' entity table says who is named, however typed
  it.each<[string, string]>([
    ['who was trump with when he announced the tariffs', 'question'],
    ['what did lavrov say after that', 'question'],
    ['what did she say after that', 'clarify'],
  ])('%s → %s: a pronoun after a name the entity layer finds leans on that name', async (line, kind) => {
    const { knowledge } = await realEngine();
    const { findMentions } = await import('../../src/nlp/entities/index.js');
    const namesSomeone = (text: string) => findMentions(knowledge.entities, text).length > 0;
    expect(readLine(line, [], namesSomeone).kind).toBe(kind);
  });

  it.each<[string, string, string]>([
    ['What is the US doing?', 'and what about Europe?', 'What is Europe doing?'],
    ['what are the demands', 'what about the sanctions', 'what are the demands the sanctions'],
    ['What did Zelensky propose', 'go on', 'What did Zelensky propose'],
    ['What is the US doing?', 'same question but for Europe', 'What is Europe doing?'],
  ])('with a previous turn (%s), %s continues it', (before, line, expected) => {
    const reading = readLine(line, [{ question: before, answer: earlier }]);
    expect(reading.kind).toBe('question');
    if (reading.kind === 'question') expect(reading.text).toBe(expected);
  });
});

describe('/ask never answers a greeting or a lone follow-up with a search hit', () => {
  it.each(['hi', 'thanks!', 'go on', 'and what about odesa?', 'what did she say after that?'])(
    '%s',
    async (line) => {
      const answer = await (await realEngine()).ask(line);
      expect(answer).toMatchObject({ abstained: true, citations: [] });
    },
  );

  it('asks to clarify a follow-up with nothing before it, and continues one with context', async () => {
    const engine = await realEngine();
    expect((await engine.ask('go on')).clarify).toBe(true);
    const first = await engine.ask('How is Europe reacting?');
    expect(first.abstained).toBe(false);
    const next = await engine.ask('go on', {
      turns: [{ question: 'How is Europe reacting?', answer: first }],
    });
    const shown = new Set(first.points?.map((p) => `${p.citation.articleId}:${p.citation.start}`));
    for (const point of next.points ?? [])
      expect(shown.has(`${point.citation.articleId}:${point.citation.start}`)).toBe(false);
  });
});
