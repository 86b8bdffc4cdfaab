import { tagged } from '../nlp/compromise.js';
import { WEEKDAYS } from '../nlp/dates/calendar.js';
import { wordTags } from '../nlp/entities/lexicon.js';
import { INVERTED_VERBS, inflect, SPEECH_VERBS } from '../nlp/reporting-verbs.js';
import type { ArticleContext } from './article-context.js';
import { type Attribution, reportedSpeaker, sourceAt, UNATTRIBUTED } from './attribution.js';
import { subjectsIn } from './subjects.js';

/**
 * Reported (indirect) speech: "The envoy said the talks had been useful", "Peskov told reporters that
 * Moscow had not received any text", "…, saying the arrangement had always been temporary". Precision
 * first: a reported clause needs a speaker the attribution rules find (the subject of the verb) and a
 * verb of speaking that takes a clause, and the clause must read as one (a subject and a finite verb).
 */

// the reporting verbs that introduce a that-clause (not "described", "praised", "called": those take
// objects). Verbs of thinking, hedging, perceiving or deciding ("believe", "suggest", "indicate", "see",
// "agree", "conclude") are not speech: "the data suggested that …" quotes nobody
const CLAUSE_LEMMAS =
  'say:said tell:told add note explain report announce declare confirm reveal disclose inform insist maintain assert stress emphasise emphasize underline contend claim allege affirm argue acknowledge admit concede reply respond answer write:wrote:written warn promise pledge vow assure predict reiterate complain'
    .split(' ')
    .map((entry) => ({ lemma: entry.split(':')[0]!, forms: inflect(entry) }));

/** finite forms (a past or a third person) and the participle of a comma clause (", saying …") */
const CLAUSE_VERBS = new Set(
  CLAUSE_LEMMAS.flatMap(({ lemma, forms }) =>
    forms.filter(
      (form) => form !== lemma && (form.endsWith('ing') ? form === 'saying' || form === 'adding' : true),
    ),
  ),
);
// verbs whose hearer comes first: "told reporters (that) …", "assured the allies that …"
const HEARER_FIRST = new Set([
  'told',
  'tells',
  'informed',
  'informs',
  'assured',
  'assures',
  'warned',
  'warns',
]);
const HEARERS =
  /^\s+(?:reporters|journalists|lawmakers|parliament|delegates|viewers|listeners|senators|the (?:press|media))(?=\s)/;
const WEEKDAY_NAMES = WEEKDAYS.join('|');
// "said on Monday", "said late on Tuesday", "said Tuesday" (wire style)
const TIME_WORD = new RegExp(
  `^\\s+(?:(?:on|late|early|earlier|later|last|this)\\s+(?:on\\s+)?(?:${WEEKDAY_NAMES}|week|month|year|night|morning|afternoon|evening|day)|${WEEKDAY_NAMES})\\b`,
  'i',
);
// where it was said, before a clause without "that": "said in a statement the talks …", "wrote on Telegram …"
const PLACE_OF_SPEECH =
  /^\s+(?:in an? (?:statement|interview|post|video|address|briefing|speech|letter|message)|on (?:Telegram|X|Facebook|Instagram|television|state television|radio)|at an? (?:news conference|press conference|briefing|rally))(?=[\s,])/i;
// a named hearer: "told Reuters …", "told the Kyiv Independent …"
const NAMED_HEARER = /^\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=\s)/u;
// a phrase between the verb and "that": "said in a statement that", "wrote on Telegram that"
const PHRASE_BEFORE_THAT =
  /^\s+(?:on|in|at|during|after|before|outside|inside|near|late|earlier|later|last|this|to|from)\s+[^,.;]{1,50}?\s+that(?=\s)/i;
// the words a clause can start with: a determiner, a pronoun, a number, a capitalised name, or a bare
// noun right before its auxiliary ("consensus was unlikely")
// ("about 40 cars had been turned back": an approximate number opens a subject too)
const CLAUSE_START =
  /^(?:\p{Lu}|\d|(?:about|around|nearly|almost|roughly|over|at least|more than|fewer than|up to)\s+\d|(?:the|a|an|his|her|its|their|our|it|he|she|they|we|this|these|those|there|no|any|all|both|some|several|more|most|every|each|one|two|nobody|none|talks?)\b|\p{Ll}+\s+(?:is|are|was|were|had|has|have|would|will|could|should|might|may|must|can)\b)/u;
const FINITE_VERB =
  /\b(?:is|are|was|were|had|has|have|would|will|could|should|might|may|must|can|did|does|do|\p{Ll}{3,}ed)\b/u;
/**
 * A finite verb among the clause's first words: an auxiliary, a regular past ("-ed"), or a past tense
 * the lexicon knows ("the apology came too late", "the lists now held"); the first word is the subject's.
 */
function hasFiniteVerb(words: string[]): boolean {
  if (FINITE_VERB.test(words.join(' '))) return true;
  if (words.slice(1).some((word) => /^\p{Ll}+$/u.test(word) && wordTags(word).has('PastTense'))) return true;
  return pastTenseInContext(words);
}

/**
 * "the ferry lost $4 million", "the ferry left port": a past tense the lexicon files as an adjective
 * out of context ("lost", "left") is a verb after its subject; compromise tags the words as a phrase.
 */
function pastTenseInContext(words: string[]): boolean {
  const verbs = tagged(words.join(' ')).match('#PastTense').out('array') as string[];
  return verbs.some((verb) => verb.toLowerCase() !== words[0]?.toLowerCase());
}

// where a reported clause ends: the next clause of speaking, a contrast, a quotation
const CLAUSE_END =
  /,\s+(?:adding|saying|but|while|although|though|whereas)\b|;\s|,?\s+(?:and|but)\s+that\b|\s+(?:and|but)\s+(?:also\s+)?(\p{Ll}+)\b/gu;

// the verbs that take a clause without "that" ("said the talks were useful"); the others take a noun
// phrase as readily ("stressed the need for …", "confirmed the date"), so their clause needs "that"
const BARE_CLAUSE_LEMMAS = 'say:said tell:told add insist claim argue write:wrote:written warn maintain'
  .split(' ')
  .flatMap((entry) => inflect(entry));
const BARE_CLAUSE = new Set(BARE_CLAUSE_LEMMAS);

// a clause has its finite verb early: "the deal was …", not "the necessity for talks, including …"
const EARLY_WORDS = 10;
const EARLY_WORDS_AFTER_THAT = 16;

export interface ReportedClause {
  /** the reported words: body offsets */
  start: number;
  end: number;
  /** the sentence it stands in */
  passage: { start: number; end: number };
  attribution: Attribution;
}

/** The sentences of the running text (body paragraphs and list items): where a clause can be reported speech. */
function runningTextSentences(ctx: ArticleContext) {
  return ctx.article.sentences.filter((sentence) => {
    const kind = ctx.article.paragraphs[sentence.paragraph]?.kind;
    return kind === 'body' || kind === 'list-item';
  });
}

/** Every reported clause in the article's body sentences, outside quotations, with its speaker. */
export function reportedClauses(ctx: ArticleContext): ReportedClause[] {
  const found: ReportedClause[] = [];
  const body = ctx.article.body;
  for (const sentence of runningTextSentences(ctx)) {
    const text = ctx.masked.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(/\p{L}+/gu)) {
      const verb = match[0];
      if (!CLAUSE_VERBS.has(verb)) continue;
      const verbAt = sentence.start + match.index;
      const from = clauseStart(ctx.masked, verbAt + verb.length, sentence.end, verb);
      // "stressed that “…,” but warned …": the clause is the quotation, and what follows is not it
      if (from === undefined || ctx.masked.slice(verbAt, from) !== body.slice(verbAt, from)) continue;
      const end = clauseEnd(body, ctx.masked, from, sentence.end);
      if (end === undefined) continue;
      const words = body.slice(from, end);
      // after "that" a clause follows by definition ("said that earlier payouts … had taken"); without it
      // the words must open like one. After "that" its subject may be long ("a new round of cuts to their
      // Colorado River water would …"), so its verb may come later
      const that = /\bthat\s+$/.test(ctx.masked.slice(verbAt, from));
      const early = words.split(/\s+/).slice(0, that ? EARLY_WORDS_AFTER_THAT : EARLY_WORDS);
      if (!(that || CLAUSE_START.test(words)) || early.length < 3 || !hasFiniteVerb(early)) continue;
      if (!BARE_CLAUSE.has(verb) && !that) continue;
      const attribution = reportedSpeaker(ctx, sentence.start, verbAt, verb);
      if (!attribution || attribution.speaker === UNATTRIBUTED) continue;
      found.push({ start: from, end, passage: { start: sentence.start, end: sentence.end }, attribution });
    }
  }
  for (const clause of framedClauses(ctx))
    if (!found.some((f) => f.start < clause.end && clause.start < f.end)) found.push(clause);
  return found.sort((a, b) => a.start - b.start);
}

// "According to the agency, …" opening a sentence; "…, according to the department." ending one
const ACCORDING_BEFORE = /^According to\s+/;
const ACCORDING_AFTER = /,\s+according to\s+(?=\S)/g;
// "…, the regional water agency said." : a subject and a verb of speaking after the clause, nothing after
// them but a time or a phrase ("said on Thursday", "said in a statement")
const SAID_AFTER = /,\s+(?=\S)/g;

/**
 * Reported clauses framed by their source rather than by a verb before them: "According to the
 * prosecution, at least 60 civilians were killed", "About 11,000 people have been evacuated, according to
 * the civil protection department", "The Lamone had risen on the 3rd, the regional water agency said."
 * The clause is the rest of the sentence and must read as one (a subject and a finite verb early).
 */
function framedClauses(ctx: ArticleContext): ReportedClause[] {
  const found: ReportedClause[] = [];
  const body = ctx.article.body;
  for (const sentence of runningTextSentences(ctx)) {
    const text = ctx.masked.slice(sentence.start, sentence.end);
    // a quotation in the sentence: the attribution of quotes says whose it is
    if (text !== body.slice(sentence.start, sentence.end)) continue;
    const push = (from: number, to: number, attribution: Attribution | undefined) => {
      let end = to;
      while (end > from && /[\s.,;:!?]/.test(body[end - 1]!)) end--;
      const words = body.slice(from, end).split(/\s+/);
      if (!attribution || attribution.speaker === UNATTRIBUTED || words.length < 3) return;
      // the frame marks the words as speech; they need only read as a clause ("about 900 barrels were …")
      if (!hasFiniteVerb(words.slice(0, EARLY_WORDS))) return;
      found.push({ start: from, end, passage: { start: sentence.start, end: sentence.end }, attribution });
    };
    const before = ACCORDING_BEFORE.exec(text);
    if (before) {
      const at = sentence.start + before[0].length;
      const comma = text.indexOf(',', before[0].length);
      if (comma > 0)
        push(
          sentence.start + comma + 1 + /^\s*/.exec(text.slice(comma + 1))![0].length,
          sentence.end,
          sourceAt(ctx, at, sentence.start + comma, 'according to'),
        );
      continue;
    }
    const after = [...text.matchAll(ACCORDING_AFTER)].at(-1);
    if (after) {
      const at = sentence.start + after.index + after[0].length;
      // the source ends the sentence: "…, according to the department."
      const source = sourceAt(ctx, at, sentence.end, 'according to');
      if (source && /^[\s.]*$/.test(ctx.masked.slice(subjectEnd(ctx, at, sentence.end), sentence.end)))
        push(sentence.start, sentence.start + after.index, source);
      continue;
    }
    const comma = [...text.matchAll(SAID_AFTER)].at(-1);
    if (comma) {
      const at = sentence.start + comma.index + comma[0].length;
      const end = subjectEnd(ctx, at, sentence.end);
      const verb =
        /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?:\s+(?:on|in|at|late|early|last|this)\s+[^,;]{1,40})?[\s.]*$/u.exec(
          ctx.masked.slice(end, sentence.end),
        );
      if (end > at && verb && BARE_CLAUSE.has(verb[1]!) && !verb[1]!.endsWith('ing')) {
        const verbAt = end + verb[0].indexOf(verb[1]!);
        push(sentence.start, sentence.start + comma.index, reportedSpeaker(ctx, at, verbAt, verb[1]!));
        continue;
      }
      // "…, said the ministry." / "…, said Name, the envoy.": the verb first, its subject after it
      const inverted = /^(\p{Ll}+)\s+/u.exec(ctx.masked.slice(at, sentence.end));
      if (inverted && BARE_CLAUSE.has(inverted[1]!) && INVERTED_VERBS.has(inverted[1]!)) {
        const who = at + inverted[0].length;
        const source = sourceAt(ctx, who, sentence.end, inverted[1]!);
        const rest = ctx.masked.slice(subjectEnd(ctx, who, sentence.end), sentence.end);
        if (source && /^(?:,[^,;:]{1,80},?)?(?:\s+(?:on|in|at)\s+[^,;]{1,40})?[\s.]*$/.test(rest))
          push(sentence.start, sentence.start + comma.index, source);
      }
    }
  }
  return found;
}

/** Where the subject that starts at `at` ends (`at` when none does). */
function subjectEnd(ctx: ArticleContext, at: number, limit: number): number {
  return subjectsIn(ctx, at, limit).find((s) => s.start === at)?.end ?? at;
}

/** Where the clause after a verb of speaking starts: past its hearer, a time or a phrase, and "that". */
function clauseStart(masked: string, at: number, limit: number, verb: string): number | undefined {
  let rest = masked.slice(at, limit);
  let offset = at;
  const skip = (length: number) => {
    offset += length;
    rest = rest.slice(length);
  };
  const phrase = PHRASE_BEFORE_THAT.exec(rest);
  if (HEARER_FIRST.has(verb)) {
    const hearer = HEARERS.exec(rest);
    const named = /^\s+[^,.;]{1,60}?\s+that(?=\s)/.exec(rest);
    // "Yermak informed that …": the hearer left unsaid
    const bare = /^\s+that(?=\s)/.exec(rest);
    if (bare) return offset + bare[0].length + 1;
    const namedHearer = hearer || named ? null : NAMED_HEARER.exec(rest);
    if (namedHearer) skip(namedHearer[0].length);
    else if (hearer) {
      skip(hearer[0].length);
      // "told reporters outside the court that …"
      const where = PHRASE_BEFORE_THAT.exec(rest);
      if (where) return offset + where[0].length + 1;
    } else if (named) return offset + named[0].length + 1;
    else return undefined;
  } else if (phrase) return offset + phrase[0].length + 1;
  else {
    const where = PLACE_OF_SPEECH.exec(rest);
    if (where) skip(where[0].length);
  }
  const time = TIME_WORD.exec(rest);
  if (time) skip(time[0].length);
  const that = /^\s+that(?=\s)/.exec(rest);
  if (that) skip(that[0].length);
  const space = /^\s+/.exec(rest);
  return space ? offset + space[0].length : undefined;
}

/** The end of a reported clause: the sentence's end, a following clause, or the start of a quotation. */
function clauseEnd(body: string, masked: string, from: number, limit: number): number | undefined {
  let end = limit;
  let quoted = false;
  for (let i = from; i < limit; i++) {
    // a quotation inside (masked to spaces): the reported part stops before it
    if (masked[i] !== body[i]) {
      end = i;
      quoted = true;
      break;
    }
  }
  const cut = [...body.slice(from, end).matchAll(CLAUSE_END)].find(
    (m) => m[1] === undefined || SPEECH_VERBS.has(m[1]),
  );
  if (cut) {
    end = from + cut.index;
    quoted = false;
  }
  // "said the talks had been “calm and respectful”": a mixed quote is the quotation's, and what is left
  // ("the talks had been") is no clause; one that ends at a comma before the quotation was complete
  if (quoted && !/[,;:.!?]\s*$/.test(body.slice(from, end))) return undefined;
  while (end > from && /[\s.,;:!?"“”'‘’-]/.test(body[end - 1]!)) end--;
  // "before 6:30 a.m.": the full stop of an abbreviation that ends the sentence is the abbreviation's too
  if (body[end] === '.' && /(?:^|[\s(])(?:\p{L}\.)+\p{L}$/u.test(body.slice(from, end))) end++;
  return end;
}
