import type { Token } from './normalise.js';
import { adjacent } from './roles.js';

// lowercase words inside a name: "Ursula von der Leyen"
export const PARTICLES = new Set([
  'von',
  'der',
  'van',
  'den',
  'de',
  'da',
  'di',
  'del',
  'bin',
  'al',
  'la',
  'le',
]);

export const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.raw);
export const isPossessive = (token: Token) => token.end !== token.start + token.raw.length;

/** Index ranges [from, to) of runs of capitalised words joined by spaces; a possessive ends a run. */
export function capitalisedRuns(text: string, tokens: Token[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let from = -1;
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    // "Bilyk-Tkach": a hyphen between two capitalised words joins one name
    const hyphenated =
      previous !== undefined &&
      isCapitalised(previous) &&
      isCapitalised(token) &&
      text.slice(previous.end, token.start) === '-';
    const continues = from >= 0 && previous !== undefined && (adjacent(text, previous, token) || hyphenated);
    const particle = PARTICLES.has(token.raw) && continues && nextCapitalised(tokens, i + 1);
    if (isCapitalised(token) || particle) {
      if (!continues) {
        if (from >= 0) runs.push({ from, to: i });
        from = i;
      }
    } else if (from >= 0) {
      runs.push({ from, to: i });
      from = -1;
    }
    if (from >= 0 && isPossessive(token)) {
      runs.push({ from, to: i + 1 });
      from = -1;
    }
  });
  if (from >= 0) runs.push({ from, to: tokens.length });
  return runs;
}

function nextCapitalised(tokens: Token[], from: number): boolean {
  let i = from;
  while (tokens[i] && PARTICLES.has(tokens[i]!.raw)) i++;
  return tokens[i] !== undefined && isCapitalised(tokens[i]!);
}
