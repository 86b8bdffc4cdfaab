import type { Answer } from '../../src/index.js';
import type { GoldSet, NonQuoteGold, QaGold, QuoteGold, TimelineGold } from './gold.js';

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

export function scoreQa(gold: QaGold, answer: Answer, seeds: SeedTexts): LineResult {
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
