import type { Article } from '../../knowledge/types.js';
import { countryOf } from '../demonyms.js';
import { HEARER_VERBS, INVERTED_VERBS, SPEECH_VERBS } from '../reporting-verbs.js';
import { isPersonNoun } from '../wordnet.js';
import { capitalisedRuns, isCapitalised, PARTICLES } from './capitalised-runs.js';
import { isListedFirstName } from './first-names.js';
import { genderOfFirstName, isCommonWord, isFirstName, isPlaceWord, wordTags } from './lexicon.js';
import { type Token, tokenise } from './normalise.js';
import {
  adjacent,
  INSTITUTION_HEADS,
  inOrganisationContext,
  isTitleWord,
  roleText,
  TITLE_HEADS,
  titleBefore,
} from './roles.js';

/** One place where the text names a person, with the title it gives them there. */
export interface PersonSighting {
  /** the name as written, without a possessive: "Volodyr Zelenskyy" */
  full: string;
  first: string | undefined;
  surname: string;
  role: string | undefined;
  gender: 'male' | 'female' | undefined;
}

/**
 * People the articles name, learned from how the text writes them: a known first name and a surname
 * ("Dmitry Peskov"), or any two or three capitalised words after a title ("Ukrainian President Volodyr
 * Zelenskyy", "Council, Rustem Umerov"), and "the Biden administration" for a leader named by surname only.
 */
export function learnPeople(articles: Article[]): PersonSighting[] {
  const sightings: PersonSighting[] = [];
  for (const article of articles) {
    const found = article.sentences.flatMap((sentence) => peopleIn(sentence.text));
    // "The terminal company, Delta Quay Terminals, said …; Delta Quay said …": a name the article gives
    // an organisation's context, and its first words alone, are the organisation's, whatever first name
    // they start with
    const organisations = article.sentences.flatMap((sentence) => organisationNames(sentence.text));
    sightings.push(
      ...found.filter((p) => !organisations.some((o) => o === p.full || o.startsWith(`${p.full} `))),
    );
  }
  return sightings;
}

/** Capitalised runs of two or more words that their context calls an organisation. */
export function organisationNames(text: string): string[] {
  const tokens = tokenise(text);
  return capitalisedRuns(text, tokens)
    .filter((run) => run.to - run.from >= 2)
    .map((run) => ({ start: tokens[run.from]!.start, end: tokens[run.to - 1]!.end }))
    .filter(({ start, end }) => inOrganisationContext(text, start, end))
    .map(({ start, end }) => text.slice(start, end));
}

export function peopleIn(text: string): PersonSighting[] {
  const tokens = tokenise(text);
  const found: PersonSighting[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    const name = nameInRun(text, tokens, run);
    if (!name) continue;
    const words = tokens.slice(name.from, name.to);
    const first = name.hasFirstName ? words[0]!.raw : undefined;
    const last = words[words.length - 1]!;
    // "von der Leyen": a surname starts at its particle; "Bilyk-Tkach": at the first of its joined parts
    let lastPart = words.length - 1;
    while (lastPart > 1 && text.slice(words[lastPart - 1]!.end, words[lastPart]!.start) === '-') lastPart--;
    const surname = words.find((word, i) => i > 0 && PARTICLES.has(word.raw)) ?? words[lastPart]!;
    // "Maryam al-Suwaidi", "Ahmed bin-Salem": a particle joined by a hyphen belongs to the surname
    const joined = /^-\p{Lu}[\p{L}'’]+/u.exec(text.slice(last.end))?.[0] ?? '';
    const end = last.end + (PARTICLES.has(last.raw) || PARTICLES.has(last.norm) ? joined.length : 0);
    if (end === last.end && (PARTICLES.has(last.norm) || /^\p{Ll}/u.test(last.raw))) continue;
    const full = text.slice(words[0]!.start, end);
    // "Bilyk-Tkach said": one hyphenated word is a surname alone, not a first name and a surname
    const oneWord = !/\s/.test(full);
    found.push({
      full,
      first: oneWord ? undefined : first,
      surname: oneWord
        ? full
        : text.slice(PARTICLES.has(last.norm) && end > last.end ? last.start : surname.start, end),
      role: roleOf(text, tokens, name.from, name.to),
      // "her daughter, Kit …": a gendered noun for the person says more than the first name's lists
      gender:
        genderOfNoun(appositiveNoun(text, tokens, name) ?? '') ??
        (first && !oneWord ? genderOfFirstName(first) : undefined),
    });
  }
  found.push(...surnamesIn(text, tokens));
  // "the Biden administration": a government is named after its leader
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next?.norm !== 'administration' || !isCapitalised(token) || !adjacent(text, token, next)) return;
    if (tokens[i - 1]?.norm !== 'the' || isCommonWord(token.raw) || isPlaceWord(token.raw)) return;
    if (/^\p{Lu}+$/u.test(token.raw.replace(/\./g, ''))) return;
    found.push({ full: token.raw, first: undefined, surname: token.raw, role: undefined, gender: undefined });
  });
  return found;
}

function nameInRun(text: string, tokens: Token[], whole: { from: number; to: number }) {
  // "Mr Kirill Vasko": the honorific is not part of the name
  const run = { ...whole };
  while (run.from < run.to && tokens[run.from]!.norm in HONORIFIC_GENDER) run.from++;
  // a known first name followed by one to three more words
  for (let i = run.from; i < run.to - 1; i++) {
    if (isFirstName(tokens[i]!.raw) && !TITLE_HEADS.has(tokens[i + 1]!.norm)) {
      return { from: i, to: Math.min(run.to, i + 5), hasFirstName: true };
    }
  }
  // "the Minister of Foreign Affairs of Ukraine Andrii Sybiha": the place that ends a title is not the name
  while (run.to - run.from > 2 && notInName(tokens[run.from]!)) run.from++;
  const size = (from: number) => run.to - from;
  // a title inside the run: "Ukrainian President | Volodyr Zelenskyy"
  for (let i = run.to - 1; i >= run.from; i--) {
    if (TITLE_HEADS.has(tokens[i]!.norm) && size(i + 1) >= 2 && size(i + 1) <= 3) {
      return { from: i + 1, to: run.to, hasFirstName: true };
    }
  }
  const before = tokens[run.from - 1];
  // "Hessenwerk's chief executive, Jan Vermeulen,": a first name the name lists hold that is also a
  // common word ("Jan", "May") opens a name in an appositive, where only a name can stand
  const listedFirst = (t: Token, i: number) =>
    i === run.from && isListedFirstName(t.raw) && appositiveOfPersonNoun(text, tokens, run);
  if (
    size(run.from) < 2 ||
    size(run.from) > 3 ||
    // "Marloes de Bruijn": a lowercase particle inside the run is part of the name, not a common word
    tokens
      .slice(run.from, run.to)
      .some((t, k) => isCommonWord(t.raw) && !PARTICLES.has(t.raw) && !listedFirst(t, run.from + k))
  ) {
    return undefined;
  }
  if (tokens.slice(run.from, run.to).some((t) => notInName(t))) return undefined;
  const name = { from: run.from, to: run.to, hasFirstName: true };
  // "Ashby's captain, Callum Reid,", "His younger brother, Jamie Reid,": a noun for a person, then the
  // name set off by commas (WordNet files the noun under noun.person; no list of titles needed)
  if (appositiveOfPersonNoun(text, tokens, run)) return name;
  // "the Kyiv weekly Dzerkalo Tyzhnia quoted …": a name after the word for a medium is the medium's
  if (before && OUTLET_NOUNS.has(before.norm)) return undefined;
  // "Bohdan Okhrimenko, who heads …", "Nadiya Ostapchuk, 58, …": 'who' and an age are said of people
  if (/^,\s+(?:who\b|\d{1,3},)/.test(text.slice(tokens[run.to - 1]!.end))) return name;
  const gap = before ? text.slice(before.start + before.raw.length, tokens[run.from]!.start) : '';
  // "envoy Rustem Umerov" or the appositive "Defense Council, Rustem Umerov,"
  if (before && /^\s+$/.test(gap) && TITLE_HEADS.has(before.norm)) return name;
  if (before && /^,\s+$/.test(gap) && titleBefore(text, tokens, run.from)) return name;
  // "said Kirill Vasko", "Kirill Vasko told reporters", "Kirill Vasko, the envoy, said"
  if (before && /^\s+$/.test(gap) && INVERTED_VERBS.has(before.norm) && !HEARER_VERBS.has(before.norm))
    return name;
  if (speaksNext(text, tokens, run.to) || roleOf(text, tokens, run.from, run.to)) return name;
  // "A member of the delegation, Zoreslava Kindrat, said": an appositive name before a verb of speaking
  const after = /^,\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(tokens[run.to - 1]!.end))?.[1];
  if (/^,\s+$/.test(gap) && after && SPEECH_VERBS.has(after)) return name;
  // "…,” Tamsin Ngata, the union’s envoy, said": an appositive set off by commas, then a verb of speaking
  const beyond = /^,\s+(?:the|a|an)\s[^,;:“”"]{1,60},\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
    text.slice(tokens[run.to - 1]!.end),
  )?.[1];
  if (beyond && SPEECH_VERBS.has(beyond)) return name;
  return undefined;
}

// "Ashby's captain, | Name |,": a possessive or determiner, up to two modifiers, then the noun
const PERSON_NOUN_PHRASE =
  /(?:^|[\s(])(?:[\p{L}.-]+['’]s?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+),\s+$/u;

/**
 * Whether the run is an appositive naming the person a noun phrase just described: "Ashby's captain,
 * Callum Reid,", "her daughter, Fiona MacLeod,". The noun's first WordNet sense is a person, and a comma
 * closes the name, as an appositive's does.
 */
function appositiveOfPersonNoun(text: string, tokens: Token[], run: { from: number; to: number }): boolean {
  return appositiveNoun(text, tokens, run) !== undefined;
}

function appositiveNoun(
  text: string,
  tokens: Token[],
  run: { from: number; to: number },
): string | undefined {
  const first = tokens[run.from]!;
  const last = tokens[run.to - 1]!;
  if (!/^,/.test(text.slice(last.end))) return undefined;
  const head = PERSON_NOUN_PHRASE.exec(text.slice(Math.max(0, first.start - 60), first.start))?.[1];
  return head !== undefined && isPersonNoun(head) ? head : undefined;
}

// English's gendered nouns for people: kinship terms, and the -man/-woman compounds ("chairwoman")
const MALE_NOUNS = new Set(
  'brother son father husband uncle nephew grandson grandfather stepfather stepson boyfriend widower king prince'.split(
    ' ',
  ),
);
const FEMALE_NOUNS = new Set(
  'sister daughter mother wife aunt niece granddaughter grandmother stepmother stepdaughter girlfriend widow queen princess'.split(
    ' ',
  ),
);

/** The gender an English noun for a person carries: "brother", "chairwoman"; most nouns carry none. */
export function genderOfNoun(noun: string): 'male' | 'female' | undefined {
  const word = noun.toLowerCase();
  if (FEMALE_NOUNS.has(word) || /woman$/.test(word)) return 'female';
  if (MALE_NOUNS.has(word) || /[^o]man$/.test(word)) return 'male';
  return undefined;
}

// the words for a news medium: the capitalised name after one is an outlet, not a person
const OUTLET_NOUNS = new Set([
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'agency',
  'broadcaster',
  'channel',
  'station',
  'network',
  'outlet',
  'website',
  'portal',
  'publication',
]);

/** A word no person's name is made of: a place, a demonym, a title, an institution's head. */
function notInName(token: Token): boolean {
  return (
    TITLE_HEADS.has(token.norm) ||
    INSTITUTION_HEADS.has(token.norm) ||
    isPlaceWord(token.raw) ||
    countryOf(token.raw) !== undefined
  );
}

/** A verb of speaking right after the name, perhaps after an adverb: "Vasko (also) told reporters". */
function speaksNext(text: string, tokens: Token[], at: number): boolean {
  const next = tokens[at];
  if (!next || !/^\s+$/.test(text.slice(tokens[at - 1]!.start + tokens[at - 1]!.raw.length, next.start)))
    return false;
  if (SPEECH_VERBS.has(next.norm)) return true;
  return /ly$/.test(next.norm) && tokens[at + 1] !== undefined && SPEECH_VERBS.has(tokens[at + 1]!.norm);
}

// "Mr Obuya", "Ms. Ngata": an honorific makes the next capitalised word a surname
const HONORIFIC_GENDER: Record<string, 'male' | 'female' | undefined> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  dr: undefined,
  prof: undefined,
};

/**
 * People named by surname alone, from the context: after an honorific ("Mr Obuya") or after an
 * inverted verb of speaking ("…,” said Hrytsenko"), when the word is not a place or a common word.
 */
function surnamesIn(text: string, tokens: Token[]): PersonSighting[] {
  const found: PersonSighting[] = [];
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const next = tokens[i + 1];
    if (!before || !isCapitalised(token) || isCommonWord(token.raw) || notInName(token)) return;
    // a full name is learned from its run; only a lone capitalised word is a bare surname
    if (next && isCapitalised(next) && adjacent(text, token, next)) return;
    // "Bilyk-Tkach": the parts of a hyphenated surname are one word
    const hyphen = (a: Token | undefined, b: Token | undefined) =>
      a !== undefined &&
      b !== undefined &&
      isCapitalised(a) &&
      isCapitalised(b) &&
      text.slice(a.end, b.start) === '-';
    if (hyphen(before, token)) return;
    let last = i;
    while (hyphen(tokens[last], tokens[last + 1])) last++;
    if (next && PARTICLES.has(next.raw) && /^[\s-]+$/.test(text.slice(token.end, next.start))) return;
    if (tokens[i - 2] && isCapitalised(before) && !(before.norm in HONORIFIC_GENDER)) return;
    const gap = text.slice(before.start + before.raw.length, token.start);
    const honorific = before.norm in HONORIFIC_GENDER && /^\.?\s+$/.test(gap);
    const inverted =
      INVERTED_VERBS.has(before.norm) &&
      !HEARER_VERBS.has(before.norm) &&
      /^\s+$/.test(gap) &&
      /[,”"’]\s*$/.test(text.slice(0, before.start));
    if (!honorific && !inverted) return;
    if (wordTags(token.raw).has('Organization')) return;
    const surname = text.slice(token.start, tokens[last]!.end);
    found.push({
      full: surname,
      first: undefined,
      surname,
      role: undefined,
      gender: honorific ? HONORIFIC_GENDER[before.norm] : undefined,
    });
  });
  return found;
}

/** The title the text gives a name: before it, as an appositive before a comma, or after it (", the …,"). */
function roleOf(text: string, tokens: Token[], from: number, to: number): string | undefined {
  const title = titleBefore(text, tokens, from);
  const before = tokens[from - 1];
  if (title && before) {
    const gap = text.slice(before.start + before.raw.length, tokens[from]!.start);
    if (/^,?\s+$/.test(gap)) return roleText(text, tokens, title) || undefined;
  }
  // "Dmitry Peskov, the Kremlin spokesperson, indicated"
  const last = tokens[to - 1]!;
  const the = tokens[to];
  if (the?.norm !== 'the' || !/^,\s+$/.test(text.slice(last.end, the.start))) return undefined;
  let end = to + 1;
  while (end < tokens.length && isTitleWord(tokens[end]!) && adjacent(text, tokens[end - 1]!, tokens[end]!))
    end++;
  if (end === to + 1 || !TITLE_HEADS.has(tokens[end - 1]!.norm)) return undefined;
  return roleText(text, tokens, { from: to + 1, to: end });
}
