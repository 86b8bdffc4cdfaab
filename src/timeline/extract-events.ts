import type { TimelineEvent } from '../answer.js';
import { referredEntities } from '../features/coreference.js';
import type { Article } from '../knowledge/types.js';
import { tagged } from '../nlp/compromise.js';
import { type EntityTable, entityNamed, findMentions, isPersonName } from '../nlp/entities/index.js';
import { articleCandidates, type Candidate } from './candidates.js';
import { eventKeys, keyWeights } from './event-keys.js';
import { type KeyedCandidate, mergeCandidates, sourceOrder } from './merge-events.js';
import { sortEvents } from './order.js';

/**
 * The dated events the articles describe, each once with every report of it, in timeline order.
 * Runs at build time; the result is cached as JSON with the rest of the knowledge base.
 */
export function extractEvents(
  articles: Article[],
  entities: EntityTable,
  /** each article's dated candidates (articleCandidates), when the build already has them per article */
  perArticle: Candidate[][] = articles.map(articleCandidates),
  /** their event keys and the keys' weights, when the build already has them per article */
  keyed?: { candidates: KeyedCandidate[]; weight: (key: string) => number },
): TimelineEvent[] {
  const candidates: KeyedCandidate[] = keyed
    ? [...keyed.candidates].sort(sourceOrder)
    : perArticle
        .flat()
        .sort(sourceOrder)
        .map((candidate) => ({ ...candidate, ...eventKeys(candidate.text, entities) }));
  const weight =
    keyed?.weight ??
    keyWeights(
      articles.flatMap((article) => article.sentences.map((sentence) => sentence.text)),
      entities,
    );
  const referents = new Referents(entities);
  // clusters in reading order first, so events with equal dates keep it through the stable sort
  const events = mergeCandidates(candidates, weight)
    .sort((a, b) => sourceOrder(a.lead, b.lead))
    .map(({ lead, members }) =>
      toEvent(
        lead,
        [lead, ...members.filter((m) => m !== lead)],
        lead.line ?? eventLine(lead, entities, referents),
      ),
    );
  return sortEvents(events);
}

/**
 * The line each of an article's dated reports shows if it leads an event: its text with the people it
 * names only by a role or a pronoun named. It depends on the report's article and the entity table
 * alone, so a build works it out with the article's other links to the table (build/link-article.ts).
 */
export function eventLines(candidates: readonly Candidate[], entities: EntityTable): string[] {
  const referents = new Referents(entities);
  return candidates.map((candidate) => eventLine(candidate, entities, referents));
}

function eventLine(lead: Candidate, entities: EntityTable, referents: Referents): string {
  return namingReferent(namingRoles(lead.text, entities), lead, referents, entities);
}

function toEvent(lead: Candidate, reports: Candidate[], text: string): TimelineEvent {
  return {
    date: lead.date,
    ...(lead.endDate ? { endDate: lead.endDate } : {}),
    precision: lead.precision,
    ...(lead.qualifier ? { qualifier: lead.qualifier } : {}),
    text,
    articleId: lead.article.id,
    published: lead.article.published,
    passage: lead.passage,
    sources: reports.map(({ article, passage }) => ({
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      ...(article.url ? { url: article.url } : {}),
      passage,
    })),
  };
}

// a sentence that opens with a pronoun subject leans on the one before: "He also reiterated …",
// "These met in Paris …" (a plural pronoun, then a verb rather than a noun: not "These talks")
const SINGULAR_OPENER = /^(He|She)\b(?=\s)/;
const PLURAL_OPENER = /^(They|These|Those|Both)\b(?=\s)/;
const LOCATIVE = /\b(?:in|at|near)\s+(?:the\s+)?$/i;

/** Who each sentence of an article refers to without naming, from the entity layer's coreference. */
class Referents {
  private readonly byArticle = new Map<string, { referred: string[][]; actors: string[][] }>();
  constructor(private readonly entities: EntityTable) {}

  of(article: Article) {
    let found = this.byArticle.get(article.id);
    if (!found) {
      const mentions = article.sentences.map((sentence) => findMentions(this.entities, sentence.text));
      const named = mentions.map((list) => [...new Set(list.map((m) => m.entity))]);
      // who can be "these": what the sentence names, less the places it says something happened in
      const actors = mentions.map((list, i) => [
        ...new Set(
          list
            .filter(
              (m) => !LOCATIVE.test(article.sentences[i]!.text.slice(Math.max(0, m.start - 8), m.start)),
            )
            .map((m) => m.entity),
        ),
      ]);
      found = { actors, referred: referredEntities(article.sentences, named, this.entities) };
      this.byArticle.set(article.id, found);
    }
    return found;
  }
}

/**
 * Out of its article, an event line that opens with a pronoun does not say who: "He (Volodymyr
 * Zelenskyy) also reiterated …" from the coreference of "he"; "These (United States, France, United
 * Kingdom, Germany) met in Paris …" from the names of the sentence before. Left as it is when unsure.
 */
function namingReferent(text: string, lead: Candidate, referents: Referents, entities: EntityTable): string {
  const singular = SINGULAR_OPENER.exec(text);
  const plural = singular ? undefined : PLURAL_OPENER.exec(text);
  if (!singular && !plural) return text;
  const pronoun = (singular ?? plural)![1]!;
  // the pronoun must be the sentence's own first word ("These met … and will meet again …" gives the
  // line "These will meet again …"), not a word inside it
  const at = lead.article.sentences.findIndex((sentence) => sentence.start === lead.offset);
  if (at < 0 || !lead.article.sentences[at]!.text.startsWith(`${pronoun} `)) return text;
  const { referred, actors } = referents.of(lead.article);
  let who: string[] = [];
  if (singular) {
    const people = referred[at]!.filter((name) => entityNamed(entities, name)?.type === 'person');
    if (people.length === 1) who = people;
  } else if (plural && at > 0 && !secondWordIsNoun(text)) {
    const before = actors[at - 1]!;
    if (before.length >= 2) who = before;
  }
  if (who.length === 0) return text;
  return `${pronoun} (${listed(who)})${text.slice(pronoun.length)}`;
}

// what compromise said of each event line's second word: a function of the line alone, kept between
// builds (build/memo.ts) so that a rebuild parses only new lines, not every pronoun-led event's again
const secondWordNouns = new Map<string, boolean>();

/** The lines tagged so far, and the way to restore them (like lexicon.ts's lookups). */
export function taggedOpeners(): [line: string, secondWordIsNoun: boolean][] {
  return [...secondWordNouns];
}

export function rememberOpeners(entries: readonly [string, boolean][]): void {
  for (const [line, noun] of entries) if (!secondWordNouns.has(line)) secondWordNouns.set(line, noun);
}

/** "These talks resumed": the pronoun-like word is a determiner of a noun, tagged in its sentence. */
function secondWordIsNoun(text: string): boolean {
  let noun = secondWordNouns.get(text);
  if (noun === undefined) {
    const terms = (tagged(text).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
    noun = terms[1]?.tags.includes('Noun') ?? false;
    secondWordNouns.set(text, noun);
  }
  return noun;
}

function listed(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A person named only by a role gets the name beside it, once: "the Russian president (Vladimir
 * Putin) said …". Out of its article a timeline line has no earlier sentence to say who that is.
 */
function namingRoles(text: string, entities: EntityTable): string {
  const mentions = findMentions(entities, text);
  const named = new Set(mentions.filter((m) => m.via !== 'role').map((m) => m.entity));
  let out = text;
  // right to left, so earlier offsets stay valid
  for (const mention of [...mentions].reverse()) {
    if (mention.via !== 'role' || !isPersonName(entities, mention.entity) || named.has(mention.entity))
      continue;
    if (
      mentions.some(
        (m) => m !== mention && m.via === 'role' && m.entity === mention.entity && m.start < mention.start,
      )
    )
      continue;
    out = `${out.slice(0, mention.end)} (${mention.entity})${out.slice(mention.end)}`;
  }
  return out;
}
