/**
 * Sentence boundaries with offsets. Hand-written rather than compromise's splitter because every
 * sentence must map back to an exact slice of the article for its citation.
 */

// words whose trailing period does not end a sentence
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt capt gov sen rep st mt jr sr inc ltd co corp no vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e a.m p.m'.split(
    ' ',
  ),
);

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of `text` between `from` and `to`, trimmed of surrounding space. */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const boundary = /[.!?…]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\d])/gu;
  boundary.lastIndex = from;
  for (let match = boundary.exec(text); match && match.index < to; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    if (isAbbreviation(text, match.index, match[0])) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

function isAbbreviation(text: string, at: number, mark: string): boolean {
  if (!mark.startsWith('.') || mark.length > 1) return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  const word = before.toLowerCase();
  // single letters and dotted initialisms: "U.S.", "J. D. Vance"
  if (/^(\p{L}\.)*\p{L}$/u.test(before)) return true;
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
