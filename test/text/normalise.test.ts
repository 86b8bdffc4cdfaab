import { describe, expect, it } from 'vitest';
import { indexWords } from '../../src/text/normalise.js';

// one normalisation for passages and questions: what a passage is indexed as is what a question must type
describe('indexWords', () => {
  it.each<[string, string[]]>([
    ['The U.S. envoy arrived.', ['the', 'us', 'envoy', 'arrived']],
    ['a U.S.-led proposal', ['a', 'us', 'led', 'proposal']],
    ['talks with the U.K. and the E.U.', ['talks', 'with', 'the', 'uk', 'and', 'the', 'eu']],
    ['the u.s. and the US', ['the', 'us', 'and', 'the', 'us']],
    ['U.S.A.', ['usa']],
    ['at 9 a.m. on Sunday', ['at', '9', 'am', 'on', 'sunday']],
    ['J.D. Vance met Zelensky', ['jd', 'vance', 'met', 'zelensky']],
    // sentence ends and numbers are not abbreviations
    ['He left Kyiv. She stayed.', ['he', 'left', 'kyiv', 'she', 'stayed']],
    ['It fell 3.2% in 2024.', ['it', 'fell', '3', '2', 'in', '2024']],
    ['Russia’s demands', ['russia', 'demands']],
    ['+-~^*: who:said', ['who', 'said']],
  ])('%s → %j', (text, words) => {
    expect(indexWords(text)).toEqual(words);
  });
});
