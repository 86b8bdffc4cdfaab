import { indexWords } from '../text/normalise.js';
import { nlp, tagged } from './compromise.js';

type Doc = ReturnType<typeof nlp>;

import { expandChatForms } from './chat-forms.js';
import { relatedPlaceWord } from './demonyms.js';
import { stem } from './stems.js';
import { STOP_WORDS } from './stop-words.js';
import { relatedOf, synonymsOf } from './synonyms.js';
import { otherSpellings } from './word-forms.js';

export type QuestionType =
  | 'who'
  | 'organisation'
  | 'when'
  | 'where'
  | 'quantity'
  | 'why'
  | 'said'
  | 'how'
  | 'what'
  | 'yes-no';

export interface QuestionTerm {
  word: string;
  stem: string;
  /** stems that count as the same term: the place for a demonym and back, a capital for its country */
  alternatives: string[];
  /** stems of WordNet synonyms and derivational forms, each with the share of a match it is worth */
  related: { stem: string; weight: number }[];
  /** a word naming the kind of answer wanted ("organisation", "city"): it need not appear in the answer */
  answerKind: boolean;
}

export interface QuestionAnalysis {
  text: string;
  type: QuestionType;
  /** content words, in order, without repeats */
  terms: QuestionTerm[];
  /** proper names as typed ("Xi Jinping", "Peskov"): each must appear in the articles to be answerable */
  names: string[];
  /** what a what/which/how-many question asks about: "weather" in "What is the weather in Kyiv?" */
  focus: string | undefined;
  /** the focus and the noun of its "of" phrase; all must occur in the articles */
  focusNouns: string[];
  /** whose focus the question asks about: "ukraine" in "whats ukraine's gdp" */
  owner: string | undefined;
  /**
   * the question's own verbs ("agreed", "postponed", "led"), which an answer must state, not just its
   * names; auxiliaries and reporting scaffolding ("say", "tell") are not predicates
   */
  predicates: string[];
  /**
   * in "what did X say about Y", the head noun of Y ("proposal" in "about zelenskyy's proposal for a
   * meeting"): X's words must be about it, not just be X's
   */
  topic: string | undefined;
  /** asks for the newest state of things ("latest", "now", "still", "this week") */
  recent: boolean;
  /** asks for several things ("what is the US doing", "how is Europe reacting", "demands?") */
  several: boolean;
}

// nouns that say what kind of answer is wanted rather than what it is about
// "how much funding", "what amount": the measure asked for is not a topic the text must name
const ANSWER_KIND_NOUNS = new Set(
  'name names kind kinds type types sort date dates day days weekday year years time times month week city cities country countries place places location percentage percent share number numbers amount amounts proportion part parts way ways reason reasons role thing things one ones point points organisation organisations organization organizations group groups agency agencies entity person people individual figure figures money cash funding funds cost costs price prices sum sums total totals count value size rate'.split(
    ' ',
  ),
);

// "how is Europe reacting", "what has X been saying": any statement or step of X's answers, in whatever words,
// so these say what kind of answer is wanted, like the nouns above (weighed when the articles use them)
const SUMMARY_VERBS = new Set(
  'react reacts reacting reacted reaction reactions respond responds responding responded response responses saying'.split(
    ' ',
  ),
);

// words asking for the newest state of things; they say when, not what, so they are not search terms
const RECENCY =
  /\b(latest|newest|most recent|recent(ly)?|now|right now|currently|current|still|so far|yet|this week|today|at the moment|these days|anymore|any more|update|updates)\b/i;
export const RECENCY_WORDS: ReadonlySet<string> = new Set(
  'latest newest recent recently now currently current still today update updates'.split(' '),
);

// questions whose answer is a list of things rather than one fact
const SEVERAL = [
  /\b(what|how) (is|are|has|have) .{1,40}\b(doing|done|reacting|reacted|responding|responded|saying|planning|offering|pushing|proposing|demanding)\b/i,
  /\b(reactions?|responses?|positions?|demands|conditions|options|proposals|steps|measures|goals|aims|obstacles|sticking points|issues|concerns|points|arguments|terms)\b/i,
  /\b(each|both|either) (side|party|country|leader)s?\b/i,
  /\b(what is|what's) (up|happening|going on|new)\b/i,
  /\b(latest|updates?|news|summary|summari[sz]e|overview|recap|state of)\b/i,
];

// compromise tags "does" in "How much does a barrel cost" as a main verb; for finding the focus it is not
const AUXILIARIES = new Set(
  'do does did has have had is are was were be been will would can could should may might must'.split(' '),
);

// verb forms that frame a question rather than ask what happened: "according to", "expected to"
const NOT_PREDICATES = new Set(
  'according expected supposed likely going want wants wanted need needs seem seems'.split(' '),
);

const PARTICLES = new Set('aside up out off down away back over'.split(' '));

interface TaggedTerm {
  text: string;
  normal: string;
  tags: string[];
  pre: string;
  post: string;
  /** which of the document's sentences the term is in */
  sentence: number;
}

const termLists = new WeakMap<Doc, TaggedTerm[]>();

/**
 * The document's terms with their tags, read once per parse from compromise's own term objects (what
 * `doc.terms().json()` gives, without building its JSON: that cost ~0.4 ms a call, three calls a question).
 */
function termsOf(doc: Doc): TaggedTerm[] {
  let terms = termLists.get(doc);
  if (!terms) {
    const sentences = (
      doc as unknown as {
        docs: { text: string; normal: string; tags: Set<string>; pre: string; post: string }[][];
      }
    ).docs;
    terms = sentences.flatMap((words, sentence) =>
      words.map((t) => ({
        text: t.text,
        normal: t.normal,
        tags: [...t.tags],
        pre: t.pre ?? '',
        post: t.post ?? '',
        sentence,
      })),
    );
    termLists.set(doc, terms);
  }
  return terms;
}

/**
 * The first common noun after the question word, before the main verb: the thing a what/which/how-many
 * question is about. Proper nouns are left to the name check; auxiliaries and copulas don't end the search.
 */
export function questionFocus(question: string): string | undefined {
  return focusNouns(question)[0];
}

/**
 * The focus and the noun of its "of" phrase: ["rate", "ruble"] for "What is the exchange rate of the
 * Russian ruble?". Each must occur in the articles for the question to be answerable from them.
 */
export function focusNouns(question: string, doc: Doc = nlp(question)): string[] {
  const terms = termsOf(doc);
  const start = terms.findIndex((t) => t.tags.includes('QuestionWord'));
  if (start < 0) return [];
  for (const term of terms.slice(start + 1, start + 8)) {
    const tags = new Set(term.tags);
    if (AUXILIARIES.has(term.normal)) continue;
    if (tags.has('Verb') && !tags.has('Copula') && !tags.has('Auxiliary')) return [];
    if (
      !tags.has('Noun') ||
      tags.has('ProperNoun') ||
      tags.has('Place') ||
      tags.has('Person') ||
      tags.has('Organization')
    )
      continue;
    if (tags.has('Pronoun') || tags.has('Acronym')) continue;
    const word = term.normal.replace(/['’]s$/, '');
    if (ANSWER_KIND_NOUNS.has(word)) continue;
    // "set aside", "line up": a word before a particle is a phrasal verb that compromise took for a noun
    const next = terms[terms.indexOf(term) + 1];
    if (next && PARTICLES.has(next.normal)) return [];
    const head = headIndex(terms, terms.indexOf(term));
    const complement = ofComplement(terms, head);
    return [normalOf(terms[head]!), ...(complement ? [complement] : [])];
  }
  return [];
}

// order matters: "how many" before "how", "until when" before anything starting with a preposition
const TYPE_PATTERNS: [QuestionType, RegExp][] = [
  [
    'quantity',
    /\b(how (many|much|long|far|big|large|old|often)|what (percentage|percent|share|number|amount|proportion|sum))\b/,
  ],
  ['when', /^(\w+ )?(when|what (date|day|time|year|month|week))\b|\b(until|since|by) when\b/],
  ['where', /^(\w+ )?where\b|\bin (what|which) (city|country|capital|place|town|region)\b/],
  [
    'who',
    /^(\w+ )?(who|whom|whose)\b|^(which|what) (\w+ )?(person|people|official|officials|leader|leaders|minister|president|envoy|diplomat|negotiator|spokes\w+)\b/,
  ],
  [
    'organisation',
    /^(\w+ )?(which|what) (organi[sz]ation|institution|agency|company|group|body|bodies|organi[sz]ations|institutions|agencies)\b/,
  ],
  ['why', /^(\w+ )?why\b|\bwhat (is|was) the reason\b/],
  // "What did Peskov say …", "How did Zelensky describe …": the answer is someone's words
  [
    'said',
    /^(what|how) (did|does|has|have|had) .{2,60}\b(say|said|tell|told|describe|call|claim|warn|stress|write|announce)\b/,
  ],
  ['how', /^(\w+ )?how\b/],
  ['yes-no', /^(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/],
];

export function questionType(question: string): QuestionType {
  const lower = question.toLowerCase().trim();
  return TYPE_PATTERNS.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'what';
}

/** Proper names in a question: compromise's proper nouns, plus capitalised words it missed mid-sentence. */
export function namesIn(question: string, doc: Doc = nlp(question)): string[] {
  const found = new Set<string>();
  for (const name of properNounRuns(termsOf(doc))) {
    const clean = name
      .replace(/['’]s\b/gi, '')
      .replace(/[^\p{L}\p{N}\s.-]/gu, '')
      .trim();
    if (clean) found.add(clean);
  }
  const words = question.split(/\s+/);
  words.forEach((word, i) => {
    const clean = word.replace(/['’]s$/i, '').replace(/[^\p{L}\p{N}-]/gu, '');
    if (i > 0 && /^\p{Lu}\p{Ll}+/u.test(clean) && !STOP_WORDS.has(clean.toLowerCase())) found.add(clean);
    // acronyms: "US", "EU", "NATO"
    else if (/^\p{Lu}{2,5}$/u.test(clean)) found.add(clean);
  });
  // keep multi-word names and drop their parts listed alone
  const all = [...found];
  return all.filter((name) => !all.some((other) => other !== name && other.split(/\s+/).includes(name)));
}

/**
 * What `doc.match('#ProperNoun+').out('array')` gives, read from the terms already listed: each run of
 * proper nouns within a sentence, as typed (pre, text, post), trimmed; without a second pass of the matcher.
 */
function properNounRuns(terms: TaggedTerm[]): string[] {
  const runs: string[] = [];
  let run: { sentence: number; text: string } | undefined;
  const close = () => {
    const text = run?.text.trim();
    if (text) runs.push(text);
    run = undefined;
  };
  for (const term of terms) {
    const proper = term.tags.includes('ProperNoun');
    if (run && (!proper || run.sentence !== term.sentence)) close();
    if (!proper) continue;
    run ??= { sentence: term.sentence, text: '' };
    run.text += term.pre + term.text + term.post;
  }
  close();
  return runs;
}

/** The head common noun after "about"/"regarding" in a said-question ("deadline" in "about the 50 day deadline"). */
function aboutTopic(doc: Doc): string | undefined {
  const terms = termsOf(doc);
  const at = terms.findIndex((t) => t.normal === 'about' || t.normal === 'regarding');
  if (at < 0) return undefined;
  for (let i = at + 1; i < Math.min(terms.length, at + 6); i++) {
    const tags = new Set(terms[i]!.tags);
    if (!tags.has('Noun') || tags.has('ProperNoun') || tags.has('Pronoun') || tags.has('Place')) continue;
    const word = normalOf(terms[headIndex(terms, i)]!);
    return STOP_WORDS.has(word) || ANSWER_KIND_NOUNS.has(word) ? undefined : word;
  }
  return undefined;
}

/** The word that owns the focus in "X's [adjective] focus" ("ukraine" in "whats ukraine's gdp"), lowercase. */
function ownerOf(question: string, focus: string): string | undefined {
  // most questions have no possessive, and compiling the pattern costs more than the rest of this reading
  if (!/['’][sS]/.test(question)) return undefined;
  const escaped = focus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(\\p{L}+)['’]s\\s+(?:\\p{L}+\\s+){0,2}?${escaped}\\b`, 'iu').exec(question);
  return found?.[1]?.toLowerCase();
}

/** The last noun of a run of common nouns: "minister" in "prime minister". */
function headIndex(terms: TaggedTerm[], index: number): number {
  let head = index;
  while (terms[head + 1]?.tags.includes('Noun') && !terms[head + 1]?.tags.includes('ProperNoun')) head++;
  return head;
}

function normalOf(term: TaggedTerm): string {
  return term.normal.replace(/['’]s$/, '');
}

/** "of [the] [adjectives] NOUN" right after the head: the common noun, if there is one. */
function ofComplement(terms: TaggedTerm[], head: number): string | undefined {
  if (terms[head + 1]?.normal !== 'of') return undefined;
  for (const term of terms.slice(head + 2, head + 6)) {
    const tags = new Set(term.tags);
    if (tags.has('Determiner') || tags.has('Adjective') || tags.has('Demonym')) continue;
    const common = tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('Pronoun') && !tags.has('Place');
    return common && !ANSWER_KIND_NOUNS.has(normalOf(term)) ? normalOf(term) : undefined;
  }
  return undefined;
}

/**
 * The question's own verbs: compromise's verbs less auxiliaries, modals, copulas and scaffolding, and less
 * any verb that is the question word's complement ("what did X say" says nothing about what was said).
 */
export function predicatesIn(doc: Doc): string[] {
  const terms = termsOf(doc);
  const verbs: string[] = [];
  for (const term of terms) {
    const tags = new Set(term.tags);
    if (!tags.has('Verb') || tags.has('Auxiliary') || tags.has('Copula') || tags.has('Modal')) continue;
    const word = term.normal.replace(/['’].*$/, '');
    if (AUXILIARIES.has(word) || STOP_WORDS.has(word) || RECENCY_WORDS.has(word) || word.length < 3) continue;
    if (NOT_PREDICATES.has(word)) continue;
    verbs.push(word);
  }
  return [...new Set(verbs)];
}

export function analyseQuestion(rawQuestion: string): QuestionAnalysis {
  const question = expandChatForms(rawQuestion);
  const seen = new Set<string>();
  const terms: QuestionTerm[] = [];
  const recent = RECENCY.test(question);
  // "right now", "so far", "this week" say when, not what
  const content = recent ? question.replace(new RegExp(RECENCY.source, 'gi'), ' ') : question;
  const acronyms = acronymsIn(content);
  for (const word of indexWords(content)) {
    if ((STOP_WORDS.has(word) && !acronyms.has(word)) || word.length < 2) continue;
    if (word === 'doing' || word === 'done') continue; // "what is X doing" asks what X does, in any words
    const s = stem(word);
    if (seen.has(s)) continue;
    seen.add(s);
    // "recognise" is "recognize" (WordNet spells American) and the articles may spell either way
    const spellings = otherSpellings(word);
    const related = [relatedPlaceWord(word), ...synonymsOf(word), ...spellings].filter(
      (w): w is string => w !== undefined,
    );
    const alternatives = [...new Set(related.flatMap((w) => w.split(' ')).map(stem))].filter((a) => a !== s);
    terms.push({
      word,
      stem: s,
      alternatives,
      related: relatedStems([word, ...spellings], [s, ...alternatives]),
      answerKind: ANSWER_KIND_NOUNS.has(word) || SUMMARY_VERBS.has(word),
    });
  }
  const phrased = withPhrases(content, terms);
  terms.splice(0, terms.length, ...phrased);
  const type = questionType(question);
  // one parse serves both the focus and the names: compromise is most of a question's cost
  const doc = tagged(question);
  const nouns = type === 'what' || type === 'quantity' || type === 'who' ? focusNouns(question, doc) : [];
  return {
    text: question,
    type,
    terms,
    names: withAcronyms(namesIn(question, doc), acronyms),
    focus: nouns[0],
    focusNouns: nouns,
    owner: nouns[0] ? ownerOf(question, nouns[0]) : undefined,
    predicates: predicatesIn(doc),
    topic: type === 'said' ? aboutTopic(doc) : undefined,
    recent,
    several: SEVERAL.some((pattern) => pattern.test(question)) || isBareTopic(question, terms),
  };
}

/**
 * Acronyms a question spells, lowercase as the index has them: capitalised ("US", "IT"), dotted ("u.s.",
 * "U.K.") or the country after "the" ("the us", "the uk": "us" is a pronoun only without it). Each is a
 * name even when it spells a stop word.
 */
export function acronymsIn(question: string): Set<string> {
  const found = new Set<string>();
  for (const m of question.matchAll(/\b\p{Lu}{2,5}\b/gu)) found.add(m[0].toLowerCase());
  for (const m of question.matchAll(/(?<![\p{L}\p{N}])(?:\p{L}\.){1,3}\p{L}\.?(?![\p{L}\p{N}])/gu))
    found.add(m[0].replace(/\./g, '').toLowerCase());
  for (const m of question.matchAll(/\bthe (us|uk|eu|un)\b/gi)) found.add(m[1]!.toLowerCase());
  return found;
}

/** The names, and each acronym none of them spells ("the us" typed in lower case), as a name. */
function withAcronyms(names: string[], acronyms: Set<string>): string[] {
  const spelt = new Set(names.map((name) => indexWords(name).join(' ')));
  return [...names, ...[...acronyms].filter((a) => !spelt.has(a)).map((a) => a.toUpperCase())];
}

// the second word of a phrasal verb ("brush off", "set aside") or of a compound whose words are both content words
const PARTICLES_AFTER = new Set(
  'off up out down away aside over back forward together around through on in'.split(' '),
);

/**
 * WordNet's multi-word lemmas in the question ("brush off" → dismiss, "set aside" → earmark, "get
 * together" → meeting): a phrasal verb means what its synonyms mean, not what its words do, so it becomes
 * one term matched by those synonyms, in place of its verb's own term; a compound ("prime minister") is
 * added beside its words. The first word is
 * tried as typed and with a regular ending undone ("brushed off", "setting aside").
 */
function withPhrases(content: string, terms: QuestionTerm[]): QuestionTerm[] {
  const words = indexWords(content);
  let result = terms;
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i]!, words[i + 1]!];
    const compound = !STOP_WORDS.has(first) && !STOP_WORDS.has(second);
    if (!PARTICLES_AFTER.has(second) && !compound) continue;
    const bases = [first, first.replace(/(ed|ing|s)$/, ''), first.replace(/(ed|ing|s)$/, 'e')].filter(
      (b, at, all) => b.length > 1 && all.indexOf(b) === at,
    );
    for (const base of bases) {
      const lemma = `${base}_${second}`;
      const related = relatedStems([lemma], []);
      if (related.length === 0) continue;
      // a phrasal verb's verb means something else alone ("brush"); a compound's words keep their own
      // meaning and may be what the answer must hold ("prime minister": the role asked about)
      const parts = compound ? new Set<string>() : new Set([stem(first), stem(second)]);
      result = [
        ...result.filter((t) => !parts.has(t.stem)),
        { word: lemma, stem: lemma, alternatives: [], related, answerKind: false },
      ];
      break;
    }
  }
  return result;
}

/** WordNet's words for a word, as stems, best weight per stem, without the term's own stems. */
function relatedStems(words: string[], own: string[]): { stem: string; weight: number }[] {
  const best = new Map<string, number>();
  for (const related of words.flatMap(relatedOf)) {
    const s = stem(related.word);
    if (own.includes(s)) continue;
    best.set(s, Math.max(best.get(s) ?? 0, related.weight));
  }
  return [...best].map(([s, weight]) => ({ stem: s, weight })).sort((a, b) => b.weight - a.weight);
}

/** "demands?", "ceasefire talks": a topic typed on its own asks for what the articles say about it. */
function isBareTopic(question: string, terms: QuestionTerm[]): boolean {
  return (
    !/^\W*(who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/i.test(
      question,
    ) &&
    terms.length > 0 &&
    terms.length <= 3
  );
}
