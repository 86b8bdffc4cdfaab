import { type RecordedRequest, type Recorder, type Reply, startRecorder } from './slack-recorder.js';

/**
 * A fake Slack Web API on 127.0.0.1: enough of auth.test, chat.postMessage and apps.connections.open for
 * Bolt, with every call recorded. Point a WebClient at `apiUrl` (clientOptions.slackApiUrl).
 */
export const FAKE_IDS = { team: 'T0TEAM', botUser: 'U0BOT', bot: 'B0BOT', app: 'A0APP' } as const;

export interface FakeSlackWebApi {
  /** http://127.0.0.1:PORT/api/ */
  apiUrl: string;
  recorder: Recorder;
  /** calls to one method, e.g. "chat.postMessage" */
  calls(method: string): RecordedRequest[];
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** where apps.connections.open sends Socket Mode clients */
  socketUrl?: string;
  /** make one method fail, e.g. override("auth.test", { ok: false, error: "invalid_auth" }) */
  override(method: string, json: unknown): void;
  /** the next call of `method` gets a 429 with Retry-After: `seconds`, as Slack answers a rate-limited call */
  rateLimitNext(method: string, seconds: number): void;
  close(): Promise<void>;
}

export async function startFakeSlackWebApi(): Promise<FakeSlackWebApi> {
  const overrides = new Map<string, unknown>();
  const rateLimited = new Map<string, number>();
  let ts = 1_700_000_000;
  const api: Partial<FakeSlackWebApi> = {};
  const reply = (request: RecordedRequest): Reply => {
    const method = request.path.replace(/^\/api\//, '');
    const retryAfter = rateLimited.get(method);
    if (retryAfter !== undefined) {
      rateLimited.delete(method);
      return {
        status: 429,
        headers: { 'retry-after': String(retryAfter) },
        json: { ok: false, error: 'ratelimited' },
      };
    }
    if (overrides.has(method)) return { json: overrides.get(method) };
    switch (method) {
      case 'auth.test':
        return {
          json: {
            ok: true,
            user_id: FAKE_IDS.botUser,
            bot_id: FAKE_IDS.bot,
            team_id: FAKE_IDS.team,
            user: 'talksbot',
          },
        };
      case 'chat.postMessage':
        ts += 1;
        return {
          json: {
            ok: true,
            channel: request.body.channel,
            ts: `${ts}.000100`,
            message: { text: request.body.text },
          },
        };
      case 'chat.postEphemeral':
        return { json: { ok: true, message_ts: `${++ts}.000200` } };
      case 'reactions.add':
      case 'reactions.remove':
      case 'views.publish':
        return { json: { ok: true } };
      case 'apps.connections.open':
        return api.socketUrl
          ? { json: { ok: true, url: api.socketUrl } }
          : { json: { ok: false, error: 'not_configured' } };
      default:
        return { json: { ok: false, error: 'unknown_method' } };
    }
  };
  const recorder = await startRecorder(reply);
  const isMethod = (method: string) => (request: RecordedRequest) => request.path === `/api/${method}`;
  return Object.assign(api, {
    apiUrl: `${recorder.origin}/api/`,
    recorder,
    calls: (method: string) => recorder.requests.filter(isMethod(method)),
    waitForCalls: (method: string, count = 1, timeoutMs = 5000) =>
      recorder.waitFor(isMethod(method), count, timeoutMs),
    override: (method: string, json: unknown) => overrides.set(method, json),
    rateLimitNext: (method: string, seconds: number) => rateLimited.set(method, seconds),
    close: () => recorder.close(),
  }) as FakeSlackWebApi;
}
