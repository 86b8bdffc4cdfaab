/**
 * What people wrap around a request ("hey, can you show me …?") and never mean as part of it. Stripping it
 * lets the rules match the request itself; /ask still gets the question exactly as typed.
 */

// order matters: longer openers first, so "can you please" goes before "can you"
const OPENERS = [
  /^(hey|hi|hello|ok|okay|so|um|yo)\b[\s,!.:-]*/i,
  /^(talksbot|bot)\b[\s,!.:-]*/i,
  /^(please\s+)?(can|could|would|will) you( please)?\s+/i,
  /^please\s+/i,
  /^(i want to|i'd like to|i would like to|let me) (see|know|read)\s+/i,
  /^i (want|need)\s+/i,
  /^(tell|show|give|find|get|list) me\s+/i,
  /^(show|give|list|find|get)\s+(?=(the|a|all|any|some|your)\b|quotes|sources|articles|timeline)/i,
];

/** Strips greetings, politeness and closing punctuation; returns the request in its original case. */
export function coreRequest(text: string): string {
  let core = text.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const opener of OPENERS) {
      const next = core.replace(opener, '');
      if (next !== core && next.trim()) {
        core = next.trim();
        changed = true;
      }
    }
  }
  return core
    .replace(/[\s,]+please$/i, '')
    .replace(/[\s?!.…]+$/u, '')
    .trim();
}

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ["'", "'"],
  ['‘', '’'],
];

/** The words inside quotation marks, when the whole phrase is quoted ('"great progress"' → 'great progress'). */
export function unquoted(phrase: string): string | undefined {
  const text = phrase.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    if (text.length > 2 && text.startsWith(open) && text.endsWith(close)) {
      const inner = text.slice(open.length, -close.length).trim();
      if (inner && !inner.includes(open) && !inner.includes(close)) return inner;
    }
  }
  return undefined;
}

/** "the Istanbul talks" → "Istanbul talks": a topic reads better, and matches the same, without its article. */
export function withoutDeterminer(phrase: string): string {
  return phrase.replace(/^(the|a|an|this|that|these|those)\s+/i, '').trim();
}
