import { entityNamed } from '../nlp/entities/index.js';
import { type ArticleContext, isPerson } from './article-context.js';
import { PRONOUNS, UNNAMED_SOURCE } from './cues.js';

/** Something that can be the subject of a reporting verb. */
export interface Subject {
  start: number;
  end: number;
  kind: 'entity' | 'pronoun' | 'unnamed';
  /** canonical name (entity), the pronoun, or the description of an unnamed source */
  text: string;
}

// ", who held a subsequent call with Trump and several European allies," is not where a subject is
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|whom)\b[^,;]*,/g;

/** Subjects in body range [from, to), in text order, outside relative clauses and quotations. */
export function subjectsIn(ctx: ArticleContext, from: number, to: number): Subject[] {
  const text = ctx.masked.slice(from, to);
  const skipped = [...text.matchAll(RELATIVE_CLAUSE)].map((m) => [
    from + m.index,
    from + m.index + m[0].length,
  ]);
  const outside = (start: number) => !skipped.some(([a, b]) => start >= a! && start < b!);
  const subjects: Subject[] = [];
  for (const mention of ctx.mentions) {
    if (mention.start < from || mention.end > to || !outside(mention.start)) continue;
    const type = entityNamed(ctx.entities, mention.entity)?.type;
    if (type === 'place') continue;
    subjects.push({ start: mention.start, end: mention.end, kind: 'entity', text: mention.entity });
  }
  for (const match of text.matchAll(/\b(he|she|He|She)\b/g)) {
    const start = from + match.index;
    if (outside(start))
      subjects.push({ start, end: start + match[0].length, kind: 'pronoun', text: match[0].toLowerCase() });
  }
  for (const match of text.matchAll(UNNAMED_SOURCE)) {
    const start = from + match.index;
    const description = match[0].charAt(0).toLowerCase() + match[0].slice(1);
    const named = subjects.some(
      (s) =>
        s.kind === 'entity' && s.start >= start && s.end <= start + match[0].length && isPersonName(ctx, s),
    );
    if (outside(start) && !named)
      subjects.push({ start, end: start + match[0].length, kind: 'unnamed', text: description });
  }
  return subjects.sort((a, b) => a.start - b.start);
}

function isPersonName(ctx: ArticleContext, subject: Subject): boolean {
  return entityNamed(ctx.entities, subject.text)?.type === 'person';
}

/**
 * The person a pronoun stands for: the first compatible person named in its own sentence before it,
 * else in each earlier sentence (the previous sentence's subject first), a few sentences back at most.
 */
export function resolvePronoun(ctx: ArticleContext, pronoun: Subject): string | undefined {
  const gender = PRONOUNS[pronoun.text];
  const sentences = ctx.article.sentences;
  let index = sentences.findLastIndex((s) => s.start <= pronoun.start);
  for (let back = 0; index >= 0 && back < 5; index--, back++) {
    const sentence = sentences[index]!;
    const end = back === 0 ? pronoun.start : sentence.end;
    const person = ctx.mentions.find((m) => {
      if (m.start < sentence.start || m.end > end || !isPerson(ctx, m)) return false;
      const known = entityNamed(ctx.entities, m.entity)?.gender;
      return !gender || !known || known === gender;
    });
    if (person) return person.entity;
  }
  return undefined;
}
