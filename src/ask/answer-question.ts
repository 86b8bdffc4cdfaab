import type { AnswerOf } from '../answer.js';
import type { KnowledgeBase } from '../knowledge-base.js';

export function answerQuestion(_kb: KnowledgeBase, question: string): AnswerOf<'answer'> {
  return { kind: 'answer', question, text: 'not yet', abstained: true, confidence: 0, citations: [] };
}
