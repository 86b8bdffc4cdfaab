import { isCountryOrCapital } from '../nlp/demonyms.js';
import { type ArticleContext, sentenceAt } from './article-context.js';
import { INVERTED_VERBS, PASSIVE_SPEECH, SPEECH_NOUNS, SPEECH_VERBS } from './cues.js';
import type { QuoteSpan } from './pair-quotes.js';
import { resolveDescription, resolvePronoun, type Subject, subjectsIn } from './subjects.js';

export const UNATTRIBUTED = 'unattributed';

export interface Attribution {
  /** canonical name, a description of an unnamed source, or "unattributed" */
  speaker: string;
  /** true when `speaker` is an entity's canonical name */
  named: boolean;
  cue?: string | undefined;
  /** which rule found the speaker, for tests and debugging */
  how: 'after' | 'according-to' | 'passive' | 'possessive' | 'verb' | 'floating' | 'embed' | 'none';
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
  if (alone && previous && previous.speaker !== UNATTRIBUTED) return { ...previous, how: 'floating' };
  return { speaker: UNATTRIBUTED, named: false, how: 'none' };
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
  const lead = /^[\s,]*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?/.exec(text)![0].length;
  const subjects = subjectsIn(ctx, from, window.end);
  // "…,” the Daily Courier reported": an organisation's name after its article
  const named = /^the\s+/i.exec(text.slice(lead))?.[0].length ?? 0;
  const first =
    subjects.find((s) => s.start === from + lead) ??
    subjects.find((s) => named > 0 && s.kind === 'entity' && s.start === from + lead + named);
  if (first) {
    const rest = ctx.masked.slice(first.end, window.end);
    const verb = /^\s+(?:(?:also|then|later|has|had|\p{L}+ly)\s+)?(\p{Ll}+)\b/u.exec(rest)?.[1];
    if (verb && SPEECH_VERBS.has(verb)) {
      return speakerOf(ctx, first, cueText(ctx, verb, first.end + rest.indexOf(verb)), 'after');
    }
  }
  const according = /^according to\s+/i.exec(text.slice(lead));
  const source = according && subjects.find((s) => s.start === from + lead + according[0].length);
  if (source) return speakerOf(ctx, source, 'according to', 'according-to');
  const inverted = /^(\p{Ll}+)\s+/u.exec(text.slice(lead));
  if (inverted && INVERTED_VERBS.has(inverted[1]!)) {
    const subject = subjects.find((s) => s.start === from + lead + inverted[0].length);
    if (subject) return speakerOf(ctx, subject, cueText(ctx, inverted[1]!, from + lead), 'after');
  }
  return undefined;
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

const APPOSITIVE_NAME = /^,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+,\s*$/u;

/** The speaker of a reported clause: the subject of its verb of speaking, in the sentence before the verb. */
export function reportedSpeaker(
  ctx: ArticleContext,
  sentenceStart: number,
  verbAt: number,
  verb: string,
): Attribution | undefined {
  const subjects = subjectsIn(ctx, sentenceStart, verbAt);
  const subject = subjectOf(ctx, subjects, sentenceStart, verbAt, verb);
  if (!subject) return undefined;
  // "Ukraine's deputy head of delegation, Name Surname, said …": the name the layer could not learn is
  // the speaker, not the role before it; precision first, so nobody
  if (subject.kind !== 'entity' && APPOSITIVE_NAME.test(ctx.masked.slice(subject.end, verbAt)))
    return undefined;
  return speakerOf(ctx, subject, cueText(ctx, verb, verbAt), 'verb');
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
  const before = subjects.filter((s) => s.end <= verbAt && speaks(ctx, s, verbAt));
  const lead = ctx.masked.slice(from, verbAt);
  const dependent = /,\s*$/.test(lead) && verb.endsWith('ing');
  const coordinated = /\b(and|but)\s+(\p{L}+ly\s+)?$/u.test(lead);
  return dependent || coordinated ? before[0] : before.at(-1);
}

/**
 * People, pronouns, described sources and institutions speak; an organisation or a place only right
 * before its verb ("the Kremlin said", "Moscow accused Kyiv of …").
 */
function speaks(ctx: ArticleContext, subject: Subject, verbAt: number): boolean {
  if (subject.kind !== 'entity') return true;
  if (subject.type === 'person') return true;
  // a place speaks for its government only when it is a country or a capital ("Moscow accused …")
  if (subject.type === 'place' && !isCountryOrCapital(subject.text)) return false;
  return /^\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.masked.slice(subject.end, verbAt));
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
  if (subject.kind === 'description') {
    // "the minister" is the minister named before, "the official" the official described before; a
    // title that names no one the article has shown is left unattributed (a wrong name is worse)
    const speaker = resolveDescription(ctx, subject);
    return speaker
      ? { speaker, named: /^\p{Lu}/u.test(speaker), cue, how }
      : { speaker: UNATTRIBUTED, named: false, cue, how };
  }
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
