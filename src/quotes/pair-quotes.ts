/**
 * Quotation marks paired by hand over a paragraph, with offsets. compromise's `.quotations()` looks inside
 * one sentence only and drops a quote that spans sentences, so it cannot be used here.
 *
 * Double marks (“ ” " „) pair first; single curly or straight marks (‘ ’ ') pair only outside them, and
 * only where they stand at a word's edge, so the apostrophes of "Russia’s" and "don’t" never open or
 * close anything. A closing “ after a word (`peace.“`) closes, as captured text sometimes mismatches marks;
 * a straight " opens before a word even with no space before it (`would get"big numbers"`).
 */

export interface QuoteSpan {
  /** index of the opening mark */
  open: number;
  /** index of the closing mark, or the end of the text when the quote runs on */
  close: number;
  /** the quoted words: text.slice(start, end) */
  start: number;
  end: number;
  marks: 'double' | 'single';
  closed: boolean;
}

// «guillemets» are double marks too (translated copy, French, Russian and Ukrainian style)
const OPENING_DOUBLE = new Set(['“', '„', '«']);
const CLOSING_DOUBLE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A mark at the start of a word: after space or an opening bracket or dash, before a non-space. */
function opensAt(text: string, i: number): boolean {
  const before = text[i - 1];
  return (isSpace(before) || /[([{\u2014\u2013-]/.test(before!)) && !isSpace(text[i + 1]);
}

/** A mark at the end of a word: after a non-space, before space, punctuation or the end. */
function closesAt(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

export function pairQuotes(text: string): QuoteSpan[] {
  const doubles = pairDoubles(text);
  const singles = pairSingles(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function pairDoubles(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  const closeAt = (close: number, closed: boolean) => {
    spans.push({ open, close, start: open + 1, end: close, marks: 'double', closed });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open < 0) {
      // a straight mark opens before any word, glued or not (`get"big numbers"`, `added."We`): sites that
      // type straight quotes drop the space as often as not
      if (OPENING_DOUBLE.has(ch) || (CLOSING_DOUBLE.has(ch) && opensAt(text, i))) open = i;
      else if (ch === '"' && !isSpace(text[i + 1]) && (opensAt(text, i) || isWordChar(text[i + 1]))) open = i;
    } else if (CLOSING_DOUBLE.has(ch) || ch === '"') {
      closeAt(i, true);
    } else if (OPENING_DOUBLE.has(ch)) {
      if (closesAt(text, i)) {
        closeAt(i, true);
      } else {
        // a new quote opens before the last one closed: the last one ran on to here
        closeAt(i, false);
        open = i;
      }
    }
  }
  if (open >= 0) closeAt(text.length, false);
  return spans.filter((span) => /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end)));
}

function pairSingles(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const inside = (i: number) => doubles.some((span) => i >= span.open && i <= span.close);
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inside(i)) continue;
    if (open < 0) {
      if (SINGLE_OPEN.has(ch) && opensAt(text, i) && isWordChar(text[i + 1])) open = i;
    } else if (SINGLE_CLOSE.has(ch) && closesAt(text, i)) {
      spans.push({ open, close: i, start: open + 1, end: i, marks: 'single', closed: true });
      open = -1;
    }
  }
  // an opening single mark that never closes was not a quotation mark ("‘90s")
  return spans;
}
