import { countryOf } from '../demonyms.js';
import { wordTags } from './lexicon.js';
import type { Token } from './normalise.js';

/**
 * Titles: the words that make "Kremlin spokesperson Dmitry Peskov" teach both a name and a role. General
 * English vocabulary for officials, not a list of this corpus's people.
 */
export const TITLE_HEADS = new Set(
  'president minister secretary chancellor spokesperson spokesman spokeswoman envoy general leader ambassador commissioner chief adviser advisor aide premier senator governor mayor negotiator diplomat representative head director chairman chairwoman chair king queen prince pope official officials executive ombudsman ombudswoman ombudsperson judge prosecutor lawyer founder'.split(
    ' ',
  ),
);

/**
 * Heads of the names of institutions that speak: "the ministry said", "the presidential office",
 * "the Daily Courier reported". General English, not this corpus's organisations.
 */
export const INSTITUTION_HEADS = new Set(
  'ministry ministries office government administration presidency cabinet parliament embassy agency army military command headquarters council commission committee court department service services delegation mission secretariat party alliance coalition bloc union federation authority authorities police prosecution company corporation bank readout newspaper paper daily weekly magazine broadcaster channel network newsroom outlet website tribune times post herald courier gazette journal chronicle telegraph observer guardian monitor'.split(
    ' ',
  ),
);

/** lowercase words that may sit inside a title ("US special envoy", "deputy foreign minister") */
export const TITLE_MODIFIERS = new Set(
  'special foreign deputy vice senior former current top defence defense prime state national security interior finance trade presidential first acting interim outgoing incoming'.split(
    ' ',
  ),
);

/**
 * Function words (determiners, pronouns, conjunctions and English's closed class of prepositions): a
 * capital on one means it opens a sentence or a heading, and it is never part of a title.
 */
const NOT_TITLE = new Set(
  'a an the this that these those his her their its our my your he she they we it who which when where if and or but nor as while since because although though according about above across after against ahead along alongside amid amidst among amongst around at before behind below beneath beside besides between beyond by despite down during except for from in inside into like near of off on onto out outside over past per since through throughout till to toward towards under underneath unlike until up upon via with within without'.split(
    ' ',
  ),
);

/**
 * A word the lexicon knows only as a gerund opens a clause ("Talking to state media, …", "Following
 * Prime Minister …"), it does not name an office. A demonym is never one ("Polish" is a verb too).
 */
function opensClause(token: Token): boolean {
  if (countryOf(token.raw) !== undefined) return false;
  return wordTags(token.raw).has('Gerund');
}

// words that join the parts of one capitalised title: "Secretary of the National Security and Defense Council"
const CONNECTORS = new Set(['of', 'the', 'and']);

// "former US President": a title's tense is not part of the role
const DROPPED = new Set(['former', 'current', 'then', 'his', 'her', 'their', 'its', 'the', 'a', 'an']);

/** Heads of state and government: "the Ukrainian leader" names the Ukrainian president. */
export const LEADER_HEADS = new Set(['president', 'chancellor', 'premier', 'prime minister']);

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw);
}

/** True when only spaces separate two tokens (no comma, stop or hyphen), so they belong to one phrase. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  return (
    /^\s+$/.test(text.slice(left.start + left.raw.length, right.start)) &&
    left.end === left.start + left.raw.length
  );
}

export function isTitleWord(token: Token): boolean {
  if (NOT_TITLE.has(token.norm)) return false;
  if (TITLE_HEADS.has(token.norm) || TITLE_MODIFIERS.has(token.norm)) return true;
  return isCapitalised(token) && !opensClause(token);
}

/**
 * The title whose last word is tokens[at - 1], as in "Russian Foreign Minister | Sergey Lavrov" or
 * "Secretary of State | Marco Rubio": a run of title words and capitalised words with at least one title
 * head, joined by "of", "the" and "and" inside a capitalised name. Returns the token range, or undefined.
 * The caller checks what separates the title from the name (a space, or a comma for an appositive).
 */
export function titleBefore(
  text: string,
  tokens: Token[],
  at: number,
): { from: number; to: number } | undefined {
  let from = at;
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    // a possessive ends a name: "Ukraine’s Secretary" keeps "Ukraine" but nothing before it
    if (i + 1 < at && !/^\s+$/.test(text.slice(token.start + token.raw.length, next.start))) break;
    if (isTitleWord(token)) {
      from = i;
      if (token.end !== token.start + token.raw.length) break;
      continue;
    }
    const connector =
      CONNECTORS.has(token.norm) && i > 0 && (isCapitalised(next) || CONNECTORS.has(next.norm));
    if (!connector) break;
  }
  // "and" joins words of one name ("Security and Defense Council") only inside an "of" complement;
  // elsewhere it joins two people: "envoy Steve Witkoff and Russian President"
  let seenOf = false;
  for (let i = from; i < at; i++) {
    if (tokens[i]!.norm === 'of') seenOf = true;
    if (tokens[i]!.norm === 'and' && !seenOf) from = i + 1;
  }
  while (from < at && CONNECTORS.has(tokens[from]!.norm)) from++;
  if (from === at) return undefined;
  const words = tokens.slice(from, at);
  const lastHead = words.findLastIndex((token) => TITLE_HEADS.has(token.norm));
  if (lastHead < 0) return undefined;
  // after the head only an "of" complement may follow: "Secretary of State", not "President Donald"
  const tail = words.slice(lastHead + 1);
  if (tail.length > 0 && tail[0]!.norm !== 'of') return undefined;
  return { from, to: at };
}

/** The role text a title range stands for, without tense words and pronouns: "US President". */
export function roleText(text: string, tokens: Token[], range: { from: number; to: number }): string {
  const words = tokens.slice(range.from, range.to);
  while (words.length && DROPPED.has(words[0]!.norm)) words.shift();
  if (!words.length) return '';
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** Nouns for an organisation: a capitalised name right after one, or with one in an appositive, is its name. */
export const ORGANISATION_NOUNS = new Set(
  'group company firm operator movement militia party agency broadcaster channel newspaper network organisation organization charity foundation battalion brigade regiment corporation bank utility provider producer monopoly media outlet union'.split(
    ' ',
  ),
);

// around a name of two or more words, only nouns no person is called: "Ruud Hendriks, a crane operator,"
// and "a film producer" are people
const PERSON_TOO = new Set(['operator', 'producer', 'provider', 'broadcaster', 'media', 'outlet']);
const NOUN_ALTERNATIVES = [...ORGANISATION_NOUNS].filter((noun) => !PERSON_TOO.has(noun)).join('|');
// "The terminal company, Delta Quay Terminals,", "the armed group Mourchid"
const NOUN_BEFORE = new RegExp(`\\b(?:${NOUN_ALTERNATIVES}),?\\s+$`, 'u');
// ", the armed group that …", ", the largest opposition party in …": a determiner, modifiers (never "of":
// "a member of the party" is a person) and the noun that ends the phrase ("a party member" is a person)
const NOUN_AFTER = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:(?!of\\b)[\\p{L}-]+\\s+){0,3}?(?:${NOUN_ALTERNATIVES})(?=\\s*[,.;]|\\s+(?:that|which|in|for|based|with|whose|known)\\b)`,
  'u',
);

/**
 * Whether the text around [start, end) says the name there is an organisation's: an organisation noun
 * right before it or in an appositive after it, or a relative clause with "which" ("Havenbond, which
 * represents …"; people take "who").
 */
export function inOrganisationContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 90);
  return (
    NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    NOUN_AFTER.test(after) ||
    /^,\s+which\b/.test(after)
  );
}
