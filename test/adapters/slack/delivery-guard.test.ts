import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { DELIVERY_WINDOW_MS, InMemoryDeliveryGuard } from '../../../adapters/slack/delivery-guard.js';
import type { SlackDeps } from '../../../adapters/slack/deps.js';
import { isRedelivery } from '../../../adapters/slack/listeners/events/redelivery.js';
import { defaultSlashNames } from '../../../adapters/slack/slash-commands.js';
import { createRateLimits, type Engine, MemoryConversationStore } from '../../../src/index.js';

const T0 = Date.UTC(2025, 3, 23, 12, 0, 0);
const SECOND = 1000;

describe('InMemoryDeliveryGuard', () => {
  it('takes an id once', async () => {
    const guard = new InMemoryDeliveryGuard();
    expect(await guard.firstTime('E1', T0)).toBe(true);
    expect(await guard.firstTime('E1', T0 + SECOND)).toBe(false);
    expect(await guard.firstTime('E2', T0 + SECOND)).toBe(true);
  });

  it('still knows an id 46 s later, after 4,000 others (a count-bounded guard forgot it)', async () => {
    const guard = new InMemoryDeliveryGuard();
    await guard.firstTime('replayed', T0);
    for (let i = 0; i < 4000; i++) await guard.firstTime(`other-${i}`, T0 + (i * 40 * SECOND) / 4000);
    expect(await guard.firstTime('replayed', T0 + 46 * SECOND)).toBe(false);
  });

  it('remembers an id for the whole window and forgets it after, so memory follows the traffic', async () => {
    const guard = new InMemoryDeliveryGuard();
    await guard.firstTime('E1', T0);
    expect(await guard.firstTime('E1', T0 + DELIVERY_WINDOW_MS - SECOND)).toBe(false);
    for (let i = 0; i < 1000; i++) await guard.firstTime(`burst-${i}`, T0 + 2 * SECOND);
    expect(guard.size).toBe(1001);
    // a quiet window later only the newest id is left
    expect(await guard.firstTime('E1', T0 + DELIVERY_WINDOW_MS + 3 * SECOND)).toBe(true);
    expect(guard.size).toBe(1);
  });

  it('when full, refuses new ids rather than forgetting ones that could still be replayed', async () => {
    const guard = new InMemoryDeliveryGuard(DELIVERY_WINDOW_MS, 3);
    for (const id of ['E1', 'E2', 'E3']) expect(await guard.firstTime(id, T0)).toBe(true);
    expect(await guard.firstTime('E4', T0 + SECOND)).toBe(false);
    expect(await guard.firstTime('E1', T0 + SECOND)).toBe(false);
    expect(guard.size).toBe(3);
    // once the window has passed there is room again
    expect(await guard.firstTime('E4', T0 + DELIVERY_WINDOW_MS + SECOND)).toBe(true);
  });
});

describe('isRedelivery', () => {
  interface Delivery {
    eventId?: string;
    retryNum?: number;
    retryReason?: string;
  }
  // [name, deliveries in order, which of them are answered]
  const rows: [string, Delivery[], boolean[]][] = [
    ['a first delivery is answered', [{ eventId: 'E1' }], [true]],
    ['the same event again is not', [{ eventId: 'E1' }, { eventId: 'E1' }], [true, false]],
    [
      'nor its retries, whatever the reason',
      [
        { eventId: 'E1' },
        { eventId: 'E1', retryNum: 1, retryReason: 'http_timeout' },
        { eventId: 'E1', retryNum: 2, retryReason: 'http_error' },
      ],
      [true, false, false],
    ],
    [
      'a timeout retry seen first is not answered (a server got the original)',
      [{ eventId: 'E1', retryNum: 1, retryReason: 'http_timeout' }],
      [false],
    ],
    [
      'an error retry seen first is (the original never reached a listener)',
      [{ eventId: 'E1', retryNum: 1, retryReason: 'http_error' }],
      [true],
    ],
    ['different events are independent', [{ eventId: 'E1' }, { eventId: 'E2' }], [true, true]],
    [
      'without an event id, only the retry header counts',
      [{}, {}, { retryNum: 1, retryReason: 'http_timeout' }],
      [true, true, false],
    ],
  ];
  /** a guard every replica consults (the PostgreSQL one's contract), over one process's memory here */
  class SharedGuard extends InMemoryDeliveryGuard {
    override readonly shared = true;
  }
  // the same deliveries with a shared guard: only a first-seen timeout retry is treated differently
  const sharedRows: [string, Delivery[], boolean[]][] = [
    [
      'a timeout retry seen first by a shared guard is answered (no replica took the original)',
      [{ eventId: 'E1', retryNum: 1, retryReason: 'http_timeout' }],
      [true],
    ],
    [
      'and still only once',
      [
        { eventId: 'E1', retryNum: 1, retryReason: 'http_timeout' },
        { eventId: 'E1' },
        { eventId: 'E1', retryNum: 2, retryReason: 'http_timeout' },
      ],
      [true, false, false],
    ],
    ['a first delivery is answered', [{ eventId: 'E1' }], [true]],
    [
      'its retries are not',
      [{ eventId: 'E1' }, { eventId: 'E1', retryNum: 1, retryReason: 'http_timeout' }],
      [true, false],
    ],
  ];
  const cases: [string, Delivery[], boolean[], boolean][] = [
    ...rows.map(([name, d, a]): [string, Delivery[], boolean[], boolean] => [name, d, a, false]),
    ...sharedRows.map(([name, d, a]): [string, Delivery[], boolean[], boolean] => [
      `shared: ${name}`,
      d,
      a,
      true,
    ]),
  ];
  it.each(cases)('%s', async (_name, deliveries, answered, shared) => {
    const deps: SlackDeps = {
      engine: {} as Engine,
      log: createLogger('silent'),
      guard: shared ? new SharedGuard() : new InMemoryDeliveryGuard(),
      conversations: new MemoryConversationStore(),
      limits: createRateLimits(),
      now: () => T0,
      names: defaultSlashNames,
    };
    const results: boolean[] = [];
    for (const { eventId, ...context } of deliveries) {
      results.push(!(await isRedelivery(deps, eventId, context, 'app_mention')));
    }
    expect(results).toEqual(answered);
  });
});
