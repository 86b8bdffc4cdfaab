import { datelineOf, furnitureRuleFor, inlineFurniture, isPromoSentence, isTitleCase } from './furniture.js';
import { bylineSurnames } from './furniture-forms.js';
import { sentenceSpans } from './sentences.js';
import type { ArticleMeta, FiledIn, Paragraph, ParagraphKind, Sentence } from './types.js';

const SOCIAL_SIGNATURE = /^[–—-]\s*\p{Lu}[\p{L} .'’-]+\(@\w+\)\s+\p{L}+\s+\d{1,2},\s+\d{4}\s*$/u;
const BULLET = /^\s*[•·*▪◦-]\s+/;

/**
 * Splits an article body into classified paragraphs (one per line) and content sentences with offsets.
 * A dateline is cut out of its sentence, and its place kept as where the article was filed.
 */
export function segment(meta: Pick<ArticleMeta, 'id' | 'title' | 'author'>, body: string) {
  const lines = [...body.matchAll(/[^\n]+/g)]
    .map((m) => ({ start: m.index, end: m.index + m[0].replace(/\s+$/, '').length }))
    .map((r) => ({ ...r, start: r.start + (/^\s*/.exec(body.slice(r.start, r.end))?.[0].length ?? 0) }))
    .filter((r) => r.end > r.start);

  // the authors a byline names, so that a line about one of them ("Cole is a Kyiv-based correspondent")
  // is known as their blurb wherever it stands
  const bylineNames = lines.flatMap((range) => bylineSurnames(body.slice(range.start, range.end)));
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let filedIn: FiledIn | undefined;
  lines.forEach((range, position) => {
    const raw = body.slice(range.start, range.end);
    // the article's first prose line is where a dateline stands
    const lead = !paragraphs.some((p) => p.kind === 'body' || p.kind === 'list-item');
    const cuts = inlineFurniture(raw, lead);
    const dateline = cuts.some((cut) => cut.name === 'dateline') ? datelineOf(raw, lead) : undefined;
    const visible = cuts.reduce(
      (text, cut) => text.slice(0, cut.start) + ' '.repeat(cut.end - cut.start) + text.slice(cut.end),
      raw,
    );
    const kind = classify(visible.trim(), {
      position,
      count: lines.length,
      title: meta.title,
      author: meta.author,
      bylineSurnames: bylineNames,
    });
    const paragraph: Paragraph = {
      index: paragraphs.length,
      kind: kind.kind,
      start: range.start,
      end: range.end,
      text: raw,
    };
    if (kind.rule) paragraph.furnitureRule = kind.rule;
    // a dateline stands before prose: on a caption or a headline ("Sybiha: Ukraine is ready …") the words
    // before a colon are a speaker or a label, not where the story was filed
    if (dateline && !filedIn && (kind.kind === 'body' || kind.kind === 'list-item'))
      filedIn = {
        place: dateline.place,
        ...(dateline.alsoIn ? { alsoIn: dateline.alsoIn } : {}),
        ...(dateline.region ? { region: dateline.region } : {}),
        paragraph: paragraphs.length,
      };
    paragraphs.push(paragraph);
    if (!producesSentences(kind.kind)) return;
    for (const span of contentSpans(raw, cuts, kind.kind)) {
      let indexInParagraph = 0;
      for (const s of sentenceSpans(raw, span.start, span.end)) {
        const text = raw.slice(s.start, s.end);
        if (isPromoSentence(text) || !/\p{L}{2}/u.test(text)) continue;
        sentences.push({
          id: `${meta.id}#${sentences.length}`,
          articleId: meta.id,
          paragraph: paragraph.index,
          indexInParagraph: indexInParagraph++,
          start: range.start + s.start,
          end: range.start + s.end,
          text,
        });
      }
    }
  });
  markEmbeds(paragraphs);
  return { paragraphs, sentences, ...(filedIn ? { filedIn } : {}) };
}

function classify(
  line: string,
  context: Parameters<typeof furnitureRuleFor>[1],
): { kind: ParagraphKind; rule?: string } {
  if (line === context.title) return { kind: 'heading' };
  if (SOCIAL_SIGNATURE.test(line)) return { kind: 'embed-signature' };
  const rule = furnitureRuleFor(line, context);
  if (rule) return { kind: 'furniture', rule };
  if (line.includes('|')) return { kind: 'table-row' };
  if (BULLET.test(line)) return { kind: 'list-item' };
  if (!/[.!?…"”’)]\s*$/.test(line) && (isTitleCase(line) || line.split(/\s+/).length <= 3))
    return { kind: 'heading' };
  return { kind: 'body' };
}

function producesSentences(kind: ParagraphKind): boolean {
  return kind === 'body' || kind === 'list-item' || kind === 'table-row';
}

/** Ranges of a content line that hold prose: cells of a table row, the text after a bullet, less inline cuts. */
function contentSpans(raw: string, cuts: ReturnType<typeof inlineFurniture>, kind: ParagraphKind) {
  let spans = [{ start: 0, end: raw.length }];
  if (kind === 'list-item') spans = [{ start: BULLET.exec(raw)?.[0].length ?? 0, end: raw.length }];
  if (kind === 'table-row') {
    spans = [...raw.matchAll(/[^|]+/g)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length }))
      // a cell of a few words without a full stop is a label ("Key Point", "No Direct Talks Yet")
      .filter((cell) => /[.!?]['’”"]?\s*$/.test(raw.slice(cell.start, cell.end).trim()));
  }
  for (const cut of cuts) {
    spans = spans.flatMap((span) =>
      cut.end <= span.start || cut.start >= span.end
        ? [span]
        : [
            { start: span.start, end: Math.max(span.start, cut.start) },
            { start: Math.min(span.end, cut.end), end: span.end },
          ].filter((part) => part.end > part.start),
    );
  }
  return spans;
}

/** A social-media signature line makes the paragraph before it an embedded post (a quotation by that person). */
function markEmbeds(paragraphs: Paragraph[]): void {
  paragraphs.forEach((paragraph, i) => {
    const previous = paragraphs[i - 1];
    if (paragraph.kind === 'embed-signature' && previous && previous.kind === 'body') previous.kind = 'embed';
  });
}
