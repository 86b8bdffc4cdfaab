import { describe, expect, it } from 'vitest';
import { type Delivery, DeliveryGuard } from '../../../adapters/slack/delivery-guard.js';

describe('DeliveryGuard', () => {
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
  it.each(rows)('%s', (_name, deliveries, answered) => {
    const guard = new DeliveryGuard();
    expect(deliveries.map((delivery) => guard.firstDelivery(delivery))).toEqual(answered);
  });

  it('forgets the oldest ids beyond its capacity, so memory stays bounded', () => {
    const guard = new DeliveryGuard(2);
    for (const id of ['E1', 'E2', 'E3']) guard.firstDelivery({ eventId: id });
    expect(guard.firstDelivery({ eventId: 'E3' })).toBe(false);
    expect(guard.firstDelivery({ eventId: 'E1' })).toBe(true);
  });
});
