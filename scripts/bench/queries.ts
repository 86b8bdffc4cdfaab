import type { TimelineQuery } from '../../src/engine.js';
import type { Article } from '../../src/knowledge/types.js';
import { STOP_WORDS } from '../../src/nlp/stop-words.js';
import { type Random, seeded } from './prng.js';

/** A fixed mix of realistic queries, drawn from a corpus's own sentences so they hit real passages. */
export interface QueryMix {
  ask: string[];
  whoSaid: string[];
  timeline: TimelineQuery[];
}

export const MIX_SIZES = { ask: 200, whoSaid: 100, timeline: 100 } as const;

// names no bundled or synthetic article uses: these questions must abstain
const FOREIGN_NAMES = ['Xi Jinping', 'Angela Merkel', 'Jacinda Ardern', 'Lula da Silva', 'Narendra Modi'];
const CALENDAR =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SPEECH = /\b(said|says|told|stated|warned|added|stressed|insisted|noted)\b|[“"]/;

interface Parts {
  words: string[];
  names: string[];
}

function partsOf(text: string): Parts {
  const tokens = text.split(/\s+/);
  const words = tokens
    .map((t) => t.replace(/[^\p{L}-]/gu, ''))
    .filter((w) => /^\p{Ll}{4,}$/u.test(w) && !STOP_WORDS.has(w));
  const names = tokens
    .slice(1)
    .map((t) => t.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''))
    .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !CALENDAR.test(w) && !STOP_WORDS.has(w.toLowerCase()));
  return { words: [...new Set(words)], names: [...new Set(names)] };
}

type Template = (name: string, w: string[]) => string;

const ASK_TEMPLATES: Template[] = [
  (n, w) => `What did ${n} say about ${w[0]}?`,
  (_n, w) => `Who ${w[0]} the ${w[1]}?`,
  (n, w) => `When did ${n} ${w[0]} ${w[1]}?`,
  (_n, w) => `Where will the ${w[0]} ${w[1]} take place?`,
  (_n, w) => `How many ${w[0]} ${w[1]}?`,
  (_n, w) => `What is the ${w[0]} of the ${w[1]} ${w[2]}?`,
  (n, w) => `Why did ${n} ${w[0]} the ${w[1]}?`,
  (n, w) => `Did ${n} ${w[0]} ${w[1]}?`,
  (n, w) => `What happened to the ${w[0]} ${w[1]} in ${n}?`,
  (n, w) => `${n} ${w[0]} ${w[1]}`,
];

function sentencesOf(articles: Article[]): string[] {
  return articles.flatMap((a) => a.sentences.map((s) => s.text)).filter((t) => t.length > 40);
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function askQuestion(random: Random, sentences: string[]): string {
  for (;;) {
    const parts = partsOf(random.pick(sentences));
    if (parts.words.length < 3) continue;
    // three of its content words, kept in the sentence's order so the question reads like one
    const chosen = new Set(shuffled(random, parts.words).slice(0, 3));
    const words = parts.words.filter((w) => chosen.has(w));
    if (random.chance(0.1)) return `What did ${random.pick(FOREIGN_NAMES)} say about ${words[0]}?`;
    const name = parts.names.length > 0 ? random.pick(parts.names) : 'officials';
    return random.pick(ASK_TEMPLATES)(name, words);
  }
}

function whoSaidQuery(random: Random, sentences: string[], spoken: string[]): string {
  for (;;) {
    const roll = random.next();
    if (roll < 0.5) {
      const names = partsOf(random.pick(spoken)).names;
      if (names.length > 0) return random.pick(names);
      continue;
    }
    const text = random.pick(roll < 0.8 ? spoken : sentences);
    const quoted = /[“"]([^”"]{12,})[”"]/.exec(text)?.[1] ?? text;
    const words = quoted.split(/\s+/).filter((w) => /^[\p{L}’'-]+$/u.test(w));
    if (words.length < 4) continue;
    const start = random.int(words.length - 3);
    return words.slice(start, start + (roll < 0.8 ? 3 : 2)).join(' ');
  }
}

function timelineQuery(random: Random, sentences: string[], articles: Article[]): TimelineQuery {
  const parts = partsOf(random.pick(sentences));
  const topic =
    parts.names.length > 0 && random.chance(0.5)
      ? random.pick(parts.names)
      : (parts.words[0] ?? random.pick(parts.names.length > 0 ? parts.names : ['talks']));
  if (!random.chance(0.3)) return { topic };
  const a = random.pick(articles).published.slice(0, 7);
  const b = random.pick(articles).published.slice(0, 7);
  const [from, to] = [a, b].sort();
  return { topic, from, to };
}

/** The same corpus and seed always give the same mix, so engine and baseline answer identical queries. */
export function queryMix(articles: Article[], seed = 11): QueryMix {
  const random = seeded(seed);
  const sentences = sentencesOf(articles);
  const spoken = sentences.filter((s) => SPEECH.test(s));
  return {
    ask: Array.from({ length: MIX_SIZES.ask }, () => askQuestion(random, sentences)),
    whoSaid: Array.from({ length: MIX_SIZES.whoSaid }, () =>
      whoSaidQuery(random, sentences, spoken.length > 0 ? spoken : sentences),
    ),
    timeline: Array.from({ length: MIX_SIZES.timeline }, () => timelineQuery(random, sentences, articles)),
  };
}
