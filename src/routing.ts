/**
 * The natural-language router: plain English to a command ("who said great progress" → /who-said).
 * The rules live in ./routing/, one family per file; this path stays the engine's import point.
 */

export type { Route } from './routing/route.js';
export { routeText } from './routing/route-text.js';
