import { createHash } from 'node:crypto';
import { editDistance, isShortAcronym, type Token, tokenise } from './normalise.js';
import { TITLE_HEADS } from './roles.js';
import { framedAnswer, noteRead, noteWholeTable, recordedEntity, recordingMemo } from './table-reads.js';
import type { Entity, EntityTable, FormTarget, Mention } from './types.js';

interface Lookups {
  /** the table's entities, in its order */
  entities: readonly Entity[];
  /** the table's forms, as a map (the table keeps them as a plain object, for JSON) */
  forms: Map<string, FormTarget>;
  /** the first words of every form of two words or more ("vladimir", "vladimir v"): a name may go on */
  prefixes: Set<string>;
  /** by canonical name: the last entity of that name, and the first */
  byName: Map<string, Entity>;
  firstByName: Map<string, Entity>;
  /** names that some person entity has */
  personNames: Set<string>;
  /** forms a typo may reach (names and aliases naming one entity), by length; made on first use */
  fuzzyForms?: Map<number, [form: string, entity: string][]>;
  /** a digest of each length's fuzzy forms, for recording that a typo lookup read them */
  fuzzyDigests?: Map<number, string>;
  /** how many person entities list each alias; made on first use */
  aliasPeople?: Map<string, number>;
  /**
   * each recorded read's answer (answerRead) once worked out: checking every cached article's reads
   * against a new table asks the same few thousand reads ("f:in", "p:said") hundreds of times
   */
  answers: Map<string, string>;
  /** each read's framedAnswer (table-reads.ts), once worked out */
  framed: Map<string, string>;
}

// derived from a table (which is plain cached JSON) on first use
const lookups = new WeakMap<EntityTable, Lookups>();
// a recording view (recordingTable) → the table it stands for
const viewed = new WeakMap<EntityTable, EntityTable>();

function lookupsOf(table: EntityTable): Lookups {
  const base = viewed.get(table) ?? table;
  let found = lookups.get(base);
  if (!found) {
    const forms = new Map(Object.entries(base.forms));
    const prefixes = new Set<string>();
    for (const key of forms.keys()) {
      if (key.startsWith('=')) continue;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
    }
    const firstByName = new Map<string, Entity>();
    for (const entity of base.entities)
      if (!firstByName.has(entity.name)) firstByName.set(entity.name, entity);
    found = {
      entities: base.entities,
      forms,
      prefixes,
      byName: new Map(base.entities.map((e) => [e.name, e])),
      firstByName,
      personNames: new Set(base.entities.filter((e) => e.type === 'person').map((e) => e.name)),
      answers: new Map(),
      framed: new Map(),
    };
    lookups.set(base, found);
  }
  return found;
}

/**
 * The table as work whose reads are being recorded (table-reads.ts) should see it: lookups through this
 * module are recorded key by key, and any other use of its entities or forms marks the work as reading
 * the whole table.
 */
export function recordingTable(table: EntityTable): EntityTable {
  const whole = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, p, r) {
        noteWholeTable();
        return Reflect.get(t, p, r);
      },
      has(t, p) {
        noteWholeTable();
        return Reflect.has(t, p);
      },
      ownKeys(t) {
        noteWholeTable();
        return Reflect.ownKeys(t);
      },
    });
  const view: EntityTable = { entities: whole(table.entities), forms: whole(table.forms) };
  viewed.set(view, viewed.get(table) ?? table);
  return view;
}

/** The answer a table gives to one recorded read (see table-reads.ts for the keys), as JSON. */
export function answerRead(table: EntityTable, key: string): string {
  const l = lookupsOf(table);
  let answer = l.answers.get(key);
  if (answer === undefined) {
    answer = workOutRead(l, key);
    l.answers.set(key, answer);
  }
  return answer;
}

/** Drops the answers worked out for checking cached reads: once the build is linked, nothing asks again. */
export function forgetReadAnswers(table: EntityTable): void {
  const l = lookups.get(viewed.get(table) ?? table);
  l?.answers.clear();
  l?.framed.clear();
}

/** The framedAnswer (table-reads.ts) of the answer a table gives to one recorded read. */
export function framedAnswerOfRead(table: EntityTable, key: string): string {
  const l = lookupsOf(table);
  let framed = l.framed.get(key);
  if (framed === undefined) {
    framed = framedAnswer(answerRead(table, key));
    l.framed.set(key, framed);
  }
  return framed;
}

function workOutRead(l: Lookups, key: string): string {
  const rest = key.slice(2);
  switch (key.slice(0, 2)) {
    case 'f:':
      return JSON.stringify(l.forms.get(rest) ?? null);
    case 'p:':
      return l.prefixes.has(rest) ? '1' : '0';
    case 'P:':
      return l.personNames.has(rest) ? '1' : '0';
    case 'A:':
      return String(aliasPeopleOf(l).get(rest) ?? 0);
    case 'z:':
      return fuzzyDigest(l, Number(rest));
    case 'e:':
    case 'E:': {
      const byName = key.startsWith('e:') ? l.byName : l.firstByName;
      const cut = rest.indexOf('\u0001');
      if (cut < 0) return byName.has(rest) ? '1' : '0';
      const entity = byName.get(rest.slice(0, cut)) as Record<string, unknown> | undefined;
      return JSON.stringify(entity?.[rest.slice(cut + 1)] ?? null);
    }
    default:
      return '\u0000unknown read';
  }
}

function formOf(table: EntityTable, key: string): FormTarget | undefined {
  noteRead(`f:${key}`, () => answerRead(table, `f:${key}`));
  return lookupsOf(table).forms.get(key);
}

/** Whether the words of `key` begin some longer form. */
function beginsForm(table: EntityTable, key: string): boolean {
  noteRead(`p:${key}`, () => answerRead(table, `p:${key}`));
  return lookupsOf(table).prefixes.has(key);
}

function entityFrom(table: EntityTable, which: 'e' | 'E', name: string): Entity | undefined {
  const key = `${which}:${name}`;
  noteRead(key, () => answerRead(table, key));
  const l = lookupsOf(table);
  const entity = (which === 'e' ? l.byName : l.firstByName).get(name);
  return entity && recordedEntity(key, entity, (field) => answerRead(table, `${key}\u0001${field}`));
}

/** The entity of a canonical name (the last listed, if two share it). */
export function entityNamed(table: EntityTable, name: string): Entity | undefined {
  return entityFrom(table, 'e', name);
}

/** The first entity listed under a canonical name, as a scan of the list finds it. */
export function firstEntityNamed(table: EntityTable, name: string): Entity | undefined {
  return entityFrom(table, 'E', name);
}

/** Whether some person in the table has this canonical name. */
export function isPersonName(table: EntityTable, name: string): boolean {
  noteRead(`P:${name}`, () => answerRead(table, `P:${name}`));
  return lookupsOf(table).personNames.has(name);
}

/** How many person entities in the table list `alias` among their aliases (a surname two people share). */
export function peopleWithAlias(table: EntityTable, alias: string): number {
  noteRead(`A:${alias}`, () => answerRead(table, `A:${alias}`));
  return aliasPeopleOf(lookupsOf(table)).get(alias) ?? 0;
}

function aliasPeopleOf(l: Lookups): Map<string, number> {
  if (!l.aliasPeople) {
    l.aliasPeople = new Map();
    for (const entity of l.entities)
      if (entity.type === 'person')
        for (const alias of new Set(entity.aliases))
          l.aliasPeople.set(alias, (l.aliasPeople.get(alias) ?? 0) + 1);
  }
  return l.aliasPeople;
}

/** What a sequence of words names: "US" only in capitals, everything else folded. */
function targetOf(table: EntityTable, words: Token[]): FormTarget | undefined {
  if (words.length === 1 && isShortAcronym(words[0]!.raw))
    return formOf(table, `=${words[0]!.raw.replace(/\./g, '')}`);
  return formOf(table, words.map((word) => word.norm).join(' '));
}

const NAME_GAP = /^[\s-]*$/;

/**
 * Every name, alias and role in a text, longest first, as canonical entity names with offsets.
 * A title directly before a name is one mention with it ("Kremlin spokesperson Dmitry Peskov").
 * Ambiguous forms (a surname two people share) are not mentions. From each word, the words of a name
 * are followed only while they begin some form, so a text is read in about one lookup per word.
 */
export function findMentions(table: EntityTable, text: string): Mention[] {
  // a build reads each sentence's mentions for its features, its event keys, its quotes and its timeline
  const memo = recordingMemo(lookupsOf(table)) as Map<string, Mention[]> | undefined;
  const known = memo?.get(text);
  if (known) return known.map((mention) => ({ ...mention }));
  const mentions = mentionsIn(table, text);
  memo?.set(
    text,
    mentions.map((mention) => ({ ...mention })),
  );
  return mentions;
}

function mentionsIn(table: EntityTable, text: string): Mention[] {
  const tokens = tokenise(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    // the longest run of words from i, with nothing but spaces or hyphens between them, naming one thing
    let size = 0;
    let target: FormTarget | undefined;
    let key = '';
    for (let n = 1; i + n <= tokens.length; n++) {
      const word = tokens[i + n - 1]!;
      if (n > 1) {
        const before = tokens[i + n - 2]!;
        if (!NAME_GAP.test(text.slice(before.start + before.raw.length, word.start))) break;
      }
      key = n === 1 ? word.norm : `${key} ${word.norm}`;
      const found = n === 1 ? targetOf(table, [word]) : formOf(table, key);
      if (found?.entities.length === 1) {
        size = n;
        target = found;
      }
      if (!beginsForm(table, key)) break;
    }
    if (target) {
      const start = tokens[i]!.start;
      const end = tokens[i + size - 1]!.end;
      const previous = mentions.at(-1);
      if (
        previous &&
        previous.entity === target.entities[0] &&
        previous.via === 'role' &&
        /^\s+$/.test(text.slice(previous.end, start))
      ) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        previous.via = target.via;
      } else {
        mentions.push({
          entity: target.entities[0]!,
          start,
          end,
          text: text.slice(start, end),
          via: target.via,
        });
      }
    }
    i += Math.max(size, 1);
  }
  return mentions;
}

// what people type before a name: "Mr Peskov", "President Zelensky", "Foreign Minister Lavrov"
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'madam',
  'foreign',
  'prime',
  'special',
  'us',
]);

/**
 * The entity a piece of text names, as users type it: any case, diacritics or possessive ("lavrov's"),
 * with a title ("President Zelensky", "the Kremlin spokesperson"), or with a small typo ("Zelenskiy").
 * Undefined when it names nothing in the articles ("Xi Jinping") or more than one thing.
 */
export function resolveEntity(table: EntityTable, text: string): Entity | undefined {
  let words = tokenise(text);
  while (words.length > 1 && ['the', 'a', 'an'].includes(words[0]!.norm)) words = words.slice(1);
  for (let from = 0; from < words.length; from++) {
    const target = targetOf(table, words.slice(from));
    if (target?.entities.length === 1) return entityNamed(table, target.entities[0]!);
    if (!TITLE_HEADS.has(words[from]!.norm) && !HONORIFICS.has(words[from]!.norm)) break;
  }
  // typed on its own, "us" or "eu" can only mean the acronym
  const only =
    words.length === 1 ? formOf(table, `=${words[0]!.raw.replace(/\./g, '').toUpperCase()}`) : undefined;
  if (only?.entities.length === 1) return entityNamed(table, only.entities[0]!);
  return fuzzy(table, words.map((word) => word.norm).join(' '));
}

/** A small typo in a name or alias of five letters or more; roles and acronyms must be exact. */
function fuzzy(table: EntityTable, key: string): Entity | undefined {
  if (key.length < 5) return undefined;
  const limit = key.length >= 9 ? 2 : 1;
  const byLength = fuzzyForms(lookupsOf(table));
  const names = new Set<string>();
  // an edit distance within the limit needs a length within it
  for (let length = key.length - limit; length <= key.length + limit; length++) {
    noteRead(`z:${length}`, () => answerRead(table, `z:${length}`));
    for (const [form, entity] of byLength.get(length) ?? []) {
      if (editDistance(key, form, limit) <= limit) names.add(entity);
    }
  }
  return names.size === 1 ? entityNamed(table, [...names][0]!) : undefined;
}

function fuzzyForms(found: Lookups): Map<number, [string, string][]> {
  if (found.fuzzyForms) return found.fuzzyForms;
  const byLength = new Map<number, [string, string][]>();
  for (const [form, target] of found.forms) {
    if (target.via === 'role' || form.startsWith('=') || target.entities.length !== 1) continue;
    const same = byLength.get(form.length);
    if (same) same.push([form, target.entities[0]!]);
    else byLength.set(form.length, [[form, target.entities[0]!]]);
  }
  found.fuzzyForms = byLength;
  return byLength;
}

function fuzzyDigest(found: Lookups, length: number): string {
  found.fuzzyDigests ??= new Map();
  let digest = found.fuzzyDigests.get(length);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify(fuzzyForms(found).get(length) ?? []))
      .digest('base64');
    found.fuzzyDigests.set(length, digest);
  }
  return digest;
}
