import { createRequire } from 'node:module';

/**
 * The usual gender of a first name from gender-detection-from-name, a maintained data package of first
 * names (English, Italian, Spanish, French, German and Turkish lists that also hold many Slavic, Arabic
 * and other names: Nadiya, Bohdan, Mykola, Maryam). A name counts only when every list that knows it
 * agrees: "Andrea" (female in English, male in Italian) or "Sasha" is nobody's gender, so a pronoun never
 * follows a guess. The lists are loaded on the first lookup (2 MB), which only an index build makes, and
 * their answers are kept between builds.
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
  if (genderMemo.has(key)) return genderMemo.get(key) ?? undefined;
  const genders = new Set(
    loadLists()
      .map((list) => list.get(key))
      .filter((g) => g !== undefined),
  );
  const [gender] = genders;
  const found = genders.size === 1 && (gender === 'male' || gender === 'female') ? gender : undefined;
  genderMemo.set(key, found ?? null);
  return found;
}

/** Whether any of the lists holds the word as a first name ("Bohdan said" is a person, not an organisation). */
export function isListedFirstName(word: string): boolean {
  const key = word.toLowerCase();
  let listed = listedMemo.get(key);
  if (listed === undefined) {
    listed = loadLists().some((list) => list.has(key));
    listedMemo.set(key, listed);
  }
  return listed;
}

// what the lists said of each word looked up: a function of the word and the package's version alone,
// kept between builds (build/memo.ts) so that a rebuild that meets no new name never loads the 2 MB lists
const genderMemo = new Map<string, Gender | null>();
const listedMemo = new Map<string, boolean>();

/** The lists' answers so far, and the way to restore them (like lexicon.ts's lookups). */
export function firstNameAnswers(): { genders: [string, Gender | null][]; listed: [string, boolean][] } {
  return { genders: [...genderMemo], listed: [...listedMemo] };
}

export function rememberFirstNameAnswers(answers: ReturnType<typeof firstNameAnswers>): void {
  for (const [key, gender] of answers.genders) if (!genderMemo.has(key)) genderMemo.set(key, gender);
  for (const [key, listed] of answers.listed) if (!listedMemo.has(key)) listedMemo.set(key, listed);
}
