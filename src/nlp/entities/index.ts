/**
 * The entity layer: who and what the articles name, under one canonical name each.
 *
 * @example
 * const table = buildEntityTable(articles, (await readAliasFile('knowledge')).entries);
 * resolveEntity(table, 'the Kremlin spokesperson')?.name; // "Dmitry Peskov"
 * findMentions(table, 'Lavrov said').map((m) => m.entity); // ["Sergey Lavrov"]
 */
export type { AliasEntry } from './alias-file.js';
export { ALIAS_FILE, parseAliasFile, parsedAliasFile, readAliasFile, readAliasText } from './alias-file.js';
export { buildEntityTable, type EntityClues } from './build-table.js';
export { firstNameAnswers, rememberFirstNameAnswers } from './first-names.js';
export { classifiedRuns, type PlaceClues, rememberRuns } from './learn-places.js';
export { lookedUpWords, rememberWords } from './lexicon.js';
export {
  answerRead,
  entityNamed,
  findMentions,
  firstEntityNamed,
  forgetReadAnswers,
  framedAnswerOfRead,
  isPersonName,
  peopleWithAlias,
  recordingTable,
  resolveEntity,
} from './mentions.js';
export { INSTITUTION_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './roles.js';
export {
  readsHold,
  recordReads,
  type StoredReads,
  storedReadsHold,
  storeReads,
  type TableReads,
} from './table-reads.js';
export type { Entity, EntityTable, EntityType, FormTarget, Mention } from './types.js';
