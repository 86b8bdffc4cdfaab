import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../src/knowledge/types.js';
import { STOP_WORDS } from '../../src/nlp/stop-words.js';
import { capitalise, pseudoWords, type Random, seeded } from './prng.js';

/**
 * Synthetic knowledge folders grown from the bundled articles: their paragraphs recombined into new
 * articles, with names, content words, numbers and dates varied so that the vocabulary grows with the
 * corpus (Heaps' law, roughly) instead of staying at the five articles' ~1,700 words.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CALENDAR = new Set([...MONTHS, ...DAYS]);
const OUTLETS = ['Morning Ledger', 'Evening Courier', 'Northern Wire', 'Daily Review', 'World Desk'];

// share of name occurrences that become a synthetic name (the rest keep the real one, so the
// bundled people and places stay in every corpus), and of long content words that become a pseudo-word
const NAME_SWAP = 0.6;
const WORD_SWAP = 0.12;

interface SourceParagraph {
  sentences: string[];
}

interface Source {
  paragraphs: SourceParagraph[];
  headings: string[];
  titles: string[];
}

export interface SyntheticCorpus {
  dir: string;
  articles: number;
  /** sentences written (the loader's own count may differ slightly) */
  sentences: number;
}

function sourceOf(articles: Article[]): Source {
  const paragraphs: SourceParagraph[] = [];
  const headings: string[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind === 'heading' && paragraph.text !== article.title) headings.push(paragraph.text);
      if (paragraph.kind !== 'body') continue;
      const sentences = article.sentences.filter((s) => s.paragraph === paragraph.index).map((s) => s.text);
      if (sentences.length > 0) paragraphs.push({ sentences });
    }
  }
  return { paragraphs, headings, titles: articles.map((a) => a.title) };
}

/** Varies one text: names through the article's own name map, pseudo-words, numbers, months and days. */
class Varier {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly random: Random,
    private readonly namePool: string[],
    private readonly wordPool: string[],
  ) {}

  vary(text: string): string {
    return text
      .replace(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}\p{Ll}{2,}\b/gu, (name) => this.name(name))
      .replace(/\b\p{Ll}{6,}\b/gu, (word) =>
        !STOP_WORDS.has(word) && this.random.chance(WORD_SWAP)
          ? this.wordPool[this.random.zipf(this.wordPool.length)]!
          : word,
      )
      .replace(/\b\d+\b/g, (digits) => this.number(digits))
      .replace(
        /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
        () => this.random.pick(MONTHS),
      )
      .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () =>
        this.random.pick(DAYS),
      );
  }

  private name(original: string): string {
    if (CALENDAR.has(original)) return original;
    let replacement = this.names.get(original);
    if (replacement === undefined) {
      replacement = this.random.chance(NAME_SWAP)
        ? this.namePool[this.random.zipf(this.namePool.length)]!
        : original;
      this.names.set(original, replacement);
    }
    return replacement;
  }

  private number(digits: string): string {
    const value = Number(digits);
    if (digits.length === 4 && value >= 1900 && value < 2100) return String(2015 + this.random.int(12));
    if (digits.length <= 2 && value >= 1 && value <= 31) return String(1 + this.random.int(28));
    const low = 10 ** (digits.length - 1);
    return String(low + this.random.int(9 * low));
  }
}

/**
 * Writes `passages` sentences' worth of articles (Markdown with front matter, as a user would add them)
 * into `dir`. Deterministic: the same articles, passages and seed give byte-identical files.
 */
export async function writeSyntheticCorpus(
  bundled: Article[],
  passages: number,
  dir: string,
  seed = 7,
): Promise<SyntheticCorpus> {
  const random = seeded(seed * 1_000_003 + passages);
  const source = sourceOf(bundled);
  const known = new Set(
    bundled.flatMap((a) => a.body.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 0),
  );
  // both pools grow with the corpus; zipf sampling keeps a few common and many rare, as in real text
  const namePool = pseudoWords(random, Math.max(40, Math.round(passages / 25)), known).map(capitalise);
  const wordPool = pseudoWords(random, Math.max(200, Math.round(passages * 1.2)), known);
  await mkdir(dir, { recursive: true });
  let written = 0;
  let articles = 0;
  while (written < passages) {
    const varier = new Varier(random, namePool, wordPool);
    const lines: string[] = [];
    const paragraphs = 8 + random.int(9);
    for (let p = 0; p < paragraphs && written < passages; p++) {
      if (p > 0 && p % 4 === 0) lines.push(varier.vary(random.pick(source.headings)));
      const paragraph = random.pick(source.paragraphs);
      lines.push(paragraph.sentences.map((s) => varier.vary(s)).join(' '));
      written += paragraph.sentences.length;
    }
    articles++;
    const id = `synthetic-${passages}-${String(articles).padStart(5, '0')}`;
    const published = `${2015 + random.int(12)}-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`;
    const title = `${varier.vary(random.pick(source.titles))} (${articles})`;
    const frontMatter = [
      '---',
      `id: ${id}`,
      `title: ${JSON.stringify(title)}`,
      `outlet: ${JSON.stringify(random.pick(OUTLETS))}`,
      `author: ${JSON.stringify(`${capitalise(namePool[random.int(namePool.length)]!.toLowerCase())} Staff`)}`,
      `published: ${published}`,
      '---',
    ];
    await writeFile(join(dir, `${id}.md`), `${frontMatter.join('\n')}\n${lines.join('\n\n')}\n`);
  }
  return { dir, articles, sentences: written };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
