import { editDistance, isShortAcronym, type Token, tokenise } from './normalise.js';
import { TITLE_HEADS } from './roles.js';
import type { Entity, EntityTable, FormTarget, Mention } from './types.js';

interface Lookups {
  longest: number;
  byName: Map<string, Entity>;
  /** forms a typo may reach (names and aliases naming one entity), by length; made on first use */
  fuzzyForms?: Map<number, [form: string, entity: string][]>;
}

// derived from a table (which is plain cached JSON) on first use
const lookups = new WeakMap<EntityTable, Lookups>();

function lookupsOf(table: EntityTable): Lookups {
  let found = lookups.get(table);
  if (!found) {
    const longest = Math.max(1, ...Object.keys(table.forms).map((key) => key.split(' ').length));
    found = { longest, byName: new Map(table.entities.map((e) => [e.name, e])) };
    lookups.set(table, found);
  }
  return found;
}

export function entityNamed(table: EntityTable, name: string): Entity | undefined {
  return lookupsOf(table).byName.get(name);
}

/** What a sequence of words names: "US" only in capitals, everything else folded. */
function targetOf(table: EntityTable, words: Token[]): FormTarget | undefined {
  if (words.length === 1 && isShortAcronym(words[0]!.raw))
    return table.forms[`=${words[0]!.raw.replace(/\./g, '')}`];
  return table.forms[words.map((word) => word.norm).join(' ')];
}

/** Words of one name: nothing but spaces or hyphens between them ("New York-based"). */
function joined(text: string, words: Token[]): boolean {
  return words.every(
    (word, i) =>
      i === 0 || /^[\s-]*$/.test(text.slice(words[i - 1]!.start + words[i - 1]!.raw.length, word.start)),
  );
}

/**
 * Every name, alias and role in a text, longest first, as canonical entity names with offsets.
 * A title directly before a name is one mention with it ("Kremlin spokesperson Dmitry Peskov").
 * Ambiguous forms (a surname two people share) are not mentions.
 */
export function findMentions(table: EntityTable, text: string): Mention[] {
  const { longest } = lookupsOf(table);
  const tokens = tokenise(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let size = Math.min(longest, tokens.length - i);
    for (; size >= 1; size--) {
      const words = tokens.slice(i, i + size);
      const target = joined(text, words) ? targetOf(table, words) : undefined;
      if (target?.entities.length !== 1) continue;
      const start = words[0]!.start;
      const end = words[size - 1]!.end;
      const previous = mentions.at(-1);
      if (
        previous &&
        previous.entity === target.entities[0] &&
        previous.via === 'role' &&
        /^\s+$/.test(text.slice(previous.end, start))
      ) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        previous.via = target.via;
      } else {
        mentions.push({
          entity: target.entities[0]!,
          start,
          end,
          text: text.slice(start, end),
          via: target.via,
        });
      }
      break;
    }
    i += Math.max(size, 1);
  }
  return mentions;
}

// what people type before a name: "Mr Peskov", "President Zelensky", "Foreign Minister Lavrov"
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'madam',
  'foreign',
  'prime',
  'special',
  'us',
]);

/**
 * The entity a piece of text names, as users type it: any case, diacritics or possessive ("lavrov's"),
 * with a title ("President Zelensky", "the Kremlin spokesperson"), or with a small typo ("Zelenskiy").
 * Undefined when it names nothing in the articles ("Xi Jinping") or more than one thing.
 */
export function resolveEntity(table: EntityTable, text: string): Entity | undefined {
  let words = tokenise(text);
  while (words.length > 1 && ['the', 'a', 'an'].includes(words[0]!.norm)) words = words.slice(1);
  for (let from = 0; from < words.length; from++) {
    const target = targetOf(table, words.slice(from));
    if (target?.entities.length === 1) return entityNamed(table, target.entities[0]!);
    if (!TITLE_HEADS.has(words[from]!.norm) && !HONORIFICS.has(words[from]!.norm)) break;
  }
  // typed on its own, "us" or "eu" can only mean the acronym
  const only =
    words.length === 1 ? table.forms[`=${words[0]!.raw.replace(/\./g, '').toUpperCase()}`] : undefined;
  if (only?.entities.length === 1) return entityNamed(table, only.entities[0]!);
  return fuzzy(table, words.map((word) => word.norm).join(' '));
}

/** A small typo in a name or alias of five letters or more; roles and acronyms must be exact. */
function fuzzy(table: EntityTable, key: string): Entity | undefined {
  if (key.length < 5) return undefined;
  const limit = key.length >= 9 ? 2 : 1;
  const byLength = fuzzyForms(table);
  const names = new Set<string>();
  // an edit distance within the limit needs a length within it
  for (let length = key.length - limit; length <= key.length + limit; length++) {
    for (const [form, entity] of byLength.get(length) ?? []) {
      if (editDistance(key, form, limit) <= limit) names.add(entity);
    }
  }
  return names.size === 1 ? entityNamed(table, [...names][0]!) : undefined;
}

function fuzzyForms(table: EntityTable): Map<number, [string, string][]> {
  const found = lookupsOf(table);
  if (found.fuzzyForms) return found.fuzzyForms;
  const byLength = new Map<number, [string, string][]>();
  for (const [form, target] of Object.entries(table.forms)) {
    if (target.via === 'role' || form.startsWith('=') || target.entities.length !== 1) continue;
    const same = byLength.get(form.length);
    if (same) same.push([form, target.entities[0]!]);
    else byLength.set(form.length, [[form, target.entities[0]!]]);
  }
  found.fuzzyForms = byLength;
  return byLength;
}
