import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorded } from './recorded.js';

/**
 * A loopback HTTP server that records every request and answers with a handler: the base of the fake
 * Slack Web API and the fake response_url endpoint. Only ever listens on 127.0.0.1.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** the body parsed: JSON, or form fields with JSON-looking values (blocks, payload) decoded */
  body: Record<string, unknown>;
  raw: string;
}

export type Reply = { status?: number; json: unknown; headers?: Record<string, string> };

export interface Recorder {
  /** http://127.0.0.1:PORT */
  origin: string;
  requests: RecordedRequest[];
  /** resolves once `count` requests match, or rejects after `timeoutMs` with what did arrive */
  waitFor(
    match: (request: RecordedRequest) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

export async function startRecorder(reply: (request: RecordedRequest) => Reply): Promise<Recorder> {
  const recorded = new Recorded<RecordedRequest>('fake Slack', (r) => `${r.method} ${r.path}`);
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname,
        headers: req.headers,
        body: parseBody(raw, req.headers['content-type']),
        raw,
      };
      const { status = 200, json, headers = {} } = reply(request);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
      recorded.add(request);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests: recorded.items,
    waitFor: (match, count = 1, timeoutMs = 5000) => recorded.waitFor(match, count, timeoutMs, 'request'),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // the WebClient sends blocks (and Slack sends payload) as JSON inside a form field
    body[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return body;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
