export type EntityType = 'person' | 'organisation' | 'place';

/** One real-world thing the articles mention, under its canonical name. JSON-serialisable (cached). */
export interface Entity {
  /** canonical name: "Volodymyr Zelenskyy" */
  name: string;
  type: EntityType;
  /** every spelling that names it: "Zelensky", "Zelenskyy", "Volodyr Zelenskyy"; demonyms for places */
  aliases: string[];
  /** descriptions that stand for it in text: "Ukrainian President", "the Kremlin occupant" */
  roles: string[];
  /** grammatical gender for pronoun resolution, when known */
  gender?: 'male' | 'female' | undefined;
}

/** What a folded form (see normalise.ts) names; more than one entity means the form is ambiguous. */
export interface FormTarget {
  entities: string[];
  via: 'name' | 'alias' | 'role';
}

export interface EntityTable {
  entities: Entity[];
  /**
   * folded name, alias and role variants → entity, for lookups. A key "=US" is case-sensitive: short
   * acronyms only name something when written in capitals.
   */
  forms: Record<string, FormTarget>;
}

export interface Mention {
  /** canonical name */
  entity: string;
  start: number;
  end: number;
  text: string;
  via: 'name' | 'alias' | 'role';
}
