export { weightsOf } from './event-keys.js';
export { type EventTerms, eventTerms, type TextTerms, TimelineIndex, textTerms } from './event-terms.js';
export { eventLines, extractEvents, rememberOpeners, taggedOpeners } from './extract-events.js';
export type { KeyedCandidate } from './merge-events.js';
export { compareEvents, eventInterval, sortEvents } from './order.js';
export { queryTimeline } from './query-timeline.js';
export { timelineTopics } from './topics.js';
