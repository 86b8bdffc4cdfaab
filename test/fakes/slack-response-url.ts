import { type RecordedRequest, type Recorder, startRecorder } from './slack-recorder.js';

/**
 * A fake `response_url` endpoint on 127.0.0.1: what Bolt's respond() posts slash-command and button
 * answers to. Each test takes its own URL from `next()` so their posts never mix.
 */
export interface FakeResponseUrl {
  next(): string;
  postsTo(url: string): RecordedRequest[];
  waitForPost(url: string, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  recorder: Recorder;
  close(): Promise<void>;
}

export async function startFakeResponseUrl(): Promise<FakeResponseUrl> {
  const recorder = await startRecorder(() => ({ json: { ok: true } }));
  let counter = 0;
  const at = (url: string) => (request: RecordedRequest) => `${recorder.origin}${request.path}` === url;
  return {
    next: () => `${recorder.origin}/respond/${++counter}`,
    postsTo: (url) => recorder.requests.filter(at(url)),
    waitForPost: (url, count = 1, timeoutMs = 5000) => recorder.waitFor(at(url), count, timeoutMs),
    recorder,
    close: () => recorder.close(),
  };
}
