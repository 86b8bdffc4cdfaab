import { describe, expect, it } from 'vitest';
import {
  answerRead,
  type EntityTable,
  entityNamed,
  findMentions,
  readsHold,
  recordingTable,
  recordReads,
} from '../../src/nlp/entities/index.js';

const PESKOV = {
  name: 'Dmitry Peskov',
  type: 'person' as const,
  aliases: ['Peskov'],
  roles: ['Kremlin spokesperson'],
  gender: 'male' as const,
};

const table = (): EntityTable => ({
  entities: [structuredClone(PESKOV)],
  forms: {
    'dmitry peskov': { entities: ['Dmitry Peskov'], via: 'name' },
    peskov: { entities: ['Dmitry Peskov'], via: 'alias' },
    'kremlin spokesperson': { entities: ['Dmitry Peskov'], via: 'role' },
  },
});

/** What a build's per-article work does with a table: mentions, and the gender of who they name. */
const work = (t: EntityTable, text: string) =>
  findMentions(t, text).map((m) => [m.entity, m.text, entityNamed(t, m.entity)?.gender]);

const changes: Record<string, (t: EntityTable) => void> = {
  'a new place': (t) => {
    t.entities.push({ name: 'Moscow', type: 'place', aliases: [], roles: [] });
    t.forms.moscow = { entities: ['Moscow'], via: 'name' };
  },
  'a longer name from the same words': (t) => {
    t.forms['dmitry peskov jr'] = { entities: ['Dmitry Peskov'], via: 'alias' };
  },
  'a second Peskov': (t) => {
    t.forms.peskov = { entities: ['Dmitry Peskov', 'Anna Peskova'], via: 'alias' };
  },
  'another role order': (t) => {
    t.entities[0]!.roles = ['Kremlin press secretary', 'Kremlin spokesperson'];
  },
  'another gender': (t) => {
    t.entities[0]!.gender = undefined as never;
  },
};

describe('the reads of work over an entity table', () => {
  // [text, change to the table, whether the recorded reads still hold]
  const rows: [string, string, boolean][] = [
    ['Peskov said so on Monday.', 'a new place', true],
    ['Peskov met officials in Moscow.', 'a new place', false],
    ['Dmitry Peskov said so.', 'a longer name from the same words', false],
    ['Peskov said so.', 'a longer name from the same words', true],
    ['Peskov said so.', 'a second Peskov', false],
    ['The Kremlin spokesperson said so.', 'a second Peskov', true],
    ['Peskov said so.', 'another role order', true],
    ['Peskov said so.', 'another gender', false],
    ['Nobody was named.', 'another gender', true],
  ];
  it.each(rows)('%s — %s: hold %s', (text, change, holds) => {
    const before = table();
    const { value, reads } = recordReads(() => work(recordingTable(before), text));
    const after = table();
    changes[change]!(after);
    expect(readsHold(reads, (key) => answerRead(after, key))).toBe(holds);
    // reads that hold promise the same result over the new table
    if (holds) expect(work(after, text)).toEqual(value);
    else expect(readsHold(reads, (key) => answerRead(before, key))).toBe(true);
  });

  it('marks work that reads the table other than by its lookups as depending on all of it', () => {
    const { reads } = recordReads(() => recordingTable(table()).entities.length);
    expect(reads.whole).toBe(true);
    expect(readsHold(reads, (key) => answerRead(table(), key))).toBe(false);
  });
});
