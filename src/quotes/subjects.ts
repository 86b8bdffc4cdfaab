import { isDemonym } from '../nlp/demonyms.js';
import { entityNamed, TITLE_HEADS } from '../nlp/entities/index.js';
import { wordTags } from '../nlp/entities/lexicon.js';
import { isPersonNoun } from '../nlp/wordnet.js';
import { type ArticleContext, isPerson } from './article-context.js';
import {
  BARE_PLURAL_SOURCE,
  INSTITUTION,
  NAMED_INSTITUTION,
  PRONOUNS,
  SOURCE_HEADS,
  UNNAMED_SOURCE,
} from './cues.js';
import { groupPhrases, type PhraseMatch, personPhrases } from './described-sources.js';

/** Something that can be the subject of a reporting verb. */
export interface Subject {
  start: number;
  end: number;
  /**
   * entity: a name the entity layer knows; pronoun: he/she; unnamed: a described source ("a senior
   * official"); institution: "the ministry"; description: "the minister", resolved to a person named
   * before it when the article allows
   */
  kind: 'entity' | 'pronoun' | 'unnamed' | 'institution' | 'description';
  /** canonical name (entity), the pronoun, or the words that describe the speaker */
  text: string;
  /** entity type, for entities */
  type?: 'person' | 'organisation' | 'place' | undefined;
}

// "One of them, a retired electrician,": the appositive after "one of" a group
const ONE_OF_THEM =
  /\b[Oo]ne of (?:them|those|whom|the\s+\p{Ll}+)\s*,\s*((?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+))\s*,/gu;

// the head noun of a described source: "spokesman" in "a spokesman for the minister"
const SOURCE_HEAD = new RegExp(`\\b(?:${SOURCE_HEADS})\\b`, 'iu');

// ", who held a subsequent call with Trump and several European allies," is not where a subject is
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|whom)\b[^,;]*,/g;

// "the minister", "the Austrian foreign minister": a person named by their title alone
const DESCRIPTION = new RegExp(
  `\\b(?:the|The)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${[...TITLE_HEADS].join('|')})\\b(?!\\s+\\p{Lu})`,
  'gu',
);

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
    subjects.push({ start: mention.start, end: mention.end, kind: 'entity', text: mention.entity, type });
  }
  for (const match of text.matchAll(/\b(he|she|He|She)\b/g)) {
    const start = from + match.index;
    if (outside(start))
      subjects.push({ start, end: start + match[0].length, kind: 'pronoun', text: match[0].toLowerCase() });
  }
  const described = (pattern: RegExp | PhraseMatch[], kind: Subject['kind']) => {
    for (const match of pattern instanceof RegExp ? text.matchAll(pattern) : pattern) {
      const start = from + match.index;
      let end = start + match[0].length;
      // "a spokesman for Recep Tayyip Erdogan", "an aide to …": a name after the head's preposition is
      // whose source it is; the source takes in the whole name and is the subject, not the name
      const head = kind === 'unnamed' ? SOURCE_HEAD.exec(match[0]) : null;
      const headEnd = head ? start + head.index + head[0].length : end;
      for (const s of subjects)
        if (s.kind === 'entity' && s.start >= headEnd && s.start < end) end = Math.max(end, s.end);
      // a described source that contains a person's name is that person ("… official Dmitry Peskov")
      const overlaps = subjects.some(
        (s) =>
          s.kind === 'entity' &&
          s.start < headEnd &&
          s.end > start &&
          // "one of Trump’s envoys" is the envoy: a possessive name says whose source it is
          ((s.type === 'person' && !/^['’]s\b/.test(ctx.masked.slice(s.end, s.end + 3))) ||
            (s.start <= start && s.end >= end)),
      );
      // "Oksana Lirnyk, the delegation head, said", "Naftorez, the state gas company, said": an appositive
      // describes the name before it
      const appositive = subjects.some(
        (s) =>
          s.kind === 'entity' &&
          (s.type === 'person' || s.type === 'organisation') &&
          (/^,\s*$/.test(ctx.masked.slice(s.end, start)) || /^,\s*$/.test(ctx.masked.slice(end, s.start))),
      );
      // "the head of the regional administration said", "the ministry's spokeswoman said": a noun
      // phrase after 'of' or before a possessive belongs to another noun, which is the subject
      const complement =
        /\bof\s+$/i.test(ctx.masked.slice(Math.max(0, start - 4), start)) ||
        /^['’]s\b/.test(ctx.masked.slice(end, end + 3));
      // "the Daily Courier" is the outlet the entity layer knows: it speaks under its name
      const named = subjects.some(
        (s) => s.kind === 'entity' && s.end === end && /^the\s+$/i.test(ctx.masked.slice(start, s.start)),
      );
      if (!outside(start) || overlaps || appositive || complement || named) continue;
      // "The European diplomat" → "the European diplomat"; "Ukraine's foreign ministry" keeps its name
      const written = ctx.masked.slice(start, end);
      const words =
        /^\p{Lu}\p{Ll}*(?:\s|$)/u.test(written) &&
        !/['’]s\s/.test(`${written.split(/\s+/).slice(0, 1).join(' ')} `)
          ? written.charAt(0).toLowerCase() + written.slice(1)
          : written;
      subjects.push({ start, end, kind, text: words });
    }
  };
  described(UNNAMED_SOURCE, 'unnamed');
  // "One of them, who was in the room, put it bluntly:": one of the group named before (oneOfThem)
  for (const match of text.matchAll(/\b[Oo]ne of them\b(?!\s*,\s*(?:a|an)\s)/g)) {
    const start = from + match.index;
    if (outside(start))
      subjects.push({ start, end: start + match[0].length, kind: 'unnamed', text: 'one of them' });
  }
  // "One of them, a retired electrician, put it bluntly:", "One of them, a fish trader, said …": the
  // appositive describes one person of a group just named (WordNet files the head under noun.person)
  for (const match of text.matchAll(ONE_OF_THEM)) {
    const head = match[2]!;
    if (!isPersonNoun(head)) continue;
    const start = from + match.index + match[0].indexOf(match[1]!);
    if (outside(start))
      subjects.push({ start, end: start + match[1]!.length, kind: 'unnamed', text: match[1]! });
  }
  described(BARE_PLURAL_SOURCE, 'unnamed');
  // "the official" with no other word refers back to someone: a description, resolved or left unnamed
  for (const s of subjects)
    if (s.kind === 'unnamed' && /^(?:the|this|that)\s+\S+$/i.test(s.text)) s.kind = 'description';
  described(INSTITUTION, 'institution');
  described(NAMED_INSTITUTION, 'institution');
  // the same kinds by their head noun's WordNet sense, beyond the lists: "the airline", "a police officer"
  described(groupPhrases(text), 'institution');
  described(personPhrases(text), 'unnamed');
  described(DESCRIPTION, 'description');
  described(
    [...text.matchAll(EPITHET)].filter((m) => isEpithet(m[0])),
    'description',
  );
  // one span, one subject: the longest reading of the words ("the senior official" over "the official")
  return subjects
    .filter((s) => !subjects.some((o) => o !== s && o.start <= s.start && o.end >= s.end && longer(o, s)))
    .sort((a, b) => a.start - b.start);
}

function longer(a: Subject, b: Subject): boolean {
  const size = (s: Subject) => s.end - s.start;
  if (size(a) !== size(b)) return size(a) > size(b);
  // the same words: a known name first, then a described source, an institution, a title
  const rank = ['entity', 'unnamed', 'institution', 'description', 'pronoun'];
  return rank.indexOf(a.kind) < rank.indexOf(b.kind);
}

/** What a pronoun stands for: a named person, or an unnamed source kept as the text describes it. */
export interface Antecedent {
  speaker: string;
  named: boolean;
}

const LOOKBACK_SENTENCES = 12;

/**
 * What "he"/"she" stands for, walking back from the pronoun, sentence by sentence (its own sentence
 * first), each sentence's people in order (its subject first):
 * - a person of the other gender is passed over ("she said" after a paragraph about a man);
 * - in the pronoun's own paragraph, a person of the same gender is the one meant, and so is a person of
 *   unknown gender in the pronoun's sentence or the one before;
 * - across a paragraph break, a person of the same or unknown gender is meant only when no one else the
 *   pronoun could mean is named before them within the look-back (up to a dozen sentences: "she said"
 *   four paragraphs after the name, only men in between); otherwise the reading is a guess and the
 *   quote stays unattributed;
 * - a singular unnamed source met first ("I asked a German official … She shrugged") is the one meant,
 *   and stays described: it is never swapped for a named person further back.
 */
export function resolvePronoun(ctx: ArticleContext, pronoun: Subject): Antecedent | undefined {
  const gender = PRONOUNS[pronoun.text];
  const sentences = ctx.article.sentences;
  let index = sentences.findLastIndex((s) => s.start <= pronoun.start);
  const paragraph = sentences[index]?.paragraph;
  for (let back = 0; index >= 0 && back < LOOKBACK_SENTENCES; index--, back++) {
    const sentence = sentences[index]!;
    // near: the pronoun's own paragraph, or the sentence right before it
    const near = back <= 1 || sentence.paragraph === paragraph;
    const end = back === 0 ? pronoun.start : sentence.end;
    const named = subjectsIn(ctx, sentence.start, end).filter(
      (s) =>
        (s.kind === 'entity' && s.type === 'person') || (s.kind === 'unnamed' && isSingularSource(s.text)),
    );
    // a sentence before that speaks of "the Kremlin occupant" or "the host" is about that person
    const described = back === 0 ? [] : personDescriptions(ctx, sentence.start, end, named);
    const candidates = [...named, ...described].sort((a, b) => a.start - b.start);
    for (const candidate of candidates) {
      if (candidate.kind === 'unnamed') return { speaker: candidate.text, named: false };
      if (candidate.kind === 'description') {
        // the person it describes, when the article shows who that is; else nobody (never the last name)
        const speaker = resolveDescription(ctx, candidate);
        return speaker ? { speaker, named: /^\p{Lu}/u.test(speaker) } : undefined;
      }
      const known = entityNamed(ctx.entities, candidate.text)?.gender;
      if (gender && known && known !== gender) continue;
      // across a paragraph break another person the pronoun could mean makes the reading a guess: "Dappa
      // said … [new paragraph] “We will pay every claim,” he said" may be the chief executive before him
      const sameParagraph = sentence.paragraph === paragraph;
      if (gender && known === gender && sameParagraph) return { speaker: candidate.text, named: true };
      if (near && sameParagraph) return { speaker: candidate.text, named: true };
      // far back, past people the pronoun cannot mean: the one person it could mean, or nobody
      return othersBefore(ctx, index, candidate.text, gender)
        ? undefined
        : { speaker: candidate.text, named: true };
    }
  }
  return undefined;
}

/**
 * Singular definite descriptions of a person in [from, to) that no name covers: "the Kremlin occupant",
 * "the host", "the Austrian minister" (WordNet files the head noun's first sense under noun.person).
 */
export function personDescriptions(
  ctx: ArticleContext,
  from: number,
  to: number,
  known: Subject[],
): Subject[] {
  const found: Subject[] = [];
  for (const match of ctx.masked.slice(from, to).matchAll(PERSON_DESCRIPTION)) {
    const head = match[1]!;
    if (/[^s]s$/.test(head) || !isPersonNoun(head)) continue;
    const start = from + match.index;
    const end = start + match[0].length;
    const after = ctx.masked.slice(end, end + 30);
    if (/^['’]s\b/.test(after)) continue; // "the president's office"
    // "the host country": the noun modifies the next one
    const next = /^[\s-]+(\p{Ll}+)/u.exec(after)?.[1];
    if (next && wordTags(next).has('Noun') && !wordTags(next).has('Verb')) continue;
    if (known.some((s) => s.start < end && s.end > start)) continue;
    // "The Opposition critic, Nadia Haddad, …": the title in apposition is the name after it
    const comma = /^,\s+/.exec(after)?.[0].length;
    if (comma && known.some((s) => s.start === end + comma)) continue;
    if (ctx.mentions.some((m) => m.start < end && m.end > start && isPerson(ctx, m))) continue;
    found.push({ start, end, kind: 'description', text: `the ${match[0].split(/\s+/).slice(1).join(' ')}` });
  }
  return found;
}

// "the" and up to two modifiers, then a lowercase noun
const PERSON_DESCRIPTION = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\b/gu;

/** Whether sentences before `index` (within the look-back) name another person the pronoun could mean. */
function othersBefore(ctx: ArticleContext, index: number, name: string, gender: string | undefined): boolean {
  const sentences = ctx.article.sentences;
  const first = sentences[Math.max(0, index - LOOKBACK_SENTENCES)]!;
  const at = sentences[index]!;
  return subjectsIn(ctx, first.start, at.end).some((s) => {
    if (s.kind === 'unnamed') return isSingularSource(s.text);
    if (s.kind !== 'entity' || s.type !== 'person' || s.text === name) return false;
    const known = entityNamed(ctx.entities, s.text)?.gender;
    return !gender || !known || known === gender;
  });
}

// "a German official", "the European diplomat", "one source": one person, whom "he"/"she" can stand for
function isSingularSource(description: string): boolean {
  const [determiner] = description.toLowerCase().split(/\s+/);
  if (!['a', 'an', 'one', 'another', 'the', 'this', 'that'].includes(determiner ?? '')) return false;
  const head = new RegExp(`\\b(?:${SOURCE_HEADS})\\b`, 'iu').exec(description)?.[0].toLowerCase() ?? '';
  return head !== '' && head !== 'people' && !/[^s]s$/.test(head) && !/^(?:staff|witnesses)$/.test(head);
}

/**
 * "One of them" is one of the plural source the sentence before or the one before that names
 * ("Diplomats in Brussels said … One of them, who was in the room, put it bluntly:") — one of the
 * diplomats in Brussels; nobody when no such group is named.
 */
export function oneOfThem(ctx: ArticleContext, subject: Subject): string | undefined {
  const sentences = ctx.article.sentences;
  const index = sentences.findLastIndex((s) => s.start <= subject.start);
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const sentence = sentences[i]!;
    const group = subjectsIn(ctx, sentence.start, sentence.end)
      .filter((s) => s.kind === 'unnamed' && s.text !== 'one of them' && !isSingularSource(s.text))
      .at(-1);
    if (!group) continue;
    const counted = /^(?:the|two|three|four|five|several|some|many|a number of)\b/i.test(group.text);
    return `one of ${counted ? '' : 'the '}${group.text}`;
  }
  return undefined;
}

/**
 * The person a title stands for: "the minister" is the person named before it whose role has that head
 * and every other word of the description ("the Austrian minister" needs an Austrian role).
 */
export function resolveDescription(ctx: ArticleContext, description: Subject): string | undefined {
  if (isEpithet(description.text)) return onlyPersonOfParagraph(ctx, description.start);
  const words = description.text
    .toLowerCase()
    .split(/\s+/)
    .slice(1)
    .filter((w) => !['former', 'current', 'new', 'top', 'senior', 'then'].includes(w));
  const person = earlierPerson(ctx, description.start, (name) => {
    const roles = (entityNamed(ctx.entities, name)?.roles ?? []).map((r) => r.toLowerCase());
    return roles.some((role) => words.every((word) => role.split(/\s+/).includes(word)));
  });
  return person ?? earlierSource(ctx, description.start, words.at(-1) ?? '');
}

// "the Dutchman", "the Croatian", "the 54-year-old": a person named before, called by nationality or age
const EPITHET = /\b[Tt]he\s+(?:\d{1,3}-year-old|\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu}|['’-])/gu;

function isEpithet(text: string): boolean {
  const word = /^the\s+(\S+)$/i.exec(text)?.[1];
  if (!word) return false;
  return /^\d{1,3}-year-old$/.test(word) || isDemonym(word) || isDemonym(word.replace(/(?:wo)?man$/, ''));
}

/**
 * Who an epithet stands for: the one person the paragraph has named before it ("Hessenwerk's chief
 * executive, Jan Vermeulen, defended the plan. „…“, the Dutchman told …"). Two people named there, or
 * none: nobody (an epithet says nothing the text lets us check).
 */
function onlyPersonOfParagraph(ctx: ArticleContext, at: number): string | undefined {
  const paragraph = ctx.article.paragraphs.find((p) => p.start <= at && at < p.end);
  if (!paragraph) return undefined;
  const people = new Set(
    ctx.mentions
      .filter((m) => m.start >= paragraph.start && m.end <= at && isPerson(ctx, m))
      .map((m) => m.entity),
  );
  return people.size === 1 ? [...people][0] : undefined;
}

/** "a senior Turkish official, who …" earlier in the article is who "the official" is. */
function earlierSource(ctx: ArticleContext, at: number, head: string): string | undefined {
  const sentences = ctx.article.sentences;
  const index = sentences.findLastIndex((s) => s.start <= at);
  const from = sentences[Math.max(0, index - 12)]?.start ?? 0;
  const sources = [...ctx.masked.slice(from, at).matchAll(UNNAMED_SOURCE)]
    .map((m) => m[0])
    .filter((text) => !/^(?:the|this|that)\s/i.test(text))
    .filter((text) => text.toLowerCase().replace(/s$/, '').split(/\s+/).includes(head.replace(/s$/, '')));
  const last = sources.at(-1);
  return last ? last.charAt(0).toLowerCase() + last.slice(1) : undefined;
}

function earlierPerson(ctx: ArticleContext, at: number, fits: (name: string) => boolean): string | undefined {
  const sentences = ctx.article.sentences;
  let index = sentences.findLastIndex((s) => s.start <= at);
  for (let back = 0; index >= 0 && back < 12; index--, back++) {
    const sentence = sentences[index]!;
    const end = back === 0 ? at : sentence.end;
    const person = ctx.mentions.find(
      (m) => m.start >= sentence.start && m.end <= end && isPerson(ctx, m) && fits(m.entity),
    );
    if (person) return person.entity;
  }
  return undefined;
}
