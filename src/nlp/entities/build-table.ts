import { filedPlaces } from '../../knowledge/filed-in.js';
import type { Article } from '../../knowledge/types.js';
import { countryOf, countryOfDemonym } from '../demonyms.js';
import type { AliasEntry } from './alias-file.js';
import { type Draft, mergeDraft } from './draft.js';
import { learnPeople, type PersonSighting } from './learn-people.js';
import { learnPlaces, type PlaceClues } from './learn-places.js';
import { mergePeople, mostFrequent } from './merge-people.js';
import { formKey, isShortAcronym } from './normalise.js';
import { roleForms } from './role-forms.js';
import type { EntityTable, FormTarget } from './types.js';

/**
 * People, places and organisations of the articles under one canonical name each: learned from the text
 * (names, titles, compromise's places), then completed by the alias file's epithets and abbreviations.
 */
export function buildEntityTable(
  articles: Article[],
  aliasEntries: AliasEntry[] = [],
  /** the people each article's text names (learnPeople), when the build already has them per article */
  sightings: PersonSighting[] = learnPeople(articles),
  /** each article's clues from an earlier build, and who hears the clues this build used (for the cache) */
  clues: {
    cached?: readonly (EntityClues | undefined)[];
    onClues?: (clues: EntityClues[], reused: boolean[]) => void;
  } = {},
): EntityTable {
  const people = mergePeople(sightings);
  const personWords = new Set(
    people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => formKey(n).split(' ')),
  );
  // a dateline's place is a place, even when no sentence names it again ("DOHA, Qatar —")
  const filed = articles.flatMap((article) =>
    filedPlaces(article).map((name) => ({ name, type: 'place' as const })),
  );
  let placeClues: PlaceClues[] = [];
  let placesReused: boolean[] = [];
  const learned = learnPlaces(
    articles,
    personWords,
    articles.map((_, i) => clues.cached?.[i]?.places),
    (made, reused) => {
      placeClues = made;
      placesReused = reused;
    },
  );
  const places = mergePlaces([...learned, ...filed]);
  const demonyms = articles.map((article, i) => clues.cached?.[i]?.demonyms ?? demonymCountries(article));
  clues.onClues?.(
    articles.map((_, i) => ({ places: placeClues[i]!, demonyms: demonyms[i]! })),
    articles.map((_, i) => placesReused[i]! && clues.cached?.[i]?.demonyms !== undefined),
  );
  // "in Abu Dhabi on Wednesday" reads like a first name and a surname; a dateline says it is a place
  const filedKeys = new Set(filed.map((place) => formKey(place.name)));
  const persons = people.filter((person) => !filedKeys.has(formKey(person.name)));
  const united = applyAliasFile(
    [...persons, ...places, ...countriesOfDemonyms(demonyms, places)],
    aliasEntries,
  );
  for (const draft of united) if (draft.type !== 'person') addCountryNames(draft);
  const drafts = addHeadNounEpithets(united);
  return {
    entities: drafts.map((d) => ({
      name: d.name,
      type: d.type,
      aliases: [...d.aliases],
      roles: [...d.roles].sort((a, b) => b[1] - a[1]).map(([role]) => role),
      ...(d.gender ? { gender: d.gender } : {}),
    })),
    forms: formsOf(drafts),
  };
}

function mergePlaces(sightings: ReturnType<typeof learnPlaces>): Draft[] {
  const byKey = new Map<string, { spellings: Map<string, number>; types: Map<string, number> }>();
  for (const { name, type, shortFor } of sightings) {
    // a short name joins its full name, which stays canonical
    const key = formKey(shortFor ?? name);
    const entry = byKey.get(key) ?? { spellings: new Map(), types: new Map() };
    byKey.set(key, entry);
    entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + (shortFor ? 0 : 1));
    entry.types.set(type, (entry.types.get(type) ?? 0) + 1);
  }
  return [...byKey.values()].map(({ spellings, types }) => {
    const name = mostFrequent(spellings)!;
    const aliases = new Set(spellings.keys());
    aliases.delete(name);
    return { name, type: mostFrequent(types) as Draft['type'], aliases, roles: new Map(), gender: undefined };
  });
}

/** Each alias-file entry names one entity: it unites the learned drafts it lists and gives the name. */
function applyAliasFile(drafts: Draft[], entries: AliasEntry[]): Draft[] {
  let result = drafts;
  for (const entry of entries) {
    const keys = new Set([entry.name, ...entry.aliases].map((n) => stripThe(formKey(n))));
    const matches = result.filter((d) => [d.name, ...d.aliases].some((n) => keys.has(stripThe(formKey(n)))));
    const type = entry.type ?? matches[0]?.type;
    // an entry the articles never mention and that has no type cannot become an entity
    if (!type) continue;
    const merged: Draft = {
      name: entry.name,
      type,
      aliases: new Set(entry.aliases),
      roles: new Map(),
      gender: entry.gender,
    };
    for (const match of matches) mergeDraft(merged, match);
    for (const role of entry.roles) merged.roles.set(role, merged.roles.get(role) ?? 0);
    merged.aliases.delete(entry.name);
    result = [...result.filter((d) => !matches.includes(d)), merged];
  }
  return result;
}

/**
 * One article's part of the entity table that depends on nothing but the article, cached with its
 * links: its place clues (learn-places.ts) and the countries its demonyms name.
 */
export interface EntityClues {
  places: PlaceClues;
  /** the countries its demonyms name, in the order the text first names them */
  demonyms: string[];
}

/** "Israeli", "French": the countries an article's capitalised words name as demonyms, first named first. */
function demonymCountries(article: Article): string[] {
  const found = new Set<string>();
  for (const sentence of article.sentences) {
    for (const match of sentence.text.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
      const country = countryOfDemonym(match[0]);
      if (country) found.add(country.name);
    }
  }
  return [...found];
}

/**
 * "Israeli Prime Minister …" names Israel even where the text never writes "Israel": a demonym teaches
 * its country (from the world-countries data package), unless a learned place already is that country.
 */
function countriesOfDemonyms(perArticle: readonly string[][], places: Draft[]): Draft[] {
  const known = new Set(places.flatMap((d) => [d.name, ...d.aliases]).map((n) => countryOf(n)?.name));
  const found = new Map<string, Draft>();
  for (const countries of perArticle) {
    for (const name of countries) {
      if (known.has(name) || found.has(name)) continue;
      found.set(name, { name, type: 'place', aliases: new Set(), roles: new Map(), gender: undefined });
    }
  }
  return [...found.values()];
}

// the nouns that head the name of a state or a union of them: "the Federation" (Russian Federation),
// "the Emirates" (United Arab Emirates), "the Alliance" (North Atlantic Alliance)
const STATE_HEADS = new Set(
  'Federation Republic Kingdom Union Alliance Emirates Confederation Commonwealth Principality Sultanate'.split(
    ' ',
  ),
);

/**
 * "the Federation" for the Russian Federation: news writing refers back to a state by the head noun of its
 * name. An epithet, so "the" is part of it; only when one entity of the table has a name with that head
 * ("the Union" names nobody when the European Union and the Soviet Union both appear). What the text
 * taught as a thing of its own from "the Federation" is that entity.
 */
function addHeadNounEpithets(drafts: Draft[]): Draft[] {
  const byHead = new Map<string, Set<Draft>>();
  for (const draft of drafts) {
    if (draft.type === 'person') continue;
    for (const name of [draft.name, ...draft.aliases]) {
      const words = name.split(/\s+/);
      const head = words.at(-1)!;
      if (words.length < 2 || /^the$/i.test(words[0]!) || !STATE_HEADS.has(head)) continue;
      const owners = byHead.get(head) ?? new Set();
      owners.add(draft);
      byHead.set(head, owners);
    }
  }
  const absorbed = new Set<Draft>();
  for (const [head, owners] of byHead) {
    if (owners.size !== 1) continue;
    const [owner] = owners;
    owner!.aliases.add(`the ${head}`);
    for (const draft of drafts)
      if (draft !== owner && draft.type !== 'person' && draft.name === head) {
        mergeDraft(owner!, draft);
        owner!.aliases.delete(owner!.name);
        absorbed.add(draft);
      }
  }
  return drafts.filter((d) => !absorbed.has(d));
}

/** "Russia" is also named "Russian" and "Russian Federation": other names from the country data. */
function addCountryNames(draft: Draft): void {
  for (const name of [draft.name, ...draft.aliases]) {
    const country = countryOf(name);
    if (!country) continue;
    for (const other of [country.name, ...country.aliases, ...country.demonyms]) {
      if (other !== draft.name) draft.aliases.add(other);
    }
  }
}

function formsOf(drafts: Draft[]): Record<string, FormTarget> {
  const forms: Record<string, FormTarget> = {};
  const add = (key: string, entity: string, via: FormTarget['via']) => {
    if (!key) return;
    const existing = forms[key];
    // a name or alias always beats a role for the same words
    if (!existing || (existing.via === 'role' && via !== 'role')) forms[key] = { entities: [entity], via };
    else if ((existing.via === 'role') === (via === 'role') && !existing.entities.includes(entity)) {
      existing.entities.push(entity);
    }
  };
  const nameKey = (name: string) =>
    isShortAcronym(name) ? `=${name.replace(/\./g, '')}` : stripThe(formKey(name));
  for (const draft of drafts) {
    add(nameKey(draft.name), draft.name, 'name');
    for (const alias of draft.aliases) add(nameKey(alias), draft.name, 'alias');
  }
  const variantsOf = qualifierVariants(drafts);
  const roleKeys = new Map<string, string[]>();
  for (const draft of drafts) {
    const keys = [...draft.roles.keys()].flatMap((role) => roleForms(role, variantsOf).map(stripThe));
    roleKeys.set(draft.name, keys);
    for (const key of keys) add(key, draft.name, 'role');
  }
  shareBareTitles(forms, roleKeys);
  return forms;
}

/**
 * "chief executive" learned bare for one person names nobody in particular once the articles give
 * another person a longer role that ends with it ("Hessenwerk's chief executive"): that bare title is
 * then theirs too, so it is ambiguous and no mention (an unqualified title never reaches into another
 * article's people).
 */
function shareBareTitles(forms: Record<string, FormTarget>, roleKeys: ReadonlyMap<string, string[]>): void {
  for (const [key, target] of Object.entries(forms)) {
    if (target.via !== 'role') continue;
    for (const [name, keys] of roleKeys) {
      if (target.entities.includes(name)) continue;
      if (keys.some((other) => other !== key && other.endsWith(` ${key}`))) target.entities.push(name);
    }
  }
}

/** Folded spellings of each place and organisation usable inside a title (epithets with "the" are not). */
function qualifierVariants(drafts: Draft[]): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const draft of drafts) {
    if (draft.type === 'person') continue;
    const spellings = [draft.name, ...draft.aliases].filter((n) => !/^the\s/i.test(n)).map(formKey);
    const unique = [...new Set(spellings)];
    for (const spelling of unique) variants.set(spelling, unique);
  }
  return variants;
}

function stripThe(key: string): string {
  return key.replace(/^(the|a|an) /, '');
}
