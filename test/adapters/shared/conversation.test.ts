import { describe, expect, it } from 'vitest';
import { answerInConversation } from '../../../adapters/shared/conversation.js';
import { MemoryConversationStore } from '../../../src/index.js';
import { realEngine } from '../../helpers.js';

const keyOf = (c: { articleId: string; start: number }) => `${c.articleId}:${c.start}`;

// the bug: the turn kept for "go on" was the words "go on", so a second "go on" searched for them
describe('a conversation keeps what was really asked', () => {
  it('a second "go on" continues the first question with points not shown yet', async () => {
    const engine = await realEngine();
    const store = new MemoryConversationStore();
    const question = 'How is Europe reacting?';
    const answers = [];
    for (const line of [`/ask ${question}`, 'go on', 'go on']) {
      const answer = await answerInConversation(engine, store, 'thread', line);
      if (answer.kind !== 'answer') throw new Error(`got ${answer.kind}`);
      answers.push(answer);
    }
    const [first, second, third] = answers;
    expect(first!.abstained).toBe(false);
    expect(second!.resolvedQuestion).toBe(question);
    expect(third!.resolvedQuestion).toBe(question);
    // every kept turn says what it answered
    expect((await store.turns('thread')).map((t) => t.question)).toEqual([question, question, question]);
    // nothing shown twice across the three answers (the third may say that is all)
    const shown = [...(first!.points ?? []), ...(second!.points ?? [])].map((p) => keyOf(p.citation));
    expect(new Set(shown).size).toBe(shown.length);
    for (const point of third!.abstained ? [] : (third!.points ?? []))
      expect(shown).not.toContain(keyOf(point.citation));
    if (third!.abstained) expect(third!.text).toMatch(/all the articles say/);
  });

  it('"and what about X" is kept as the question it stands for', async () => {
    const engine = await realEngine();
    const store = new MemoryConversationStore();
    await answerInConversation(engine, store, 'dm', '/ask What did Zelensky propose?');
    const answer = await answerInConversation(engine, store, 'dm', 'and what about Putin?');
    if (answer.kind !== 'answer') throw new Error(`got ${answer.kind}`);
    expect(answer.resolvedQuestion).toBe('What did Putin propose?');
    expect((await store.turns('dm')).at(-1)?.question).toBe('What did Putin propose?');
  });
});
