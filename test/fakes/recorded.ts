/**
 * What a fake server received, in order, and a wait for items that match — whether they arrived already
 * or are still to come. Shared by the Discord and Slack fakes.
 */
export class Recorded<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<() => void>();

  /** @param describe one line per item, listed when a wait times out */
  constructor(
    private readonly label: string,
    private readonly describe: (item: T) => string,
  ) {}

  add(item: T): void {
    this.items.push(item);
    for (const wake of [...this.waiters]) wake();
  }

  /** resolves with every match once `count` items match; rejects after `timeoutMs` with what did arrive */
  waitFor(match: (item: T) => boolean, count = 1, timeoutMs = 5000, what = 'a matching item'): Promise<T[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.items.filter(match);
        if (found.length < count) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.items.map(this.describe).join('\n  ') || 'nothing';
        reject(
          new Error(
            `${this.label}: no ${count > 1 ? `${count} × ` : ''}${what} within ${timeoutMs} ms; saw:\n  ${seen}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }
}
