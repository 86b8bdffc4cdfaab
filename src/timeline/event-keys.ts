import { type EntityTable, findMentions, firstEntityNamed } from '../nlp/entities/index.js';
import { stem, stemsOf } from '../nlp/stems.js';

/**
 * What an event is about, as a set of keys: stemmed content words and the canonical names of the
 * entities it mentions. Two reports of one event share rare keys ("Minsk", "annexation", "London");
 * words about time, reporting verbs and function words never count.
 */

const FUNCTION_WORDS =
  'a an the of in on at to for with by from into onto over under about as than then so and or but nor not no yes ' +
  'that which who whom whose what when where why how this these those it its he him his she her they them their we our you your i me my ' +
  'is are was were be been being has have had do does did will would shall should can could may might must ' +
  'also again just only even still yet very more most much many any all both each some such other another own same ' +
  'after before since during including until while amid despite against between among through toward towards';

const IGNORED_WORDS =
  // reporting and hedging: every event is said or reported by someone
  'said say says saying told tell tells stated state states according reportedly reported report reports noted added ' +
  'claimed claiming reiterated asserting asserted emphasized emphasised stressed indicated indicate indicates ' +
  // time words: the date is compared separately (holiday names stay: "the Easter truce" names an event)
  'time times first last next new recent recently earlier later early mid late ago now today tonight yesterday tomorrow ' +
  'night morning evening day days week weeks weekend month months year years decade decades ' +
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday holiday holidays';

const FUNCTION = new Set(FUNCTION_WORDS.split(' ').map(stem));
const IGNORED = new Set([...FUNCTION, ...IGNORED_WORDS.split(' ').map(stem)]);

const SPEECH =
  /\b(?:said|says|told|tells|talking|spoke|speaking|remarks?|comments?|statements?|stated|reiterated|interview|address|posted|wrote|announced|declared)\b/i;

export interface EventKeys {
  /** stems and entity keys (@Dmitry Peskov) */
  keys: Set<string>;
  /** keys that name something (an entity or a capitalised word): evidence of one event */
  names: Set<string>;
  /** canonical names of the people mentioned */
  people: Set<string>;
  /** the text reports words spoken or written */
  speech: boolean;
}

export function eventKeys(text: string, entities: EntityTable): EventKeys {
  const keys = new Set<string>();
  const names = new Set<string>();
  const people = new Set<string>();
  // an entity counts once, under its canonical name, not again as the words that name it
  let rest = text;
  for (const mention of findMentions(entities, text)) {
    const key = `@${mention.entity}`;
    keys.add(key);
    names.add(key);
    if (firstEntityNamed(entities, mention.entity)?.type === 'person') people.add(mention.entity);
    rest = rest.slice(0, mention.start) + ' '.repeat(mention.end - mention.start) + rest.slice(mention.end);
  }
  const capitalised = new Set(
    [...rest.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}’'-]+/gu)].flatMap((m) => stemsOf(m[0])),
  );
  for (const word of stemsOf(rest)) {
    if (word.length < 2 || IGNORED.has(word) || /^\d+$/.test(word)) continue;
    keys.add(word);
    if (capitalised.has(word)) names.add(word);
  }
  return { keys, names, people, speech: SPEECH.test(text) };
}

/**
 * How rare each key is among the articles' sentences, from 0 (in every sentence) to 1 (in none): inverse
 * document frequency divided by its largest possible value, log(n + 1). A raw log-IDF grows with the number
 * of sentences, so a fixed threshold on it would merge more loosely the more articles are added; on this
 * scale a threshold t means "in fewer than (n + 1)^(1 − t) sentences", the same rule for 5 articles or 500.
 */
export function keyWeights(texts: string[], entities: EntityTable): (key: string) => number {
  const df = new Map<string, number>();
  for (const text of texts)
    for (const key of eventKeys(text, entities).keys) df.set(key, (df.get(key) ?? 0) + 1);
  return weightsOf(df, texts.length);
}

/** The weights of keyWeights from the keys' document frequencies over `texts` texts. */
export function weightsOf(df: ReadonlyMap<string, number>, texts: number): (key: string) => number {
  const n = Math.max(texts, 1);
  const most = Math.log(n + 1);
  return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) / most;
}

/** Topic words as stems, for matching a topic against event text when no entity resolves. */
export function topicStems(topic: string): string[] {
  return stemsOf(topic).filter((word) => !FUNCTION.has(word));
}

export function textStems(text: string): Set<string> {
  return new Set(stemsOf(text));
}
