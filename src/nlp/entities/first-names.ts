import { createRequire } from 'node:module';

/**
 * The usual gender of a first name from gender-detection-from-name, a maintained data package of first
 * names (English, Italian, Spanish, French, German and Turkish lists that also hold many Slavic, Arabic
 * and other names: Nadiya, Bohdan, Mykola, Maryam). A name counts only when every list that knows it
 * agrees: "Andrea" (female in English, male in Italian) or "Sasha" is nobody's gender, so a pronoun never
 * follows a guess. The lists are loaded on the first lookup (2 MB), which only an index build makes.
 */
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

type Gender = 'male' | 'female';

let lists: ReadonlyMap<string, string>[] | undefined;

function loadLists(): ReadonlyMap<string, string>[] {
  if (!lists) {
    const require = createRequire(import.meta.url);
    lists = LANGUAGES.map(
      (language) => require(`gender-detection-from-name/names/${language}.js`) as ReadonlyMap<string, string>,
    );
  }
  return lists;
}

export function listedGenderOf(firstName: string): Gender | undefined {
  const key = firstName.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(key)) return undefined;
  const genders = new Set(
    loadLists()
      .map((list) => list.get(key))
      .filter((g) => g !== undefined),
  );
  if (genders.size !== 1) return undefined;
  const [gender] = genders;
  return gender === 'male' || gender === 'female' ? gender : undefined;
}

/** Whether any of the lists holds the word as a first name ("Bohdan said" is a person, not an organisation). */
export function isListedFirstName(word: string): boolean {
  const key = word.toLowerCase();
  return loadLists().some((list) => list.has(key));
}
