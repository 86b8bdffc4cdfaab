/** Slack's delivery guard lives in the store layer with the other state (src/store/delivery-log.ts). */
export {
  DELIVERY_WINDOW_MS,
  type DeliveryGuard,
  InMemoryDeliveryGuard,
  MAX_REMEMBERED_IDS,
} from '../../src/index.js';
