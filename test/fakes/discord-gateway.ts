import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { Recorded } from './recorded.js';

/**
 * A fake Discord gateway on 127.0.0.1 speaking the real protocol (JSON encoding, no compression):
 * HELLO on connect, READY after IDENTIFY, an ACK for every heartbeat, then whatever the test dispatches.
 */

export interface GatewayPayload {
  op: number;
  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads are arbitrary JSON; tests narrow them
  d: any;
  s?: number | null;
  t?: string | null;
}

export interface FakeDiscordGateway {
  /** what GET /gateway/bot should return: `ws://127.0.0.1:PORT` */
  url: string;
  /** every payload a client sent, in order */
  received: GatewayPayload[];
  /** the query string of each connection (`v=10&encoding=json`) */
  connections: URLSearchParams[];
  heartbeats(): number;
  waitFor(
    predicate: (payload: GatewayPayload) => boolean,
    timeoutMs?: number,
    what?: string,
  ): Promise<GatewayPayload>;
  /** sends a DISPATCH (op 0) to every connected client; `data` may be anything, `null` included */
  dispatch(event: string, data: unknown): void;
  /** closes every connection with a gateway close code, e.g. 4004 when a running bot's token is reset */
  closeConnections(code: number, reason?: string): void;
  /** resolves when every client has disconnected */
  waitForDisconnect(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export const FAKE_BOT_USER = {
  id: '1100000000000000001',
  username: 'talksbot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  flags: 0,
};

export interface FakeGatewayOptions {
  heartbeatInterval?: number;
  /** answer IDENTIFY by closing with this code instead of READY (4004: authentication failed) */
  closeOnIdentify?: number;
}

export async function startFakeDiscordGateway(options: FakeGatewayOptions = {}): Promise<FakeDiscordGateway> {
  const heartbeatInterval = options.heartbeatInterval ?? 250;
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const recorded = new Recorded<GatewayPayload>(
    'fake Discord gateway',
    (p) => `op ${p.op}${p.t ? ` ${p.t}` : ''}`,
  );
  const received = recorded.items;
  const connections: URLSearchParams[] = [];
  let sequence = 0;

  const sendTo = (socket: WebSocket, payload: GatewayPayload) => socket.send(JSON.stringify(payload));

  server.on('connection', (socket, request) => {
    connections.push(new URL(request.url ?? '/', url).searchParams);
    sendTo(socket, { op: 10, d: { heartbeat_interval: heartbeatInterval }, s: null, t: null });
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as GatewayPayload;
      if (payload.op === 1) sendTo(socket, { op: 11, d: null, s: null, t: null });
      if (payload.op === 2 && options.closeOnIdentify !== undefined) {
        socket.close(options.closeOnIdentify, 'Authentication failed.');
      } else if (payload.op === 2) {
        sendTo(socket, {
          op: 0,
          t: 'READY',
          s: ++sequence,
          d: {
            v: 10,
            user: FAKE_BOT_USER,
            guilds: [],
            session_id: `session-${sequence}`,
            resume_gateway_url: url,
            shard: payload.d.shard ?? [0, 1],
            application: { id: FAKE_BOT_USER.id, flags: 0 },
          },
        });
      }
      recorded.add(payload);
    });
  });

  return {
    url,
    received,
    connections,
    heartbeats: () => received.filter((p) => p.op === 1).length,
    waitFor: (predicate, timeoutMs = 5000, what = 'matching payload') =>
      recorded.waitFor(predicate, 1, timeoutMs, what).then(([first]) => first!),
    dispatch(event, data) {
      sequence++;
      for (const socket of server.clients) sendTo(socket, { op: 0, t: event, s: sequence, d: data });
    },
    closeConnections(code, reason = 'Authentication failed.') {
      for (const socket of server.clients) socket.close(code, reason);
    },
    async waitForDisconnect(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (server.clients.size > 0) {
        if (Date.now() > deadline) throw new Error('fake Discord gateway: the client did not disconnect');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      for (const socket of server.clients) socket.terminate();
      server.close();
      await once(server, 'close');
    },
  };
}
