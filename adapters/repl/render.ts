import type { Answer, AnswerOf, Citation } from '../../src/index.js';
import { answerFooter, quotedWords, sourceText, suggestionsFor } from '../shared/index.js';

/** Renders an answer for a terminal. Pure: colour is a parameter, never sniffed here. */
export interface RenderOptions {
  color: boolean;
  /** wrap width; answers are wrapped at word boundaries */
  width?: number;
}

const ANSI = {
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  green: '\x1b[32m',
  reset: '\x1b[0m',
};
type Style = keyof Omit<typeof ANSI, 'reset'>;

/** `2025-07-20`: /sources lists each article under its date */
const ISO_DATE_WIDTH = 10;

// article or user text must never move the cursor or recolour the terminal
function safe(text: string): string {
  return text.replace(/\p{Cc}\[[0-9;?]*[ -/]*[@-~]/gu, '').replace(/[^\P{Cc}\n]/gu, '');
}

export function render(answer: Answer, options: RenderOptions): string {
  const paint = (style: Style, text: string) => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  // one escape per line, so a wrapped block keeps its style whatever the terminal does at a newline
  const paintLines = (style: Style, text: string) =>
    text
      .split('\n')
      .map((line) => (line.trim() ? paint(style, line) : line))
      .join('\n');
  const width = options.width ?? 100;
  const wrap = (text: string, indent = '') =>
    wrapText(safe(text), width - indent.length)
      .map((line) => indent + line)
      .join('\n');

  switch (answer.kind) {
    case 'answer':
      return answer.abstained ? renderAbstention(answer, paint, wrap) : renderAnswer(answer, paint, wrap);
    case 'quotes': {
      if (answer.quotes.length === 0) {
        const lines = [wrap(answer.message ?? `No quotes found for “${answer.query}”.`)];
        if (answer.suggestions?.length)
          lines.push(paint('dim', wrap(`People with quotes: ${answer.suggestions.join(', ')}`)));
        return lines.join('\n');
      }
      return answer.quotes
        .map((q) =>
          [
            // reported speech is the article's paraphrase: no quotation marks, and said so
            wrap(`${quotedWords(q, q.quote)}${q.reported ? ' (reported speech, not a direct quote)' : ''}`),
            paint(
              'cyan',
              wrap(
                `— ${q.speaker}${q.speakerRole ? `, ${q.speakerRole}` : ''}${q.cue ? ` (${q.cue})` : ''}`,
                '  ',
              ),
            ),
            paint(
              'dim',
              wrap(`${q.title ?? q.articleId}${q.outlet ? `, ${q.outlet}` : ''}, ${q.published}`, '  '),
            ),
          ].join('\n'),
        )
        .join('\n\n');
    }
    case 'timeline': {
      // how the query was read ("April is taken as April 2025, …") comes first, events or not
      const note = answer.note ? `${paint('dim', wrap(answer.note))}\n` : '';
      if (answer.events.length === 0) return note + wrap(answer.message ?? 'No dated events found.');
      const labels = answer.events.map(dateLabel);
      const labelWidth = Math.max(ISO_DATE_WIDTH, ...labels.map((label) => label.length));
      return (
        note +
        answer.events
          .map((event, i) => {
            const indent = ' '.repeat(labelWidth + 2);
            const lines = wrap(event.text, indent).split('\n');
            if (event.sources && event.sources.length > 1) {
              // the count goes on the last line when it fits there, so it never pushes a line past the width
              const count = `[${event.sources.length} sources]`;
              const last = lines.length - 1;
              if (lines[last]!.length + 1 + count.length <= width) lines[last] += ` ${paint('dim', count)}`;
              else lines.push(indent + paint('dim', count));
            }
            return `${paint('green', labels[i]!.padEnd(labelWidth))}  ${lines.join('\n').trimStart()}`;
          })
          .join('\n')
      );
    }
    case 'sources': {
      const indent = ' '.repeat(ISO_DATE_WIDTH + 2);
      const lines = answer.articles.map((a) => {
        const about = [
          a.outlet ?? 'outlet not stated',
          `${a.passages} passages`,
          // the title was not in the text: say where it came from, in the reader's words
          ...(a.titleDerived ? ['title taken from the first sentence'] : []),
          `id\u00a0${a.id}`, // a no-break space: "id" never ends a line without its value
        ].join(' · ');
        return [
          `${paint('green', a.published)}  ${paintLines('bold', wrap(a.title, indent).trimStart())}`,
          paintLines('dim', wrap(about, indent)),
        ].join('\n');
      });
      for (const s of answer.skipped) lines.push(paint('yellow', wrap(`skipped ${s.file}: ${s.reason}`)));
      return lines.join('\n');
    }
    case 'help':
      return [
        paint('bold', 'Commands'),
        ...answer.commands.map(
          (c) =>
            `  ${paint('cyan', c.usage)}\n${wrap(`${c.description}${c.available ? '' : ' (coming soon)'}. e.g. ${c.example}`, '      ')}`,
        ),
        '',
        wrap('Type a question without a command to ask it. /quit or Ctrl-D leaves.'),
      ].join('\n');
    case 'error':
      return paint('yellow', wrap(answer.message));
  }
}

/** "2014–2015", "early 2025-06", "2025-04-14–04-20": the precision and range the text gave. */
export function dateLabel(event: {
  date: string;
  endDate?: string | undefined;
  qualifier?: string | undefined;
}): string {
  const end = event.endDate
    ? `–${event.endDate.startsWith(event.date.slice(0, 5)) && event.date.length > 4 ? event.endDate.slice(5) : event.endDate}`
    : '';
  return `${event.qualifier ? `${event.qualifier} ` : ''}${event.date}${end}`;
}

type Paint = (style: Style, text: string) => string;
type Wrap = (text: string, indent?: string) => string;

function renderAnswer(answer: AnswerOf<'answer'>, paint: Paint, wrap: Wrap): string {
  return [
    wrap(answer.text),
    ...answer.citations.map((c, i) => paint('dim', wrap(sourceLine(c, i), '  '))),
    paint('dim', wrap(answerFooter(answer), '  ')),
  ].join('\n');
}

function renderAbstention(answer: AnswerOf<'answer'>, paint: Paint, wrap: Wrap): string {
  const lines = [paint('yellow', wrap(answer.text))];
  lines.push(paint('dim', wrap(`Try: ${suggestionsFor(answer).join(' · ')}`, '  ')));
  return lines.join('\n');
}

function sourceLine(citation: Citation, index: number): string {
  return `[${index + 1}] ${sourceText(citation)}`;
}

export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // any white space breaks a line except a no-break space, which is meant to hold two words together
  for (const word of text.split(/[^\S\u00a0]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
