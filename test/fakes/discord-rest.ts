import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorded } from './recorded.js';

/**
 * A fake Discord REST API on 127.0.0.1, just enough for discord.js: interaction callbacks, the interaction
 * webhook (edit/delete @original, follow-ups), GET /gateway/bot and command registration (PUT).
 * It records every request so tests assert on exactly what discord.js put on the wire.
 */

export interface RecordedRequest {
  method: string;
  /** without the /api/v10 prefix and the query: `/interactions/1/tok/callback` */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON; tests narrow them
  body: any;
  /** the id of the message the fake created in reply, when it created one */
  responseId?: string;
}

export interface FakeDiscordRest {
  /** pass as DISCORD_API_URL / `rest.api`: `http://127.0.0.1:PORT/api` */
  url: string;
  requests: RecordedRequest[];
  /** what GET /gateway/bot answers; point it at a fake gateway */
  gatewayUrl: string;
  /** resolves with the first recorded request (past or future) matching; rejects after `timeoutMs` */
  waitFor(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
    what?: string,
  ): Promise<RecordedRequest>;
  /** the bot's user id, the author of messages it posts in channels */
  applicationId: string;
  /** the next request matching gets this status, body and headers instead of the usual answer */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    body: object,
    headers?: Record<string, string>,
  ): void;
  /** the next request matching gets a 429 as Discord sends it, asking to wait `seconds` */
  rateLimitNext(method: string, path: RegExp, seconds: number): void;
  close(): Promise<void>;
}

export const FAKE_APPLICATION_ID = '1100000000000000001';
const PREFIX = /^\/api\/v\d+/;
let nextId = 1_200_000_000_000_000_000n;
const snowflake = () => String(nextId++);

export async function startFakeDiscordRest(): Promise<FakeDiscordRest> {
  const recorded = new Recorded<RecordedRequest>('fake Discord REST', (r) => `${r.method} ${r.path}`);
  const failures: {
    method: string;
    path: RegExp;
    status: number;
    body: object;
    headers: Record<string, string>;
  }[] = [];
  const fake: FakeDiscordRest = {
    url: '',
    requests: recorded.items,
    gatewayUrl: 'ws://127.0.0.1:9/',
    applicationId: FAKE_APPLICATION_ID,
    waitFor: (predicate, timeoutMs = 5000, what = 'matching request') =>
      recorded.waitFor(predicate, 1, timeoutMs, what).then(([first]) => first!),
    failNext(method, path, status, body, headers = {}) {
      failures.push({ method, path, status, body, headers });
    },
    rateLimitNext(method, path, seconds) {
      fake.failNext(
        method,
        path,
        429,
        { message: 'You are being rate limited.', retry_after: seconds, global: false },
        {
          'retry-after': String(seconds),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(seconds),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': 'user',
        },
      );
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };

  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname).replace(PREFIX, ''),
        query: url.searchParams,
        headers: req.headers,
        body: parse(text, req.headers['content-type']),
      };
      const failure = failures.findIndex((f) => f.method === request.method && f.path.test(request.path));
      if (failure >= 0) {
        const [f] = failures.splice(failure, 1);
        send(res, f!.status, f!.body, f!.headers);
      } else {
        const reply = route(fake, request);
        const id = (reply[1] as { id?: unknown } | undefined)?.id;
        if (typeof id === 'string') request.responseId = id;
        send(res, ...reply);
      }
      recorded.add(request);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return fake;
}

type Reply = [status: number, body?: object];

function route(fake: FakeDiscordRest, request: RecordedRequest): Reply {
  const { method, path, body } = request;
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204];
  if (method === 'GET' && path === '/gateway/bot') {
    return [
      200,
      {
        url: fake.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    ];
  }
  const channel = /^\/channels\/(\d+)\/(messages|typing)$/.exec(path);
  if (channel && method === 'POST') {
    if (channel[2] === 'typing') return [204];
    return [200, { ...message(fake.applicationId, snowflake(), body), channel_id: channel[1] }];
  }
  const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
  if (webhook) {
    const [, applicationId, , messageId] = webhook;
    if (method === 'DELETE' && messageId) return [204];
    if ((method === 'PATCH' && messageId) || (method === 'POST' && !messageId)) {
      const id = messageId === '@original' || !messageId ? snowflake() : messageId;
      return [200, message(applicationId!, id, body)];
    }
  }
  if (
    method === 'PUT' &&
    /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path) &&
    Array.isArray(body)
  ) {
    const applicationId = path.split('/')[2];
    return [
      200,
      body.map((command: object) => ({
        id: snowflake(),
        application_id: applicationId,
        version: snowflake(),
        ...command,
      })),
    ];
  }
  return [404, { message: '404: Not Found', code: 0 }];
}

/** A message object as Discord returns it after an interaction webhook edit or follow-up. */
// biome-ignore lint/suspicious/noExplicitAny: echoes an arbitrary JSON body
function message(applicationId: string, id: string, body: any): object {
  return botMessage({
    applicationId,
    id,
    content: body?.content,
    embeds: body?.embeds,
    components: body?.components,
    flags: body?.flags,
    timestamp: new Date().toISOString(),
  });
}

/** A message the bot sent, as Discord describes it in API replies and in button interactions. */
export function botMessage(message: {
  applicationId: string;
  id: string;
  channelId?: string;
  content?: string;
  embeds?: object[];
  components?: object[];
  flags?: number;
  timestamp: string;
}): object {
  const { applicationId } = message;
  return {
    id: message.id,
    type: 20,
    channel_id: message.channelId ?? '1300000000000000001',
    author: {
      id: applicationId,
      username: 'talksbot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    },
    content: message.content ?? '',
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: message.timestamp,
    edited_timestamp: null,
    flags: message.flags ?? 0,
    webhook_id: applicationId,
    application_id: applicationId,
  };
}

function send(
  res: ServerResponse,
  status: number,
  body?: object,
  headers: Record<string, string> = {},
): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string, contentType: string | undefined): unknown {
  if (!text) return undefined;
  return contentType?.includes('application/json') ? JSON.parse(text) : text;
}
