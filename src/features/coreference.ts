import type { Entity, EntityTable } from '../nlp/entities/index.js';
import { entityNamed } from '../nlp/entities/index.js';
import { isPersonNoun } from '../nlp/wordnet.js';

/**
 * Who a sentence refers to without naming: "he" or "she" for the person named last before it (of that
 * gender, when known), "both leaders" for the last two people, and "the alliance" or "the union" for the
 * last organisation or place whose name ends in that word ("North Atlantic Alliance", "European Union").
 * News writing names someone once and then refers back, so the answer to "what did Lavrov say" is often
 * a sentence that says "he". The result feeds matching only; citations stay verbatim.
 */
export function referredEntities(
  sentences: { text: string; paragraph: number }[],
  namedIn: readonly (readonly string[])[],
  table: EntityTable,
): string[][] {
  const people: Entity[] = []; // most recent last
  const others: Entity[] = [];
  return sentences.map((sentence, i) => {
    const referred = new Set<string>();
    const named = namedIn[i]!.map((name) => entityNamed(table, name)).filter((e): e is Entity => !!e);
    const namesPerson = named.some((e) => e.type === 'person');
    const text = sentence.text;
    // "… the Kremlin occupant has made himself available": a sentence about a person it only describes
    // (naming nobody) is about that unknown person, and so is a "he" after it: no one named before
    if (!namesPerson && describesPerson(text)) people.push(UNKNOWN_PERSON);
    if (!namesPerson || /^\W*(he|she|his|her)\b/i.test(text)) {
      const male = /\b(he|him|his|himself)\b/i.test(text);
      const female = /\b(she|her|hers|herself)\b/i.test(text);
      for (const gender of [male && 'male', female && 'female'] as const) {
        if (!gender) continue;
        const person = [...people].reverse().find((p) => p.gender === undefined || p.gender === gender);
        if (person && person !== UNKNOWN_PERSON) referred.add(person.name);
      }
      if (/\b(both|the two) (leaders|presidents|men|sides|ministers)\b/i.test(text))
        for (const person of people.slice(-2)) if (person !== UNKNOWN_PERSON) referred.add(person.name);
    }
    for (const match of text.matchAll(/\bthe (\p{Ll}+)\b/gu)) {
      const head = match[1]!;
      const entity = [...others].reverse().find((e) => headWordsOf(e).has(head));
      if (entity) referred.add(entity.name);
    }
    for (const entity of named) {
      const list = entity.type === 'person' ? people : others;
      const at = list.indexOf(entity);
      if (at >= 0) list.splice(at, 1);
      list.push(entity);
    }
    for (const name of namedIn[i]!) referred.delete(name);
    return [...referred];
  });
}

// someone the text describes without naming ("the Kremlin occupant"): refers nowhere
const UNKNOWN_PERSON: Entity = { name: '', type: 'person', aliases: [], roles: [] };

/**
 * Whether a sentence's subject is a person described by "the … <person noun>" ("The Kremlin occupant
 * has …", "… that the host has …"; WordNet files the noun's first sense under noun.person). Singular only.
 */
function describesPerson(text: string): boolean {
  for (const match of text.matchAll(
    /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+(?:has|had|is|was|\p{Ll}+ed|\p{Ll}+s)\b/gu,
  )) {
    const head = match[1]!;
    if (!/[^s]s$/.test(head) && isPersonNoun(head)) return true;
  }
  return false;
}

const heads = new WeakMap<Entity, Set<string>>();

/** The last words of an entity's multi-word names: "alliance" for "North Atlantic Alliance". */
function headWordsOf(entity: Entity): Set<string> {
  let found = heads.get(entity);
  if (!found) {
    found = new Set(
      [entity.name, ...entity.aliases]
        .map((name) => name.replace(/^the\s+/i, '').split(/\s+/))
        .filter((words) => words.length > 1)
        .map((words) => words.at(-1)!.toLowerCase())
        .filter((word) => word.length > 3),
    );
    heads.set(entity, found);
  }
  return found;
}
