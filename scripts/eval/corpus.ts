import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Answer, Quote } from '../../src/index.js';
import { composeArticle } from '../../src/knowledge/compose-article.js';
import { type QaGold, readGold, readQaSet, type TimelineGold } from './gold.js';
import { runJsonCli } from './run-cli.js';
import {
  fold,
  type LineResult,
  plan,
  type Section,
  sameSpeaker,
  scoreQa,
  scoreRow,
  scoreTimelineEvent,
} from './score.js';
import { readSeedTexts } from './seeds.js';

/**
 * The development corpus of issue #11 (test/fixtures/corpus/): new articles captured as a user pastes them
 * into `talksbot add`, labelled by hand, split by article into train and test. This module builds a
 * knowledge folder from the bundled articles plus the corpus (composed exactly as `add` composes them:
 * no title, so the title is derived; the publication date given), runs the CLI once with `--json`, and
 * scores every label. Nothing here knows the engine's internals: it reads the same replies a user gets.
 */

export type Split = 'train' | 'test';
export const SPLITS: Split[] = ['train', 'test'];

export interface CorpusArticle {
  file: string;
  published: string;
  outlet: string | null;
  /** the headline the derived title must equal */
  title: string;
  split: Split;
  style: string;
}

interface Labelled {
  id: string;
  split: Split;
}
export interface CorpusQuote extends Labelled {
  quote: string;
  /** a person's name, an organisation, or the description of an unnamed source */
  speaker: string;
  /** other acceptable ways to write a non-person speaker */
  aka?: string[];
  src: string;
  how?: string;
  /** reported (indirect) speech: the words are the reported clause, not quoted */
  kind?: 'reported';
}
export interface CorpusNonQuote extends Labelled {
  text: string;
  why?: string;
  src: string;
}
export type CorpusTimeline = TimelineGold & Labelled;
export type CorpusQa = QaGold & Labelled & { how?: string };
export interface CorpusFurniture extends Labelled {
  text: string;
  src: string;
}

export interface Corpus {
  dir: string;
  articles: CorpusArticle[];
  quotes: CorpusQuote[];
  nonQuotes: CorpusNonQuote[];
  timeline: CorpusTimeline[];
  qa: CorpusQa[];
  furniture: CorpusFurniture[];
}

async function readJsonl<T>(file: string): Promise<T[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${file}:${i + 1} is not JSON`);
      }
    });
}

export async function readCorpus(dir: string): Promise<Corpus> {
  const manifest = JSON.parse(await readFile(join(dir, 'articles.json'), 'utf8')) as {
    articles: CorpusArticle[];
  };
  return {
    dir,
    articles: manifest.articles,
    quotes: await readJsonl<CorpusQuote>(join(dir, 'quotes.jsonl')),
    nonQuotes: await readJsonl<CorpusNonQuote>(join(dir, 'nonquotes.jsonl')),
    timeline: await readJsonl<CorpusTimeline>(join(dir, 'timeline.jsonl')),
    qa: await readJsonl<CorpusQa>(join(dir, 'qa.jsonl')),
    furniture: await readJsonl<CorpusFurniture>(join(dir, 'furniture.jsonl')),
  };
}

export async function readArticleTexts(corpus: Corpus): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const article of corpus.articles) {
    texts.set(article.file, await readFile(join(corpus.dir, 'articles', article.file), 'utf8'));
  }
  return texts;
}

/**
 * Checks the labels against the articles only (never against the engine): every label names a known
 * article of its own split, and every string it expects is verbatim in that article.
 */
export function checkLabels(corpus: Corpus, texts: Map<string, string>): string[] {
  const problems: string[] = [];
  const splitOf = new Map(corpus.articles.map((a) => [a.file, a.split]));
  const ids = new Set<string>();
  // whitespace squashed, as the furniture check squashes it (a menu's runs of spaces)
  const has = (src: string, needle: string) => squash(texts.get(src) ?? '').includes(squash(needle));
  const check = (label: Labelled & { src?: string }, needles: string[], what: string) => {
    if (ids.has(label.id)) problems.push(`${label.id}: duplicate id`);
    ids.add(label.id);
    if (!SPLITS.includes(label.split)) problems.push(`${label.id}: split must be train or test`);
    if (label.src === undefined || label.src === '*') return;
    if (!texts.has(label.src)) return void problems.push(`${label.id}: unknown src ${label.src}`);
    if (splitOf.get(label.src) !== label.split)
      problems.push(`${label.id}: split ${label.split}, but ${label.src} is ${splitOf.get(label.src)}`);
    if (needles.length > 0 && !needles.some((n) => has(label.src!, n)))
      problems.push(`${label.id}: ${what} ${JSON.stringify(needles)} not in ${label.src}`);
  };
  for (const a of corpus.articles) {
    if (!texts.has(a.file)) problems.push(`articles.json: no file ${a.file}`);
    if (!has(a.file, a.title)) problems.push(`${a.file}: the title is not in the text`);
  }
  for (const q of corpus.quotes) check(q, [q.quote], 'quote');
  for (const n of corpus.nonQuotes) check(n, [n.text], 'non-quote');
  for (const t of corpus.timeline) check(t, t.any, 'event words');
  for (const q of corpus.qa) check(q, q.abstain ? [] : (q.any ?? []), 'answer');
  for (const f of corpus.furniture) check(f, [f.text], 'furniture');
  return problems;
}

/** The article's front matter and text exactly as `talksbot add FILE --published … [--outlet …]` writes them. */
export function composeCorpusArticle(
  article: CorpusArticle,
  text: string,
): { id: string; fileName: string; content: string } {
  const composed = composeArticle({
    text,
    published: article.published,
    outlet: article.outlet ?? undefined,
  });
  if (!composed.ok) throw new Error(`${article.file}: ${composed.message}`);
  // `source` names the captured file, as the bundled articles do, so labels can say which text they mean
  const content = composed.content.replace(/^---\n/, `---\nsource: ${article.file}\n`);
  return { id: composed.id, fileName: composed.fileName, content };
}

/** A fresh knowledge folder: the bundled folder's files (articles, aliases) and, optionally, the corpus. */
export async function buildKnowledgeDir(options: {
  bundledDir: string;
  corpus?: Corpus | undefined;
  withBundledArticles: boolean;
}): Promise<{ dir: string; idToFile: Map<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'talksbot-corpus-'));
  const knowledge = join(dir, 'knowledge');
  await mkdir(knowledge);
  for (const name of await readdir(options.bundledDir)) {
    const from = join(options.bundledDir, name);
    if (!(await stat(from)).isFile()) continue;
    if (name.endsWith('.md') && !options.withBundledArticles) continue;
    await copyFile(from, join(knowledge, name));
  }
  const idToFile = new Map<string, string>();
  if (options.corpus) {
    const texts = await readArticleTexts(options.corpus);
    for (const article of options.corpus.articles) {
      const composed = composeCorpusArticle(article, texts.get(article.file)!);
      await writeFile(join(knowledge, composed.fileName), composed.content);
      idToFile.set(composed.id, article.file);
    }
  }
  return { dir, idToFile };
}

/** One CLI process over the composed knowledge folder, one command per stdin line, one JSON reply per line. */
export function runCli(lines: string[], command: string[], knowledgeDir: string, cacheDir: string) {
  return runJsonCli(lines, command, {
    env: { KNOWLEDGE_DIR: knowledgeDir, CACHE_DIR: cacheDir, LOG_LEVEL: 'error' },
  });
}

// ---- speakers ----------------------------------------------------------------------------------------

const NAME_PARTICLES = /^(al|el|bin|ibn|abu|de|da|van|von|der|le|la)$/i;
const DESCRIPTION_STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'one',
  'two',
  'three',
  'several',
  'who',
  'and',
  'on',
  'in',
  'with',
  'for',
  'to',
  's',
]);

/** A person's name is capitalised words (particles aside); anything else is an organisation or a description. */
export function isPersonName(speaker: string): boolean {
  const words = speaker.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => NAME_PARTICLES.test(w) || /^(?:(?:al|el)-)?\p{Lu}/u.test(w)) &&
    !words.some((w) => /['’]s$/.test(w))
  );
}

function descriptionWords(text: string): string[] {
  return fold(text)
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !DESCRIPTION_STOP.has(w))
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));
}

function wordsAgree(want: string, got: string): boolean {
  if (want === got) return true;
  // demonym and country share a stem often enough to forgive: Ukraine / Ukrainian, Russia / Russian
  const short = want.length < got.length ? want : got;
  const long = want.length < got.length ? got : want;
  return short.length >= 5 && long.startsWith(short.replace(/e$/, ''));
}

/** Does the reply's speaker name the labelled one? Persons by surname, others by every content word. */
export function speakerMatches(label: Pick<CorpusQuote, 'speaker' | 'aka'>, got: string): boolean {
  if (isUnattributed(got)) return false;
  return [label.speaker, ...(label.aka ?? [])].some((want) => {
    if (isPersonName(want)) return sameSpeaker(want, got);
    const gotWords = descriptionWords(got);
    const wanted = descriptionWords(want);
    return wanted.length > 0 && wanted.every((w) => gotWords.some((g) => wordsAgree(w, g)));
  });
}

export function isUnattributed(speaker: string): boolean {
  return !speaker.trim() || /^unattributed$/i.test(speaker.trim());
}

// ---- scoring ----------------------------------------------------------------------------------------

export type QuoteOutcome = 'right' | 'wrong' | 'unattributed' | 'not found';

export interface QuoteResult {
  id: string;
  split: Split;
  kind: 'quoted' | 'reported';
  outcome: QuoteOutcome;
  detail: string;
}

function quotesOf(answer: Answer): Quote[] {
  return answer.kind === 'quotes' ? answer.quotes : [];
}

/**
 * `fileOf` maps an article id to its corpus file: a quote counts only from the labelled article (the same
 * short phrase, “very useful”, may be quoted in two articles by two people).
 */
export function scoreCorpusQuote(
  label: CorpusQuote,
  answer: Answer,
  texts: Map<string, string>,
  fileOf: Map<string, string>,
): QuoteResult {
  const source = texts.get(label.src) ?? '';
  const found = quotesOf(answer).filter(
    (q) =>
      fileOf.get(q.articleId) === label.src &&
      fold(q.quote).includes(fold(label.quote)) &&
      source.includes(q.quote),
  );
  const right = found.find((q) => speakerMatches(label, q.speaker));
  const named = found.find((q) => !isUnattributed(q.speaker));
  const outcome: QuoteOutcome = right
    ? 'right'
    : named
      ? 'wrong'
      : found.length
        ? 'unattributed'
        : 'not found';
  const first = quotesOf(answer)[0];
  const detail = right
    ? right.speaker
    : named
      ? `credited to ${named.speaker}`
      : found.length
        ? 'unattributed'
        : first
          ? `first reply: ${first.speaker}: ${first.quote.slice(0, 80)}`
          : answer.kind === 'quotes'
            ? (answer.message ?? 'no quotes')
            : `got ${answer.kind}`;
  return {
    id: label.id,
    split: label.split,
    kind: label.kind === 'reported' ? 'reported' : 'quoted',
    outcome,
    detail,
  };
}

/** No reply credits a quote of the labelled article containing the text to anyone (shared/eval's rule, per article). */
export function scoreCorpusNonQuote(
  label: CorpusNonQuote,
  answers: Answer[],
  fileOf: Map<string, string>,
): LineResult {
  const credited = answers
    .flatMap(quotesOf)
    .find(
      (q) =>
        fileOf.get(q.articleId) === label.src &&
        fold(q.quote).includes(fold(label.text)) &&
        !isUnattributed(q.speaker),
    );
  return {
    id: label.id,
    pass: !credited,
    detail: credited ? `credited to ${credited.speaker}` : 'not credited',
  };
}

/** The same words of one article listed twice in one reply (a headline quote and its body, say). */
export function duplicateQuotes(answers: Answer[]): string[] {
  const duplicates = new Set<string>();
  for (const answer of answers) {
    const seen = new Set<string>();
    for (const q of quotesOf(answer)) {
      const key = `${q.articleId}\u0000${fold(q.quote)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()}`;
      if (seen.has(key)) duplicates.add(`${q.articleId}: ${q.quote.slice(0, 80)}`);
      seen.add(key);
    }
  }
  return [...duplicates];
}

/** Every text a reply shows as content: answers and their passages, quotes, events, titles. */
export function contentTexts(answer: Answer): string[] {
  switch (answer.kind) {
    case 'answer':
      // an abstention echoes the question's words, so it is not content
      return answer.abstained ? [] : [answer.text, ...answer.citations.flatMap((c) => [c.passage, c.title])];
    case 'quotes':
      return answer.quotes.flatMap((q) => [q.quote, q.passage, q.title ?? '']);
    case 'timeline':
      return answer.events.flatMap((e) => [
        e.text,
        e.passage,
        ...(e.sources ?? []).flatMap((s) => [s.passage, s.title]),
      ]);
    case 'sources':
      return answer.articles.map((a) => a.title);
    default:
      return [];
  }
}

function squash(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

export function normaliseTitle(title: string): string {
  return fold(title)
    .replace(/[–—]/g, '-')
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim();
}

export interface SplitScores {
  quoted: QuoteResult[];
  reported: QuoteResult[];
  nonQuotes: LineResult[];
  timeline: LineResult[];
  furniture: LineResult[];
  titles: LineResult[];
  askAnswered: LineResult[];
  askAbstained: LineResult[];
}

export interface CorpusReport {
  corpusDir: string;
  withBundled: boolean;
  splits: Partial<Record<Split, SplitScores>>;
  duplicates: string[];
  labelProblems: string[];
  /** the bundled gold (and the team /ask sets) scored with the corpus in the knowledge base, and without */
  bundled?: BundledScores[];
}

export interface BundledScores {
  name: string;
  withCorpus: Section[];
  withoutCorpus?: Section[];
  /** its /ask lines whose answer changed when the corpus was added */
  changedAnswers?: string[];
}

export interface CorpusEvalOptions {
  corpusDir: string;
  /** the bundled knowledge folder (articles and aliases.yml) */
  bundledDir: string;
  /** the CLI with --json, e.g. ['node', 'bin/talksbot.js', '--json'] */
  command: string[];
  split?: Split | undefined;
  withBundled?: boolean;
  /** gold sets about the bundled articles (shared/eval format), scored beside the corpus */
  bundledGold?: { name: string; dir: string }[];
  /** question sets about the bundled articles (`*-qa.jsonl`), scored beside the corpus, all splits */
  questionSets?: string[];
  /** also run the bundled gold without the corpus, to see what adding the corpus changed */
  compareWithoutCorpus?: boolean;
}

interface BundledPlan {
  name: string;
  plan: { lines: string[]; score(answers: Answer[], seeds: Map<string, string>): Section[] };
}

async function readBundledGold(
  sets: { name: string; dir: string }[],
  questionSets: string[],
): Promise<BundledPlan[]> {
  const read = await Promise.all(
    sets.map(async ({ name, dir }) => ({ name, gold: await readGold(dir).catch(() => undefined) })),
  );
  const golds = read.flatMap(({ name, gold }) => {
    const empty = !gold || gold.qa.length + gold.quotes.length + gold.timeline.length === 0;
    return empty ? [] : [{ name, plan: plan(gold) }];
  });
  // a question set is scored by the shared row rule (abstain and not-answer lines included)
  const asked = await Promise.all(
    questionSets.map(async (file) => {
      const gold = await readQaSet(file);
      return {
        name: basename(file),
        plan: {
          lines: gold.map((g) => `/ask ${g.q}`),
          score: (answers: Answer[], seeds: Map<string, string>): Section[] => [
            {
              name: '/ask right',
              results: gold.map((g, i) => {
                const row = scoreRow(g, answers[i]!, seeds);
                return { id: row.id, pass: row.correct, detail: row.detail };
              }),
            },
          ],
        },
      };
    }),
  );
  return [...golds, ...asked];
}

export async function runCorpusEval(options: CorpusEvalOptions): Promise<CorpusReport> {
  const corpus = await readCorpus(options.corpusDir);
  const texts = await readArticleTexts(corpus);
  const withBundled = options.withBundled ?? true;
  const wanted = (label: { split: Split }) => !options.split || label.split === options.split;
  const quotes = corpus.quotes.filter(wanted);
  const nonQuotes = corpus.nonQuotes.filter(wanted);
  const timeline = corpus.timeline.filter(wanted);
  const qa = corpus.qa.filter(wanted);
  const furniture = corpus.furniture.filter(wanted);
  const people = [...new Set(quotes.map((q) => q.speaker).filter(isPersonName))];
  const bundledPlans = withBundled
    ? await readBundledGold(options.bundledGold ?? [], options.questionSets ?? [])
    : [];

  const lines = [
    '/sources',
    '/timeline',
    ...qa.map((g) => `/ask ${g.q}`),
    ...quotes.map((g) => `/who-said ${g.quote}`),
    ...nonQuotes.map((g) => `/who-said ${g.text}`),
    // probes: furniture must not be found as content, and every quote of a speaker is checked for it
    ...furniture.flatMap((f) => [`/ask ${f.text}`, `/who-said ${f.text}`]),
    ...people.map((p) => `/who-said ${p}`),
  ];
  const offset = lines.length;
  const bundledLines = bundledPlans.flatMap((b) => b.plan.lines);
  lines.push(...bundledLines);

  const { dir, idToFile } = await buildKnowledgeDir({
    bundledDir: options.bundledDir,
    corpus,
    withBundledArticles: withBundled,
  });
  let report: CorpusReport;
  try {
    const answers = await runCli(lines, options.command, join(dir, 'knowledge'), join(dir, 'cache'));
    const seeds = await readSeedTexts(join(dir, 'knowledge'));
    const corpusAnswers = answers.slice(0, offset);
    let i = 2;
    const qaResults = qa.map((g) => ({ g, r: scoreQa(g, answers[i++]!, seeds) }));
    const quoteResults = quotes.map((g) => scoreCorpusQuote(g, answers[i++]!, texts, idToFile));
    const timelineAnswer = answers[1]!;
    const timelineResults = timeline.map((g) => ({ g, r: scoreTimelineEvent(g, timelineAnswer, seeds) }));
    const nonQuoteResults = nonQuotes.map((g) => ({ g, r: scoreCorpusNonQuote(g, corpusAnswers, idToFile) }));
    const shown = corpusAnswers.flatMap(contentTexts).map(squash);
    const furnitureResults = furniture.map((g) => {
      const needle = squash(g.text);
      const leak = shown.find((t) => t.includes(needle));
      return {
        g,
        r: { id: g.id, pass: !leak, detail: leak ? `shown in: ${leak.slice(0, 140)}` : 'never shown' },
      };
    });
    const sources = answers[0]!;
    const titleResults = corpus.articles.filter(wanted).map((a) => {
      const summary =
        sources.kind === 'sources' ? sources.articles.find((s) => idToFile.get(s.id) === a.file) : undefined;
      const pass = summary !== undefined && normaliseTitle(summary.title) === normaliseTitle(a.title);
      return {
        g: a,
        r: { id: a.file, pass, detail: summary ? `derived: ${summary.title}` : 'not loaded' },
      };
    });

    const splits: Partial<Record<Split, SplitScores>> = {};
    for (const split of SPLITS) {
      if (options.split && options.split !== split) continue;
      const of = <T extends { g: { split: Split } }>(rows: T[]) =>
        rows.filter((row) => row.g.split === split);
      const quoteRows = quoteResults.filter((r) => r.split === split);
      splits[split] = {
        quoted: quoteRows.filter((r) => r.kind === 'quoted'),
        reported: quoteRows.filter((r) => r.kind === 'reported'),
        nonQuotes: of(nonQuoteResults).map((x) => x.r),
        timeline: of(timelineResults).map((x) => x.r),
        furniture: of(furnitureResults).map((x) => x.r),
        titles: of(titleResults).map((x) => x.r),
        askAnswered: of(qaResults)
          .filter((x) => !x.g.abstain)
          .map((x) => x.r),
        askAbstained: of(qaResults)
          .filter((x) => x.g.abstain)
          .map((x) => x.r),
      };
    }
    report = {
      corpusDir: options.corpusDir,
      withBundled,
      splits,
      duplicates: duplicateQuotes(corpusAnswers),
      labelProblems: checkLabels(corpus, texts),
    };
    if (bundledPlans.length) {
      const withCorpus = answers.slice(offset);
      let without: { answers: Answer[]; seeds: Map<string, string> } | undefined;
      if (options.compareWithoutCorpus) {
        const alone = await buildKnowledgeDir({ bundledDir: options.bundledDir, withBundledArticles: true });
        try {
          const knowledge = join(alone.dir, 'knowledge');
          without = {
            answers: await runCli(bundledLines, options.command, knowledge, join(alone.dir, 'cache')),
            seeds: await readSeedTexts(knowledge),
          };
        } finally {
          await rm(alone.dir, { recursive: true, force: true });
        }
      }
      let at = 0;
      report.bundled = bundledPlans.map(({ name, plan: p }) => {
        const mine = withCorpus.slice(at, at + p.lines.length);
        const alone = without?.answers.slice(at, at + p.lines.length);
        at += p.lines.length;
        const scores: BundledScores = { name, withCorpus: p.score(mine, seeds) };
        if (alone && without) {
          scores.withoutCorpus = p.score(alone, without.seeds);
          scores.changedAnswers = p.lines.filter(
            (line, j) => line.startsWith('/ask ') && answerKey(alone[j]!) !== answerKey(mine[j]!),
          );
        }
        return scores;
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return report;
}

/** What a changed answer means: another passage or text; an abstention's wording (its suggestions) is not one. */
function answerKey(answer: Answer): string {
  if (answer.kind !== 'answer') return answer.kind;
  if (answer.abstained) return 'abstained';
  return `${answer.text}\u0000${answer.citations[0]?.passage ?? ''}`;
}

// ---- the printed report ----------------------------------------------------------------------------

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${Math.round((100 * n) / d)}%`;
}

function count(results: LineResult[]): string {
  const passed = results.filter((r) => r.pass).length;
  return `${passed}/${results.length} (${pct(passed, results.length)})`;
}

export function quoteLine(results: QuoteResult[]): string {
  const n = (o: QuoteOutcome) => results.filter((r) => r.outcome === o).length;
  const total = results.length;
  return `${n('right')}/${total} right (${pct(n('right'), total)}), ${n('wrong')} wrong (${pct(n('wrong'), total)}), ${n('unattributed')} unattributed, ${n('not found')} not found`;
}

export function formatCorpusReport(report: CorpusReport, verbose = false): string {
  const out: string[] = [
    `talksbot corpus eval — ${report.corpusDir}${report.withBundled ? ' (with the bundled articles)' : ' (corpus alone)'}`,
  ];
  if (report.labelProblems.length)
    out.push(`  LABEL PROBLEMS:\n${report.labelProblems.map((p) => `    ! ${p}`).join('\n')}`);
  const failures = (rows: LineResult[]) =>
    verbose ? rows.filter((r) => !r.pass).map((r) => `      ✗ ${r.id}: ${r.detail.slice(0, 160)}`) : [];
  const quoteFailures = (rows: QuoteResult[]) =>
    verbose
      ? rows
          .filter((r) => r.outcome !== 'right')
          .map((r) => `      ✗ ${r.id} [${r.outcome}]: ${r.detail.slice(0, 160)}`)
      : [];
  for (const split of SPLITS) {
    const s = report.splits[split];
    if (!s || Object.values(s).every((rows) => rows.length === 0)) continue;
    const all = [...s.quoted, ...s.reported];
    const nonQuotesCredited = s.nonQuotes.filter((r) => !r.pass).length;
    const leaks = s.furniture.filter((r) => !r.pass).length;
    out.push(
      `  [${split}]`,
      `    who-said, quoted    ${quoteLine(s.quoted)}`,
      ...quoteFailures(s.quoted),
      `    who-said, reported  ${quoteLine(s.reported)}`,
      ...quoteFailures(s.reported),
      `    who-said, all       ${quoteLine(all)}`,
      `    non-quotes credited ${nonQuotesCredited}/${s.nonQuotes.length}`,
      ...failures(s.nonQuotes),
      `    timeline dated      ${count(s.timeline)}`,
      ...failures(s.timeline),
      `    furniture leaks     ${leaks}/${s.furniture.length} strings shown as content`,
      ...failures(s.furniture),
      `    derived titles      ${count(s.titles)}`,
      ...failures(s.titles),
      `    ask answered        ${count(s.askAnswered)}`,
      ...failures(s.askAnswered),
      `    ask abstained       ${count(s.askAbstained)}`,
      ...failures(s.askAbstained),
    );
  }
  out.push(`  duplicate quotes in a reply: ${report.duplicates.length}`);
  if (verbose) out.push(...report.duplicates.map((d) => `      ✗ ${d}`));
  const row = (sections: Section[]) =>
    sections
      .filter((x) => x.results.length)
      .map((x) => `${x.name} ${x.results.filter((r) => r.pass).length}/${x.results.length}`)
      .join(' · ');
  for (const b of report.bundled ?? []) {
    out.push(`  ${b.name}, corpus added:   ${row(b.withCorpus)}`);
    if (b.withoutCorpus) out.push(`  ${b.name}, without corpus: ${row(b.withoutCorpus)}`);
    if (b.changedAnswers) {
      out.push(`  ${b.name}: /ask answers changed by adding the corpus: ${b.changedAnswers.length}`);
      if (verbose) out.push(...b.changedAnswers.map((l) => `      ~ ${l}`));
    }
  }
  return out.join('\n');
}
