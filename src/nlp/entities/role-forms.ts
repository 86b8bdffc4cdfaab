import { formKey } from './normalise.js';
import { LEADER_HEADS } from './roles.js';

const SPOKES = ['spokesperson', 'spokesman', 'spokeswoman'];
const DROPPED = new Set(['former', 'current', 'then', 'the', 'his', 'her', 'their', 'its']);

/**
 * The folded ways a text may write a role learned as "Russian Foreign Minister": "russian foreign
 * minister", "russia foreign minister" (from "Russia’s foreign minister"), "foreign minister of russia";
 * with every spelling of the place ("US", "U.S.", "American", "United States") and, for heads of state
 * and government, "leader" for the title ("the Ukrainian leader"). Only forms of two or more words are
 * kept: "president" alone names nobody in particular.
 *
 * @param variantsOf the folded spellings of a place or organisation, keyed by any of its folded forms
 */
export function roleForms(role: string, variantsOf: ReadonlyMap<string, string[]>): string[] {
  const words = formKey(role)
    .split(' ')
    .filter((word, i, all) => word && !(DROPPED.has(word) && all.slice(0, i).every((w) => DROPPED.has(w))));
  const found = qualifierIn(words, variantsOf);
  const titles = new Set<string>();
  const qualifiers: string[] = [];
  if (found) {
    qualifiers.push(...found.variants);
    titles.add(found.title.join(' '));
  } else {
    titles.add(words.join(' '));
  }
  for (const title of [...titles]) {
    if (/spokes(man|woman|person)$/.test(title)) {
      for (const spokes of SPOKES) titles.add(title.replace(/spokes(man|woman|person)$/, spokes));
    }
    if (LEADER_HEADS.has(title)) titles.add('leader');
  }
  const forms = new Set<string>();
  for (const title of titles) {
    if (!qualifiers.length) forms.add(title);
    for (const qualifier of qualifiers) {
      forms.add(`${qualifier} ${title}`);
      forms.add(`${title} of ${qualifier}`);
      forms.add(`${title} of the ${qualifier}`);
    }
  }
  return [...forms].filter((form) => form.split(' ').length >= 2);
}

/** The longest place or organisation at the start of a role ("russian | foreign minister") or after "of". */
function qualifierIn(words: string[], variantsOf: ReadonlyMap<string, string[]>) {
  for (let size = Math.min(4, words.length - 1); size >= 1; size--) {
    const variants = variantsOf.get(words.slice(0, size).join(' '));
    if (variants) return { variants, title: words.slice(size) };
  }
  const of = words.indexOf('of');
  if (of > 0) {
    const rest = words.slice(of + 1).filter((w, i) => !(i === 0 && w === 'the'));
    const variants = variantsOf.get(rest.join(' '));
    if (variants) return { variants, title: words.slice(0, of) };
  }
  return undefined;
}
