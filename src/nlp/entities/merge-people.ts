import type { Draft } from './draft.js';
import type { PersonSighting } from './learn-people.js';
import { editDistance, formKey } from './normalise.js';

/** "Zelenskyy" and "Zelensky" are one surname: transliterations differ mostly in doubled letters. */
export function surnameKey(surname: string): string {
  return formKey(surname).replace(/(.)\1+/g, '$1');
}

/** "Volodyr" is a typo of "Volodymyr"; "Vladimir" is another name. */
function sameFirstName(a: string, b: string): boolean {
  const x = formKey(a);
  const y = formKey(b);
  return x === y || x.startsWith(y) || y.startsWith(x) || editDistance(x, y, 2) <= 2;
}

interface Cluster {
  /**
   * the distinct first names its sightings give: a set, since a common surname is sighted thousands of
   * times in an archive and comparing each sighting with every earlier one was quadratic (at 1M
   * passages the build's longest step); whether some name matches does not depend on repeats
   */
  firstNames: Set<string>;
  sightings: PersonSighting[];
}

/**
 * One draft per person: sightings with the same surname (up to transliteration) and compatible first
 * names merge; a bare surname ("the Biden administration") joins the only person with that surname.
 * The canonical name is the full name the articles write most often.
 */
export function mergePeople(sightings: PersonSighting[]): Draft[] {
  const bySurname = new Map<string, Cluster[]>();
  const named = sightings.filter((s) => s.first);
  for (const sighting of [...named, ...sightings.filter((s) => !s.first)]) {
    const clusters = bySurname.get(surnameKey(sighting.surname)) ?? [];
    bySurname.set(surnameKey(sighting.surname), clusters);
    const first = sighting.first;
    const home = first
      ? clusters.find((c) => someFirstName(c.firstNames, first))
      : clusters.length <= 1
        ? clusters[0]
        : undefined;
    if (home) {
      home.sightings.push(sighting);
      if (first) home.firstNames.add(first);
    } else if (first || clusters.length === 0) {
      clusters.push({ firstNames: new Set(first ? [first] : []), sightings: [sighting] });
    }
  }
  return [...bySurname.values()].flat().map(toDraft);
}

function someFirstName(names: ReadonlySet<string>, first: string): boolean {
  for (const name of names) if (sameFirstName(name, first)) return true;
  return false;
}

function toDraft(cluster: Cluster): Draft {
  const fullNames = new Map<string, number>();
  const roles = new Map<string, number>();
  const genders = new Map<string, number>();
  for (const s of cluster.sightings) {
    if (s.first) fullNames.set(s.full, (fullNames.get(s.full) ?? 0) + 1);
    if (s.role) roles.set(s.role, (roles.get(s.role) ?? 0) + 1);
    if (s.gender) genders.set(s.gender, (genders.get(s.gender) ?? 0) + 1);
  }
  const name = mostFrequent(fullNames) ?? cluster.sightings[0]!.full;
  const gender = mostFrequent(genders) as Draft['gender'];
  const aliases = new Set([
    ...cluster.sightings.map((s) => s.full),
    ...cluster.sightings.map((s) => s.surname),
  ]);
  aliases.delete(name);
  return { name, type: 'person', aliases, roles, gender };
}

export function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)!) best = key;
  return best;
}
