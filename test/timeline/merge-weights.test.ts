import { describe, expect, it } from 'vitest';
import { keyWeights } from '../../src/timeline/event-keys.js';
import { MERGE_WEIGHT, NAME_WEIGHT } from '../../src/timeline/merge-events.js';

const NO_ENTITIES = { entities: [], forms: {} };

/** n sentences, `df` of which mention Geneva; the rest are filler about other things. */
function sentences(n: number, df: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    i < df ? `The envoys met in Geneva, round ${i}.` : `Farmers harvested wheat near village ${i}.`,
  );
}

// The rule the merge thresholds state, independently of how it is computed: a name is rare enough to
// be evidence of one event when fewer than (n + 1)^(1 − NAME_WEIGHT) of the n sentences mention it,
// so the share of sentences that counts as rare shrinks as the corpus grows instead of staying fixed.
describe('rarity of an event key, the same rule at any corpus size', () => {
  it.each([
    // [sentences, sentences naming Geneva, rare enough to merge on?]
    [300, 1, true],
    [300, 8, true],
    [300, 9, false],
    [10_000, 38, true],
    [10_000, 40, false],
    // 3% of the sentences is a common word, however many articles there are (a raw log-IDF of 3.5
    // called it rare at 10,000 sentences and common at 300)
    [10_000, 300, false],
  ])('%i sentences, %i with the name → rare: %s', (n, df, rare) => {
    const weight = keyWeights(sentences(n, df), NO_ENTITIES)('geneva');
    expect(weight >= NAME_WEIGHT).toBe(rare);
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThanOrEqual(1);
  });

  it('weighs a key in every sentence 0 and one in none 1, so MERGE_WEIGHT needs more than a shared common word', () => {
    const weight = keyWeights(sentences(50, 50), NO_ENTITIES);
    expect(weight('geneva')).toBe(0);
    expect(weight('never-seen')).toBe(1);
    expect(MERGE_WEIGHT).toBeGreaterThan(NAME_WEIGHT);
    expect(MERGE_WEIGHT).toBeLessThanOrEqual(1);
  });
});
