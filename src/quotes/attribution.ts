import { isCountryOrCapital, isDemonym } from '../nlp/demonyms.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../nlp/entities/index.js';
import { wordTags } from '../nlp/entities/lexicon.js';
import { editDistance } from '../nlp/entities/normalise.js';
import { type ArticleContext, isPerson, sentenceAt } from './article-context.js';
import { INVERTED_VERBS, PASSIVE_SPEECH, SOURCE_HEADS, SPEECH_NOUNS, SPEECH_VERBS } from './cues.js';
import type { QuoteSpan } from './pair-quotes.js';
import { oneOfThem, resolveDescription, resolvePronoun, type Subject, subjectsIn } from './subjects.js';

export const UNATTRIBUTED = 'unattributed';

export interface Attribution {
  /** canonical name, a description of an unnamed source, or "unattributed" */
  speaker: string;
  /** true when `speaker` is an entity's canonical name */
  named: boolean;
  cue?: string | undefined;
  /** which rule found the speaker, for tests and debugging */
  how:
    | 'after'
    | 'according-to'
    | 'passive'
    | 'possessive'
    | 'verb'
    | 'floating'
    | 'embed'
    | 'interview'
    | 'introduced'
    | 'none';
}

interface Window {
  /** body offsets of the sentences the quote sits in */
  start: number;
  end: number;
}

/**
 * Who speaks a quotation, from the text around it: a cue right after the closing mark (“…,” Lavrov said),
 * else the reporting cue nearest before it in its sentence ("according to X", "described by X as",
 * "X’s remarks about", "X stressed that"), the subject of that verb resolved through the entity layer
 * (names, titles, pronouns). A quote that is a whole sentence on its own continues the quote before it.
 */
export function attribute(
  ctx: ArticleContext,
  span: QuoteSpan,
  previous: Attribution | undefined,
): Attribution {
  const window = windowOf(ctx, span);
  const after = afterCue(ctx, span, window);
  if (after) return after;
  const before = beforeCue(ctx, span, window);
  if (before) return before;
  const alone = !/\p{L}/u.test(ctx.masked.slice(window.start, window.end));
  const continued = alone && previous && previous.speaker !== UNATTRIBUTED;
  const introduced = alone ? introducedAfter(ctx, span) : undefined;
  // both readings possible (the speaker before goes on, or the person introduced next speaks): a guess
  if (continued && introduced) return { speaker: UNATTRIBUTED, named: false, how: 'none' };
  if (continued) return { ...previous, how: 'floating' };
  if (introduced) return { speaker: introduced, named: true, how: 'introduced' };
  return { speaker: UNATTRIBUTED, named: false, how: 'none' };
}

/**
 * A feature's quote first, its speaker after: a paragraph that is nothing but a quotation, then a
 * paragraph that opens by introducing a person the article has not named before, with an age or an
 * appositive ("“The mine was our church.” / Halina Nowak, 67, worked in the lamp room …"). That person.
 */
function introducedAfter(ctx: ArticleContext, span: QuoteSpan): string | undefined {
  const paragraphs = ctx.article.paragraphs;
  const own = paragraphs.find((p) => p.start <= span.open && span.open < p.end);
  if (!own || /\p{L}/u.test(ctx.masked.slice(own.start, own.end))) return undefined;
  const next = paragraphs.slice(own.index + 1).find((p) => p.kind !== 'furniture');
  if (next?.kind !== 'body') return undefined;
  const lead = /^\s*/.exec(next.text)![0].length;
  const mention = ctx.mentions.find((m) => m.start === next.start + lead);
  if (!mention || !isPerson(ctx, mention)) return undefined;
  if (!/^,\s+(?:\d{1,3},|(?:a|an|the|who)\s)/.test(ctx.masked.slice(mention.end, mention.end + 12)))
    return undefined;
  if (ctx.mentions.some((m) => m.entity === mention.entity && m.start < span.open)) return undefined;
  return mention.entity;
}

export function windowOf(ctx: ArticleContext, span: QuoteSpan): Window {
  let start = sentenceAt(ctx.article, span.open)?.start ?? span.open;
  let end = Math.max(sentenceAt(ctx.article, Math.max(span.open, span.close - 1))?.end ?? 0, span.close + 1);
  // a sentence boundary inside a quotation ("…100 days. We’ve been…”) is not where the passage may stop
  const spans = ctx.paragraphs.flatMap((p) => p.spans);
  for (let changed = true; changed; ) {
    changed = false;
    for (const other of spans) {
      if (other.open < end && other.close >= end) {
        end = Math.max(sentenceAt(ctx.article, other.close - 1)?.end ?? other.close + 1, other.close + 1);
        changed = true;
      }
      if (other.open < start && other.close >= start) {
        start = sentenceAt(ctx.article, other.open)?.start ?? other.open;
        changed = true;
      }
    }
  }
  return { start, end };
}

/** “…,” Zelenskyy said / “…,” he said / “…,” said Lavrov */
function afterCue(ctx: ArticleContext, span: QuoteSpan, window: Window): Attribution | undefined {
  const from = span.close + 1;
  const text = ctx.masked.slice(from, window.end);
  // "…,” Mr Obuya said": an honorific is not the name
  // "…," - Sybiha said": translated copy puts a dash between the quote and its speaker
  const lead = /^[\s,]*(?:[-–—]\s*)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?/.exec(text)![0].length;
  const subjects = subjectsIn(ctx, from, window.end);
  // a misspelt name ("Sibiha" for Sybiha) is the one person of the article it can be
  const misspelt = misspeltPerson(ctx, from + lead);
  if (misspelt) subjects.push(misspelt);
  // "…,” the Daily Courier reported": an organisation's name after its article
  const named = /^the\s+/i.exec(text.slice(lead))?.[0].length ?? 0;
  // "…,” Mayor Arvo Kesk said": a capitalised title before the name is not the name
  const title = /^\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{Ll}+\s+)?/u.exec(text.slice(lead))?.[0] ?? '';
  const titleWords = [...title.matchAll(/\p{L}+\s+/gu)];
  const titleEnd = titleWords.findLast((w) => TITLE_HEADS.has(w[0].trim().toLowerCase()));
  const titled = titleEnd ? titleEnd.index + titleEnd[0].length : 0;
  const first =
    subjects.find((s) => s.start === from + lead) ??
    subjects.find((s) => named > 0 && s.kind === 'entity' && s.start === from + lead + named) ??
    subjects.find(
      (s) => titled > 0 && s.kind === 'entity' && s.type === 'person' && s.start === from + lead + titled,
    ) ??
    titledPerson(ctx, subjects, from + lead);
  if (first) {
    const rest = ctx.masked.slice(first.end, window.end);
    // "…,” Kaja Kallas, the EU foreign policy chief, said"
    const cue = /^(?:,[^,;:]{1,80},)?\s+(?:(?:also|then|later|has|had|\p{L}+ly)\s+)?(\p{Ll}+)\b/u.exec(rest);
    const verb = cue?.[1];
    if (cue && verb && SPEECH_VERBS.has(verb) && !(first.kind === 'entity' && modifiesNext(ctx, first))) {
      const verbAt = first.end + cue.index + cue[0].length - verb.length;
      return speakerOf(ctx, first, cueText(ctx, verb, verbAt), 'after');
    }
  }
  // "…”, as one of the envoys put it"
  const putIt = /^as\s+/i.exec(text.slice(lead));
  const putter = putIt && subjects.find((s) => s.start === from + lead + putIt[0].length);
  if (putter && /^\s+put\s+it\b/.test(ctx.masked.slice(putter.end, putter.end + 10)))
    return speakerOf(ctx, putter, 'put it', 'after');
  // "…», - is said in the statement", "…,” the statement said": the statement's author, named before
  if (STATEMENT_CUE.test(text.slice(lead))) {
    const author = statementAuthor(ctx, span.open);
    if (author) return speakerOf(ctx, author, 'said in a statement', 'after');
  }
  const according = /^according to\s+/i.exec(text.slice(lead));
  const source = according && subjects.find((s) => s.start === from + lead + according[0].length);
  if (source) return speakerOf(ctx, source, 'according to', 'according-to');
  // "…“, said the chairwoman of the works council, Petra Albrecht, at a rally": the title, then the name
  // in apposition
  const described = /^(\p{Ll}+)\s+(?:the|a|an)\s+[^,;:“”"«»„]{1,70},\s+/u.exec(text.slice(lead));
  if (described && INVERTED_VERBS.has(described[1]!)) {
    const at = from + lead + described[0].length;
    const named = subjects.find((s) => s.start === at && s.kind === 'entity' && s.type === 'person');
    if (named && /^(?:,|\s*[.;]|\s*$)/.test(ctx.masked.slice(named.end, window.end)))
      return speakerOf(ctx, named, cueText(ctx, described[1]!, from + lead), 'after');
  }
  // "…,” said Lavrov", "…», - added minister Sibiha": a lowercase title before the name is not the name
  const inverted = /^(\p{Ll}+)\s+(?:(?:[\p{Ll}-]+\s+){0,2}?(?=\p{Lu}))?/u.exec(text.slice(lead));
  if (inverted && INVERTED_VERBS.has(inverted[1]!)) {
    const at = from + lead + inverted[0].length;
    const title = text
      .slice(lead + inverted[1]!.length, lead + inverted[0].length)
      .trim()
      .split(/\s+/)
      .at(-1);
    const bare =
      from +
      lead +
      inverted[1]!.length +
      (/^\s+/.exec(text.slice(lead + inverted[1]!.length))?.[0].length ?? 0);
    const misspeltAfter = misspeltPerson(ctx, at);
    if (misspeltAfter) subjects.push(misspeltAfter);
    const subject =
      subjects.find((s) => s.start === bare) ??
      (title && TITLE_HEADS.has(title)
        ? subjects.find((s) => s.kind === 'entity' && s.start === at)
        : undefined);
    if (subject && !(subject.kind === 'entity' && modifiesNext(ctx, subject)))
      return speakerOf(ctx, subject, cueText(ctx, inverted[1]!, from + lead), 'after');
  }
  return undefined;
}

/**
 * "…,” WHO spokesperson Tariq Mansour told": a person after a title of capitalised or acronym words
 * (whose title) and title words ("deputy spokesperson"), the last of them a title's head.
 */
function titledPerson(ctx: ArticleContext, subjects: Subject[], at: number): Subject | undefined {
  const person = subjects.find(
    (s) => s.kind === 'entity' && s.type === 'person' && s.start > at && s.start - at <= 60,
  );
  if (!person) return undefined;
  const words = ctx.masked.slice(at, person.start).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || /\s$/.test(ctx.masked.slice(at, person.start)) === false)
    return undefined;
  const titleWord = (word: string) =>
    /^\p{Lu}[\p{L}.'’-]*$/u.test(word) || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);
  return words.every(titleWord) && TITLE_HEADS.has(words.at(-1)!) ? person : undefined;
}

const SOURCE_HEAD_WORD = new RegExp(`^(?:${SOURCE_HEADS})$`, 'u');

const DOCUMENT = '(?:statement|communiqu[ée]|declaration|press release)';

// a document as the subject of its sentence: "The statement said …"
const DOCUMENT_SUBJECT = new RegExp(`^\\s*(?:the|its|their)\\s+${DOCUMENT}\\s+(?:also\\s+)?$`, 'i');

// a document as the speaker's stand-in after the quote
const STATEMENT_CUE = new RegExp(
  `^(?:(?:it\\s+)?(?:is|was|has been)\\s+said\\s+in\\s+(?:the|its|their|a)\\s+${DOCUMENT}|(?:the|its|their)\\s+${DOCUMENT}\\s+(?:said|says|read|reads|added|stated)|(?:said|says|reads?|added|stated)\\s+the\\s+${DOCUMENT})\\b`,
  'i',
);

/**
 * Who issued "the statement" a quote is said to be in, walking back from the quote (its own sentence
 * first, up to four): the subject before a mention of a statement ("The ministry said in a statement",
 * "The Ministry of Foreign Affairs in its statement emphasised …"), else the source of an "according to"
 * or the subject of a verb of speaking (the statement is what the last one to speak issued). A sentence
 * whose subject is the statement itself ("The statement said …") says nothing of whose it is. Nobody when
 * no sentence says.
 */
function statementAuthor(ctx: ArticleContext, before: number): Subject | undefined {
  const sentences = ctx.article.sentences;
  const issuer = (s: Subject) =>
    s.kind !== 'pronoun' &&
    !(s.kind === 'entity' && (modifiesNext(ctx, s) || afterPreposition(ctx, s))) &&
    (s.kind !== 'entity' || s.type !== 'place' || isCountryOrCapital(s.text));
  let index = sentences.findLastIndex((s) => s.start <= before);
  for (let back = 0; index >= 0 && back < 4; index--, back++) {
    const sentence = sentences[index]!;
    const end = back === 0 ? before : sentence.end;
    const text = ctx.masked.slice(sentence.start, end);
    const subjects = subjectsIn(ctx, sentence.start, end);
    const mention = new RegExp(`\\b${DOCUMENT}\\b`, 'i').exec(text);
    if (mention) {
      const author = subjects.find((s) => s.end <= sentence.start + mention.index && issuer(s));
      if (author) return author;
    }
    const according = subjects.find((s) =>
      /\baccording to\s+$/i.test(ctx.masked.slice(Math.max(sentence.start, s.start - 20), s.start)),
    );
    if (according) return according;
    for (const verb of text.matchAll(/\p{L}+/gu)) {
      if (!SPEECH_VERBS.has(verb[0])) continue;
      const at = sentence.start + verb.index;
      const speaker = subjectOf(ctx, subjects, sentence.start, at, verb[0]);
      if (speaker && issuer(speaker)) return speaker;
      break;
    }
  }
  return undefined;
}

/**
 * A capitalised word the entity layer does not know, one or two letters from the name of exactly one
 * person this article names ("Zelenksy", "Sibiha"): that person. A name of a new person is seldom so
 * close to one already in the same article.
 */
function misspeltPerson(ctx: ArticleContext, at: number): Subject | undefined {
  const word = /^\p{Lu}[\p{Ll}'’-]{3,}\b/u.exec(ctx.masked.slice(at, at + 40))?.[0];
  if (!word || ctx.mentions.some((m) => m.start === at)) return undefined;
  const key = word.toLowerCase();
  const limit = key.length >= 9 ? 2 : 1;
  const people = new Set<string>();
  for (const mention of ctx.mentions) {
    if (!isPerson(ctx, mention)) continue;
    const surname = mention.entity.split(/\s+/).at(-1)!.toLowerCase();
    if (
      surname !== key &&
      Math.abs(surname.length - key.length) <= limit &&
      editDistance(surname, key, limit) <= limit
    )
      people.add(mention.entity);
  }
  if (people.size !== 1) return undefined;
  const [name] = people;
  return { start: at, end: at + word.length, kind: 'entity', text: name!, type: 'person' };
}

/** The reporting cue nearest before the quote, in its sentence. */
function beforeCue(ctx: ArticleContext, span: QuoteSpan, window: Window): Attribution | undefined {
  const before = ctx.masked.slice(window.start, span.open);
  const subjects = subjectsIn(ctx, window.start, span.open);
  // "according to Zelensky, …"
  const source = subjects.findLast((s) =>
    /\baccording to\s+$/i.test(ctx.masked.slice(Math.max(window.start, s.start - 20), s.start)),
  );
  if (source) return speakerOf(ctx, source, 'according to', 'according-to');
  const words = [...before.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], start: window.start + m.index }));
  for (let i = words.length - 1; i >= 0; i--) {
    const { word, start } = words[i]!;
    if (SPEECH_NOUNS.has(word)) {
      // "Marco Rubio’s remarks about possibly ‘moving on’"
      const owner = subjects.findLast(
        (s) => s.kind === 'entity' && /^['’]s\s+(\p{Ll}+\s+){0,2}$/u.test(ctx.masked.slice(s.end, start)),
      );
      if (owner) return speakerOf(ctx, owner, word, 'possessive');
    }
    if (!SPEECH_VERBS.has(word)) continue;
    if (PASSIVE_SPEECH.has(word)) {
      // "described by Donald Trump as “great progress”"
      const agent = subjects.find((s) => /^\s+by\s+$/.test(ctx.masked.slice(start + word.length, s.start)));
      if (agent) return speakerOf(ctx, agent, `${word} by`, 'passive');
    }
    // "a newspaper quoted the minister as saying …": the one quoted speaks, the paper is the source
    if (word === 'saying') {
      const quoted = /\bquoted\s+$/;
      const agent = subjects.find(
        (s) =>
          s.end <= start &&
          quoted.test(ctx.masked.slice(Math.max(window.start, s.start - 12), s.start)) &&
          /^\s+as\s+$/.test(ctx.masked.slice(s.end, start)),
      );
      if (agent) return speakerOf(ctx, agent, 'quoted as saying', 'verb');
    }
    const subject = subjectOf(ctx, subjects, window.start, start, word);
    if (subject) return speakerOf(ctx, subject, cueText(ctx, word, start), 'verb');
  }
  // "The minister turned to her counterpart: “…”": a colon gives the quote to the clause's subject
  if (/:\s*$/.test(before)) {
    const subject = subjects.find((s) => speaks(ctx, s, s.end) && s.kind !== 'institution');
    if (subject && (subject.kind !== 'entity' || subject.type === 'person'))
      return speakerOf(ctx, subject, 'said', 'verb');
  }
  return undefined;
}

// between a subject and its verb: an adverb, an auxiliary ("has said"), a time, an appositive or a participle
// phrase set off by commas
// (two: "Name, 67, who left on Sunday, said")
const SUBJECT_GAP =
  /^(?:(?:\s*,[^,;:]{1,90}){1,2},|,)?\s+(?:(?:has|have|had|also|then|later|again|once|\p{Ll}+ly)\s+){0,2}(?:(?:on|late|early|last|this)\s+\p{L}+\s+)?$/u;

const APPOSITIVE_NAME = /^,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+,\s*$/u;

/**
 * The source named at `at` ("according to | the prosecution", ", | the regional water agency said"): a
 * subject that starts there, resolved as any speaker is (a pronoun, a title, an unnamed source).
 */
export function sourceAt(
  ctx: ArticleContext,
  at: number,
  limit: number,
  cue: string,
): Attribution | undefined {
  const subject = subjectsIn(ctx, at, limit).find((s) => s.start === at);
  if (!subject) return undefined;
  // "according to Kyiv's estimates" is Kyiv's figure, not Kyiv speaking; a town is no source
  if (subject.kind === 'entity' && modifiesNext(ctx, subject)) return undefined;
  if (subject.kind === 'entity' && subject.type === 'place' && !isCountryOrCapital(subject.text))
    return undefined;
  return speakerOf(ctx, subject, cue, 'according-to');
}

/** The speaker of a reported clause: the subject of its verb of speaking, in the sentence before the verb. */
export function reportedSpeaker(
  ctx: ArticleContext,
  sentenceStart: number,
  verbAt: number,
  verb: string,
): Attribution | undefined {
  const subjects = subjectsIn(ctx, sentenceStart, verbAt);
  const subject = subjectOf(ctx, subjects, sentenceStart, verbAt, verb);
  // "The statement said that boats would leave …": a document opening its sentence speaks for whoever
  // issued it, named before
  if (!subject && DOCUMENT_SUBJECT.test(ctx.masked.slice(sentenceStart, verbAt))) {
    const author = statementAuthor(ctx, sentenceStart);
    return author ? speakerOf(ctx, author, cueText(ctx, verb, verbAt), 'verb') : undefined;
  }
  if (!subject) return undefined;
  const gap = ctx.masked.slice(subject.end, verbAt);
  // "Ukraine's deputy head of delegation, Name Surname, said …": the name the layer could not learn is
  // the speaker, not the role before it; precision first, so nobody
  if (subject.kind !== 'entity' && APPOSITIVE_NAME.test(gap)) return undefined;
  // without quotation marks nothing else marks the words as someone's: the subject must be the verb's
  // own, right before it ("Peskov (, the Kremlin spokesman,) (also) said"), or the sentence's subject
  // when the verb continues it (", saying …", "… and said")
  const own = SUBJECT_GAP.test(gap);
  const continued =
    /(?:,\s*|\b(?:and|but)\s+(?:\p{L}+ly\s+)?)$/u.test(ctx.masked.slice(sentenceStart, verbAt)) &&
    subjects.find((s) => startsClause(ctx, s.end, verbAt)) === subject;
  if (!own && !continued) return undefined;
  return speakerOf(ctx, subject, cueText(ctx, verb, verbAt), 'verb');
}

/**
 * Whether a finite verb follows a subject (past an appositive or an adverb): "Peskov, the spokesman,
 * thanked …" makes Peskov the sentence's subject; "After meeting Zelensky, Trump …" does not make Zelensky.
 */
function startsClause(ctx: ArticleContext, at: number, limit: number): boolean {
  const next = /^(?:\s*,[^,;:]{1,90},|,)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
    ctx.masked.slice(at, limit),
  )?.[1];
  if (!next) return false;
  const tags = wordTags(next);
  return tags.has('PastTense') || tags.has('PresentTense');
}

/**
 * The subject of a reporting verb: the nearest subject before it, or the sentence's first subject when
 * the verb has none of its own (", stating, …", "… and warned").
 */
function subjectOf(
  ctx: ArticleContext,
  subjects: Subject[],
  from: number,
  verbAt: number,
  verb: string,
): Subject | undefined {
  const lead = ctx.masked.slice(from, verbAt);
  const dependent = /,\s*$/.test(lead) && verb.endsWith('ing');
  const coordinated = /\b(and|but)\s+(\p{L}+ly\s+)?$/u.test(lead);
  // "Okoro Petroleum apologised …, and said …": an organisation that opens the clause is the subject of
  // the verbs it coordinates, though it is not right before this one
  const opens = (s: Subject) =>
    (dependent || coordinated) &&
    s.kind === 'entity' &&
    s.type === 'organisation' &&
    startsClause(ctx, s.end, verbAt) &&
    speaks(ctx, s, s.end + 1);
  const before = subjects.filter((s) => s.end <= verbAt && (speaks(ctx, s, verbAt) || opens(s)));
  return dependent || coordinated ? before[0] : before.at(-1);
}

/**
 * People, pronouns, described sources and institutions speak; an organisation or a place only right
 * before its verb ("the Kremlin said", "Moscow accused Kyiv of …").
 */
function speaks(ctx: ArticleContext, subject: Subject, verbAt: number): boolean {
  if (subject.kind !== 'entity') return true;
  if (modifiesNext(ctx, subject)) return false;
  // "officials in Kyiv said", "talks with Putin": the object of a preposition is not a subject
  if (afterPreposition(ctx, subject)) return false;
  if (subject.type === 'person') return true;
  // a place speaks for its government only when it is a country or a capital ("Moscow accused …")
  if (subject.type === 'place' && !isCountryOrCapital(subject.text)) return false;
  // "Naftorez, the state gas company, said": past an appositive set off by commas
  return /^(?:\s*,[^,;:]{1,60},)?\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.masked.slice(subject.end, verbAt));
}

function afterPreposition(ctx: ArticleContext, subject: Subject): boolean {
  return /\b(?:in|at|from|of|for|to|with|by|near|on|into|about|against|between)\s+(?:the\s+)?$/i.test(
    ctx.masked.slice(Math.max(0, subject.start - 14), subject.start),
  );
}

/**
 * A name that qualifies the noun after it is not the one speaking: a possessive ("Zelensky’s wife said",
 * "said Zelensky’s chief of staff") or a demonym ("Russian state television said").
 */
function modifiesNext(ctx: ArticleContext, subject: Subject): boolean {
  const after = ctx.masked.slice(subject.end, subject.end + 60);
  if (/^['’]s\b/.test(after)) return true;
  // "Hamas official Basem Naim said", "Naftogaz chief executive …": a name before a title is whose title
  const title = /^\s+(?:\p{Ll}+\s+){0,2}?(\p{L}+)\b/u.exec(after)?.[1]?.toLowerCase();
  if (subject.type !== 'person' && title && (TITLE_HEADS.has(title) || SOURCE_HEAD_WORD.test(title)))
    return true;
  return isDemonym(ctx.masked.slice(subject.start, subject.end));
}

/** "Emmanuel Macron and Keir Starmer said": both speak, so the speaker is the pair, never the second alone. */
function jointSpeaker(ctx: ArticleContext, subject: Subject): string | undefined {
  const first = ctx.mentions.findLast(
    (m) => m.end <= subject.start && /^\s+and\s+$/.test(ctx.masked.slice(m.end, subject.start)),
  );
  if (!first || first.entity === subject.text) return undefined;
  const modifier = { start: first.start, end: first.end, kind: 'entity', text: first.entity } as const;
  return modifiesNext(ctx, modifier) ? undefined : `${first.entity} and ${subject.text}`;
}

function speakerOf(
  ctx: ArticleContext,
  subject: Subject,
  cue: string,
  how: Attribution['how'],
): Attribution | undefined {
  if (subject.kind === 'pronoun') {
    const antecedent = resolvePronoun(ctx, subject);
    return antecedent ? { ...antecedent, cue, how } : { speaker: UNATTRIBUTED, named: false, cue, how };
  }
  if (subject.kind === 'unnamed' && subject.text === 'one of them') {
    const speaker = oneOfThem(ctx, subject);
    return { speaker: speaker ?? UNATTRIBUTED, named: false, cue, how };
  }
  if (subject.kind === 'description') {
    // "the minister" is the minister named before, "the official" the official described before; a
    // title that names no one the article has shown is left unattributed (a wrong name is worse)
    const speaker = resolveDescription(ctx, subject);
    return speaker
      ? { speaker, named: /^\p{Lu}/u.test(speaker), cue, how }
      : { speaker: UNATTRIBUTED, named: false, cue, how };
  }
  const joint = subject.kind === 'entity' ? jointSpeaker(ctx, subject) : undefined;
  if (joint) return { speaker: joint, named: false, cue, how };
  return { speaker: subject.text, named: subject.kind === 'entity', cue, how };
}

// "told | Russian media | on Sunday that": whom someone told, up to where the clause goes on
const TOLD_WHOM =
  /^\s+((?:\p{Lu}\p{L}+|\p{Ll}+)(?: \p{L}+){0,2}?)(?=\s+(?:that|on|in|about|last|this|after|before)\b|[,.;]|$)/u;

/** "told Russian media", "wrote in X", "referred … as": the verb with what makes it a cue. */
function cueText(ctx: ArticleContext, verb: string, at: number): string {
  const rest = ctx.masked.slice(at + verb.length, at + verb.length + 60);
  const where = /^\s+((?:in|on) \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*)/u.exec(rest);
  if (/^(wrote|writes|posted|posts|said|says)$/.test(verb) && where) return `${verb} ${where[1]}`;
  const told = TOLD_WHOM.exec(rest);
  if (/^(told|tells|telling)$/.test(verb) && told) return `${verb} ${told[1]}`;
  return verb;
}
