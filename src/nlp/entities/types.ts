export type EntityType = 'person' | 'organisation' | 'place';

/** One real-world thing the articles mention, under its canonical name. JSON-serialisable (cached). */
export interface Entity {
  /** canonical name: "Volodymyr Zelenskyy" */
  name: string;
  type: EntityType;
  /** every spelling that names it: "Zelensky", "Zelenskyy", "Volodyr Zelenskyy" */
  aliases: string[];
  /** descriptions that stand for it in text: "the Ukrainian president", "the Kremlin spokesperson" */
  roles: string[];
  /** grammatical gender for pronoun resolution, when known */
  gender?: 'male' | 'female' | undefined;
}

export interface EntityTable {
  entities: Entity[];
}

export interface Mention {
  entity: string;
  start: number;
  end: number;
  text: string;
  via: 'name' | 'alias' | 'role';
}
