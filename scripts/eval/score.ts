import type { Answer } from '../../src/index.js';
import type { GoldSet, NonQuoteGold, PointGold, QaGold, QuoteGold, TimelineGold } from './gold.js';

/** Scoring exactly as shared/eval/README.md states it. `articles` maps source file name → its text. */
export type SeedTexts = Map<string, string>;

// curly quotes folded to straight, case-insensitive
export function fold(text: string): string {
  return text
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .toLowerCase();
}

function verbatimIn(passage: string | undefined, src: string | undefined, seeds: SeedTexts): boolean {
  if (!passage) return false;
  if (src === undefined || src === '*') return [...seeds.values()].some((text) => text.includes(passage));
  return seeds.get(src)?.includes(passage) ?? false;
}

export interface LineResult {
  id: string;
  pass: boolean;
  detail: string;
}

/**
 * A search hit: an answer that is not an abstention and cites a passage. Help, an abstention or a request to say
 * what is meant are not hits, which is what chit-chat and follow-ups with nothing before them must get.
 */
export function isSearchHit(answer: Answer): boolean {
  return answer.kind === 'answer' && !answer.abstained && answer.citations.length > 0;
}

export function scoreQa(gold: QaGold, answer: Answer, seeds: SeedTexts): LineResult {
  if (gold.expect === 'not-answer') {
    const hit = isSearchHit(answer);
    return {
      id: gold.id,
      pass: !hit,
      detail: hit && answer.kind === 'answer' ? `answered: ${answer.text}` : `no hit (${answer.kind})`,
    };
  }
  if (answer.kind !== 'answer') return { id: gold.id, pass: false, detail: `got ${answer.kind}` };
  if (gold.abstain)
    return {
      id: gold.id,
      pass: answer.abstained,
      detail: answer.abstained ? 'abstained' : `answered: ${answer.text}`,
    };
  const textOk =
    !answer.abstained && (gold.any ?? []).some((needle) => fold(answer.text).includes(fold(needle)));
  const sourceOk = verbatimIn(answer.citations[0]?.passage, gold.src, seeds);
  return {
    id: gold.id,
    pass: textOk && sourceOk,
    detail: answer.abstained
      ? 'abstained'
      : `${textOk ? '' : 'wrong text; '}${sourceOk ? '' : 'wrong source; '}${answer.text}`,
  };
}

/** Same speaker when the surnames agree, in any spelling (Zelensky, Zelenskyy). */
export function sameSpeaker(a: string, b: string): boolean {
  const surname = (name: string) =>
    fold(name)
      .replace(/[^a-z\s]/g, '')
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.replace(/y+$/, '') ?? '';
  return surname(a) !== '' && surname(a) === surname(b);
}

export function scoreQuote(gold: QuoteGold, answer: Answer, seeds: SeedTexts): LineResult {
  if (answer.kind !== 'quotes') return { id: gold.id, pass: false, detail: `got ${answer.kind}` };
  const found = answer.quotes.find(
    (q) =>
      fold(q.quote).includes(fold(gold.quote)) &&
      verbatimIn(q.quote, gold.src, seeds) &&
      sameSpeaker(q.speaker, gold.speaker),
  );
  const first = answer.quotes[0];
  return {
    id: gold.id,
    pass: Boolean(found),
    detail: found ? found.speaker : first ? `${first.speaker}: ${first.quote}` : 'no quotes',
  };
}

/** A non-quote passes when no reply credits a quote containing it to a speaker. */
export function scoreNonQuote(gold: NonQuoteGold, answers: Answer[]): LineResult {
  const credited = answers
    .flatMap((a) => (a.kind === 'quotes' ? a.quotes : []))
    .filter(
      (q) => fold(q.quote).includes(fold(gold.text)) && q.speaker !== 'unattributed' && q.speaker !== '',
    );
  return {
    id: gold.id,
    pass: credited.length === 0,
    detail: credited.length ? `credited to ${credited[0]!.speaker}` : 'not credited',
  };
}

export function scoreTimelineEvent(gold: TimelineGold, answer: Answer, seeds: SeedTexts): LineResult {
  if (answer.kind !== 'timeline') return { id: gold.id, pass: false, detail: `got ${answer.kind}` };
  const found = answer.events.find(
    (e) =>
      e.date.startsWith(gold.date) &&
      gold.any.some((needle) => fold(e.text).includes(fold(needle))) &&
      [e.passage, ...(e.sources ?? []).map((s) => s.passage)].some((p) => verbatimIn(p, gold.src, seeds)),
  );
  return {
    id: gold.id,
    pass: Boolean(found),
    detail: found ? `${found.date} ${found.text}` : 'no matching event',
  };
}

export interface Section {
  name: string;
  results: LineResult[];
}

/** The CLI lines each gold line is asked as, in a fixed order, and the scorer that reads the replies. */
export function plan(gold: GoldSet): {
  lines: string[];
  score(answers: Answer[], seeds: SeedTexts): Section[];
} {
  const lines = [
    ...gold.qa.map((g) => `/ask ${g.q}`),
    ...gold.quotes.map((g) => `/who-said ${g.quote}`),
    '/timeline',
    // non-quotes are probed directly; the other replies are checked for them too
    ...gold.nonQuotes.map((g) => `/who-said ${g.text}`),
  ];
  return {
    lines,
    score(answers, seeds) {
      let i = 0;
      const qa = gold.qa.map((g) => scoreQa(g, answers[i++]!, seeds));
      const quotes = gold.quotes.map((g) => scoreQuote(g, answers[i++]!, seeds));
      const timelineAnswer = answers[i++]!;
      const timeline = gold.timeline.map((g) => scoreTimelineEvent(g, timelineAnswer, seeds));
      const nonQuotes = gold.nonQuotes.map((g) => scoreNonQuote(g, answers));
      return [
        { name: 'ask (answered)', results: qa.filter((_, j) => !gold.qa[j]!.abstain) },
        { name: 'ask (abstained)', results: qa.filter((_, j) => gold.qa[j]!.abstain) },
        { name: 'who-said', results: quotes },
        { name: 'non-quotes', results: nonQuotes },
        { name: 'timeline', results: timeline },
      ];
    },
  };
}

// ---- question sets scored per split: rows, summary, reliability (issue #12 "Measured") ----

/** What a gold line asks of the bot. */
export type Expected = 'answer' | 'abstain' | 'not-answer';

/** One scored question, with what a calibration fit needs: the answer's confidence and whether it was right. */
export interface QaRow {
  id: string;
  q: string;
  kind: string;
  split: string;
  expected: Expected;
  /** the bot gave a search hit (an answer citing a passage, not abstained) */
  answered: boolean;
  /** the line passed (shared/eval rule; abstain and not-answer lines pass when no hit was given) */
  correct: boolean;
  /** the answer's confidence, 0 when it abstained or replied with something other than an answer */
  confidence: number;
  /** summary lines: how many of the gold points the answer covers, of how many */
  points?: { covered: number; total: number; fromAnswerPoints: boolean };
  detail: string;
  /** the CLI's reply as it came, so a calibration fit can read any feature the engine adds to it */
  answer: Answer;
}

interface AnswerPoint {
  text: string;
  citation?: { passage?: string };
}

/** The answer's own points when it has them (issue #12 item 8), else its text and first citation as one point. */
function answerPoints(answer: Answer): { points: AnswerPoint[]; fromAnswerPoints: boolean } {
  if (answer.kind !== 'answer' || answer.abstained) return { points: [], fromAnswerPoints: false };
  const own = (answer as { points?: unknown }).points;
  if (Array.isArray(own) && own.length > 0) return { points: own as AnswerPoint[], fromAnswerPoints: true };
  return { points: [{ text: answer.text, citation: answer.citations[0] }], fromAnswerPoints: false };
}

/** A gold point is covered when one answer point states it and cites it verbatim from the point's article. */
export function pointsCovered(
  gold: PointGold[],
  answer: Answer,
  seeds: SeedTexts,
): { covered: number; total: number; fromAnswerPoints: boolean } {
  const { points, fromAnswerPoints } = answerPoints(answer);
  const covered = gold.filter((g) =>
    points.some(
      (p) =>
        g.any.some((needle) => fold(p.text).includes(fold(needle))) &&
        verbatimIn(p.citation?.passage, g.src, seeds),
    ),
  ).length;
  return { covered, total: gold.length, fromAnswerPoints };
}

export function expectedOf(gold: QaGold): Expected {
  if (gold.expect === 'not-answer') return 'not-answer';
  return gold.abstain ? 'abstain' : 'answer';
}

export function scoreRow(gold: QaGold, answer: Answer, seeds: SeedTexts): QaRow {
  const line = scoreQa(gold, answer, seeds);
  return {
    id: gold.id,
    q: gold.q,
    kind: gold.kind ?? (gold.abstain ? 'unanswerable' : 'question'),
    split: gold.split ?? 'all',
    expected: expectedOf(gold),
    answered: isSearchHit(answer),
    correct: line.pass,
    confidence: answer.kind === 'answer' && !answer.abstained ? answer.confidence : 0,
    ...(gold.points ? { points: pointsCovered(gold.points, answer, seeds) } : {}),
    detail: line.detail,
    answer,
  };
}

export interface Ratio {
  n: number;
  of: number;
}

export interface ReliabilityBin {
  /** confidence range [from, to); the last bin includes 1.0 */
  from: number;
  to: number;
  answers: number;
  right: number;
  /** right ÷ answers, null for an empty bin */
  accuracy: number | null;
  meanConfidence: number | null;
}

export interface SetSummary {
  questions: number;
  /** lines that want an answer, answered right */
  answeredRight: Ratio;
  /** unanswerable lines (abstain: true), abstained */
  abstainedRight: Ratio;
  /** chit-chat and follow-ups (expect: not-answer), given no search hit */
  notAnswerRight: Ratio;
  /** every line, passed */
  overall: Ratio;
  /** search hits that are wrong with confidence ≥ 0.8, of all search hits */
  wrongConfident: Ratio;
  /** summary lines: gold points covered, summed over the lines */
  points: Ratio & { lines: number; withTwoOrMore: number };
  byKind: Record<string, Ratio>;
  reliability: ReliabilityBin[];
  /** expected calibration error: Σ bin share × |accuracy − mean confidence| over the search hits */
  ece: number | null;
}

export const CONFIDENT = 0.8;
export const BIN_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1] as const;

const ratio = (rows: QaRow[], test: (r: QaRow) => boolean): Ratio => ({
  n: rows.filter(test).length,
  of: rows.length,
});

/** Confidence bins against accuracy, over the search hits only (an abstention claims nothing). */
export function reliability(rows: QaRow[]): ReliabilityBin[] {
  const hits = rows.filter((r) => r.answered);
  return BIN_EDGES.slice(0, -1).map((from, i) => {
    const to = BIN_EDGES[i + 1]!;
    const last = i === BIN_EDGES.length - 2;
    const inBin = hits.filter(
      (r) => r.confidence >= from && (r.confidence < to || (last && r.confidence <= to)),
    );
    const right = inBin.filter((r) => r.correct).length;
    return {
      from,
      to,
      answers: inBin.length,
      right,
      accuracy: inBin.length ? right / inBin.length : null,
      meanConfidence: inBin.length ? inBin.reduce((s, r) => s + r.confidence, 0) / inBin.length : null,
    };
  });
}

export function summarise(rows: QaRow[]): SetSummary {
  const hits = rows.filter((r) => r.answered);
  const summaries = rows.filter((r) => r.points);
  const byKind: Record<string, Ratio> = {};
  for (const row of rows) {
    const k = byKind[row.kind] ?? { n: 0, of: 0 };
    byKind[row.kind] = k;
    k.of++;
    if (row.correct) k.n++;
  }
  const bins = reliability(rows);
  return {
    questions: rows.length,
    answeredRight: ratio(
      rows.filter((r) => r.expected === 'answer'),
      (r) => r.correct,
    ),
    abstainedRight: ratio(
      rows.filter((r) => r.expected === 'abstain'),
      (r) => r.correct,
    ),
    notAnswerRight: ratio(
      rows.filter((r) => r.expected === 'not-answer'),
      (r) => r.correct,
    ),
    overall: ratio(rows, (r) => r.correct),
    wrongConfident: ratio(hits, (r) => !r.correct && r.confidence >= CONFIDENT),
    points: {
      n: summaries.reduce((s, r) => s + r.points!.covered, 0),
      of: summaries.reduce((s, r) => s + r.points!.total, 0),
      lines: summaries.length,
      withTwoOrMore: summaries.filter((r) => r.points!.covered >= 2).length,
    },
    byKind,
    reliability: bins,
    ece: hits.length
      ? bins.reduce(
          (s, b) => s + (b.answers / hits.length) * Math.abs((b.accuracy ?? 0) - (b.meanConfidence ?? 0)),
          0,
        )
      : null,
  };
}
