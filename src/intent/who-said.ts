import { nlp } from '../nlp/compromise.js';
import { unquoted, withoutDeterminer } from './phrasing.js';
import type { Route, Verdict } from './route.js';
import { isPersonLike } from './speakers.js';

/**
 * Requests for quotes: "who said great progress", "what did Lavrov say", "quotes from Peskov".
 * A "who said <whole sentence>" asks where a claim comes from: /ask answers that with a cited passage,
 * while /who-said searches quotes for the words, so only short phrases and quoted words go there.
 */

const SPEECH =
  '(?:say|said|says|tell|told|claim|claimed|state|stated|write|wrote|comment|commented|announce|announced)';

const whoSaid = (query: string): Route => ({ command: 'who-said', options: { query } });
/** a /who-said route for a phrase taken as a person: the entity layer has the last word (Route.speaker) */
const bySpeaker = (query: string): Route => ({ ...whoSaid(query), speaker: query });

/** "Trump's", "Peskov’s" → the name */
const name = (phrase: string) => phrase.trim().replace(/['’]s?$/u, '');

interface Term {
  normal: string;
  tags: string[];
}

/**
 * A whole sentence ("the talks ended without progress") rather than a phrase ("great progress"): a verb
 * after a noun or pronoun. A present-tense last word reads as a noun ("the Istanbul talks"), not a verb.
 */
export function isClause(phrase: string): boolean {
  const sentences = nlp(phrase).json({ terms: { normal: true } }) as { terms: Term[] }[];
  const terms = sentences.flatMap((sentence) => sentence.terms);
  let subject = false;
  for (const [i, term] of terms.entries()) {
    const tags = new Set(term.tags);
    const verb = tags.has('Verb') || tags.has('Auxiliary') || tags.has('Copula');
    // a last word that could be a noun reads as one: "the Istanbul talks", "the minerals deal"
    const nounReading =
      i === terms.length - 1 && (tags.has('PresentTense') || tags.has('Infinitive')) && !tags.has('Copula');
    if (verb && subject && !nounReading) return true;
    if (tags.has('Noun') || tags.has('Pronoun')) subject = true;
  }
  return false;
}

// order matters: the explicit "quotes …" forms before "what … said", which is looser
const RULES: [RegExp, (m: RegExpExecArray) => Route | undefined][] = [
  // "quotes" alone: /who-said then asks for a name, with an example
  [/^(?:all |any |some |the )?(?:quotes|quotations)$/i, () => ({ command: 'who-said', options: {} })],
  // who said "great progress" / who said great progress / who said that the talks failed
  [
    /^who(?: has| had)? (?:said|says|is quoted saying|was quoted saying|called (?:it|them|the \w+))( that)? (.+)$/i,
    (m) => {
      const words = m[2]!;
      const quoted = unquoted(words);
      if (quoted) return whoSaid(quoted);
      if (m[1] || !isPhrase(words)) return undefined;
      return whoSaid(words);
    },
  ],
  // quotes from Peskov / all quotes by the Kremlin spokesperson / statements by Rubio
  // quotes about NATO: words to find in the quotes
  [
    /^(?:all |any |some |the )?(?:quotes|quotations) (?:about|on|regarding|concerning|mentioning|containing|with) (.+)$/i,
    (m) => whoSaid(withoutDeterminer(m[1]!) || m[1]!),
  ],
  [
    /^(?:all |any |some |the )?(?:quotes|quotations|quote)(?: (?:from|by|of|attributed to))? (.+)$/i,
    (m) => whoSaid(withoutDeterminer(name(m[1]!)) || m[1]!),
  ],
  [
    /^(?:all |any |some |the )?(?:statements|remarks|comments|words) (?:from|by|of|attributed to) (.+)$/i,
    (m) => whoSaid(name(m[1]!)),
  ],
  // what are the quotes from Rubio
  [
    /^(?:what|which) (?:are|were) (?:the |all |any |some )?(?:quotes|quotations|statements|remarks|comments) (?:from|by|of|attributed to) (.+)$/i,
    (m) => whoSaid(withoutDeterminer(name(m[1]!)) || m[1]!),
  ],
  // which quotes do you have from Lavrov
  [/^(?:what|which) (?:quotes|quotations) (?:\w+ ){0,3}(?:from|by|of) (.+)$/i, (m) => whoSaid(name(m[1]!))],
  // what are Peskov's quotes
  [
    /^(?:what|which) (?:are|were) (.+?)['’]s? (?:quotes|quotations|statements|remarks|comments)$/iu,
    (m) => speaker(m[1]!),
  ],
  // Peskov's quotes / Zelensky quotes / Lavrov's remarks
  [
    /^(.+?)(?:['’]s?)? (?:quotes|quotations|statements|remarks|comments)$/iu,
    (m) => (isPersonLike(m[1]!) ? bySpeaker(name(m[1]!)) : undefined),
  ],
  // what did Lavrov say / what has Zelensky said about X / what does the Kremlin spokesperson say
  [
    new RegExp(
      `^what (?:did|does|do|has|have|had|would|will) (.+?) (?:ever |really |actually |just |recently )?${SPEECH}\\b(.*)$`,
      'i',
    ),
    (m) => speaker(m[1]!),
  ],
  // what is Peskov saying / what has Witkoff been saying
  [
    /^what (?:is|are|was|were|has|have) (.+?) (?:been )?(?:saying|telling|claiming|writing)\b(.*)$/i,
    (m) => speaker(m[1]!),
  ],
  // did Peskov say anything about / has Trump said something
  [
    new RegExp(`^(?:did|has|have|does) (.+?) ${SPEECH} (?:anything|something)\\b(.*)$`, 'i'),
    (m) => speaker(m[1]!),
  ],
  // what Lavrov said about Istanbul (after "tell me" is stripped)
  [
    /^what (?!(?:is|are|was|were|has|have|had|did|does|do|would|will|can|could)\b)(.+?) (?:has |had )?(?:said|says|told|wrote|claimed|stated)\b(.*)$/i,
    (m) => speaker(m[1]!),
  ],
];

function speaker(phrase: string): Route | undefined {
  return isPersonLike(phrase) ? bySpeaker(name(phrase)) : undefined;
}

/** Words worth searching quotes for: not a pronoun, not a whole sentence. */
function isPhrase(words: string): boolean {
  if (/^(it|this|that|so|what|which|those|these|something|anything)\b/i.test(words)) return false;
  return !isClause(words);
}

export function routeWhoSaid(core: string): Verdict {
  for (const [pattern, route] of RULES) {
    const match = pattern.exec(core);
    // a form matched but its words were not a speaker or a phrase: /ask, not a looser rule further down
    if (match) return route(match) ?? 'ask';
  }
  return undefined;
}
