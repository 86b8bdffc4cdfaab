import { describe, expect, it } from 'vitest';
import { buildEntityTable, resolveEntity } from '../../src/nlp/entities/index.js';
import { articleOf } from '../quotes/synthetic.js';

// "the Federation" for the Russian Federation: a state is referred back to by the head noun of its name
describe('the head noun of a state’s name', () => {
  it.each<[string, string, string | undefined]>([
    ['Russia sent a delegation. The Federation wants a reply.', 'the Federation', 'Russia'],
    ['The United Arab Emirates hosted the swap.', 'the Emirates', 'United Arab Emirates'],
    // two names with the same head: the epithet names neither
    ['The European Union and the former Soviet Union are compared.', 'the Union', undefined],
    // a head noun that is not a state's ("the Council") is never learned this way
    ['The Security Council met in New York.', 'the Council', undefined],
  ])('%s → %s', (body, epithet, expected) => {
    const table = buildEntityTable([articleOf(body)]);
    expect(resolveEntity(table, epithet)?.name).toBe(expected);
  });
});

describe('a dateline’s place is not a person', () => {
  it('“ABU DHABI, March 11 — … in Abu Dhabi” is a place, though “Abu” is a first name', () => {
    const table = buildEntityTable([
      articleOf('ABU DHABI, March 11 (Gulf Wire) - The delegations met in Abu Dhabi on Wednesday.'),
    ]);
    expect(resolveEntity(table, 'Abu Dhabi')?.type).toBe('place');
  });
});
