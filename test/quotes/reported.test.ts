import { describe, expect, it } from 'vitest';
import { quotesOf } from './synthetic.js';

// invented sentences: reported (indirect) speech without quotation marks. Precision first: a reported
// clause needs a speaker (the subject of a verb of speaking) and reads as a clause
describe('reported speech', () => {
  it.each<[string, string, { speaker: string; words: string } | undefined]>([
    [
      'Name said + clause',
      'Kirill Vasko, the envoy, said the talks had been useful.',
      { speaker: 'Kirill Vasko', words: 'the talks had been useful' },
    ],
    [
      'told + hearer + that',
      'Tamsin Ngata told reporters that the convoy would leave at dawn.',
      { speaker: 'Tamsin Ngata', words: 'the convoy would leave at dawn' },
    ],
    [
      'informed that, the hearer left unsaid',
      'Envoy Kirill Vasko informed that the border crossing had reopened.',
      { speaker: 'Kirill Vasko', words: 'the border crossing had reopened' },
    ],
    [
      'an unnamed source stays described',
      'Two diplomats briefed on the talks said the draft had been shortened.',
      { speaker: 'two diplomats briefed on the talks', words: 'the draft had been shortened' },
    ],
    [
      'a bare noun before its auxiliary',
      'A Norwegian diplomat involved in the preparations said agreement was unlikely.',
      {
        speaker: 'a Norwegian diplomat involved in the preparations',
        words: 'agreement was unlikely',
      },
    ],
    [
      'the sentence’s subject continues: “… and said”',
      'Kirill Vasko, the envoy, thanked the hosts and said more rounds were planned.',
      { speaker: 'Kirill Vasko', words: 'more rounds were planned' },
    ],
    [
      'a time between the verb and “that”',
      'The ministry said on Friday that the embassy would stay open.',
      { speaker: 'the ministry', words: 'the embassy would stay open' },
    ],
    [
      'a pronoun resolved to the person before',
      'Kirill Vasko, the envoy, arrived late. He said the talks would resume in March.',
      { speaker: 'Kirill Vasko', words: 'the talks would resume in March' },
    ],
    // not reported speech, or no speaker the rules can be sure of
    [
      'a perception or hedge verb is not speech',
      'The satellite images suggested that the depot had burned.',
      undefined,
    ],
    ['thinking is not speech', 'Kirill Vasko, the envoy, believed the talks had failed.', undefined],
    ['deciding is not speech', 'Tamsin Ngata and the envoy agreed that the talks would resume.', undefined],
    [
      'a noun phrase after a verb that also takes one is not a clause',
      'Kirill Vasko, the envoy, stressed the need for patience, which the hosts shared.',
      undefined,
    ],
    [
      'a subject far from its verb is not trusted',
      'After a call with Tamsin Ngata, the delegation went home and its members said they were tired.',
      undefined,
    ],
    [
      'a mixed quote belongs to the quotation, not to a clause cut short',
      'Kirill Vasko, the envoy, said the talks had been “calm and useful”.',
      undefined,
    ],
    ['no subject at all', 'Said to be unwell, the envoy stayed away.', undefined],
  ])('%s: %s', async (_name, body, expected) => {
    const reported = (await quotesOf(body)).filter((q) => q.reported);
    if (!expected) return expect(reported.map((q) => [q.speaker, q.quote])).toEqual([]);
    expect(reported.map((q) => ({ speaker: q.speaker, words: q.quote }))).toEqual([expected]);
  });

  it('marks reported speech as reported, and a quotation as not', async () => {
    const quotes = await quotesOf(
      'Kirill Vasko, the envoy, said the talks had been useful. “We will be back,” Vasko said.',
    );
    expect(quotes.map((q) => [q.quote, q.reported ?? false])).toEqual([
      ['We will be back', false],
      ['the talks had been useful', true],
    ]);
  });
});
