import { ownParse, type SentenceParse, type TemporalExpression, type VerbGroup } from '../nlp/dates/index.js';

/**
 * The words that describe the event a date belongs to. Usually that is the sentence (or, when a
 * sentence holds two dates in coordinated clauses, the clause). When the date sits in a noun phrase
 * that the sentence only mentions in passing — "tensions intensified after [Russia’s 2014 annexation
 * of Crimea]", "the first time since [the launch of the large-scale invasion in February 2022]" —
 * the event is that noun phrase, not the sentence around it.
 */
export interface EventText {
  text: string;
  /** true when the text is a noun phrase taken out of its sentence */
  phrase: boolean;
}

export function eventText(
  sentence: string,
  expression: TemporalExpression,
  others: TemporalExpression[],
  verbs: () => VerbGroup[],
  /** the sentence's parse when the caller has one; else it is parsed alone if needed */
  parse?: () => SentenceParse | undefined,
): EventText | undefined {
  const phrase = datedNounPhrase(sentence, expression, verbs(), parse);
  if (phrase) return { text: tidy(phrase, false), phrase: true };
  // "after Easter", "since 2014": a point the sentence measures from, not something that happened then
  if (expression.role === 'reference') return undefined;
  return { text: tidy(clauseOf(sentence, expression, others, verbs()), true), phrase: false };
}

// words that open a phrase the sentence mentions rather than narrates
const PHRASE_OPENER =
  /\b(?:after|since|following|including|such as|like|by|amid|despite|than|before|ahead of)\s+/gi;
const BOUNDARY = /[,;:()—–]/g;
const PREMODIFIED_NOUN_STOP =
  /[,;:.()—–!?]|\s(?:and|or|but|that|which|who|when|while|as|to|was|were|is|are|has|had|have)\s/;

function datedNounPhrase(
  sentence: string,
  expression: TemporalExpression,
  verbs: VerbGroup[],
  parse?: () => SentenceParse | undefined,
): string | undefined {
  const clauseStart = lastMatchEnd(BOUNDARY, sentence.slice(0, expression.start));
  let opener: { start: number; end: number } | undefined;
  PHRASE_OPENER.lastIndex = 0;
  for (
    let m = PHRASE_OPENER.exec(sentence);
    m && m.index < expression.start;
    m = PHRASE_OPENER.exec(sentence)
  ) {
    if (m.index >= clauseStart && m.index + m[0].length <= expression.start)
      opener = { start: m.index, end: m.index + m[0].length };
  }
  if (!opener) return undefined;
  // a verb between the opener and the date makes it a clause ("after the talks collapsed in June"),
  // unless the verb sits in a relative clause on the noun ("by the war that started in February 2022")
  for (const verb of verbs) {
    if (verb.start < opener.end || verb.end > expression.start) continue;
    if (!/\b(?:that|which|who)\s+$/i.test(sentence.slice(opener.end, verb.start))) return undefined;
  }
  let end = expression.end;
  const after = sentence.slice(expression.end);
  // a date before its noun: "Russia’s 2014 annexation of Crimea", "the 2014–2015 Minsk process"
  if (
    /^\s+\p{L}/u.test(after) &&
    !/^\s+(?:and|or|but|to|that|which|when|while|as|in|on|at|for|with|by|from|of)\b/i.test(after)
  ) {
    const stop = PREMODIFIED_NOUN_STOP.exec(after);
    end += stop ? stop.index : after.length;
  }
  const core = sentence.slice(opener.end, end).trim();
  // a noun phrase opens with a determiner or a name's possessive ("the launch of …", "Russia’s 2014 annexation"):
  // "spoke by phone on Tuesday" has none; "its role in …" needs the sentence to make sense
  if (!/^(?:the|a|an|this|that|these|those)\s|^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s/u.test(core))
    return undefined;
  // an event is a thing: "signed by Trump on Wednesday" is about Trump, "by over 3.2% in 2024" a measure
  if (!hasCommonNoun(opener.end, end, expression, parse?.() ?? ownParse(sentence))) return undefined;
  return core + relativeClauseAfter(sentence.slice(end));
}

interface CompromiseTerm {
  offset: { start: number; length: number };
  terms: { tags: string[] }[];
}

function hasCommonNoun(from: number, to: number, skip: TemporalExpression, parse: SentenceParse): boolean {
  const terms = parse.doc.terms().json({ offset: true }) as CompromiseTerm[];
  return terms.some((term) => {
    const start = term.offset.start - parse.at;
    const end = start + term.offset.length;
    if (start < from || end > to || (start < skip.end && end > skip.start)) return false;
    const tags = new Set(term.terms[0]?.tags ?? []);
    return (
      tags.has('Noun') && !['ProperNoun', 'Pronoun', 'Value', 'Date', 'Possessive'].some((t) => tags.has(t))
    );
  });
}

// ", which fundamentally shifted …", " – in which Kyiv ceded … –"
function relativeClauseAfter(rest: string): string {
  const m = /^(?:\s*,\s*|\s+[–—]\s+)((?:in |of |under |by |with )?(?:which|who|whom|whose)\b[^–—;()]*)/.exec(
    rest,
  );
  if (!m) return '';
  return `, ${m[1]!.replace(/[\s,.]+$/, '')}`;
}

// "These met in Paris last week and will meet again in London tomorrow (April 23) …"
const COORDINATION =
  /(?:,\s*|\s+)(?:and|but)\s+(?=(?:will|would|shall|has|have|had|is|are|was|were|then|also|later|again|did|could)\b)|;\s+/g;

function clauseOf(
  sentence: string,
  expression: TemporalExpression,
  others: TemporalExpression[],
  verbs: VerbGroup[],
): string {
  const otherDates = others.filter((o) => o !== expression && o.date !== expression.date);
  if (otherDates.length === 0) return sentence;
  const cuts: { start: number; end: number }[] = [];
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(sentence); m; m = COORDINATION.exec(sentence))
    cuts.push({ start: m.index, end: m.index + m[0].length });
  if (cuts.length === 0) return sentence;
  const pieces: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push({ start: from, end: cut.start });
    from = cut.end;
  }
  pieces.push({ start: from, end: sentence.length });
  const index = pieces.findIndex((p) => expression.start >= p.start && expression.end <= p.end);
  const piece = pieces[index];
  // only split where it separates the dates; otherwise the sentence reads better whole
  if (!piece || otherDates.some((o) => o.start >= piece.start && o.end <= piece.end)) return sentence;
  const text = sentence.slice(piece.start, piece.end);
  // a later clause that opens with its verb lost its subject: borrow the first clause's ("These … will meet again")
  if (index === 0 || !verbs.some((v) => v.finite && v.start === piece.start)) return text;
  const firstVerb = verbs
    .filter((v) => v.finite && v.end <= pieces[0]!.end)
    .sort((a, b) => a.start - b.start)[0];
  // without the first clause's opening adverbial: "On Monday, Zelensky met …" lends "Zelensky"
  const subject = firstVerb
    ? sentence
        .slice(0, firstVerb.start)
        .replace(/^.*,\s*/, '')
        .trim()
    : '';
  return subject ? `${subject} ${text}` : text;
}

const CONNECTIVE =
  /^(?:however|further|furthermore|moreover|meanwhile|additionally|in response|in addition|after all|historically|at any rate|at the same time|since then|still|yet|thus|therefore|nonetheless|nevertheless|ultimately|conversely|specifically|also|now|then|in parallel|in short)\s*,\s*/i;
// a dateline: "Brussels – For the first time …"
const DATELINE = /^\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?\s[–—]\s/u;
// "(Reuters)", "(Wikipedia)", "(KalikaBlogs – Historical Causes of …)": where it came from, not what happened
const SOURCE_CITATION =
  /\s*\((?:\p{Lu}[\w.]*(?:\s+\p{Lu}[\w.]*){0,3}|\p{Lu}[^()]*\s[–—]\s[^()]*)\)(?=\s*[.,;]?\s*$)/u;

/** A readable one-sentence text: connectives and source tags off, capitalised, punctuated. */
export function tidy(text: string, sentence: boolean): string {
  let out = text.replace(/\s+/g, ' ').trim();
  out = out.replace(DATELINE, '');
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(CONNECTIVE, '');
  }
  out = out.replace(SOURCE_CITATION, '');
  out = out.replace(/[\s,;:–—-]+$/, '');
  out = out.charAt(0).toUpperCase() + out.slice(1);
  if (sentence && !/[.!?…]["”’')]*$/.test(out)) out += '.';
  return out;
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}
