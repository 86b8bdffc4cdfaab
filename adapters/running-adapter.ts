/** What every chat adapter's start function returns, so main.ts can shut them all down the same way. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
