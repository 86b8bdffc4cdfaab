import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

/**
 * Countries, their other names and their people, from the world-countries data package (every ISO 3166
 * country: common and official names, alternative spellings, English demonyms). "Israeli" → Israel,
 * "Russia's foreign minister" ↔ "Russian Foreign Minister", "Turkish" → Türkiye (also "Turkey").
 */

export interface CountryNames {
  /** the package's common English name: "United States", "Türkiye" */
  name: string;
  /** other English names: official names, spellings and the short form of "Republic of Turkey" */
  aliases: string[];
  /** English demonyms: "American" */
  demonyms: string[];
}

// regions and former states the package cannot know (it lists today's countries only)
const REGIONS: CountryNames[] = [
  { name: 'Europe', aliases: [], demonyms: ['European'] },
  { name: 'Africa', aliases: [], demonyms: ['African'] },
  { name: 'Asia', aliases: [], demonyms: ['Asian'] },
  { name: 'Soviet Union', aliases: ['USSR'], demonyms: ['Soviet'] },
];

// "Republic of Turkey", "United States of America", "Kingdom of the Netherlands": a form of state, then the name
const STATE_FORM =
  /^(?:the\s+)?(?:[\p{L}'’]+\s+){0,3}?(?:Republic|Kingdom|States?|Federation|Commonwealth|Principality|Sultanate|Emirates?|Duchy|Union|Confederation)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

const fold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();

// Latin-script names of four letters or more: two-letter codes ("IN", "IT") are English words too
const isEnglishName = (name: string) => name.length >= 4 && /^[\p{Script=Latin}\s'’.-]+$/u.test(name);

function namesOf(country: Country): CountryNames {
  const spellings = [country.name.official, ...country.altSpellings].filter(isEnglishName);
  const short = spellings.map((s) => STATE_FORM.exec(s)?.[1]).filter((s): s is string => s !== undefined);
  const aliases = [...new Set([...short, ...spellings])].filter((a) => a !== country.name.common);
  const eng = country.demonyms?.eng;
  const demonyms = eng ? [...new Set([eng.m, eng.f])].filter(Boolean) : [];
  return { name: country.name.common, aliases, demonyms };
}

interface Tables {
  /** folded capital cities */
  capitals: Set<string>;
  /** folded name, alias or demonym → the one country it stands for */
  byWord: Map<string, CountryNames>;
}

let tables: Tables | undefined;

/**
 * Loaded on first use. A word two sovereign countries share ("Congolese", "Dominican") names neither; a
 * territory ("French Southern and Antarctic Lands") never takes a word from its sovereign state.
 */
function load(): Tables {
  if (tables) return tables;
  const data = createRequire(import.meta.url)('world-countries') as Country[];
  const entries = [
    ...data.map((c) => ({ country: namesOf(c), sovereign: c.independent === true })),
    ...REGIONS.map((country) => ({ country, sovereign: true })),
  ].sort((a, b) => Number(b.sovereign) - Number(a.sovereign));
  const byWord = new Map<string, { country: CountryNames; sovereign: boolean }>();
  const ambiguous = new Set<string>();
  for (const entry of entries) {
    const { country } = entry;
    for (const word of [country.name, ...country.aliases, ...country.demonyms].map(fold)) {
      const other = byWord.get(word);
      if (!other) byWord.set(word, entry);
      else if (other.country !== country && other.sovereign === entry.sovereign) ambiguous.add(word);
    }
  }
  for (const word of ambiguous) byWord.delete(word);
  const capitals = new Set(
    data
      .filter((c) => c.independent)
      .flatMap((c) => c.capital ?? [])
      .map(fold),
  );
  tables = { capitals, byWord: new Map([...byWord].map(([word, entry]) => [word, entry.country])) };
  return tables;
}

/** The country (or region) a name, alias or demonym stands for, in any case: "Israeli" → Israel. */
export function countryOf(word: string): CountryNames | undefined {
  return load().byWord.get(fold(word));
}

/** The country a demonym names, or undefined when the word is not a demonym. */
export function countryOfDemonym(word: string): CountryNames | undefined {
  const country = countryOf(word);
  return country?.demonyms.some((d) => fold(d) === fold(word)) ? country : undefined;
}

/** A country or a sovereign state's capital: the places that stand for a government ("Moscow said"). */
export function isCountryOrCapital(name: string): boolean {
  const country = countryOf(name);
  return (
    (country !== undefined && !country.demonyms.some((d) => fold(d) === fold(name))) ||
    load().capitals.has(fold(name))
  );
}

export function isDemonym(word: string): boolean {
  return countryOfDemonym(word) !== undefined;
}

/**
 * For one lowercase word, its counterpart: the demonym of a country, or the country of a demonym, as
 * one word where the country has a one-word name ("american" → "america"), else its common name.
 */
export function relatedPlaceWord(word: string): string | undefined {
  const country = countryOf(word);
  if (!country) return undefined;
  if (!country.demonyms.some((d) => fold(d) === fold(word))) return country.demonyms[0]?.toLowerCase();
  const names = [country.name, ...country.aliases].map(fold);
  return names.find((n) => !n.includes(' ')) ?? names[0];
}
