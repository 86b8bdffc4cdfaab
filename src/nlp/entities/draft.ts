import type { EntityType } from './types.js';

/** An entity while the table is being built: aliases and role counts still open to merging. */
export interface Draft {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  /** role text → how often the articles give it */
  roles: Map<string, number>;
  gender: 'male' | 'female' | undefined;
}

/** Folds `other` into `into`; the caller decides which name stays canonical. */
export function mergeDraft(into: Draft, other: Draft): void {
  if (other.name !== into.name) into.aliases.add(other.name);
  for (const alias of other.aliases) if (alias !== into.name) into.aliases.add(alias);
  for (const [role, count] of other.roles) into.roles.set(role, (into.roles.get(role) ?? 0) + count);
  into.gender ??= other.gender;
}
