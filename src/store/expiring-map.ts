/**
 * A map with a bound and an expiry: the only shape in-memory state may take (DESIGN.md: no module-level map
 * that grows). Entries expire `ttlMs` after they were last written; when full, the least recently written
 * entry goes. A Map iterates in insertion order, and every write re-inserts, so the oldest come first.
 */
export class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();

  constructor(
    readonly maxEntries: number,
    readonly ttlMs: number,
  ) {
    if (!(maxEntries >= 1) || !(ttlMs > 0))
      throw new RangeError('ExpiringMap needs maxEntries ≥ 1 and ttlMs > 0');
  }

  get(key: string, now: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, now: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: now + this.ttlMs });
    this.#sweep(now);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** expired entries from the front, then the oldest while over the bound */
  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expires > now && this.#entries.size <= this.maxEntries) return;
      this.#entries.delete(key);
    }
  }
}
