/**
 * Shortening text for chat, the same on every platform: at a sentence end when one keeps at least half the
 * room, else at a word end, never mid-word (only a single word longer than the room is cut).
 */

const ELLIPSIS = '…';
// closing quotes and brackets may follow the full stop: `…talks.”` ends a sentence
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s)/g;
// a full stop after these is not a sentence end ("U.S. officials", "Mr. Witkoff")
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Za-z]|(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Prof|vs|etc|No|approx)\.$/;
// don't leave "talks, …" or "the “…"
const TRAILING_JUNK = /[\s,;:–—\-(["“‘'«]+$/;

/**
 * Shortens text to at most `max` characters, ending at a sentence boundary when one keeps at least half
 * the room, otherwise at a word boundary, with an ellipsis. Only a single word longer than `max` is cut.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return ELLIPSIS.slice(0, max);
  const sentence = cutAtSentence(text, max - 2);
  if (sentence !== undefined) return `${sentence} ${ELLIPSIS}`;
  return `${cutAtWord(text, max - 1)}${ELLIPSIS}`;
}

function cutAtSentence(text: string, room: number): string | undefined {
  // one character past the room, so the lookahead can see the space after a full stop at the edge
  const window = text.slice(0, room + 1);
  let best: number | undefined;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > room) break;
    if (ABBREVIATION.test(window.slice(0, match.index + 1))) continue;
    best = end;
  }
  return best !== undefined && best >= room / 2 ? text.slice(0, best) : undefined;
}

function cutAtWord(text: string, room: number): string {
  // the character after the room tells whether the room ends exactly at a word's end
  const endsAtWord = /\s/.test(text.charAt(room));
  const slice = text.slice(0, room);
  const lastSpace = slice.search(/\s\S*$/);
  const cut = endsAtWord ? slice : lastSpace > 0 ? slice.slice(0, lastSpace) : '';
  const tidy = cut.replace(TRAILING_JUNK, '');
  if (tidy) return tidy;
  // one word longer than the room (a long URL): cutting it is unavoidable; keep surrogate pairs whole
  return /[\uD800-\uDBFF]$/.test(slice) ? slice.slice(0, -1) : slice;
}

/**
 * Joins lines with newlines, keeping whole lines while they fit in `max`; when some don't, the last line
 * says how many were left out. Lists (timeline events, sources) stay readable this way: no half entries.
 */
export function joinLinesWithin(
  lines: readonly string[],
  max: number,
  more = (n: number) => `…and ${n} more`,
): string {
  const all = lines.join('\n');
  if (all.length <= max) return all;
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    // room must stay for the note about this line and everything after it
    const note = more(lines.length - i - 1);
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + added + 1 + note.length > max) break;
    kept.push(line);
    length += added;
  }
  const omitted = lines.length - kept.length;
  if (kept.length === 0) {
    const note = more(omitted - 1);
    return `${truncate(lines[0] ?? '', Math.max(0, max - note.length - 1))}\n${note}`.slice(0, max);
  }
  return `${kept.join('\n')}\n${more(omitted)}`;
}
