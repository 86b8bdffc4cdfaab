import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/knowledge/sentences.js';

const split = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each<[string, string, string[]]>([
    ['two plain sentences', 'Talks ended. Russia left.', ['Talks ended.', 'Russia left.']],
    [
      'U.S. is not a boundary',
      'A senior U.S. official spoke. He left.',
      ['A senior U.S. official spoke.', 'He left.'],
    ],
    [
      'initials are not boundaries',
      'J. D. Vance met him. Then he left.',
      ['J. D. Vance met him.', 'Then he left.'],
    ],
    [
      'closing quote stays with its sentence',
      '“We are ready.” Peskov said more.',
      ['“We are ready.”', 'Peskov said more.'],
    ],
    ['question and exclamation', 'Why now? Because! Fine.', ['Why now?', 'Because!', 'Fine.']],
    [
      'lowercase after a full stop is no boundary',
      'It costs 3.2 percent. i.e. little.',
      ['It costs 3.2 percent. i.e. little.'],
    ],
    [
      'abbreviated title',
      'Gen. Smith spoke. Mr. Jones did not.',
      ['Gen. Smith spoke.', 'Mr. Jones did not.'],
    ],
    [
      'ellipsis before lowercase continues',
      'for… pic and more. Next one.',
      ['for… pic and more.', 'Next one.'],
    ],
    ['digits start a sentence', 'It ended. 2025 began.', ['It ended.', '2025 began.']],
    ['surrounding space trimmed', '  One.   Two.  ', ['One.', 'Two.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
