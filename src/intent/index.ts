/**
 * The intent layer: plain English to a command ("who said great progress" → /who-said), above the
 * commands it routes to (commands never import it). One family of rules per file.
 */

export type { Route } from './route.js';
export { routeText } from './route-text.js';
export { runLine } from './run-line.js';
