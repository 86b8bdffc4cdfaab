import type { Article } from '../../knowledge/types.js';
import { capitalisedRuns, isCapitalised, PARTICLES } from './capitalised-runs.js';
import { genderOfFirstName, isCommonWord, isFirstName, isPlaceWord } from './lexicon.js';
import { type Token, tokenise } from './normalise.js';
import { adjacent, isTitleWord, roleText, TITLE_HEADS, titleBefore } from './roles.js';

/** One place where the text names a person, with the title it gives them there. */
export interface PersonSighting {
  /** the name as written, without a possessive: "Volodyr Zelenskyy" */
  full: string;
  first: string | undefined;
  surname: string;
  role: string | undefined;
  gender: 'male' | 'female' | undefined;
}

/**
 * People the articles name, learned from how the text writes them: a known first name and a surname
 * ("Dmitry Peskov"), or any two or three capitalised words after a title ("Ukrainian President Volodyr
 * Zelenskyy", "Council, Rustem Umerov"), and "the Biden administration" for a leader named by surname only.
 */
export function learnPeople(articles: Article[]): PersonSighting[] {
  const sightings: PersonSighting[] = [];
  for (const article of articles) {
    for (const sentence of article.sentences) sightings.push(...peopleIn(sentence.text));
  }
  return sightings;
}

export function peopleIn(text: string): PersonSighting[] {
  const tokens = tokenise(text);
  const found: PersonSighting[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    const name = nameInRun(text, tokens, run);
    if (!name) continue;
    const words = tokens.slice(name.from, name.to);
    const first = name.hasFirstName ? words[0]!.raw : undefined;
    const last = words[words.length - 1]!;
    // "von der Leyen": a surname starts at its particle
    const surname = words.find((word, i) => i > 0 && PARTICLES.has(word.raw)) ?? last;
    found.push({
      full: text.slice(words[0]!.start, last.end),
      first,
      surname: text.slice(surname.start, last.end),
      role: roleOf(text, tokens, name.from, name.to),
      gender: first ? genderOfFirstName(first) : undefined,
    });
  }
  // "the Biden administration": a government is named after its leader
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next?.norm !== 'administration' || !isCapitalised(token) || !adjacent(text, token, next)) return;
    if (tokens[i - 1]?.norm !== 'the' || isCommonWord(token.raw) || isPlaceWord(token.raw)) return;
    if (/^\p{Lu}+$/u.test(token.raw.replace(/\./g, ''))) return;
    found.push({ full: token.raw, first: undefined, surname: token.raw, role: undefined, gender: undefined });
  });
  return found;
}

function nameInRun(text: string, tokens: Token[], run: { from: number; to: number }) {
  // a known first name followed by one to three more words
  for (let i = run.from; i < run.to - 1; i++) {
    if (isFirstName(tokens[i]!.raw) && !TITLE_HEADS.has(tokens[i + 1]!.norm)) {
      return { from: i, to: Math.min(run.to, i + 4), hasFirstName: true };
    }
  }
  const size = (from: number) => run.to - from;
  // a title inside the run: "Ukrainian President | Volodyr Zelenskyy"
  for (let i = run.to - 1; i >= run.from; i--) {
    if (TITLE_HEADS.has(tokens[i]!.norm) && size(i + 1) >= 2 && size(i + 1) <= 3) {
      return { from: i + 1, to: run.to, hasFirstName: true };
    }
  }
  if (
    size(run.from) < 2 ||
    size(run.from) > 3 ||
    tokens.slice(run.from, run.to).some((t) => isCommonWord(t.raw))
  ) {
    return undefined;
  }
  const before = tokens[run.from - 1];
  if (!before) return undefined;
  const gap = text.slice(before.start + before.raw.length, tokens[run.from]!.start);
  // "envoy Rustem Umerov" or the appositive "Defense Council, Rustem Umerov,"
  if (/^\s+$/.test(gap) && TITLE_HEADS.has(before.norm))
    return { from: run.from, to: run.to, hasFirstName: true };
  if (/^,\s+$/.test(gap) && titleBefore(text, tokens, run.from))
    return { from: run.from, to: run.to, hasFirstName: true };
  return undefined;
}

/** The title the text gives a name: before it, as an appositive before a comma, or after it (", the …,"). */
function roleOf(text: string, tokens: Token[], from: number, to: number): string | undefined {
  const title = titleBefore(text, tokens, from);
  const before = tokens[from - 1];
  if (title && before) {
    const gap = text.slice(before.start + before.raw.length, tokens[from]!.start);
    if (/^,?\s+$/.test(gap)) return roleText(text, tokens, title) || undefined;
  }
  // "Dmitry Peskov, the Kremlin spokesperson, indicated"
  const last = tokens[to - 1]!;
  const the = tokens[to];
  if (the?.norm !== 'the' || !/^,\s+$/.test(text.slice(last.end, the.start))) return undefined;
  let end = to + 1;
  while (end < tokens.length && isTitleWord(tokens[end]!) && adjacent(text, tokens[end - 1]!, tokens[end]!))
    end++;
  if (end === to + 1 || !TITLE_HEADS.has(tokens[end - 1]!.norm)) return undefined;
  return roleText(text, tokens, { from: to + 1, to: end });
}
