/**
 * Runs a clean-up at most once per `everyMs`, piggy-backed on the store's own calls: no timer to keep a
 * process alive or to stop. Failures are ignored (the next call tries again): a sweep only frees space.
 */
export function sweeperEvery(
  everyMs: number,
  sweep: (now: number) => Promise<unknown>,
): (now: number) => void {
  let last = Number.NEGATIVE_INFINITY;
  let running = false;
  return (now) => {
    if (running || now - last < everyMs) return;
    last = now;
    running = true;
    sweep(now)
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  };
}
