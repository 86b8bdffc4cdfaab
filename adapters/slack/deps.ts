import type { Engine } from '../../src/index.js';
import type { Logger } from '../logger.js';
import type { DeliveryGuard } from './delivery-guard.js';

/** What every handler needs besides its Slack arguments; tests build one with fakes. */
export interface SlackDeps {
  engine: Engine;
  log: Logger;
  /** remembers event ids, so a redelivered event is answered once */
  guard: DeliveryGuard;
  /** milliseconds since the epoch; tests move it forward */
  now: () => number;
}
