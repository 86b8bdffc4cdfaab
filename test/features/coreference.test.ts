import { describe, expect, it } from 'vitest';
import { referredEntities } from '../../src/features/coreference.js';
import type { EntityTable } from '../../src/nlp/entities/index.js';

const table: EntityTable = {
  entities: [
    { name: 'Dmitry Peskov', type: 'person', aliases: [], roles: [], gender: 'male' },
    { name: 'Olena Marchuk', type: 'person', aliases: [], roles: [], gender: 'female' },
  ],
  forms: {},
};

/** The people the last sentence refers to without naming, after the sentences before it. */
function referredLast(sentences: [text: string, named: string[]][]): string[] {
  const referred = referredEntities(
    sentences.map(([text], paragraph) => ({ text, paragraph })),
    sentences.map(([, named]) => named),
    table,
  );
  return referred.at(-1)!;
}

describe('who a sentence refers to without naming', () => {
  it.each<[string, [string, string[]][], string[]]>([
    [
      '“he” is the last man named',
      [
        ['His spokesman, Dmitry Peskov, confirmed the call.', ['Dmitry Peskov']],
        ['He said the talks would go on.', []],
      ],
      ['Dmitry Peskov'],
    ],
    [
      'a person only described in between (“the Kremlin occupant”) takes “he” from the last name',
      [
        ['His spokesman, Dmitry Peskov, confirmed the call.', ['Dmitry Peskov']],
        ['It is the first time that the Kremlin occupant has made himself available.', []],
        ['He said the talks would go on.', []],
      ],
      [],
    ],
    [
      '“himself” in the sentence that describes the person is that person, not the last name',
      [
        ['His spokesman, Dmitry Peskov, confirmed the call.', ['Dmitry Peskov']],
        ['It is the first time that the Kremlin occupant has made himself available.', []],
      ],
      [],
    ],
    [
      'a description that is not a person (“the statement”) changes nothing',
      [
        ['His spokesman, Dmitry Peskov, confirmed the call.', ['Dmitry Peskov']],
        ['The statement was published at noon.', []],
        ['He said the talks would go on.', []],
      ],
      ['Dmitry Peskov'],
    ],
    [
      'a plural description (“the mediators”) is not who “he” is',
      [
        ['His spokesman, Dmitry Peskov, confirmed the call.', ['Dmitry Peskov']],
        ['The mediators arrived at noon.', []],
        ['He said the talks would go on.', []],
      ],
      ['Dmitry Peskov'],
    ],
    [
      '“she” is the last woman named',
      [
        ['Olena Marchuk chaired the session.', ['Olena Marchuk']],
        ['She said the list was ready.', []],
      ],
      ['Olena Marchuk'],
    ],
  ])('%s', (_, sentences, expected) => {
    expect(referredLast(sentences)).toEqual(expected);
  });
});
