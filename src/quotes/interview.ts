import type { Article, Paragraph } from '../knowledge/types.js';
import { type EntityTable, resolveEntity } from '../nlp/entities/index.js';

export interface InterviewAnswer {
  paragraph: Paragraph;
  /** canonical name of the person answering */
  speaker: string;
  /** body offsets of the answer's words, after the speaker's label */
  start: number;
  end: number;
}

// "Corinna Staub: It was …", "Staub: They are …", "AR: What …": a label of up to four capitalised words
// (or an abbreviation), a colon, then the turn's words
const TURN = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|al|el|bin)){0,3}):\s+(?=\S)/u;

/**
 * A Q&A interview is a quotation without quotation marks: paragraphs that open with a speaker's label
 * and a colon. They are answers when the article reads as a dialogue — at least two turns labelled with
 * one person the entity layer knows and at least one turn labelled otherwise (the interviewer, "Q", the
 * outlet) — so a lone "Name: words" line (a live blog's heading, a caption) is never taken for one.
 */
export function interviewAnswers(article: Article, entities: EntityTable): InterviewAnswer[] {
  const turns = article.paragraphs
    .filter((p) => p.kind === 'body')
    .flatMap((paragraph) => {
      const label = TURN.exec(paragraph.text);
      if (!label) return [];
      const entity = resolveEntity(entities, label[1]!);
      const person = entity?.type === 'person' ? entity.name : undefined;
      return [{ paragraph, person, skip: label[0].length }];
    });
  const answers: InterviewAnswer[] = [];
  const counts = new Map<string, number>();
  for (const turn of turns) if (turn.person) counts.set(turn.person, (counts.get(turn.person) ?? 0) + 1);
  for (const [person, count] of counts) {
    const others = turns.filter((t) => t.person !== person).length;
    if (count < 2 || others < 1) continue;
    for (const turn of turns) {
      if (turn.person !== person) continue;
      const { paragraph, skip } = turn;
      let end = paragraph.end;
      while (end > paragraph.start + skip && /\s/.test(article.body[end - 1]!)) end--;
      answers.push({ paragraph, speaker: person, start: paragraph.start + skip, end });
    }
  }
  return answers.sort((a, b) => a.start - b.start);
}
