import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A fake Socket Mode server on 127.0.0.1: greets each client with `hello`, sends envelopes on request
 * and records the acks the client sends back ({ envelope_id, payload? }).
 */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSocketMode {
  /** ws://127.0.0.1:PORT/link, what apps.connections.open should return */
  url: string;
  acks: SocketAck[];
  /** resolves when a client has connected (and been sent hello) */
  connected(timeoutMs?: number): Promise<void>;
  send(envelope: Record<string, unknown>): void;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/link' });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const acks: SocketAck[] = [];
  let client: WebSocket | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  server.on('connection', (socket) => {
    client = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as SocketAck;
      if (message.envelope_id) acks.push(message);
      notify();
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
    notify();
  });

  const waitUntil = <T>(found: () => T | undefined, what: string, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value === undefined) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });

  return {
    url: `ws://127.0.0.1:${port}/link`,
    acks,
    connected: (timeoutMs = 5000) =>
      waitUntil(() => (client ? true : undefined), 'a connection', timeoutMs).then(() => {}),
    send(envelope) {
      if (!client) throw new Error('no Socket Mode client is connected');
      client.send(JSON.stringify(envelope));
    },
    waitForAck: (envelopeId, timeoutMs = 5000) =>
      waitUntil(
        () => acks.find((ack) => ack.envelope_id === envelopeId),
        `the ack of ${envelopeId}`,
        timeoutMs,
      ),
    async close() {
      for (const socket of server.clients) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
