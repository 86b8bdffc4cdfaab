import { describe, expect, it } from 'vitest';
import {
  parseButtonId,
  passageId,
  shortHash,
  timelinePageId,
  voteId,
} from '../../../adapters/discord/custom-ids.js';

const ARTICLE = '2025-07-20-zelenskyy-proposes-meeting-for-ceasefire-negotiations';

describe('button custom ids', () => {
  it.each([
    [
      'passage',
      passageId(ARTICLE, 2401, 2495),
      { kind: 'passage', articleId: ARTICLE, start: 2401, end: 2495 },
    ],
    [
      'passage of an article whose id is too long',
      passageId(`${ARTICLE}-${'x'.repeat(60)}`, 5, 90),
      { kind: 'passage', articleHash: shortHash(`${ARTICLE}-${'x'.repeat(60)}`), start: 5, end: 90 },
    ],
    ['timeline, no query', timelinePageId(0, {}), { kind: 'timeline', page: 0, topic: undefined }],
    [
      'timeline with topic and dates',
      timelinePageId(3, { topic: 'Istanbul', from: '2025-04', to: '2025-07-20' }),
      { kind: 'timeline', page: 3, topic: 'Istanbul', from: '2025-04', to: '2025-07-20' },
    ],
    [
      'a topic containing colons',
      timelinePageId(1, { topic: 'talks: round 2' }),
      { kind: 'timeline', page: 1, topic: 'talks: round 2' },
    ],
    [
      'a topic too long is hashed',
      timelinePageId(2, { topic: 'y'.repeat(150), to: '2025' }),
      { kind: 'timeline', page: 2, to: '2025', topicHash: shortHash('y'.repeat(150)) },
    ],
    ['👍', voteId('up', 'Ab3_x-9zQw12'), { kind: 'vote', rating: 'up', answerId: 'Ab3_x-9zQw12' }],
    ['👎', voteId('down', 'Ab3_x-9zQw12'), { kind: 'vote', rating: 'down', answerId: 'Ab3_x-9zQw12' }],
  ])('%s round-trips within 100 characters', (_name, id, expected) => {
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(id)).toEqual(expected);
  });

  it.each([
    ['something-else'],
    ['p:article:9:3'],
    ['tl:x:::'],
    [''],
    ['fb:meh:abc'],
    ['fb:up:'],
    ['fb:up:a b'],
  ])('ignores %j', (id) => {
    expect(parseButtonId(id)).toBeUndefined();
  });
});
